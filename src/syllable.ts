/**
 * Structural validation of one Vietnamese syllable: onset + rhyme (optional medial glide, vowel nucleus,
 * optional final) + tone, by the rules of Vietnamese spelling. No word list is involved.
 * @module
 */
import { splitTone } from './unicode/_letters.js';
import { isWellFormed } from './unicode/_structure.js';
import { findTonePositionAt, hasCombiningMark } from './unicode/tone.js';

/**
 * English words that are also rare Vietnamese syllables; rejected so that English text is not taken for
 * Vietnamese ("the" is also Vietnamese for a kind of gauze, but far more often English).
 */
const ENGLISH_HOMOGRAPHS = new Set(['the']);

const CACHE_LIMIT = 50_000;
const cache = new Map<string, boolean>();

function checkSyllable(word: string): boolean {
  const lower = (hasCombiningMark(word) ? word.normalize('NFC') : word).toLowerCase();
  if (ENGLISH_HOMOGRAPHS.has(lower)) return false;
  const split = splitTone(lower);
  if (split === undefined || !isWellFormed(split.bare, split.marked)) return false;
  const { bare, tone, tonePos } = split;
  if (tone === 0) return true;
  // Stop finals (p, t, c, ch) take only sắc (2) or nặng (5).
  const last = bare.charCodeAt(bare.length - 1);
  if ((last === 0x70 || last === 0x74 || last === 0x63 || bare.endsWith('ch')) && tone !== 2 && tone !== 5) {
    return false;
  }
  return (
    tonePos === findTonePositionAt(lower, 0, lower.length, false) ||
    tonePos === findTonePositionAt(lower, 0, lower.length, true)
  );
}

/**
 * True when `word` is one well-formed Vietnamese syllable: a valid onset, a valid rhyme for that onset
 * (k/gh/ngh only before i, e, ê, y; c/g/ng never before them; q only as qu), a tone the final allows (p, t, c, ch
 * take only sắc or nặng) and the tone mark on the right vowel (either placement style: hòa and hoà both pass,
 * the misplaced cuả does not). Case-insensitive; NFD input is accepted.
 *
 * Words with a Vietnamese diacritic may also use loan spellings found in place names and borrowings (Krông,
 * Bắc Kạn, Đắk Lắk, Hmông); plain ASCII words must follow the native rules, so English words are rejected.
 * @param word - The candidate syllable.
 * @returns Whether it is a Vietnamese syllable (`false` for non-strings).
 * @example
 * isSyllable('Nguyễn') //=> true
 * isSyllable('hoà') //=> true
 * isSyllable('cuả') //=> false (misplaced tone mark)
 * isSyllable('website') //=> false
 */
export function isSyllable(word: string): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = typeof word === 'string' && word.length > 0 && word.length <= 12 && checkSyllable(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
