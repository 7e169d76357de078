/**
 * Stage 1 of tokenisation: a character-class lookup table over the Basic Multilingual Plane, so the scanner decides
 * what each UTF-16 code unit is with one array read instead of a regular expression.
 * @module
 */

/** Anything not listed below: symbols, controls, unassigned code points. @internal */
export const CLASS_OTHER = 0;
/** `\p{L}`: letters, including precomposed Vietnamese letters. @internal */
export const CLASS_LETTER = 1;
/** `\p{Nd}`: decimal digits. @internal */
export const CLASS_DIGIT = 2;
/** `\p{M}`: combining marks (NFD tone marks, variation selectors, the keycap mark). @internal */
export const CLASS_MARK = 3;
/** Horizontal whitespace: space, tab, NBSP, `\v`, `\f` and the other `\s` spaces. @internal */
export const CLASS_SPACE = 4;
/** `\n`, `\r`, U+2028, U+2029. @internal */
export const CLASS_NEWLINE = 5;
/** `\p{P}`: punctuation, quotes, brackets, dashes, `%`, `@`, `#`. @internal */
export const CLASS_PUNCTUATION = 6;
/** High surrogate (U+D800–U+DBFF). @internal */
export const CLASS_HIGH_SURROGATE = 7;
/** Low surrogate (U+DC00–U+DFFF). @internal */
export const CLASS_LOW_SURROGATE = 8;
/** Zero-width joiner U+200D, which glues emoji sequences. @internal */
export const CLASS_JOINER = 9;

/** Bit set on top of the class for uppercase and titlecase letters. @internal */
export const FLAG_UPPER = 16;
/** Mask that extracts the class from a table entry. @internal */
export const CLASS_MASK = 15;

let table: Uint8Array | undefined;

/** Mark every code unit of `all` matched by `pattern` (a global, Unicode regex) with `value`. */
function markMatches(target: Uint8Array, all: string, pattern: RegExp, value: number, orFlag = false): void {
  for (const match of all.matchAll(pattern)) {
    const from = match.index;
    const to = from + match[0].length;
    for (let i = from; i < to; i++) target[i] = orFlag ? (target[i] ?? 0) | value : value;
  }
}

/**
 * Build the class table once. Runs of matches over a string of every BMP code point are much cheaper than testing
 * 65,536 characters one by one (a few milliseconds, on first use only).
 */
function buildClassTable(): Uint8Array {
  const result = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let i = 0; i < 0x10000; i++) units[i] = i >= 0xd800 && i <= 0xdfff ? 0x20 : i;
  let all = '';
  for (let i = 0; i < 0x10000; i += 0x1000) all += String.fromCharCode(...units.subarray(i, i + 0x1000));
  markMatches(result, all, /\p{P}+/gu, CLASS_PUNCTUATION);
  markMatches(result, all, /\p{M}+/gu, CLASS_MARK);
  markMatches(result, all, /\p{Nd}+/gu, CLASS_DIGIT);
  markMatches(result, all, /\p{L}+/gu, CLASS_LETTER);
  markMatches(result, all, /[\p{Lu}\p{Lt}]+/gu, FLAG_UPPER, true);
  markMatches(result, all, /\s+/gu, CLASS_SPACE);
  for (let i = 0xd800; i <= 0xdbff; i++) result[i] = CLASS_HIGH_SURROGATE;
  for (let i = 0xdc00; i <= 0xdfff; i++) result[i] = CLASS_LOW_SURROGATE;
  result[0x0a] = CLASS_NEWLINE;
  result[0x0d] = CLASS_NEWLINE;
  result[0x2028] = CLASS_NEWLINE;
  result[0x2029] = CLASS_NEWLINE;
  // The BOM is `\s` to JavaScript but invisible, zero-width text to a reader: keep it a symbol like U+200B.
  result[0xfeff] = CLASS_OTHER;
  result[0x200d] = CLASS_JOINER;
  return result;
}

/**
 * The class table: `getClassTable()[code] & CLASS_MASK` is the class of a UTF-16 code unit, `& FLAG_UPPER` its case.
 * @example
 * getClassTable()[0x1ea1] & CLASS_MASK //=> CLASS_LETTER ('ạ')
 * @internal
 */
export function getClassTable(): Uint8Array {
  if (table === undefined) table = buildClassTable();
  return table;
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_DIGIT = /^\p{Nd}$/u;
const ASTRAL_MARK = /^\p{M}$/u;

/** Classes of the supplementary-plane code points seen so far (emoji-heavy text repeats a few dozen of them). */
const astralClasses = new Map<number, number>();

/**
 * Class of a supplementary-plane code point. Supplementary characters are rare in Vietnamese text, so a regular
 * expression per distinct code point (cached) is cheaper than a second table.
 * @example
 * classifyAstral(0x1d400) //=> CLASS_LETTER ('𝐀')
 * classifyAstral(0x1f600) //=> CLASS_OTHER ('😀')
 * @internal
 */
export function classifyAstral(codePoint: number): number {
  const cached = astralClasses.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  let result = CLASS_OTHER;
  if (ASTRAL_LETTER.test(char)) result = CLASS_LETTER;
  else if (ASTRAL_DIGIT.test(char)) result = CLASS_DIGIT;
  else if (ASTRAL_MARK.test(char)) result = CLASS_MARK;
  // There are about a million code points; never hold more than a few thousand.
  if (astralClasses.size >= 4096) astralClasses.clear();
  astralClasses.set(codePoint, result);
  return result;
}
