/**
 * The hot loop of normalisation: find the next word (run without ASCII whitespace) that may change, skipping the
 * others without allocating. Kept apart from the engine in `_run.ts` so that it is a small function called once per
 * paragraph and per word that needs work: V8 optimises it early and keeps it optimised, whatever rare paths the
 * engine meets.
 * @internal
 * @module
 */
import { areTonesPlaced, CLASS_LETTER, CLASS_SPACE, CLASS_TONED, CLASSES, NEEDS_NFC, NEEDS_STRIP, NEEDS_TONE, NEEDS_WORK } from './_word.js';
import { toNfc } from './nfc.js';
import { isTonePlaced } from './tone.js';

/** The word found by {@link findWordToWork}: its end and its need bits (see `inspectWord`). @internal */
export const FOUND_WORD: { end: number; flags: number } = { end: 0, flags: 0 };

/** True when `text.slice(start, end)` (no invisible characters) is unchanged by {@link toNfc}. */
function isNfcSlice(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return toNfc(word) === word;
}

/**
 * Start of the first word in `text.slice(from, end)` that may change (any word when `every`), or `end` when there
 * is none; the word's end and need bits go to {@link FOUND_WORD}. A word needs tone work only when a toned vowel
 * touches another vowel and its mark is not where `toneMode` wants it; it needs NFC only when NFC changes it
 * (the class bit is coarse: ™, Cyrillic and emoji have it). `end` must be at ASCII whitespace or the text's end.
 * @internal
 */
export function findWordToWork(text: string, from: number, end: number, toneMode: number, every: boolean): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 && (c === 0x20 || (c >= 0x09 && c <= 0x0d))) {
      i++;
      continue;
    }
    // CLASS_TONED is CLASS_VOWEL << 1 and NEEDS_TONE is CLASS_TONED << 5: bit 2 is set when a toned vowel
    // follows a vowel or a vowel follows a toned one, without branches. `common` keeps CLASS_LETTER when every
    // code unit is a letter.
    let flags = 0;
    let common = CLASS_LETTER;
    let prev = 0;
    let j = i;
    for (; j < end; j++) {
      const cls = CLASSES[text.charCodeAt(j)] as number;
      if (cls === CLASS_SPACE) break;
      flags |= cls | (((cls & (prev << 1)) | ((cls << 1) & prev)) & CLASS_TONED) << 5;
      common &= cls;
      prev = cls;
    }
    // A word of letters only is one letter run: no need to cut it into runs.
    if ((flags & NEEDS_TONE) !== 0) {
      const placed = common !== 0 ? isTonePlaced(text, i, j, toneMode) : areTonesPlaced(text, i, j, toneMode);
      if (placed) flags &= ~NEEDS_TONE;
    }
    if ((flags & (NEEDS_NFC | NEEDS_STRIP)) === NEEDS_NFC && isNfcSlice(text, i, j)) flags &= ~NEEDS_NFC;
    if (every || (flags & NEEDS_WORK) !== 0) {
      FOUND_WORD.end = j;
      FOUND_WORD.flags = flags;
      return i;
    }
    i = j + 1; // text[j] is whitespace (or j is the end)
  }
  return end;
}
