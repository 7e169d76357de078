/**
 * Vietnamese numerals read as numbers, "hai mươi mốt" → 21, "một trăm năm mươi" → 150, for the `number-word` debris
 * rule. That rule only rewrites a numeral glued to digits ("hai mươi.000" → "20.000", "15-trăng tròn" → "15-20"),
 * where only a spinner puts one; a numeral in running text ("ba mươi người") is left as written.
 * @module
 */

const UNITS = new Map<string, number>([
  ['không', 0],
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
]);

/** The last digit after "mười" / "mươi": "lăm" for 5, and after "mươi" also "mốt" for 1 and "tư" for 4. */
const AFTER_TEN = new Map<string, number>([...UNITS, ['lăm', 5], ['nhăm', 5]]);
const AFTER_TENS = new Map<string, number>([...AFTER_TEN, ['mốt', 1], ['tư', 4]]);

/** Whole phrases the spinner's groups give for a number ("20|đôi mươi|trăng tròn"). */
const PHRASES = new Map<string, number>([
  ['đôi mươi', 20],
  ['trăng tròn', 20],
]);

/** Tens and units, from `at`: "mười", "mười lăm", "hai mươi", "hai mươi mốt", or one unit; [value, next index]. */
function readTens(keys: readonly string[], at: number): [number, number] | undefined {
  const first = keys[at];
  if (first === undefined) return undefined;
  if (first === 'mười') {
    const one = keys[at + 1] === undefined ? undefined : AFTER_TEN.get(keys[at + 1] as string);
    return one !== undefined && one > 0 ? [10 + one, at + 2] : [10, at + 1];
  }
  const tens = UNITS.get(first);
  if (tens === undefined) return undefined;
  if (keys[at + 1] !== 'mươi') return [tens, at + 1];
  if (tens < 2) return undefined;
  const one = keys[at + 2] === undefined ? undefined : AFTER_TENS.get(keys[at + 2] as string);
  return one !== undefined && one > 0 ? [tens * 10 + one, at + 3] : [tens * 10, at + 2];
}

/**
 * The number a whole phrase of syllable keys (lowercase) says, 0 to 999, or undefined when it is not exactly one
 * numeral.
 * @example
 * readNumeral(['hai', 'mươi', 'mốt']) //=> 21
 * readNumeral(['một', 'trăm', 'linh', 'năm']) //=> 105
 * readNumeral(['hai', 'người']) //=> undefined
 * @internal
 */
export function readNumeral(keys: readonly string[]): number | undefined {
  if (keys.length === 0) return undefined;
  const phrase = PHRASES.get(keys.join(' '));
  if (phrase !== undefined) return phrase;
  let at = 0;
  let value = 0;
  if (keys[1] === 'trăm') {
    const hundreds = UNITS.get(keys[0] as string);
    if (hundreds === undefined || hundreds === 0) return undefined;
    value = hundreds * 100;
    at = 2;
    if (at === keys.length) return value;
    if (keys[at] === 'linh' || keys[at] === 'lẻ') {
      const one = UNITS.get(keys[at + 1] ?? '');
      return one !== undefined && one > 0 && at + 2 === keys.length ? value + one : undefined;
    }
    // After hundreds, a lone unit ("một trăm năm") is colloquial for tens: not read.
    if (keys[at] !== 'mười' && keys[at + 1] !== 'mươi') return undefined;
  }
  const rest = readTens(keys, at);
  if (rest === undefined || rest[1] !== keys.length) return undefined;
  return value + rest[0];
}

/** Syllables a numeral that {@link readNumeral} reads has at most ("chín trăm chín mươi chín"). @internal */
export const MAX_NUMERAL_WORDS: number = 5;
