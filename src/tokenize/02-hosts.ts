/**
 * Stage 2 (helpers): host names and the character runs of links, scanned with bounded, memoised look-ahead so that a
 * failed link match costs O(1) per token and the whole scan stays O(n) even on input such as `x-x-x-…`.
 * @module
 */

/** True for ASCII letters and digits. @internal */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** True for ASCII letters. @internal */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Longest host name (RFC 1035). @internal */
export const MAX_HOST_LENGTH = 253;

/**
 * The last run found by {@link findRunEnd} for one character set. A run scanned from `from` ends at `end`; a scan
 * from any offset inside it ends there too, so `x-x-x-…` costs O(n) in all, not O(n²), when every token start looks
 * ahead to the end of the run.
 * @internal
 */
export interface RunMemo {
  text: string | undefined;
  from: number;
  end: number;
}

/** Memo of e-mail local parts (`[A-Za-z0-9._%+-]` runs). @internal */
export const LOCAL_PART_MEMO: RunMemo = { text: undefined, from: 0, end: 0 };
/** Memo of a link's first word (the local-part characters without `.`). @internal */
export const LINK_WORD_MEMO: RunMemo = { text: undefined, from: 0, end: 0 };
const HOST_MEMO: RunMemo = { text: undefined, from: 0, end: 0 };
let hostMemoLastLabel = 0;

/**
 * Forget the memoised runs, so they do not keep the last input alive after a scan.
 * @example
 * resetLinkMemos();
 * @internal
 */
export function resetLinkMemos(): void {
  for (const memo of [LOCAL_PART_MEMO, LINK_WORD_MEMO, HOST_MEMO]) {
    memo.text = undefined;
    memo.from = 0;
    memo.end = 0;
  }
}

/**
 * End of the run of characters accepted by `accepts` from `from`, remembered in `memo`.
 * @example
 * findRunEnd('ab-cd ef', 0, LINK_WORD_MEMO, (c) => c !== 0x20) //=> 5
 * @internal
 */
export function findRunEnd(text: string, from: number, memo: RunMemo, accepts: (c: number) => boolean): number {
  if (memo.text === text && from >= memo.from && from < memo.end) return memo.end;
  let i = from;
  while (i < text.length && accepts(text.charCodeAt(i))) i++;
  memo.text = text;
  memo.from = from;
  memo.end = i;
  return i;
}

/** True for host characters and the dots between labels. */
function isHostChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2d || c === 0x2e;
}

/**
 * Scan dot-separated host labels (`[A-Za-z0-9-]+`) from `from`. Sets the end of the host (-1 unless there are two
 * labels or more and at most 253 characters) and the offset where its last label starts.
 * @example
 * scanHost('xem dantri.com.vn.', 4, host);
 * host //=> { end: 17, lastLabel: 15 }
 * @internal
 */
export function scanHost(text: string, from: number, result: { end: number; lastLabel: number }): void {
  result.end = -1;
  if (!isAsciiAlnum(text.charCodeAt(from)) && text.charCodeAt(from) !== 0x2d) return;
  if (!(HOST_MEMO.text === text && from >= HOST_MEMO.from && from < HOST_MEMO.end)) {
    // A host is the run of host characters up to the last dot followed by a label character.
    let end = findRunEnd(text, from, HOST_MEMO, isHostChar);
    while (end > from && text.charCodeAt(end - 1) === 0x2e) end--;
    let lastLabel = end;
    while (lastLabel > from && text.charCodeAt(lastLabel - 1) !== 0x2e) lastLabel--;
    HOST_MEMO.end = end;
    hostMemoLastLabel = lastLabel;
  }
  const end = HOST_MEMO.end;
  const lastLabel = hostMemoLastLabel;
  // Two labels or more from `from`: a dot at `lastLabel - 1` with something before it; no empty label (`a..b`).
  if (lastLabel - 1 <= from || end - from > MAX_HOST_LENGTH || hasEmptyLabel(text, from, end)) return;
  result.end = end;
  result.lastLabel = lastLabel;
}

/** True when `text[from, end)` contains `..`. */
function hasEmptyLabel(text: string, from: number, end: number): boolean {
  for (let i = from + 1; i < end; i++) if (text.charCodeAt(i) === 0x2e && text.charCodeAt(i - 1) === 0x2e) return true;
  return false;
}

/** The result slot of {@link scanHost}, reused so that scanning allocates nothing. @internal */
export const host: { end: number; lastLabel: number } = { end: -1, lastLabel: 0 };
