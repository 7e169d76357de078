/**
 * The words of a token list and how they link: two words are linked when a single space (or no-break space)
 * separates them inside one sentence. Phrases match, and guards look, only along these links, so a match never
 * crosses punctuation, a line break or a sentence end, and never starts inside a number, URL or e-mail.
 * @module
 */
import type { Token } from '../types.js';

/** Word links of a token list. @internal */
export interface WordChain {
  readonly tokens: readonly Token[];
  /** Index of the next linked word token, or -1. */
  readonly next: Int32Array;
  /** Index of the previous linked word token, or -1. */
  readonly prev: Int32Array;
}

/** True for tokens that dictionaries can match: syllables and other letter words. @internal */
export function isWordToken(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'syllable' || token.kind === 'word') && token.key !== undefined;
}

function isSingleSpace(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'space' && (token.text === ' ' || token.text === '\u00a0');
}

/** Link the words of `tokens`. @internal */
export function buildWordChain(tokens: readonly Token[]): WordChain {
  const n = tokens.length;
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i + 2 < n; i++) {
    const a = tokens[i] as Token;
    if (!isWordToken(a)) continue;
    const b = tokens[i + 2] as Token;
    if (isSingleSpace(tokens[i + 1]) && isWordToken(b) && a.sentence === b.sentence) {
      next[i] = i + 2;
      prev[i + 2] = i;
    }
  }
  return { tokens, next, prev };
}

/** True when the words before token `at` read `phrase` (keys), ending right before `at`. @internal */
export function phraseBefore(chain: WordChain, at: number, phrase: readonly string[]): boolean {
  let i = chain.prev[at] as number;
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (i < 0 || chain.tokens[i]?.key !== phrase[k]) return false;
    if (k > 0) i = chain.prev[i] as number;
  }
  return true;
}

/** True when the words after token `at` read `phrase` (keys), starting right after `at`. @internal */
export function phraseAfter(chain: WordChain, at: number, phrase: readonly string[]): boolean {
  let i = chain.next[at] as number;
  for (let k = 0; k < phrase.length; k++) {
    if (i < 0 || chain.tokens[i]?.key !== phrase[k]) return false;
    if (k < phrase.length - 1) i = chain.next[i] as number;
  }
  return true;
}
