/**
 * Make a phrase replacement minimal: words that the original and the replacement share at either end (same
 * syllable key) stay out of the edit, so they keep their exact text and case ("bên trên Cổng" → "trên cổng" edits
 * only "bên trên" → "trên", and "Cổng" stays capitalised), and the edit shows what really changed. A shared word
 * stays in the edit when the replacement gives it a capital the text lacks: at a sentence start, "Công việc sử dụng"
 * → "Việc sử dụng" moves the capital onto "việc".
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
  const same = (k: number, word: string): boolean => {
    const i = words[k] as number;
    if (table.keys[i] !== syllableKey(word)) return false;
    const first = chain.text[table.starts[i] as number] ?? '';
    const wanted = word[0] ?? '';
    return !(wanted !== wanted.toLowerCase() && first === first.toLowerCase());
  };
  let a = 0;
  while (a < n && a < repl.length && same(a, repl[a] as string)) a++;
  let b = 0;
  while (b < n - a && b < repl.length - a && same(n - 1 - b, repl[repl.length - 1 - b] as string)) b++;
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
