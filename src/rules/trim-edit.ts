/**
 * Make a phrase replacement minimal: words that the original and the replacement share at either end (same
 * syllable key) stay out of the edit, so they keep their exact text and case ("bên trên Cổng" → "trên cổng" edits
 * only "bên trên" → "trên", and "Cổng" stays capitalised), and the edit shows what really changed.
 * @module
 */
import { syllableKey } from '../unicode/tone.js';
import type { WordChain } from './word-chain.js';

/** A minimal edit: offsets in the pass's text and the replacement. @internal */
export interface TrimmedEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Trim the words shared at both ends of a match (`first`..`last`, linked word tokens) and its replacement.
 * @returns The minimal edit, or undefined when nothing differs.
 * @internal
 */
export function trimEdit(chain: WordChain, first: number, last: number, replacement: string): TrimmedEdit | undefined {
  const { table } = chain;
  const words: number[] = [];
  for (let i = first; i >= 0 && i <= last; i = chain.next[i] as number) words.push(i);
  const repl = replacement.split(' ');
  const n = words.length;
  let a = 0;
  while (a < n && a < repl.length && table.keys[words[a] as number] === syllableKey(repl[a] as string)) a++;
  let b = 0;
  while (
    b < n - a &&
    b < repl.length - a &&
    table.keys[words[n - 1 - b] as number] === syllableKey(repl[repl.length - 1 - b] as string)
  ) {
    b++;
  }
  if (a === n && a === repl.length) return undefined;
  const middle = repl.slice(a, repl.length - b).join(' ');
  const startOf = (k: number): number => table.starts[words[k] as number] as number;
  const endOf = (k: number): number => table.ends[words[k] as number] as number;
  if (a + b < n) {
    if (middle !== '') return { start: startOf(a), end: endOf(n - 1 - b), replacement: middle };
    // A deletion takes one of the spaces around the deleted words with it.
    return b > 0 ? { start: startOf(a), end: startOf(n - b), replacement: '' } : { start: endOf(a - 1), end: endOf(n - 1), replacement: '' };
  }
  // Nothing of the original goes, words are inserted between the kept ones.
  return a > 0 ? { start: endOf(a - 1), end: endOf(a - 1), replacement: ` ${middle}` } : { start: startOf(0), end: startOf(0), replacement: `${middle} ` };
}
