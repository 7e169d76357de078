/**
 * Tone-mark placement from syllable structure: move the tone mark of a syllable to the vowel where Vietnamese
 * spelling puts it, in the `old` (hòa, thủy, khỏe) or `new` (hoà, thuỷ, khoẻ) style, and repair misplaced marks
 * (lựơng → lượng, baỏ → bảo, cuả → của). No word list is involved: the position follows from onset, vowel
 * cluster and final consonant.
 * @module
 */
import { assertString } from '../errors.js';
import { composeVowel, splitTone, VOWEL_INFO } from './_letters.js';
import { isWellFormed } from './_structure.js';

/** Styles that {@link placeTone} can write. */
export type TonePlacement = 'old' | 'new';

const TABLE_SIZE = VOWEL_INFO.length;
/** Tone modes of {@link retone}. @internal */
export const MODE_KEEP = 0;
/** @internal */
export const MODE_OLD = 1;
/** @internal */
export const MODE_NEW = 2;

/** Vowel index (see BASE_VOWELS) of code unit `c`, or -1. */
function vowelOf(c: number): number {
  return c < TABLE_SIZE ? ((VOWEL_INFO[c] as number) & 15) - 1 : -1;
}

/** ă â ê ô ơ ư: vowels with a shape mark, which take the tone; one bit per vowel index. */
const MODIFIED = 0b010110010110;

/** True when code unit `c` is ă â ê ô ơ ư, with or without tone (a bit test: -1 for non-vowels shifts to 0). */
function isModified(c: number): boolean {
  return ((MODIFIED >> vowelOf(c)) & 1) !== 0;
}

/**
 * Index in `text` of the vowel of `text.slice(start, end)` (one syllable, any case, with or without tone) that
 * carries the tone mark, or -1 when the slice is not shaped like one syllable (no vowel, vowel after a final
 * consonant, more than 3 vowels). Works on code units, without allocating.
 * @internal
 */
export function findTonePositionAt(text: string, start: number, end: number, newStyle: boolean): number {
  const both = findTonePositionsAt(text, start, end);
  return both < 0 ? -1 : (both >> 1) + (newStyle ? both & 1 : 0);
}

/**
 * Both styles' tone positions of `text.slice(start, end)` in one pass: `oldPos * 2 + (newPos - oldPos)` (the new
 * style only ever moves the mark one vowel on: oa, oe, uy), or -1 as for {@link findTonePositionAt}.
 */
function findTonePositionsAt(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && vowelOf(text.charCodeAt(i)) < 0) i++;
  if (i === end) return -1;
  let j = i + 1;
  while (j < end && vowelOf(text.charCodeAt(j)) >= 0) j++;
  for (let k = j; k < end; k++) if (vowelOf(text.charCodeAt(k)) >= 0) return -1;
  // "qu" and "gi" (before another vowel) are onsets: their u/i never carries the tone (quý, già, giữa).
  if (i === start + 1 && j > i + 1) {
    const c0 = text.charCodeAt(start) | 0x20;
    const v1 = vowelOf(text.charCodeAt(i));
    if ((c0 === 0x71 && v1 === 9) || (c0 === 0x67 && v1 === 5)) i++;
  }
  const count = j - i;
  if (count > 3) return -1;
  // A vowel with a shape mark takes the tone (the last one: ươ → ơ, uyê → ê).
  for (let k = j - 1; k >= i; k--) if (isModified(text.charCodeAt(k))) return k * 2;
  if (j < end) return (j - 1) * 2; // closed syllable: last vowel (hoàn, tuyết, huỳnh)
  if (count === 1) return i * 2;
  if (count === 3) return (i + 1) * 2; // oai, oay, uyu, oeo: middle vowel
  const v0 = vowelOf(text.charCodeAt(i));
  const v1 = vowelOf(text.charCodeAt(i + 1));
  const moves = (v0 === 6 && (v1 === 0 || v1 === 3)) || (v0 === 9 && v1 === 11); // oa, oe, uy
  return i * 2 + (moves ? 1 : 0);
}

/**
 * True when the tone mark of `text.slice(start, end)` (a run of letters) is where `mode` wants it, or when the run
 * has no tone mark, several, or is not shaped like one syllable (nothing to do then). No allocation: this is the
 * fast path of normalisation. @internal
 */
export function isTonePlaced(text: string, start: number, end: number, mode: number): boolean {
  let tonePos = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_SIZE && ((VOWEL_INFO[c] as number) & 0x70) !== 0) {
      if (tonePos >= 0) return true;
      tonePos = i;
    }
  }
  if (tonePos < 0) return true;
  // On a vowel with a shape mark (người, tiếng) and no such vowel after it in its run, the mark is right in both
  // styles: findTonePositionsAt would pick this vowel, or find no syllable shape.
  if (isModified(text.charCodeAt(tonePos))) {
    let k = tonePos + 1;
    while (k < end && vowelOf(text.charCodeAt(k)) >= 0 && !isModified(text.charCodeAt(k))) k++;
    if (k === end || !isModified(text.charCodeAt(k))) return true;
  }
  const both = findTonePositionsAt(text, start, end);
  if (both < 0) return true;
  const oldPos = both >> 1;
  if (mode !== MODE_NEW && oldPos === tonePos) return true;
  return mode !== MODE_OLD && oldPos + (both & 1) === tonePos;
}

/**
 * Move the tone mark of NFC `word` according to `mode`; returns `word` itself when nothing changes or when the
 * word is not spelled like a Vietnamese syllable. Without `repair`, a mark that is right in neither style stays
 * (a foreign word such as "più"); style changes are still made. @internal
 */
export function retone(word: string, mode: number, repair = true): string {
  const split = splitTone(word);
  if (split === undefined || split.tone === 0) return word;
  const { tone, tonePos } = split;
  const both = findTonePositionsAt(word, 0, word.length);
  if (both < 0 || !isWellFormed(split.bare, split.marked)) return word;
  const oldPos = both >> 1;
  const newPos = oldPos + (both & 1);
  if (!repair && tonePos !== oldPos && tonePos !== newPos) return word;
  let target = oldPos;
  if (mode === MODE_NEW) target = newPos;
  else if (mode === MODE_KEEP && tonePos === newPos) target = tonePos;
  if (target === tonePos) return word;
  const from = VOWEL_INFO[word.charCodeAt(tonePos)] as number;
  const to = VOWEL_INFO[word.charCodeAt(target)] as number;
  const bare = composeVowel((from & 15) - 1, 0, (from & 128) !== 0);
  const marked = composeVowel((to & 15) - 1, tone, (to & 128) !== 0);
  const a = Math.min(tonePos, target);
  const b = Math.max(tonePos, target);
  const atA = a === tonePos ? bare : marked;
  const atB = b === tonePos ? bare : marked;
  return word.slice(0, a) + atA + word.slice(a + 1, b) + atB + word.slice(b + 1);
}

/**
 * Write the tone mark of one syllable in the given style, keeping the case of every letter. Misplaced marks are
 * repaired on the way; strings that are not shaped like a Vietnamese syllable come back unchanged.
 * @param syllable - One syllable (NFC or NFD).
 * @param style - `old` (hòa, thủy, khỏe) or `new` (hoà, thuỷ, khoẻ).
 * @returns The syllable with its tone mark placed.
 * @throws TypeError when `syllable` is not a string or `style` is not `old` or `new`.
 * @example
 * placeTone('hòa', 'new') //=> 'hoà'
 * placeTone('THUỶ', 'old') //=> 'THỦY'
 * placeTone('cuả', 'old') //=> 'của'
 */
export function placeTone(syllable: string, style: TonePlacement): string {
  assertString(syllable, 'syllable');
  if (style !== 'old' && style !== 'new') {
    throw new TypeError(`Expected \`style\` to be one of 'old', 'new', got \`${String(style)}\``);
  }
  const nfc = hasCombiningMark(syllable) ? syllable.normalize('NFC') : syllable;
  return retone(nfc, style === 'new' ? MODE_NEW : MODE_OLD);
}

/**
 * Repair a misplaced tone mark but keep the syllable's own style where both styles are correct.
 * @param syllable - One syllable (NFC).
 * @returns The repaired syllable.
 * @throws TypeError when `syllable` is not a string.
 * @example
 * repairTone('lựơng') //=> 'lượng'
 * repairTone('hoà') //=> 'hoà'
 */
export function repairTone(syllable: string): string {
  assertString(syllable, 'syllable');
  const nfc = hasCombiningMark(syllable) ? syllable.normalize('NFC') : syllable;
  return retone(nfc, MODE_KEEP);
}

/** True when `s` contains a combining diacritical mark (U+0300–U+036F). @internal */
export function hasCombiningMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

const KEY_CACHE_LIMIT = 100_000;
const keyCache = new Map<string, string>();

/**
 * The lookup key of a syllable: NFC, lowercase, tone mark in the canonical `old` position (hòa, thủy, khỏe),
 * misplaced marks repaired. Non-Vietnamese strings come back lowercased and otherwise unchanged.
 * Results are cached (bounded), so calling it once per token is cheap.
 * @param word - One syllable or word.
 * @returns The key.
 * @throws TypeError when `word` is not a string.
 * @example
 * syllableKey('Hoà') //=> 'hòa'
 * syllableKey('THUỶ') //=> 'thủy'
 * syllableKey('lựơng') //=> 'lượng'
 * syllableKey('Website') //=> 'website'
 */
export function syllableKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  assertString(word, 'word');
  const nfc = hasCombiningMark(word) ? word.normalize('NFC') : word;
  const lower = nfc.toLowerCase();
  const key = lower.length === nfc.length ? retone(lower, MODE_OLD) : lower;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}
