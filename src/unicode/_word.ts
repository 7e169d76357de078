/**
 * Normalisation of one whitespace-free word: invisible characters, NFC, look-alike letters, tone placement.
 * The engine in `_run.ts` cuts text into words and calls this for the few words that may change.
 * @internal
 * @module
 */
import { VOWEL_INFO } from './_letters.js';
import { isLookalike, fixLookalikes } from './lookalike.js';
import { isInvisible, stripInvisible, toNfc } from './nfc.js';
import { isTonePlaced, retone } from './tone.js';

const TABLE_SIZE = VOWEL_INFO.length;

/**
 * True when code unit `c` is known to be unchanged by NFC whatever surrounds it: Latin, Vietnamese precomposed
 * letters, general punctuation and currency signs. Everything else (combining marks, Hangul, letterlike symbols with
 * singleton decompositions, surrogates, …) goes through `String.prototype.normalize`.
 */
function isNfcStable(c: number): boolean {
  return (
    c < 0x300 ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x20a0 && c <= 0x20cf)
  );
}

/** Character classes, as bit flags of {@link classOf}. @internal */
export const CLASS_VOWEL = 1;
/** A vowel with a tone mark. @internal */
export const CLASS_TONED = 2;
/** An invisible character to remove. @internal */
export const NEEDS_STRIP = 4;
/** A character that NFC may change. @internal */
export const NEEDS_NFC = 8;
/** A possible look-alike letter. @internal */
export const NEEDS_LOOKALIKE = 16;
/** ASCII whitespace: ends a word. @internal */
export const CLASS_SPACE = 32;
/** Set by the scanner: a toned vowel next to another vowel (only then can a tone mark be misplaced). @internal */
export const NEEDS_TONE = 64;
/** A letter of a syllable (see {@link isWordLetter}). @internal */
export const CLASS_LETTER = 128;

/** Classes of every UTF-16 code unit, computed once (64 KiB; one lookup per character in the hot loop). @internal */
export const CLASSES: Uint8Array = new Uint8Array(0x10000);
for (let c = 0; c < CLASSES.length; c++) CLASSES[c] = computeClass(c);

function computeClass(c: number): number {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CLASS_SPACE;
  let cls = 0;
  const info = c < TABLE_SIZE ? (VOWEL_INFO[c] as number) : 0;
  if (info !== 0) cls |= (info & 0x70) !== 0 ? CLASS_VOWEL | CLASS_TONED : CLASS_VOWEL;
  else if (isInvisible(c)) cls |= NEEDS_STRIP;
  else if (isLookalike(c)) cls |= NEEDS_LOOKALIKE;
  if (!isNfcStable(c)) cls |= NEEDS_NFC;
  if (isLetter(c)) cls |= CLASS_LETTER;
  return cls;
}

/** Class bits of code unit `c`. @internal */
export function classOf(c: number): number {
  return CLASSES[c] as number;
}

/**
 * What `text.slice(start, end)` (no ASCII whitespace inside) needs: {@link NEEDS_STRIP}, {@link NEEDS_NFC},
 * {@link NEEDS_LOOKALIKE}, {@link NEEDS_TONE}, mixed with class bits. No need bit set means the word cannot
 * change. @internal
 */
export function inspectWord(text: string, start: number, end: number): number {
  let flags = 0;
  let prev = 0;
  for (let i = start; i < end; i++) {
    const cls = classOf(text.charCodeAt(i));
    flags |= cls;
    if (((cls & CLASS_TONED) !== 0 && (prev & CLASS_VOWEL) !== 0) || ((cls & CLASS_VOWEL) !== 0 && (prev & CLASS_TONED) !== 0)) {
      flags |= NEEDS_TONE;
    }
    prev = cls;
  }
  return flags;
}

/** The bits of {@link inspectWord} that mean work. @internal */
export const NEEDS_WORK: number = NEEDS_STRIP | NEEDS_NFC | NEEDS_LOOKALIKE | NEEDS_TONE;

/**
 * True when every letter run of `text.slice(start, end)` already has its tone mark where `toneMode` wants it
 * (the usual case): the word can be skipped without allocating. @internal
 */
export function areTonesPlaced(text: string, start: number, end: number, toneMode: number): boolean {
  let i = start;
  while (i < end) {
    if (!isWordLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isWordLetter(text.charCodeAt(j))) j++;
    if (!isTonePlaced(text, i, j, toneMode)) return false;
    i = j;
  }
  return true;
}

/**
 * True for code units that can be part of a Vietnamese syllable (or a look-alike of one). Combining marks count
 * as letters: a mark NFC could not compose keeps its syllable out of tone placement instead of being cut off.
 * @internal
 */
export function isWordLetter(c: number): boolean {
  return ((CLASSES[c] as number) & CLASS_LETTER) !== 0;
}

function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < TABLE_SIZE && (VOWEL_INFO[c] as number) !== 0) return true;
  return c === 0x111 || c === 0x110 || isLookalike(c);
}

/** Apply `fix` to each letter run of `word` for which `wanted` holds. */
function mapLetterRuns(word: string, fix: (run: string) => string): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < word.length) {
    if (!isWordLetter(word.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < word.length && isWordLetter(word.charCodeAt(j))) j++;
    const run = word.slice(i, j);
    const fixed = fix(run);
    if (fixed !== run) {
      out += word.slice(last, i) + fixed;
      last = j;
    }
    i = j;
  }
  return last === 0 ? word : out + word.slice(last);
}

/**
 * True for URLs, e-mail addresses and @handles: their letters are left alone (a moved tone mark would break the
 * link), only invisible characters and NFC are fixed.
 */
function isLinkLike(word: string): boolean {
  return word.includes('://') || word.includes('@') || word.startsWith('www.') || word.includes('%');
}

/**
 * Normalise one word (no ASCII whitespace inside): strip invisible characters, compose, fix look-alikes and place
 * tone marks; `toneMode` is 0 keep, 1 old, 2 new. Misplaced marks are repaired only when `repair` (the word is in
 * a Vietnamese paragraph). Links keep their letters. @internal
 */
export function normalizeWord(word: string, toneMode: number, repair: boolean): string {
  let flags = inspectWord(word, 0, word.length);
  let w = word;
  if ((flags & NEEDS_STRIP) !== 0) w = stripInvisible(w);
  if ((flags & NEEDS_NFC) !== 0) w = toNfc(w);
  if (isLinkLike(w)) return w;
  if (w !== word) flags = inspectWord(w, 0, w.length); // stripping and composing can make vowels meet
  if ((flags & NEEDS_LOOKALIKE) !== 0) {
    const fixed = mapLetterRuns(w, fixLookalikes);
    if (fixed !== w) flags = inspectWord(fixed, 0, fixed.length); // so can Latin letters for Cyrillic ones
    w = fixed;
  }
  if ((flags & NEEDS_TONE) !== 0) w = mapLetterRuns(w, (run) => retone(run, toneMode, repair));
  return w;
}
