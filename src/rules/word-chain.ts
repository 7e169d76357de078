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
  /** Number of syllable tokens (counted on the way, for the spin signals: no second pass over the kinds). */
  readonly syllables: number;
  /** Indices of the `word` tokens, in order. */
  readonly words: readonly number[];
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
  const next = scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_NEXT, n);
  const prev = scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_PREV, n);
  const { kinds, starts, ends, sentences, keys } = table;
  // Each slot written once (no fill first): whether token i links forward is known at i, and prev[i] is the link
  // found two tokens back.
  let linkedBack = false; // token i - 2 links to token i
  let linkedBackNext = false; // token i - 1 links to token i + 1
  let syllables = 0;
  const words: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    let linked = false;
    // isWordAt(i), then one space or no-break space, then isWordAt(i + 2); spaces and punctuation (half the tokens)
    // fail on the kind already read.
    if (kind === KIND_SYLLABLE || kind === KIND_WORD) {
      if (kind === KIND_SYLLABLE) syllables++;
      else words.push(i);
      if (i + 2 < n && kinds[i + 1] === KIND_SPACE && keys[i] !== undefined) {
        const space = starts[i + 1] as number;
        const after = kinds[i + 2];
        if ((ends[i + 1] as number) - space === 1 && (after === KIND_SYLLABLE || after === KIND_WORD) && keys[i + 2] !== undefined) {
          const c = text.charCodeAt(space);
          linked = (c === 0x20 || c === 0xa0) && sentences[i] === sentences[i + 2];
        }
      }
    }
    next[i] = linked ? i + 2 : -1;
    prev[i] = linkedBack ? i - 2 : -1;
    linkedBack = linkedBackNext;
    linkedBackNext = linked;
  }
  return { text, table, next, prev, syllables, words };
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
