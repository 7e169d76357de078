/**
 * The `number-word` debris rule's finder: a Vietnamese numeral glued to digits, which only a spinner writes. The
 * spinner swaps a number for its word inside a larger number ("20.000" → "hai mươi.000", "1.803" → "một.803") or
 * inside a range ("15-20 phút" → "15-trăng tròn phút", its groups give `20|đôi mươi|trăng tròn`). A numeral in
 * running text ("ba mươi người") is never touched.
 * @module
 */
import { KIND_NUMBER, KIND_PUNCTUATION } from '../tokenize/token-table.js';
import { MAX_NUMERAL_WORDS, readNumeral } from './numerals.js';
import type { WordChain } from './word-chain.js';

/** A numeral to write in digits: tokens `first`..`last` (words) read `value`. @internal */
export interface GluedNumeral {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  /** The numeral as written, in lowercase keys ("hai mươi"). */
  readonly words: string;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Token `i` ends right where token `i + 1` starts. */
function glued(chain: WordChain, i: number): boolean {
  return chain.table.ends[i] === chain.table.starts[i + 1];
}

/** ".803", ",5" or "." then "803" right after token `i`. */
function digitsGluedAfter(chain: WordChain, i: number): boolean {
  const { table, text } = chain;
  // The kind first: it is read from the array the caller is walking, where the offsets are two more reads.
  if (i + 1 >= table.length) return false;
  const kind = table.kinds[i + 1];
  if ((kind !== KIND_PUNCTUATION && kind !== KIND_NUMBER) || !glued(chain, i)) return false;
  const at = table.starts[i + 1] as number;
  const sep = text.charCodeAt(at);
  if (sep !== 0x2e && sep !== 0x2c) return false;
  if (kind === KIND_NUMBER) return isDigitCode(text.charCodeAt(at + 1));
  if ((table.ends[i + 1] as number) - at !== 1 || i + 2 >= table.length || !glued(chain, i + 1)) return false;
  return table.kinds[i + 2] === KIND_NUMBER && isDigitCode(text.charCodeAt(table.starts[i + 2] as number));
}

/** "15-" or "15–" right before token `i`: a range whose second number the spinner wrote as a word. */
function rangeGluedBefore(chain: WordChain, i: number): boolean {
  const { table, text } = chain;
  if (i < 2 || table.kinds[i - 1] !== KIND_PUNCTUATION || !glued(chain, i - 1)) return false;
  const at = table.starts[i - 1] as number;
  const dash = text.charCodeAt(at);
  if ((table.ends[i - 1] as number) - at !== 1 || (dash !== 0x2d && dash !== 0x2013)) return false;
  if (!glued(chain, i - 2) || table.kinds[i - 2] !== KIND_NUMBER) return false;
  return isDigitCode(text.charCodeAt((table.ends[i - 2] as number) - 1));
}

/** The longest numeral among the words from `end` going `step` (-1: back, 1: forward), `end` included. */
function longestNumeral(chain: WordChain, end: number, step: -1 | 1): GluedNumeral | undefined {
  const links = step < 0 ? chain.prev : chain.next;
  const tokens = [end];
  for (let i = links[end] as number; i >= 0 && tokens.length < MAX_NUMERAL_WORDS; i = links[i] as number) tokens.push(i);
  if (step < 0) tokens.reverse();
  const keys = tokens.map((t) => chain.table.keys[t] ?? '');
  for (let n = tokens.length; n >= 1; n--) {
    const words = step < 0 ? keys.slice(tokens.length - n) : keys.slice(0, n);
    const value = readNumeral(words);
    if (value === undefined) continue;
    const first = step < 0 ? (tokens[tokens.length - n] as number) : end;
    const last = step < 0 ? end : (tokens[n - 1] as number);
    return { first, last, value, words: words.join(' ') };
  }
  return undefined;
}

/**
 * The numeral glued to digits at word token `i`: ending at `i` right before ".ddd" / ",d", or starting at `i` right
 * after "ddd-". Undefined for any other word (most words fail on their first check).
 * @example
 * // "giá hai mươi.000 đồng": at the token of "mươi" → { value: 20, words: 'hai mươi', … }
 * @internal
 */
export function findGluedNumeral(chain: WordChain, i: number): GluedNumeral | undefined {
  if (digitsGluedAfter(chain, i)) return longestNumeral(chain, i, -1);
  if (rangeGluedBefore(chain, i)) return longestNumeral(chain, i, 1);
  return undefined;
}
