/**
 * The `stray-period` debris rule: a period a spinner put inside a sentence. Before a lowercase continuation that
 * repeats the words before it ("pháp luật. pháp luật để" → "pháp luật để") or says them again with a synonym of
 * the spinner's groups ("dẫn đầu. đứng đầu trong" → "dẫn đầu trong"); a phrase restarted after a period, where the
 * fragment before it goes ("chỉ số cực tốt hành chính. cực tốt quản trị" → "chỉ số cực tốt quản trị"); a period
 * before `;` or `,` (". ;" → ";").
 * @module
 */
import { KIND_PUNCTUATION, KIND_SPACE } from '../tokenize/token-table.js';
import { makeDebris as make, startsLower } from './debris.js';
import type { Proposal } from './proposal.js';
import { isWordAt, tokenText, type WordChain } from './word-chain.js';

/** The most words a repeated continuation may say again. */
const MAX_REPEAT = 3;

/** The `count` word tokens from token `from` along `links` (`chain.next` or `chain.prev`), or undefined. */
function wordsAlong(links: Int32Array, from: number, count: number): number[] | undefined {
  const out: number[] = [];
  for (let i = from; out.length < count; i = links[i] as number) {
    if (i < 0) return undefined;
    out.push(i);
  }
  return out;
}

/** The `count` word tokens ending at token `last`, in text order, or undefined. */
function wordsBack(chain: WordChain, last: number, count: number): number[] | undefined {
  return wordsAlong(chain.prev, last, count)?.reverse();
}

/** The `count` word tokens starting at token `first`, or undefined. */
function wordsForward(chain: WordChain, first: number, count: number): number[] | undefined {
  return wordsAlong(chain.next, first, count);
}

/**
 * Before a period, an initial or an abbreviation: a word of capitals only ("T", "Đ", "TP", "TNHH") or a short
 * capitalised word of plain Latin letters ("Co", "Ltd", "Mr").
 */
function isInitialism(word: string): boolean {
  if (word === '' || word === word.toLowerCase()) return false;
  return word === word.toUpperCase() || /^[A-Z][a-z]{0,2}$/.test(word);
}

/**
 * The last token of a spinner-group synonym that starts at token `startsAt` of a member ending at token `endsAt`
 * (the spinner wrote both, "dẫn đầu. đứng đầu"), or -1.
 * @internal
 */
export type SynonymAcross = (endsAt: number, startsAt: number) => number;

/**
 * A period after a word (token `i`), followed by one space and a lowercase word (or `;`/`,`), that the spinner put
 * there: its proposal goes into `out`. Returns whether token `i` was such a period.
 * @example
 * strayPeriod(chain, 3, out, synonymAcross) //=> true for the "." of "pháp luật. pháp luật để"
 * @internal
 */
export function strayPeriod(chain: WordChain, i: number, out: Proposal[], synonymAcross: SynonymAcross): boolean {
  const { table, text } = chain;
  const start = table.starts[i] as number;
  if (text.charCodeAt(start) !== 0x2e || (table.ends[i] as number) - start !== 1) return false;
  if (!isWordAt(table, i - 1) || table.ends[i - 1] !== start || table.kinds[i + 1] !== KIND_SPACE || i + 2 >= table.length) {
    return false;
  }
  const after = i + 2;
  const afterText = tokenText(chain, after);
  // "chị T. , một tiểu thương", "Công ty TNHH ABC. ;": the period closes an initial or an abbreviation.
  if (isInitialism(tokenText(chain, i - 1))) return false;
  if (table.kinds[after] === KIND_PUNCTUATION && (afterText === ';' || afterText === ',')) {
    out.push(make(start, table.starts[after] as number, '', 'stray-period', 0.95, ['before-punctuation']));
    return true;
  }
  if (!isWordAt(table, after) || !startsLower(afterText)) return false;
  for (let n = MAX_REPEAT; n >= 1; n--) {
    const back = wordsBack(chain, i - 1, n);
    const ahead = wordsForward(chain, after, n);
    if (back === undefined || ahead === undefined) continue;
    if (back.every((b, k) => table.keys[b] === table.keys[ahead[k] as number])) {
      const lastRepeat = ahead[n - 1] as number;
      // Writers repeat words across a sentence end too ("qua các bộ. Các bộ nhận…", if lowercased): the repair
      // is only sure in a document that looks spun.
      const p = make(start, table.ends[lastRepeat] as number, '', 'stray-period', 0.7, [`repeated-words:${n}`]);
      out.push({ ...p, spinBoost: true });
      return true;
    }
  }
  const synonymEnd = synonymAcross(i - 1, after);
  if (synonymEnd >= 0) {
    const p = make(start, table.ends[synonymEnd] as number, '', 'stray-period', 0.7, ['repeated-synonym']);
    out.push({ ...p, spinBoost: true });
    return true;
  }
  const restart = restartedPhrase(chain, i - 1, after);
  if (restart < 0) return false;
  const p = make(table.starts[restart] as number, table.starts[after] as number, '', 'stray-period', 0.6, ['restarted-phrase']);
  out.push({ ...p, spinBoost: true });
  return true;
}

/** Words a restarted phrase repeats, and at most how many words the abandoned fragment has after them. */
const RESTART_WORDS = 2;
const RESTART_GAP = 3;

/**
 * The first token of an abandoned fragment: the two words after a period (from token `after`) also start a
 * fragment of one to three more words that ends at the period (token `last` is its last word), so the spinner began
 * the phrase, broke it off with a period and wrote it again. -1 when there is none.
 */
function restartedPhrase(chain: WordChain, last: number, after: number): number {
  const { table } = chain;
  const ahead = wordsForward(chain, after, RESTART_WORDS);
  if (ahead === undefined) return -1;
  for (let gap = 1; gap <= RESTART_GAP; gap++) {
    const back = wordsBack(chain, last, RESTART_WORDS + gap);
    if (back === undefined) return -1;
    if (ahead.every((a, k) => table.keys[a] === table.keys[back[k] as number])) return back[0] as number;
  }
  return -1;
}
