/**
 * Stage 4 of tokenisation: letter runs. A run of letters (with any combining marks, so NFD input stays in one token)
 * becomes a `syllable` when {@link isSyllable} accepts it and a `word` otherwise. Also kept whole as one `word`:
 * - abbreviations with dots, `TP.HCM`, `PGS.TS`, `Tp.HCM`, `ThS.BS`, `U.S.`, `v.v.` (every part is a single letter
 *   or has at least as many capitals as small letters, at most 6 letters, and is not a title-case syllable, so
 *   `TP.Hà Nội` is `TP`, `.`, `Hà`; a final dot is kept only after a single-letter part, so `TP.HCM.` ends a
 *   sentence and `U.S.` does not);
 * - letters glued to digits, `U23`, `F1`, `mp3`, `COVID19`, `H2O`;
 * - an apostrophe between two letters, `don't`, `O'Neil`.
 * Hyphens always split: `COVID-19` is `COVID`, `-`, `19`; `e-mail` is `e`, `-`, `mail`, so each part gets its key.
 * @module
 */
import { isSyllable } from '../syllable.js';
import { syllableKey } from '../unicode/tone.js';
import {
  CLASS_DIGIT,
  CLASS_HIGH_SURROGATE,
  CLASS_LETTER,
  CLASS_MARK,
  CLASS_MASK,
  classifyAstral,
  FLAG_UPPER,
} from './01-classify.js';
import { addCachedRun, type CachedRun, findCachedRun, takeRunId } from './run-cache.js';
import { detachString, FNV_OFFSET, FNV_PRIME, hashRange } from './run-text.js';
import { KIND_SYLLABLE, KIND_WORD } from './token-table.js';

/** Longest part of a dotted abbreviation (`GS.TSKH`). */
const MAX_ABBREVIATION_PART = 6;
/** Longer runs are not cached: they are rare, and a cache must not keep a megabyte of `aaaa…` alive. */
const MAX_CACHED_RUN_LENGTH = 40;

/**
 * Kind code and key of the letter run `text[start, end)`, cached per distinct run: news text repeats a few thousand
 * syllables millions of times, so the cache turns `isSyllable` and `syllableKey` into one hash probe.
 * @example
 * describeLetterRun('Hoà bình', 0, 3) //=> { text: 'Hoà', kind: KIND_SYLLABLE, key: 'hòa' }
 * @internal
 */
export function describeLetterRun(
  text: string,
  start: number,
  end: number,
  hash: number = hashRange(text, start, end),
): CachedRun {
  const cached = findCachedRun(text, start, end, hash);
  if (cached !== undefined) return cached;
  const run = detachString(text.slice(start, end));
  const lower = run.normalize('NFC').toLowerCase();
  const cacheable = end - start <= MAX_CACHED_RUN_LENGTH;
  const id = cacheable ? takeRunId() : -1;
  const entry: CachedRun = isSyllable(lower)
    ? { text: run, kind: KIND_SYLLABLE, key: syllableKey(run), id }
    : { text: run, kind: KIND_WORD, key: lower, id };
  if (cacheable) addCachedRun(entry, hash);
  return entry;
}

/**
 * Kind code (`word`) and key (lowercase NFC) of a word that is not a plain letter run: an abbreviation such as
 * `TP.HCM` or letters with digits such as `U23`. Cached like {@link describeLetterRun}; the texts cannot collide
 * because plain letter runs contain no dot and no digit.
 * @example
 * describeWord('ở TP.HCM', 2, 8) //=> { text: 'TP.HCM', kind: KIND_WORD, key: 'tp.hcm' }
 * @internal
 */
export function describeWord(text: string, start: number, end: number): CachedRun {
  const hash = hashRange(text, start, end);
  const cached = findCachedRun(text, start, end, hash);
  if (cached !== undefined) return cached;
  const run = detachString(text.slice(start, end));
  const cacheable = end - start <= MAX_CACHED_RUN_LENGTH;
  const entry: CachedRun = { text: run, kind: KIND_WORD, key: run.normalize('NFC').toLowerCase(), id: cacheable ? takeRunId() : -1 };
  if (cacheable) addCachedRun(entry, hash);
  return entry;
}

/** Width (1 or 2 code units) of a letter or mark at `i`, or 0 when `i` holds neither. */
function letterWidth(text: string, i: number, classes: Uint8Array): number {
  const c = text.charCodeAt(i);
  const cls = (classes[c] ?? 0) & CLASS_MASK;
  if (cls === CLASS_LETTER || cls === CLASS_MARK) return 1;
  if (cls !== CLASS_HIGH_SURROGATE) return 0;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const astral = classifyAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  return astral === CLASS_LETTER || astral === CLASS_MARK ? 2 : 0;
}

/**
 * Hash of the run most recently scanned by {@link scanLetters}, equal to `hashRange(text, start, end)`: computing it
 * in the scanning loop saves a second pass over every syllable. Read it right after the call.
 * @internal
 */
export const lastLetterRun: { hash: number } = { hash: 0 };

/**
 * End of the run of letters and combining marks from `start` (a letter), with apostrophes between letters.
 * Also sets {@link lastLetterRun}.
 * @example
 * scanLetters('tiến công', 0, getClassTable()) //=> 4
 * @internal
 */
export function scanLetters(text: string, start: number, classes: Uint8Array): number {
  const length = text.length;
  let hash = FNV_OFFSET;
  let i = start;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = (classes[c] ?? 0) & CLASS_MASK;
    if (cls === CLASS_LETTER || cls === CLASS_MARK) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      i++;
      continue;
    }
    const width =
      (c === 0x27 || c === 0x2019) && letterWidth(text, i + 1, classes) > 0
        ? 1 + letterWidth(text, i + 1, classes)
        : cls === CLASS_HIGH_SURROGATE
          ? letterWidth(text, i, classes)
          : 0;
    if (width === 0) break;
    for (let j = i; j < i + width; j++) hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
    i += width;
  }
  lastLetterRun.hash = hash;
  return i;
}

/**
 * End of letters glued to digits (`U23`, `H2O`) from `start`, or `end` when no digit follows the letters at `end`.
 * @example
 * scanAlphanumeric('U23 Việt Nam', 0, 1, getClassTable()) //=> 3
 * @internal
 */
export function scanAlphanumeric(text: string, start: number, end: number, classes: Uint8Array): number {
  if (end >= text.length || ((classes[text.charCodeAt(end)] ?? 0) & CLASS_MASK) !== CLASS_DIGIT) return end;
  let i = end;
  for (;;) {
    const cls = (classes[text.charCodeAt(i)] ?? 0) & CLASS_MASK;
    if (i < text.length && cls === CLASS_DIGIT) i++;
    else if (i < text.length && letterWidth(text, i, classes) > 0) i = scanLetters(text, i, classes);
    else return i > start ? i : end;
  }
}

/** True when `text[from, to)` can be one part of a dotted abbreviation. */
function isAbbreviationPart(text: string, from: number, to: number, classes: Uint8Array): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const entry = classes[text.charCodeAt(i)] ?? 0;
    if ((entry & CLASS_MASK) === CLASS_LETTER) {
      if ((entry & FLAG_UPPER) !== 0) upper++;
      else lower++;
    } else if ((entry & CLASS_MASK) !== CLASS_MARK) {
      return false; // astral letters, apostrophes: not an abbreviation
    }
  }
  if (upper + lower === 1) return true;
  if (upper < lower || upper + lower > MAX_ABBREVIATION_PART) return false;
  // `TP.Hà Nội`, `TP.Hải Phòng`: a title-case Vietnamese syllable after the dot is a name, not an abbreviation part.
  return lower === 0 || !isSyllable(text.slice(from, to).normalize('NFC').toLowerCase());
}

/**
 * End of a dotted abbreviation whose first part is `text[start, end)`, or `end` when there is none.
 * @example
 * scanAbbreviation('TP.HCM.', 0, 2, getClassTable()) //=> 6
 * scanAbbreviation('U.S. Army', 0, 1, getClassTable()) //=> 4
 * @internal
 */
export function scanAbbreviation(text: string, start: number, end: number, classes: Uint8Array): number {
  if (!isAbbreviationPart(text, start, end, classes)) return end;
  let partEnd = end;
  let lastPartLength = end - start;
  let parts = 1;
  while (
    text.charCodeAt(partEnd) === 0x2e &&
    ((classes[text.charCodeAt(partEnd + 1)] ?? 0) & CLASS_MASK) === CLASS_LETTER
  ) {
    const partStart = partEnd + 1;
    const next = scanLetters(text, partStart, classes);
    if (!isAbbreviationPart(text, partStart, next, classes)) break;
    partEnd = next;
    lastPartLength = next - partStart;
    parts++;
  }
  if (parts < 2) return end;
  if (lastPartLength === 1 && text.charCodeAt(partEnd) === 0x2e) partEnd++;
  return partEnd;
}
