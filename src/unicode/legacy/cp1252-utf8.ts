/**
 * UTF-8 that was decoded as Windows-1252 ("Tiáº¿ng Viá»‡t" for "Tiếng Việt"): re-encode the characters to the
 * Windows-1252 bytes they came from and decode those bytes as UTF-8. The repair is only made when the bytes are
 * valid UTF-8. UTF-8 decoded as ISO-8859-1 (bytes 0x80–0x9F shown as C1 controls U+0080–U+009F) is repaired too.
 * @module
 */
import { assertString } from '../../errors.js';

/** Windows-1252 bytes 0x80–0x9F (U+FFFD where the byte is undefined). */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

const TO_BYTE = new Map<number, number>();
for (let k = 0; k < 32; k++) {
  const c = CP1252_HIGH.charCodeAt(k);
  if (c !== 0xfffd) TO_BYTE.set(c, 0x80 + k); // undefined bytes come through as C1 controls (see toCp1252Byte)
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Byte of `c` in Windows-1252 (C1 controls U+0080–U+009F taken as the bytes of ISO-8859-1), or -1. */
function toCp1252Byte(c: number): number {
  if (c <= 0xff) return c;
  return TO_BYTE.get(c) ?? -1;
}

/**
 * Undo UTF-8 read as Windows-1252 in `text`. Returns `undefined` when `text` has characters outside Windows-1252
 * or its bytes are not valid UTF-8, and `text` itself when it is plain ASCII.
 * @param text - The garbled text (one word or a whole paragraph).
 * @returns The repaired text, or `undefined` when it cannot be repaired.
 * @throws TypeError when `text` is not a string.
 * @example
 * decodeCp1252Utf8('Tiáº¿ng Viá»‡t') //=> 'Tiếng Việt'
 * decodeCp1252Utf8('Café') //=> undefined (é alone is not valid UTF-8)
 */
export function decodeCp1252Utf8(text: string): string | undefined {
  assertString(text, 'text');
  let ascii = true;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = toCp1252Byte(text.charCodeAt(i));
    if (b < 0) return undefined;
    if (b >= 0x80) ascii = false;
    bytes[i] = b;
  }
  if (ascii) return text;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
