/**
 * Invisible characters and Unicode composition: strip BOM, zero-width characters and soft hyphens; compose to NFC,
 * also when the combining marks of a Vietnamese vowel arrive in an order NFC cannot compose (tone before shape mark).
 * @module
 */
import { assertString } from '../errors.js';


/**
 * True when code unit `c` is an invisible character that normalisation removes: U+00AD soft hyphen, U+200B–U+200D
 * zero-width space/non-joiner/joiner, U+2060 word joiner, U+FEFF BOM / zero-width no-break space.
 * @internal
 */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * A zero-width joiner right after an emoji (surrogate pair or variation selector U+FE0F) belongs to an emoji
 * sequence (👨‍👩‍👧) and is kept: removing it would change what is displayed.
 */
function isEmojiJoiner(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x200d || i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  return prev === 0xfe0f || (prev >= 0xdc00 && prev <= 0xdfff);
}

/**
 * Remove invisible characters: BOM (U+FEFF), zero-width space, non-joiner and joiner (U+200B–U+200D), word joiner
 * (U+2060) and soft hyphen (U+00AD). A joiner inside an emoji sequence is kept.
 * @param text - Any string.
 * @returns `text` without invisible characters (the same string when there are none).
 * @throws TypeError when `text` is not a string.
 * @example
 * stripInvisible('\uFEFFViệt\u200BNam') //=> 'ViệtNam'
 * stripInvisible('hiện\u00ADđại') //=> 'hiệnđại'
 */
export function stripInvisible(text: string): string {
  assertString(text, 'text');
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xad || !isInvisible(c) || isEmojiJoiner(text, i)) continue;
    out += text.slice(last, i);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Shape marks (circumflex, breve, horn) that must precede a tone mark for NFC to compose a Vietnamese vowel. */
function isShapeMark(c: number): boolean {
  return c === 0x302 || c === 0x306 || c === 0x31b;
}

/**
 * Put shape marks before tone marks in each run of combining marks. NFC keeps the order of marks of the same
 * combining class, so "e" + U+0301 + U+0302 would stay decomposed; Vietnamese input methods sometimes emit it.
 */
function reorderMarks(nfd: string): string {
  let out = '';
  let i = 0;
  while (i < nfd.length) {
    const c = nfd.charCodeAt(i);
    if (c < 0x300 || c > 0x36f) {
      out += nfd[i] as string;
      i++;
      continue;
    }
    let j = i;
    while (j < nfd.length && nfd.charCodeAt(j) >= 0x300 && nfd.charCodeAt(j) <= 0x36f) j++;
    let shapes = '';
    let others = '';
    for (let k = i; k < j; k++) {
      if (isShapeMark(nfd.charCodeAt(k))) shapes += nfd[k] as string;
      else others += nfd[k] as string;
    }
    out += shapes + others;
    i = j;
  }
  return out;
}

/**
 * Compose `text` to Unicode NFC. Where NFC leaves combining marks on a Vietnamese vowel because a tone mark came
 * before the shape mark (e + ◌́ + ◌̂), the marks are reordered first, so the result is the precomposed letter (ế).
 * Lone surrogates and other odd text pass through unchanged.
 * @param text - Any string.
 * @returns The composed text.
 * @throws TypeError when `text` is not a string.
 * @example
 * toNfc('Vie\u0323\u0302t') //=> 'Việt'
 * toNfc('e\u0301\u0302') //=> 'ế'
 */
export function toNfc(text: string): string {
  assertString(text, 'text');
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f && isShapeMark(c) && i > 0) {
      return reorderMarks(nfc.normalize('NFD')).normalize('NFC');
    }
  }
  return nfc;
}
