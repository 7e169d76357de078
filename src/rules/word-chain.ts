/**
 * The words of a token table and how they link: two words are linked when a single space (or no-break space)
 * separates them inside one sentence. Phrases match, and guards look, only along these links, so a match never
 * crosses punctuation, a line break or a sentence end, and never starts inside a number, URL or e-mail.
 * Works on the tokenizer's struct-of-arrays table: no per-token objects in the hot path.
 * @module
 */
import { KIND_SPACE, KIND_SYLLABLE, KIND_WORD, type TokenTable } from '../tokenize/token-table.js';
import { SCRATCH_NEXT, SCRATCH_PREV, type PassScratch } from './pass-scratch.js';

/** Word links of a token table. @internal */
export interface WordChain {
  readonly text: string;
  readonly table: TokenTable;
  /** Index of the next linked word token, or -1. */
  readonly next: Int32Array;
  /** Index of the previous linked word token, or -1. */
  readonly prev: Int32Array;
}

/** True for tokens that dictionaries can match: syllables and other letter words. @internal */
export function isWordAt(table: TokenTable, i: number): boolean {
  if (i < 0 || i >= table.length) return false;
  const kind = table.kinds[i];
  return (kind === KIND_SYLLABLE || kind === KIND_WORD) && table.keys[i] !== undefined;
}

/** The source text of token `i`. @internal */
export function tokenText(chain: WordChain, i: number): string {
  return chain.text.slice(chain.table.starts[i], chain.table.ends[i]);
}

/**
 * Link the words of a token table.
 * @param scratch - Reuse its arrays for the links (the chain is then valid until the next pass takes them).
 * @internal
 */
export function buildWordChain(text: string, table: TokenTable, scratch?: PassScratch): WordChain {
  const n = table.length;
  const next = (scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_NEXT, n)).fill(-1);
  const prev = (scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_PREV, n)).fill(-1);
  const { kinds, starts, ends, sentences, keys } = table;
  // isWordAt, inline.
  const wordAt = (i: number): boolean => {
    const kind = kinds[i];
    return (kind === KIND_SYLLABLE || kind === KIND_WORD) && keys[i] !== undefined;
  };
  for (let i = 0; i + 2 < n; i++) {
    // One space or no-break space between: a token that is not a space fails with one read.
    if (kinds[i + 1] !== KIND_SPACE || (ends[i + 1] as number) - (starts[i + 1] as number) !== 1) continue;
    if (!wordAt(i) || !wordAt(i + 2)) continue;
    const c = text.charCodeAt(starts[i + 1] as number);
    if ((c === 0x20 || c === 0xa0) && sentences[i] === sentences[i + 2]) {
      next[i] = i + 2;
      prev[i + 2] = i;
    }
  }
  return { text, table, next, prev };
}

/** True when the words before token `at` read `phrase` (keys), ending right before `at`. @internal */
export function phraseBefore(chain: WordChain, at: number, phrase: readonly string[]): boolean {
  let i = chain.prev[at] as number;
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (i < 0 || chain.table.keys[i] !== phrase[k]) return false;
    if (k > 0) i = chain.prev[i] as number;
  }
  return true;
}

/** True when the words after token `at` read `phrase` (keys), starting right after `at`. @internal */
export function phraseAfter(chain: WordChain, at: number, phrase: readonly string[]): boolean {
  let i = chain.next[at] as number;
  for (let k = 0; k < phrase.length; k++) {
    if (i < 0 || chain.table.keys[i] !== phrase[k]) return false;
    if (k < phrase.length - 1) i = chain.next[i] as number;
  }
  return true;
}
