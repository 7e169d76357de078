/**
 * Stage 7 of tokenisation: one step of the scanner, which ties stages 1–5 together: one `charCodeAt` and one table
 * read decide which sub-scanner reads the token that starts at an offset.
 * @module
 */
import {
  CLASS_DIGIT,
  CLASS_HIGH_SURROGATE,
  CLASS_OTHER,
  CLASS_LETTER,
  CLASS_MARK,
  CLASS_MASK,
  CLASS_NEWLINE,
  CLASS_PUNCTUATION,
  CLASS_SPACE,
} from './01-classify.js';
import { mayStartLink, scanEmail, scanUrl } from './02-links.js';
import { isSign, scanNumber } from './03-numbers.js';
import {
  describeLetterRun,
  describeWord,
  lastLetterRun,
  scanAbbreviation,
  scanAlphanumeric,
  scanLetters,
} from './04-words.js';
import { scanKeycap, scanSymbol } from './05-symbols.js';
import { isSentenceFinal } from './06-sentences.js';
import type { CachedRun } from './run-cache.js';
import { FNV_OFFSET, FNV_PRIME } from './run-text.js';
import {
  KIND_EMAIL,
  KIND_NEWLINE,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_SPACE,
  KIND_SYMBOL,
  KIND_URL,
} from './token-table.js';

/** Result slot of the sub-scanners (one object reused for the whole pass, so no allocation per token). @internal */
export interface Step {
  /** End offset (exclusive) of the token. */
  end: number;
  /** Kind code (`KIND_*`). */
  kind: number;
  /** For syllables and words: the cached run with its text and key. */
  run: CachedRun | undefined;
}

/** True for the characters after a letter or digit run that may continue a URL or e-mail: `. @ : - _ +`. */
function mayContinueLink(c: number): boolean {
  return c === 0x2e || c === 0x40 || c === 0x3a || c === 0x2d || c === 0x5f || c === 0x2b;
}

/**
 * Try a URL or e-mail address at the ASCII letter or digit `i`, whose plain run ends at `runEnd`. Fills `step` and
 * returns true when one starts there. Checked only when the run is followed by `. @ : - _ +`, so ordinary words pay
 * one comparison.
 */
function scanLink(text: string, i: number, runEnd: number, classes: Uint8Array, step: Step): boolean {
  if (text.charCodeAt(i) >= 0x80 || !mayContinueLink(text.charCodeAt(runEnd)) || !mayStartLink(text, i)) return false;
  const emailEnd = scanEmail(text, i, classes);
  if (emailEnd > 0) {
    step.end = emailEnd;
    step.kind = KIND_EMAIL;
    step.run = undefined;
    return true;
  }
  const urlEnd = scanUrl(text, i, classes);
  if (urlEnd > 0) {
    step.end = urlEnd;
    step.kind = KIND_URL;
    step.run = undefined;
    return true;
  }
  return false;
}

/**
 * The end of the plain letter run at the letter `i`, or -1 when {@link scanStep} must look closer. Plain: letters and
 * combining marks only, and what follows can neither continue the run (an apostrophe, an astral letter), make it a
 * word with digits or dots (`U23`, `TP.HCM`), nor, for an ASCII first letter, start a link (`. @ : - _ +`); a period
 * followed by whitespace or the end (a sentence's last word) can do neither. For
 * such a run scanStep gives a syllable or word token ending there, described by `describeLetterRun(text, i, end,
 * lastLetterRun.hash)`: this function sets the hash. Most tokens of a text are such runs, and this check costs one
 * comparison per character.
 * @example
 * plainRunEnd('tiến công', 0, getClassTable()) //=> 4
 * plainRunEnd('U23', 0, getClassTable()) //=> -1
 * @internal
 */
export function plainRunEnd(text: string, i: number, classes: Uint8Array): number {
  const length = text.length;
  let hash = FNV_OFFSET;
  let end = i;
  let c = 0;
  let cls = CLASS_OTHER;
  while (end < length) {
    c = text.charCodeAt(end);
    cls = (classes[c] as number) & CLASS_MASK;
    if (cls !== CLASS_LETTER && cls !== CLASS_MARK) break;
    hash = Math.imul(hash ^ c, FNV_PRIME);
    end++;
  }
  if (end < length) {
    if (c === 0x2e) {
      // Then whitespace or the end: no abbreviation goes on past the period (its next part would start with a
      // letter) and no link ends in it (an e-mail needs `@` after the run, a host a label after its last dot).
      const after = end + 1 < length ? text.charCodeAt(end + 1) : 0x20;
      if (after !== 0x20 && after !== 0x0a && after !== 0x0d && after !== 0x09) return -1;
    } else if (c === 0x27 || c === 0x2019 || cls === CLASS_HIGH_SURROGATE || cls === CLASS_DIGIT) return -1;
    else if (mayContinueLink(c) && text.charCodeAt(i) < 0x80) return -1;
  }
  lastLetterRun.hash = hash;
  return end;
}

/** Scan a letter run (syllable, word, abbreviation, letters with digits, or a link) at `i`. */
function scanWord(text: string, i: number, classes: Uint8Array, step: Step): void {
  const end = scanLetters(text, i, classes);
  const hash = lastLetterRun.hash;
  const next = text.charCodeAt(end);
  const nextClass = (classes[next] ?? 0) & CLASS_MASK;
  let info: CachedRun;
  let wordEnd = end;
  if (nextClass === CLASS_DIGIT) {
    wordEnd = scanAlphanumeric(text, i, end, classes);
  } else if (next === 0x2e) {
    wordEnd = scanAbbreviation(text, i, end, classes);
  }
  if (scanLink(text, i, wordEnd, classes, step)) return;
  if (wordEnd > end) info = describeWord(text, i, wordEnd);
  else info = describeLetterRun(text, i, end, hash);
  step.end = wordEnd;
  step.kind = info.kind;
  step.run = info;
}

/** True when a `+`/`-`/`−` at `i` is the sign of a number: a digit follows and no letter or digit precedes. */
function isNumberSign(text: string, i: number, classes: Uint8Array): boolean {
  if (!isSign(text.charCodeAt(i))) return false;
  if (((classes[text.charCodeAt(i + 1)] ?? 0) & CLASS_MASK) !== CLASS_DIGIT) return false;
  if (i === 0) return true;
  const before = (classes[text.charCodeAt(i - 1)] ?? 0) & CLASS_MASK;
  return before !== CLASS_LETTER && before !== CLASS_DIGIT && before !== CLASS_MARK;
}

/** Scan punctuation at `i`: a run of sentence-final marks (`...`, `?!`) or a single character. */
function scanPunctuation(text: string, i: number): number {
  if (!isSentenceFinal(text.charCodeAt(i))) return i + 1;
  let end = i + 1;
  while (end < text.length && isSentenceFinal(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Fill `step` with the token that starts at `i`.
 * @example
 * const step = { end: 0, kind: 0, run: undefined };
 * scanStep('98%.', 0, getClassTable(), step);
 * step.end //=> 3
 * step.kind //=> KIND_NUMBER
 * @internal
 */
export function scanStep(text: string, i: number, classes: Uint8Array, step: Step): void {
  const c = text.charCodeAt(i);
  const cls = (classes[c] ?? 0) & CLASS_MASK;
  step.run = undefined;
  if (cls === CLASS_LETTER) {
    scanWord(text, i, classes, step);
  } else if (cls === CLASS_SPACE) {
    let end = i + 1;
    while (end < text.length && ((classes[text.charCodeAt(end)] ?? 0) & CLASS_MASK) === CLASS_SPACE) end++;
    step.end = end;
    step.kind = KIND_SPACE;
  } else if (cls === CLASS_NEWLINE) {
    step.end = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    step.kind = KIND_NEWLINE;
  } else if (cls === CLASS_DIGIT) {
    const keycapEnd = scanKeycap(text, i, classes);
    if (keycapEnd > 0) {
      step.end = keycapEnd;
      step.kind = KIND_SYMBOL;
    } else {
      const end = scanNumber(text, i, classes);
      if (!scanLink(text, i, end, classes, step)) {
        step.end = end;
        step.kind = KIND_NUMBER;
      }
    }
  } else if (isNumberSign(text, i, classes)) {
    step.end = scanNumber(text, i, classes);
    step.kind = KIND_NUMBER;
  } else if (cls === CLASS_PUNCTUATION) {
    const keycapEnd = c === 0x23 || c === 0x2a ? scanKeycap(text, i, classes) : -1;
    step.end = keycapEnd > 0 ? keycapEnd : scanPunctuation(text, i);
    step.kind = keycapEnd > 0 ? KIND_SYMBOL : KIND_PUNCTUATION;
  } else if (cls === CLASS_HIGH_SURROGATE && scanLetters(text, i, classes) > i) {
    scanWord(text, i, classes, step);
  } else {
    step.end = scanSymbol(text, i, classes);
    step.kind = KIND_SYMBOL;
  }
}
