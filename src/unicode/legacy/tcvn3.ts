/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime etc.) as it looks when its bytes were read as Windows-1252:
 * one byte per letter, so "Céng hßa" is "Cộng hòa". Bytes 0xA1–0xFE carry the Vietnamese letters; in Windows-1252
 * these bytes are the same code points U+00A1–U+00FE, so the table maps characters directly.
 * VN3 has no precomposed capitals with tone marks (documents used a separate capitals font), so those stay lowercase.
 * @module
 */
import { assertString } from '../../errors.js';


/** TCVN3 letters by byte, starting at 0xA1 ("" = byte not used for a letter). */
const TCVN3_FROM_A1 = [
  'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', '', // A1–AF
  '', '', '', '', '', 'à', 'ả', 'ã', 'á', 'ạ', '', 'ằ', 'ẳ', 'ẵ', 'ắ', '', // B0–BF
  '', '', '', '', '', '', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', '', 'ẻ', 'ẽ', // C0–CF
  'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', '', '', '', 'ĩ', 'í', 'ị', 'ò', // D0–DF
  '', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // E0–EF
  '', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', // F0–FE
];

const TCVN3_MAP = new Map<number, string>();
TCVN3_FROM_A1.forEach((letter, k) => {
  if (letter !== '') TCVN3_MAP.set(0xa1 + k, letter);
});

/**
 * Convert TCVN3 text (read as Windows-1252 / Latin-1) to Unicode. Characters outside the table are kept.
 * @param text - Text whose characters U+00A1–U+00FE are TCVN3 bytes.
 * @returns The Unicode text (NFC).
 * @throws TypeError when `text` is not a string.
 * @example
 * decodeTcvn3('Céng hßa x· héi chñ nghÜa ViÖt Nam') //=> 'Cộng hòa xã hội chủ nghĩa Việt Nam'
 */
export function decodeTcvn3(text: string): string {
  assertString(text, 'text');
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const letter = TCVN3_MAP.get(text.charCodeAt(i));
    if (letter === undefined) continue;
    out += text.slice(last, i) + letter;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
