/**
 * VNI-Windows (the VNI fonts VNI-Times etc.) as it looks when its bytes were read as Windows-1252. A vowel is a
 * base letter followed by one mark byte ("oä" = ộ, "oø" = ò); ơ, ư, đ and the i-vowels with tones have bytes of
 * their own ("Tröôøng" = Trường, "Ñaïi" = Đại, "nghóa" = nghĩa). Mark bytes have a lowercase and an uppercase
 * form (0xE4 / 0xC4); the case of a letter comes from its base.
 * @module
 */
import { assertString } from '../../errors.js';
import { composeVowel, getVowelIndex } from '../_letters.js';

/** Shape of a mark byte: 0 none, 1 circumflex, 2 breve. Tone: 0..5 (huyền, sắc, hỏi, ngã, nặng). */
interface Mark {
  shape: number;
  tone: number;
}

/** Mark bytes, lowercase form; the uppercase form is 0x20 lower. */
const MARKS: readonly (readonly [number, number, number])[] = [
  [0xf8, 0, 1], // ø huyền
  [0xf9, 0, 2], // ù sắc
  [0xfb, 0, 3], // û hỏi
  [0xf5, 0, 4], // õ ngã
  [0xef, 0, 5], // ï nặng
  [0xe2, 1, 0], // â circumflex
  [0xe0, 1, 1], // à circumflex + huyền
  [0xe1, 1, 2], // á circumflex + sắc
  [0xe5, 1, 3], // å circumflex + hỏi
  [0xe3, 1, 4], // ã circumflex + ngã
  [0xe4, 1, 5], // ä circumflex + nặng
  [0xea, 2, 0], // ê breve
  [0xe8, 2, 1], // è breve + huyền
  [0xe9, 2, 2], // é breve + sắc
  [0xfa, 2, 3], // ú breve + hỏi
  [0xfc, 2, 4], // ü breve + ngã
  [0xeb, 2, 5], // ë breve + nặng
];

const MARK_MAP = new Map<number, Mark>();
for (const [code, shape, tone] of MARKS) {
  MARK_MAP.set(code, { shape, tone });
  MARK_MAP.set(code - 0x20, { shape, tone });
}

/** Letters with a byte of their own, lowercase form (uppercase is 0x20 lower). */
const SINGLES: readonly (readonly [number, string])[] = [
  [0xf4, 'ơ'],
  [0xf6, 'ư'],
  [0xf1, 'đ'],
  [0xec, 'ì'],
  [0xed, 'í'],
  [0xe6, 'ỉ'],
  [0xf3, 'ĩ'],
  [0xf2, 'ị'],
  [0xee, 'ỵ'],
];

const SINGLE_MAP = new Map<number, string>();
for (const [code, letter] of SINGLES) {
  SINGLE_MAP.set(code, letter);
  SINGLE_MAP.set(code - 0x20, letter.toUpperCase());
}

/** Vowel indexes in BASE_VOWELS: a=0 ă=1 â=2 e=3 ê=4 i=5 o=6 ô=7 ơ=8 u=9 ư=10 y=11. */
function applyMark(base: string, mark: Mark): string | undefined {
  const upper = base !== base.toLowerCase();
  let v = getVowelIndex(base.toLowerCase().charCodeAt(0));
  if (v < 0) return undefined;
  if (mark.shape === 1) {
    if (v !== 0 && v !== 3 && v !== 6) return undefined; // circumflex only on a, e, o
    v += 1 + (v === 0 ? 1 : 0); // a→â, e→ê, o→ô
  } else if (mark.shape === 2) {
    if (v !== 0) return undefined; // breve only on a
    v = 1;
  }
  return composeVowel(v, mark.tone, upper);
}

/**
 * Convert VNI-Windows text (read as Windows-1252 / Latin-1) to Unicode. A mark byte that follows no vowel it can
 * combine with is kept as it is.
 * @param text - VNI text.
 * @returns The Unicode text (NFC).
 * @throws TypeError when `text` is not a string.
 * @example
 * decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam') //=> 'Cộng hòa xã hội chủ nghĩa Việt Nam'
 * decodeVni('Tröôøng Ñaïi hoïc') //=> 'Trường Đại học'
 */
export function decodeVni(text: string): string {
  assertString(text, 'text');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const c = ch.charCodeAt(0);
    let letter = SINGLE_MAP.get(c) ?? ch;
    const mark = i + 1 < text.length ? MARK_MAP.get(text.charCodeAt(i + 1)) : undefined;
    if (mark !== undefined) {
      const combined = applyMark(letter, mark);
      if (combined !== undefined) {
        letter = combined;
        i++;
      }
    }
    out += letter;
  }
  return out;
}
