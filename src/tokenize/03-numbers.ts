/**
 * Stage 3 of tokenisation: numbers as Vietnamese writes them, kept whole.
 *
 * | form | examples |
 * |---|---|
 * | digit groups joined by `.` `,` `/` `:` | `1.803`, `1.000.000`, `94,07`, `2.5`, `5/5`, `27/4/2022`, `10:30` |
 * | a sign right before the digits (not after a letter or digit) | `-3`, `+84`, `−5` |
 * | a unit of at most 3 letters from `A–Z a–z đ Đ`, not followed by a letter | `700.000đ`, `18B`, `100USD`, `5G`, `20km` |
 * | digits again after such a suffix | `10h30`, `3x4` |
 * | a final `%` or `‰` | `94,07%` |
 *
 * A separator is part of the number only when a digit follows it, so `98%.` ends before `.`, and `2021,` before `,`.
 * `2022nhé` is the number `2022` and the syllable `nhé`: a Vietnamese syllable glued to a number is not a unit.
 * @module
 */
import { CLASS_DIGIT, CLASS_LETTER, CLASS_MARK, CLASS_MASK } from './01-classify.js';

/** Longest letter suffix attached to a number (`VNĐ`, `USD`, `km`). */
const MAX_UNIT_LENGTH = 3;

function isDigit(classes: Uint8Array, text: string, i: number): boolean {
  return i < text.length && ((classes[text.charCodeAt(i)] ?? 0) & CLASS_MASK) === CLASS_DIGIT;
}

/** True for `A–Z a–z đ Đ`, the letters of unit suffixes. */
function isUnitLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x111 || c === 0x110;
}

/** True for `+`, `-`, `−` (U+2212 minus sign). * @example
 * isSign(0x2d) //=> true ('-')
 * @internal
 */
export function isSign(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x2212;
}

/** Skip digits and `sep digits` groups from `i` (which must be a digit). */
function scanDigitGroups(text: string, i: number, classes: Uint8Array): number {
  const length = text.length;
  for (;;) {
    while (isDigit(classes, text, i)) i++;
    if (i + 1 >= length) return i;
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a) && isDigit(classes, text, i + 1)) i++;
    else return i;
  }
}

/** End of a unit suffix starting at `i`, or `i` when there is none. */
function scanUnit(text: string, i: number, classes: Uint8Array): number {
  let j = i;
  while (j < text.length && j - i <= MAX_UNIT_LENGTH && isUnitLetter(text.charCodeAt(j))) j++;
  if (j === i || j - i > MAX_UNIT_LENGTH) return i;
  if (j < text.length) {
    const cls = (classes[text.charCodeAt(j)] ?? 0) & CLASS_MASK;
    // `2022nhé`, `5kế` or NFD `5đe\u0301`: the letters belong to a word, not to the number.
    if (cls === CLASS_LETTER || cls === CLASS_MARK) return i;
  }
  return j;
}

/**
 * Scan a number from `start`, which is a digit or a sign followed by a digit. Returns its end (> start).
 * @example
 * scanNumber('đạt 94,07%.', 4, getClassTable()) //=> 10
 * scanNumber('700.000đ', 0, getClassTable()) //=> 8
 * @internal
 */
export function scanNumber(text: string, start: number, classes: Uint8Array): number {
  let i = start;
  if (isSign(text.charCodeAt(i))) i++;
  i = scanDigitGroups(text, i, classes);
  for (;;) {
    const unitEnd = scanUnit(text, i, classes);
    if (unitEnd === i) break;
    i = unitEnd;
    if (isDigit(classes, text, i)) i = scanDigitGroups(text, i, classes);
    else break;
  }
  const c = text.charCodeAt(i);
  if (c === 0x25 || c === 0x2030) i++;
  return i;
}
