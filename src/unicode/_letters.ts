/**
 * Lookup tables for Vietnamese letters: every precomposed vowel (12 base vowels × 6 tones × 2 cases) decomposed
 * into base vowel, tone and case, and composed back. Built once at load time from `String.prototype.normalize`,
 * so the tables cannot drift from Unicode. Internal module, never re-exported.
 * @internal
 * @module
 */

/** Base vowels in a fixed order; a vowel index is a position in this string. */
export const BASE_VOWELS = 'aăâeêioôơuưy';

/** Combining tone marks in tone order 1..5: huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below). */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Table size: covers Latin-1, Latin Extended-A/B and Latin Extended Additional (U+1E00–U+1EFF). */
const TABLE_SIZE = 0x1f00;

/**
 * Per code unit: 0 when not a Vietnamese vowel, else `(vowelIndex + 1) | tone << 4 | upper << 7`.
 * @internal
 */
export const VOWEL_INFO: Uint8Array = new Uint8Array(TABLE_SIZE);

/** `COMPOSED[upper * 72 + vowelIndex * 6 + tone]` is the precomposed letter. @internal */
export const COMPOSED: string[] = [];

for (let upper = 0; upper < 2; upper++) {
  for (let v = 0; v < BASE_VOWELS.length; v++) {
    const lower = BASE_VOWELS[v] as string;
    const base = upper === 1 ? lower.toUpperCase() : lower;
    for (let tone = 0; tone < 6; tone++) {
      const ch = tone === 0 ? base : (base + (TONE_MARKS[tone - 1] as string)).normalize('NFC');
      COMPOSED[upper * 72 + v * 6 + tone] = ch;
      VOWEL_INFO[ch.charCodeAt(0)] = (v + 1) | (tone << 4) | (upper << 7);
    }
  }
}

/** Vowel index (0..11) of code unit `c`, or -1. @internal */
export function getVowelIndex(c: number): number {
  return c < TABLE_SIZE ? ((VOWEL_INFO[c] as number) & 15) - 1 : -1;
}

/** Compose a vowel from its parts. @internal */
export function composeVowel(vowelIndex: number, tone: number, upper: boolean): string {
  return COMPOSED[(upper ? 72 : 0) + vowelIndex * 6 + tone] as string;
}

/** A syllable split into its toneless lowercase letters and its tone. @internal */
export interface BareSyllable {
  /** Lowercase letters without tone marks. */
  bare: string;
  /** Tone 0..5 (0 = ngang, no mark). */
  tone: number;
  /** Index of the toned vowel, -1 when toneless. */
  tonePos: number;
  /** True when a letter carries a Vietnamese diacritic (tone, shape mark, đ). */
  marked: boolean;
}

/**
 * Split `word` (NFC) into toneless lowercase letters and tone; `undefined` when it has a character that is not a
 * Vietnamese letter (f, j, w, z included) or more than one tone mark. @internal
 */
export function splitTone(word: string): BareSyllable | undefined {
  let bare = '';
  let tone = 0;
  let tonePos = -1;
  let marked = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const info = c < TABLE_SIZE ? (VOWEL_INFO[c] as number) : 0;
    if (info !== 0) {
      const t = (info >> 4) & 7;
      if (t !== 0) {
        if (tone !== 0) return undefined;
        tone = t;
        tonePos = i;
      }
      if (c >= 0x80) marked = true;
      bare += BASE_VOWELS[(info & 15) - 1] as string;
      continue;
    }
    const lower = c | 0x20;
    if (c === 0x111 || c === 0x110) {
      marked = true;
      bare += 'đ';
    } else if (c < 0x80 && lower >= 0x61 && lower <= 0x7a && lower !== 0x66 && lower !== 0x6a && lower !== 0x77) {
      if (lower === 0x7a) return undefined;
      bare += String.fromCharCode(lower);
    } else {
      return undefined;
    }
  }
  return { bare, tone, tonePos, marked };
}
