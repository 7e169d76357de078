/**
 * Edits of normalisation: the change of one word reported as small {@link TextEdit}s in input offsets (one per
 * changed syllable or removed invisible character), so that the rule engine can map its offsets back.
 * @internal
 * @module
 */
import type { TextEdit } from '../types.js';
import { isWordLetter } from './_word.js';
import { isInvisible } from './nfc.js';

/** True when `c` is a high surrogate and `d` a low one. */
function isPair(c: number, d: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

/**
 * The smallest edit turning `word` (at `offset` in the input) into `replacement`: common prefix and suffix are cut,
 * then the edit grows to whole letter runs when letters changed (one edit per syllable, easier to read), and never
 * splits a surrogate pair. @internal
 */
export function makeEdit(word: string, replacement: string, offset: number): TextEdit {
  let p = 0;
  const max = Math.min(word.length, replacement.length);
  while (p < max && word.charCodeAt(p) === replacement.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && word.charCodeAt(word.length - 1 - s) === replacement.charCodeAt(replacement.length - 1 - s)) s++;
  let lettersChanged = false;
  for (let i = p; i < word.length - s && !lettersChanged; i++) lettersChanged = isWordLetter(word.charCodeAt(i));
  for (let i = p; i < replacement.length - s && !lettersChanged; i++) {
    lettersChanged = isWordLetter(replacement.charCodeAt(i));
  }
  if (lettersChanged) {
    while (p > 0 && isWordLetter(word.charCodeAt(p - 1))) p--;
    while (s > 0 && isWordLetter(word.charCodeAt(word.length - s))) s--;
  }
  if (p > 0 && isPair(word.charCodeAt(p - 1), word.charCodeAt(p))) p--;
  if (s > 0 && isPair(word.charCodeAt(word.length - s - 1), word.charCodeAt(word.length - s))) s--;
  return {
    start: offset + p,
    end: offset + word.length - s,
    original: word.slice(p, word.length - s),
    replacement: replacement.slice(p, replacement.length - s),
  };
}

/**
 * Report the change of one word as edits. A word with invisible characters gets one edit per removed character
 * plus one per changed piece between them, when the pieces normalise the same on their own (the usual case);
 * otherwise the whole change is one edit. @internal
 */
export function pushWordEdits(
  word: string,
  replacement: string,
  offset: number,
  normalizePiece: (piece: string) => string,
  edits: TextEdit[],
): void {
  let hasInvisible = false;
  for (let k = 0; k < word.length && !hasInvisible; k++) hasInvisible = isInvisible(word.charCodeAt(k));
  if (!hasInvisible) {
    edits.push(makeEdit(word, replacement, offset));
    return;
  }
  const pieces: TextEdit[] = [];
  let joined = '';
  let start = 0;
  for (let k = 0; k <= word.length; k++) {
    if (k < word.length && !isInvisible(word.charCodeAt(k))) continue;
    const piece = word.slice(start, k);
    const fixed = normalizePiece(piece);
    if (fixed !== piece) pieces.push(makeEdit(piece, fixed, offset + start));
    joined += fixed;
    if (k < word.length) {
      const removed = normalizePiece(word[k] as string) === '';
      if (!removed) joined += word[k] as string;
      else pieces.push({ start: offset + k, end: offset + k + 1, original: word[k] as string, replacement: '' });
    }
    start = k + 1;
  }
  if (joined === replacement) edits.push(...pieces);
  else edits.push(makeEdit(word, replacement, offset));
}
