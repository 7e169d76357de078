/**
 * Stage 2 of tokenisation: URLs (`https://…`, `www.…`, bare domains such as `vnexpress.net`) and e-mail addresses,
 * recognised where a run of ASCII letters and digits begins. Each scanner returns the end offset of what it found,
 * or -1. Trailing sentence punctuation is not part of a link (`xem vnexpress.net.`), nor is a closing bracket the
 * link did not open (`(xem https://a.vn/x)`).
 * @module
 */
import { CLASS_LETTER, CLASS_MARK, CLASS_MASK } from './01-classify.js';
import {
  findRunEnd,
  host,
  isAsciiAlnum,
  isAsciiLetter,
  LINK_WORD_MEMO,
  LOCAL_PART_MEMO,
  scanHost,
} from './02-hosts.js';

/** Longest local part of an e-mail address (RFC 5321). */
const MAX_LOCAL_PART_LENGTH = 64;

/**
 * Top-level domains that make a bare `name.tld` a URL. Two-letter domains that are also common words in Vietnamese
 * or English text written without a space after a full stop (`in`, `me`, `co`, `to`, `la`, `do`, `is`, `it`) are left
 * out on purpose; `www.` and `scheme://` URLs accept any alphabetic top-level domain.
 */
const BARE_TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'io', 'vn', 'uk', 'us', 'jp', 'cn', 'kr', 'fr', 'de', 'ru',
  'au', 'ca', 'sg', 'th', 'tv', 'app', 'dev', 'ai', 'xyz', 'online', 'site', 'store', 'shop', 'asia', 'mobi', 'top',
  'news', 'club', 'blog', 'tech', 'media', 'live', 'vip', 'link', 'cloud', 'gl', 'ly', 'eu',
]); // prettier-ignore

/** True for characters that end a URL: whitespace, controls, `<>"\`{}|\^` and typographic quotes. */
function isUrlStop(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return true;
  switch (c) {
    case 0x22: case 0x3c: case 0x3e: case 0x5c: case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
    case 0xa0: case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0xab: case 0xbb: case 0x2028: case 0x2029:
    case 0x3000: case 0xfeff:
      return true;
    default:
      return false;
  } // prettier-ignore
}

/** True for characters a URL does not end with when they stand last: sentence punctuation and closers. */
function isUrlTrailer(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x2c: case 0x3a: case 0x3b: case 0x21: case 0x3f: case 0x27: case 0x29: case 0x5d: case 0x2026:
    case 0x2a:
      return true;
    default:
      return (c >= 0xd800 && c <= 0xdfff) || c === 0x200d;
  } // prettier-ignore
}

/**
 * Scan the rest of a URL from `from` (after its host or scheme) and drop trailing punctuation: `…/a.html).` ends
 * before `)` unless the URL opened that bracket.
 */
function scanUrlTail(text: string, from: number): number {
  let end = from;
  const length = text.length;
  let open = 0;
  let close = 0;
  for (; end < length; end++) {
    const c = text.charCodeAt(end);
    if (isUrlStop(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) close++;
  }
  while (end > from && isUrlTrailer(text.charCodeAt(end - 1))) {
    if (text.charCodeAt(end - 1) === 0x29) {
      if (open >= close) break; // `wiki/Foo_(bar)`: the URL opened this bracket
      close--;
    }
    end--;
  }
  return end;
}


/** True when `text[from, to)` is alphabetic and at least two letters long (a plausible top-level domain). */
function isAlphaLabel(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let i = from; i < to; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return true;
}

/** True when the host ending at `end` is not glued to more letters (`vnexpress.nethế` is no domain). */
function endsCleanly(text: string, end: number, classes: Uint8Array): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  const cls = (classes[c] ?? 0) & CLASS_MASK;
  return c !== 0x40 && cls !== CLASS_LETTER && cls !== CLASS_MARK;
}

/**
 * Scan a URL starting at `start`: `scheme://…`, `www.host…` or a bare `host.tld[/…]`. Returns its end or -1.
 * @example
 * scanUrl('xem vnexpress.net.', 4, getClassTable()) //=> 17
 * @internal
 */
export function scanUrl(text: string, start: number, classes: Uint8Array): number {
  let i = start;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  if (
    i > start &&
    text.charCodeAt(i) === 0x3a &&
    text.charCodeAt(i + 1) === 0x2f &&
    text.charCodeAt(i + 2) === 0x2f &&
    i + 3 < text.length &&
    !isUrlStop(text.charCodeAt(i + 3))
  ) {
    const end = scanUrlTail(text, i + 3);
    return end > i + 3 ? end : -1;
  }
  scanHost(text, start, host);
  if (host.end < 0) return -1;
  const isWww = host.lastLabel > start + 4 && text.slice(start, start + 4).toLowerCase() === 'www.';
  const tld = text.slice(host.lastLabel, host.end).toLowerCase();
  if (!(isWww ? isAlphaLabel(text, host.lastLabel, host.end) : BARE_TLDS.has(tld))) return -1;
  if (!endsCleanly(text, host.end, classes)) return -1;
  const next = text.charCodeAt(host.end);
  // Port, path, query or fragment continue the URL; a lone trailing `:` or `/` is not part of it.
  if (next === 0x2f || next === 0x3f || next === 0x23 || next === 0x3a) return scanUrlTail(text, host.end);
  return host.end;
}

/** True for the characters of a link's first word: the local part without dots. */
function isLinkWordChar(c: number): boolean {
  return c !== 0x2e && isLocalPartChar(c);
}

/** True for characters allowed in the local part of an e-mail address. */
function isLocalPartChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/**
 * Scan an e-mail address starting at `start` (`ten.ho@vnexpress.net`). Returns its end or -1.
 * @example
 * scanEmail('ten.ho@gmail.com.', 0, getClassTable()) //=> 16
 * @internal
 */
export function scanEmail(text: string, start: number, classes: Uint8Array): number {
  const i = findRunEnd(text, start, LOCAL_PART_MEMO, isLocalPartChar);
  if (i === start || i - start > MAX_LOCAL_PART_LENGTH || text.charCodeAt(i) !== 0x40) return -1;
  scanHost(text, i + 1, host);
  if (host.end < 0 || !isAlphaLabel(text, host.lastLabel, host.end)) return -1;
  if (!endsCleanly(text, host.end, classes)) return -1;
  return host.end;
}

/**
 * Quick test before the link scanners: could a URL or e-mail start here? True when the run of `[A-Za-z0-9_%+-]` from
 * `start` is followed by `.`, `@` or `:` (and something after it).
 * @example
 * mayStartLink('vnexpress.net', 0) //=> true
 * mayStartLink('xin chào', 0) //=> false
 * @internal
 */
export function mayStartLink(text: string, start: number): boolean {
  const i = findRunEnd(text, start, LINK_WORD_MEMO, isLinkWordChar);
  if (i >= text.length - 1) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x40 || c === 0x3a;
}
