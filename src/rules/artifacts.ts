/**
 * Spinner debris, repaired by built-in rules of category `artifact` (ids `vietnorm/<rule>`):
 * - `number-word`: a numeral written as a word inside a number, "một.803" → "1.803".
 * - `stray-period`: a period inserted before a lowercase continuation that repeats the words before it,
 *   "pháp luật. pháp luật để" → "pháp luật để"; a period before `;` or `,`, ". ;" → ";".
 * - `sentence-case`: a sentence that starts in lowercase after ". ", "? ", "! " or a line break gets its capital.
 * @module
 */
import type { Token } from '../types.js';
import type { Proposal } from './proposal.js';
import { isWordToken, type WordChain } from './word-chain.js';

const NUMERALS = new Map<string, string>([
  ['không', '0'],
  ['một', '1'],
  ['hai', '2'],
  ['ba', '3'],
  ['bốn', '4'],
  ['năm', '5'],
  ['sáu', '6'],
  ['bảy', '7'],
  ['bẩy', '7'],
  ['tám', '8'],
  ['chín', '9'],
]);

const SENTENCE_END = new Set(['.', '?', '!']);
const MAX_REPEAT = 3;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function startsLower(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
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

/** "một.803" → "1.803": a numeral word glued to `.ddd` or `,ddd`. */
function numberWords(tokens: readonly Token[], i: number, out: Proposal[]): void {
  const t = tokens[i] as Token;
  const digit = t.key === undefined ? undefined : NUMERALS.get(t.key);
  if (digit === undefined) return;
  const next = tokens[i + 1];
  if (next === undefined || next.start !== t.end) return;
  const glued = next.kind === 'punctuation' ? tokens[i + 2] : next;
  const sep = next.text[0];
  if (sep !== '.' && sep !== ',') return;
  const digitsAt = next.kind === 'punctuation' ? 0 : 1;
  if (glued === undefined || glued.kind !== 'number' || !isDigitCode(glued.text.charCodeAt(digitsAt))) return;
  if (next.kind === 'punctuation' && (next.text.length !== 1 || glued.start !== next.end)) return;
  out.push(make(t.start, t.end, digit, 'number-word', 0.95, [`numeral:${t.key}`]));
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

/** A period after a word, followed by one space and a lowercase word (or `;`/`,`). */
function strayPeriod(chain: WordChain, i: number, out: Proposal[]): boolean {
  const { tokens } = chain;
  const dot = tokens[i] as Token;
  if (dot.text !== '.') return false;
  const before = tokens[i - 1];
  const space = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isWordToken(before) || space?.kind !== 'space' || after === undefined || before?.end !== dot.start) return false;
  if (after.kind === 'punctuation' && (after.text === ';' || after.text === ',')) {
    out.push(make(dot.start, after.start, '', 'stray-period', 0.95, ['before-punctuation']));
    return true;
  }
  if (!isWordToken(after) || !startsLower(after.text)) return false;
  for (let n = MAX_REPEAT; n >= 1; n--) {
    const back = wordsBack(chain, i - 1, n);
    const ahead = wordsForward(chain, i + 2, n);
    if (back === undefined || ahead === undefined) continue;
    if (back.every((b, k) => tokens[b]?.key === tokens[ahead[k] as number]?.key)) {
      const lastRepeat = tokens[ahead[n - 1] as number] as Token;
      // Writers repeat words across a sentence end too ("qua các bộ. Các bộ nhận…", if lowercased): the repair
      // is only sure in a document that looks spun.
      out.push({ ...make(dot.start, lastRepeat.end, '', 'stray-period', 0.7, [`repeated-words:${n}`]), spinBoost: true });
      return true;
    }
  }
  return false;
}

/**
 * A period ends a sentence only after a lowercase syllable, a number or a closing quote or bracket: after a
 * capitalised word it may close an initial or an abbreviation ("anh C. cho biết", "Dexter Shoe Co. với giá").
 */
function endsSentence(before: Token | undefined): boolean {
  if (before === undefined) return false;
  if (before.kind === 'number') return true;
  if (before.kind === 'punctuation') return /^[)\]”"'’»]$/.test(before.text);
  return before.kind === 'syllable' && startsLower(before.text);
}

/** Find debris proposals in one pass. @internal */
export function findArtifacts(chain: WordChain): Proposal[] {
  const { tokens } = chain;
  const out: Proposal[] = [];
  let atSentenceStart = true;
  let afterLineBreak = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.kind) {
      case 'newline':
        atSentenceStart = true;
        afterLineBreak = true;
        continue;
      case 'space':
        continue;
      case 'punctuation':
        if (strayPeriod(chain, i, out)) {
          atSentenceStart = false;
          continue;
        }
        atSentenceStart = SENTENCE_END.has(t.text) && endsSentence(tokens[i - 1]);
        afterLineBreak = false;
        continue;
      case 'syllable':
        numberWords(tokens, i, out);
        if (atSentenceStart && startsLower(t.text) && chain.next[i] !== -1) {
          const p = make(t.start, t.end, capitalize(t.text), 'sentence-case', afterLineBreak ? 0.55 : 0.6, [
            afterLineBreak ? 'line-start' : `after:${tokens[i - 2]?.text ?? ''}`,
          ]);
          out.push({ ...p, spinBoost: true });
        }
        break;
      default:
        break;
    }
    atSentenceStart = false;
    afterLineBreak = false;
  }
  return out;
}
