/**
 * Spinner debris, repaired by built-in rules of category `artifact` (ids `vietnorm/<rule>`):
 * - `number-word`: a numeral written as a word inside a number or a range, "một.803" → "1.803",
 *   "hai mươi.000" → "20.000", "15-trăng tròn" → "15-20".
 * - `stray-period`: a period inserted before a lowercase continuation that repeats the words before it,
 *   "pháp luật. pháp luật để" → "pháp luật để", or says them again with a synonym of the spinner's groups
 *   ("dẫn đầu. đứng đầu trong" → "dẫn đầu trong"); a phrase restarted after a period, where the fragment before it
 *   goes ("chỉ số cực tốt hành chính. cực tốt quản trị" → "chỉ số cực tốt quản trị"); a period before `;` or `,`,
 *   ". ;" → ";".
 * - `sentence-case`: a sentence that starts in lowercase after ". ", "? ", "! " or a line break gets its capital.
 * @module
 */
import {
  KIND_NEWLINE,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_SPACE,
  KIND_SYLLABLE,
} from '../tokenize/token-table.js';
import { findGluedNumeral } from './number-words.js';
import type { Proposal } from './proposal.js';
import { isWordAt, tokenText, type WordChain } from './word-chain.js';

/** Token `i` is one of `.`, `?`, `!` (and nothing more). */
function isSentenceEnd(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  if ((chain.table.ends[i] as number) - start !== 1) return false;
  const c = chain.text.charCodeAt(start);
  return c === 0x2e || c === 0x3f || c === 0x21;
}

/** Token `i` is one closing quote or bracket: `)`, `]`, `”`, `"`, `'`, `’`, `»`. */
function isCloser(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  if ((chain.table.ends[i] as number) - start !== 1) return false;
  const c = chain.text.charCodeAt(start);
  return c === 0x29 || c === 0x5d || c === 0x201d || c === 0x22 || c === 0x27 || c === 0x2019 || c === 0xbb;
}
const MAX_REPEAT = 3;

function startsLower(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** {@link startsLower} of token `i`, without the token's text for an ASCII first character (most tokens). */
function tokenStartsLower(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  const c = chain.text.charCodeAt(start);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : startsLower(chain.text.charAt(start));
}

function capitalize(text: string): string {
  const first = text.codePointAt(0) ?? 0;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

function make(
  start: number,
  end: number,
  replacement: string,
  rule: string,
  prior: number,
  reasons: string[],
): Proposal {
  return {
    start,
    end,
    replacement,
    spanStart: start,
    spanEnd: end,
    ruleId: `vietnorm/${rule}`,
    category: 'artifact',
    prior,
    weight: 1,
    order: -1,
    reasons,
    confidence: prior,
    scoredReasons: [],
  };
}

/** "một.803" → "1.803", "hai mươi.000" → "20.000", "15-trăng tròn" → "15-20" (src/rules/number-words.ts). */
function numberWords(chain: WordChain, i: number, out: Proposal[]): void {
  const found = findGluedNumeral(chain, i);
  if (found === undefined) return;
  const { table } = chain;
  const start = table.starts[found.first] as number;
  out.push(make(start, table.ends[found.last] as number, String(found.value), 'number-word', 0.95, [`numeral:${found.words}`]));
}

/** Keys of the `count` words ending at token `last` (walking back along links), or undefined. */
function wordsBack(chain: WordChain, last: number, count: number): number[] | undefined {
  const out: number[] = [];
  let i = last;
  while (out.length < count) {
    if (i < 0) return undefined;
    out.push(i);
    i = chain.prev[i] as number;
  }
  return out.reverse();
}

function wordsForward(chain: WordChain, first: number, count: number): number[] | undefined {
  const out: number[] = [];
  let i = first;
  while (out.length < count) {
    if (i < 0) return undefined;
    out.push(i);
    i = chain.next[i] as number;
  }
  return out;
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

/** A period after a word, followed by one space and a lowercase word (or `;`/`,`). */
function strayPeriod(chain: WordChain, i: number, out: Proposal[], synonymAcross: SynonymAcross): boolean {
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

/**
 * A period ends a sentence only after a lowercase syllable, a number or a closing quote or bracket: after a
 * capitalised word it may close an initial or an abbreviation ("anh C. cho biết", "Dexter Shoe Co. với giá").
 */
function endsSentence(chain: WordChain, before: number): boolean {
  const kind = chain.table.kinds[before];
  if (before < 0 || kind === undefined) return false;
  if (kind === KIND_NUMBER) return true;
  if (kind === KIND_PUNCTUATION) return isCloser(chain, before);
  return kind === KIND_SYLLABLE && tokenStartsLower(chain, before);
}

const NO_SYNONYMS: SynonymAcross = () => -1;

/** Find debris proposals in one pass; `synonymAcross` knows the spinner's groups (none by default). @internal */
export function findArtifacts(chain: WordChain, synonymAcross: SynonymAcross = NO_SYNONYMS): Proposal[] {
  const { table } = chain;
  const { kinds, length } = table;
  const out: Proposal[] = [];
  let atSentenceStart = true;
  let afterLineBreak = true;
  for (let i = 0; i < length; i++) {
    const kind = kinds[i];
    if (kind === KIND_NEWLINE) {
      atSentenceStart = true;
      afterLineBreak = true;
      continue;
    }
    if (kind === KIND_SPACE) continue;
    if (kind === KIND_PUNCTUATION) {
      if (strayPeriod(chain, i, out, synonymAcross)) {
        atSentenceStart = false;
        continue;
      }
      atSentenceStart = isSentenceEnd(chain, i) && endsSentence(chain, i - 1);
      afterLineBreak = false;
      continue;
    }
    if (kind === KIND_SYLLABLE) {
      numberWords(chain, i, out);
      if (atSentenceStart && chain.next[i] !== -1) {
        if (tokenStartsLower(chain, i)) {
          const text = tokenText(chain, i);
          const before = i >= 2 ? tokenText(chain, i - 2) : '';
          const p = make(table.starts[i] as number, table.ends[i] as number, capitalize(text), 'sentence-case', afterLineBreak ? 0.55 : 0.6, [
            afterLineBreak ? 'line-start' : `after:${before}`,
          ]);
          out.push({ ...p, spinBoost: true });
        }
      }
    }
    atSentenceStart = false;
    afterLineBreak = false;
  }
  return out;
}
