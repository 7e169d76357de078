/**
 * Detection of legacy-encoded Vietnamese (TCVN3, VNI-Windows, UTF-8 read as Windows-1252) in one paragraph.
 * A conversion is accepted only when it is confident: most words that carry non-ASCII characters must become valid
 * Vietnamese syllables, few of them were valid before, and the conversion is clearly better than the others.
 * French, German, Spanish and clean Vietnamese therefore stay untouched: their accented words are valid (or
 * non-Vietnamese) before and not Vietnamese after.
 * @module
 */
import { assertString } from '../../errors.js';
import type { LegacyEncoding } from '../../types.js';
import { isSyllable } from '../../syllable.js';
import { isCp1252High, isZeroWidth } from '../_paragraph.js';
import { isCyrillicLookalike, latinizeLookalikes } from '../lookalike.js';
import { decodeCp1252Utf8 } from './cp1252-utf8.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';

/** Share of candidate words that must be valid syllables after conversion. */
const MIN_VALID_AFTER = 0.7;
/** Fewest letters in the words that a conversion makes valid. */
const MIN_EVIDENCE_CHARS = 4;
/**
 * Largest share of candidate words that may be valid syllables before conversion: TCVN3 and VNI bytes include
 * Latin-1 vowels that Vietnamese also uses, so some garbled words look valid ("cã", "sèng").
 */
const MAX_VALID_BEFORE = 0.5;
/** Smallest gain (share of candidate words) that a conversion must bring. */
const MIN_GAIN = 0.3;

/**
 * Convert `text` from a legacy encoding. For `cp1252-utf8`, pieces that are not valid UTF-8 are kept as they are.
 * @param text - The text.
 * @param encoding - Its legacy encoding.
 * @returns The Unicode text.
 * @throws TypeError when `text` is not a string or `encoding` is unknown.
 * @example
 * decodeLegacy('ViÖt Nam', 'tcvn3') //=> 'Việt Nam'
 * decodeLegacy('Viá»‡t Nam', 'cp1252-utf8') //=> 'Việt Nam'
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  assertString(text, 'text');
  if (encoding === 'tcvn3') return decodeTcvn3(text);
  if (encoding === 'vni') return decodeVni(text);
  if (encoding === 'cp1252-utf8') return decodeCp1252Utf8(text) ?? text;
  throw new TypeError(`Expected \`encoding\` to be one of 'tcvn3', 'vni', 'cp1252-utf8', got \`${String(encoding)}\``);
}

/**
 * Quick test: can `text.slice(start, end)` be legacy text at all? False as soon as a character beyond
 * Windows-1252 (a real Vietnamese letter, CJK, emoji…) shows up, or when it has no character above ASCII.
 * @internal
 */
export function mayBeLegacy(text: string, start: number, end: number): boolean {
  let high = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || isZeroWidth(c) || isCyrillicLookalike(c)) continue;
    // Combining marks: the text may be legacy text in NFD (Ö = O + U+0308); detection composes it first.
    if (c > 0xff && !isCp1252High(c) && (c < 0x300 || c > 0x36f)) return false;
    high = true;
  }
  return high;
}

/** How to convert one paragraph: its encoding, and whether its U+00AD are soft hyphens (not data). @internal */
export interface LegacyPlan {
  encoding: LegacyEncoding;
  stripSoftHyphens: boolean;
}

/**
 * Prepare legacy text for decoding: remove zero-width characters and BOMs (they are not Windows-1252 and would
 * split letters from their marks), turn Cyrillic look-alikes into Latin letters and compose to NFC (legacy text in
 * NFD: Ö = O + U+0308). Soft hyphens stay
 * unless `stripSoftHyphens`: U+00AD is the TCVN3 letter ư and a UTF-8 continuation byte.
 * @internal
 */
export function prepareLegacy(text: string, stripSoftHyphens = false): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isZeroWidth(c) && (c !== 0xad || !stripSoftHyphens)) continue;
    out += text.slice(last, i);
    last = i + 1;
  }
  return latinizeLookalikes(last === 0 ? text : out + text.slice(last)).normalize('NFC');
}

/** Trim ASCII punctuation (not letters or digits) from both ends of a word. */
function trimAsciiPunctuation(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && isAsciiPunct(word.charCodeAt(a))) a++;
  while (b > a && isAsciiPunct(word.charCodeAt(b - 1))) b--;
  return word.slice(a, b);
}

function isAsciiPunct(c: number): boolean {
  return c < 0x80 && !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));
}

/** Words of `text` (split on ASCII whitespace, trimmed) that contain a non-ASCII character. */
function collectCandidates(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/[ \t\n\r\f\v]+/)) {
    const word = trimAsciiPunctuation(raw);
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) >= 0x80) {
        words.push(word);
        break;
      }
    }
  }
  return words;
}

/** A word is valid when its hyphen-separated parts are all Vietnamese syllables. */
function isValidWord(word: string): boolean {
  if (word === '') return false;
  for (const part of word.split('-')) if (!isSyllable(part)) return false;
  return true;
}

/**
 * Valid before conversion also needs a normal case pattern (lower, Title or UPPER): legacy bytes read as
 * Windows-1252 mix cases inside words ("mÊt" is TCVN3 for "mất").
 */
function isValidBefore(word: string): boolean {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const normalCase = word === lower || word === upper || word.slice(1) === lower.slice(1);
  return normalCase && isValidWord(word);
}

/**
 * Detect the legacy encoding of one paragraph, or `undefined` when it is not confidently legacy-encoded.
 * @param text - A paragraph (or any short text).
 * @returns The detected encoding, or `undefined`.
 * @throws TypeError when `text` is not a string.
 * @example
 * detectLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam') //=> 'tcvn3'
 * detectLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam') //=> 'vni'
 * detectLegacy('Tiáº¿ng Viá»‡t') //=> 'cp1252-utf8'
 * detectLegacy('naïve façade') //=> undefined
 */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  assertString(text, 'text');
  return planLegacy(text)?.encoding;
}

/**
 * Decide how to convert one paragraph, or `undefined` when it is not confidently legacy-encoded. When U+00AD only
 * gets in the way (it is not part of any converted word), the paragraph is tried again with it treated as a soft
 * hyphen, which normalisation removes anyway: the result is then the same in one pass as in two.
 * @internal
 */
export function planLegacy(input: string): LegacyPlan | undefined {
  if (!mayBeLegacy(input, 0, input.length)) return undefined;
  const encoding = detectPrepared(prepareLegacy(input));
  if (encoding !== undefined) return { encoding, stripSoftHyphens: false };
  if (!input.includes('\u00AD')) return undefined;
  const retry = detectPrepared(prepareLegacy(input, true));
  return retry === undefined ? undefined : { encoding: retry, stripSoftHyphens: true };
}

function detectPrepared(text: string): LegacyEncoding | undefined {
  if (!mayBeLegacy(text, 0, text.length)) return undefined;
  const words = collectCandidates(text);
  if (words.length === 0) return undefined;
  let before = 0;
  for (const w of words) if (isValidBefore(w)) before++;
  if (before > MAX_VALID_BEFORE * words.length) return undefined;
  let best: LegacyEncoding | undefined;
  let bestValid = 0;
  let bestChars = 0;
  for (const encoding of ['cp1252-utf8', 'tcvn3', 'vni'] as const) {
    let valid = 0;
    let chars = 0;
    for (const w of words) {
      const decoded = decodeLegacy(w, encoding);
      if (isValidWord(decoded)) {
        valid++;
        chars += decoded.length;
      }
    }
    if (valid > bestValid) {
      best = encoding;
      bestValid = valid;
      bestChars = chars;
    }
  }
  if (bestValid < MIN_VALID_AFTER * words.length || bestValid - before < Math.max(1, MIN_GAIN * words.length)) {
    return undefined;
  }
  // A single short word ("ë" → "ở") is too little evidence.
  return bestChars >= MIN_EVIDENCE_CHARS ? best : undefined;
}
