/**
 * Where entries made of foreign words may apply (lowercase inserts inside Vietnamese sentences, not inside a
 * foreign phrase), and matches glued to a hyphen (part of a longer word).
 * @module
 */
import { fitRunId } from '../tokenize/run-memo.js';
import { KIND_PUNCTUATION, KIND_SYLLABLE, KIND_WORD, type TokenTable } from '../tokenize/token-table.js';
import type { RuleMatch } from './match.js';
import type { RuleIndex } from './rule-index.js';
import { tokenText, type WordChain } from './word-chain.js';

function hasNonAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * {@link hasNonAscii} of a key by the tokenizer run that gave it (`TokenTable.runIds`): 0 not looked at yet, 1 no,
 * 2 yes. A run id names one key for good (ids are never reused), and a text repeats a few thousand keys.
 */
let markedByRun = new Uint8Array(1024);

/**
 * 2 when the key of token `i` (a syllable) has a non-ASCII character (a marked Vietnamese syllable), else 1;
 * remembered in {@link markedByRun} when the token has a run id. The slow path of {@link isVietnameseFrom}.
 */
function markOf(table: TokenTable, i: number): number {
  const known = hasNonAscii(table.keys[i] ?? '') ? 2 : 1;
  const runId = table.runIds[i] as number;
  if (runId < 0) return known;
  markedByRun = fitRunId(markedByRun, runId);
  markedByRun[runId] = known;
  return known;
}

/** The sentences of a text that are Vietnamese, asked one by one. @internal */
export interface SentenceSet {
  has(sentence: number): boolean;
}

/**
 * The Vietnamese sentences of a table: at least two marked Vietnamese syllables, and at least 0.3 of the words.
 * Entries made of foreign words apply only in Vietnamese. A sentence is judged when first asked about (most never
 * are: only sentences with a foreign word or a foreign entry's match), from its own tokens.
 * @example
 * findVietnameseSentences(scanTokens('Tôi thích đọc sách. I like books.')).has(0) //=> true
 * @internal
 */
export function findVietnameseSentences(table: TokenTable): SentenceSet {
  const { length, sentences } = table;
  // By sentence: 1 no, 2 yes (absent: not judged yet).
  const verdicts = new Map<number, number>();
  return {
    has(sentence) {
      let verdict = verdicts.get(sentence);
      if (verdict === undefined) {
        // Sentence indices only grow along the table: its first token by binary search.
        let lo = 0;
        let hi = length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((sentences[mid] as number) < sentence) lo = mid + 1;
          else hi = mid;
        }
        verdict = isVietnameseFrom(table, lo, sentence) ? 2 : 1;
        verdicts.set(sentence, verdict);
      }
      return verdict === 2;
    },
  };
}

/** Whether the sentence `sentence` whose first token is `from` is Vietnamese (see findVietnameseSentences). */
function isVietnameseFrom(table: TokenTable, from: number, sentence: number): boolean {
  const { kinds, runIds, sentences } = table;
  let all = 0;
  let marked = 0;
  for (let i = from; i < table.length && sentences[i] === sentence; i++) {
    const kind = kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) continue;
    all++;
    if (kind !== KIND_SYLLABLE) continue;
    const runId = runIds[i] as number;
    let known = runId >= 0 && runId < markedByRun.length ? (markedByRun[runId] as number) : 0;
    if (known === 0) known = markOf(table, i);
    if (known === 2) marked++;
  }
  return marked >= 2 && marked >= all * 0.3;
}

/** A hyphen glued to either end makes the match part of a longer word ("check-in", "A-level"). @internal */
export function gluedToWord(chain: WordChain, m: RuleMatch): boolean {
  const joiner = (i: number): boolean => chain.table.kinds[i] === KIND_PUNCTUATION && /^[-‐‑]$/.test(tokenText(chain, i));
  return joiner(m.first - 1) || (m.last + 1 < chain.table.length && joiner(m.last + 1));
}

function capitalised(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * The run of foreign words right beside a match on one side (shorthand like "ck" beside "vk" is chat, not a
 * foreign language, and is skipped): how many, whether one of them is lowercase, and whether the first word past
 * the shorthand is a Vietnamese syllable (`beside`).
 */
function foreignRun(chain: WordChain, index: RuleIndex, from: number, step: 1 | -1): { count: number; lower: boolean; beside: boolean } {
  const links = step < 0 ? chain.prev : chain.next;
  let count = 0;
  let lower = false;
  let i = links[from] as number;
  for (; i >= 0; i = links[i] as number) {
    if (chain.table.kinds[i] !== KIND_WORD) break;
    if (index.shorthand.has(chain.table.keys[i] ?? '')) continue;
    count++;
    const text = tokenText(chain, i);
    if (text === text.toLowerCase()) lower = true;
  }
  return { count, lower, beside: count === 0 && i >= 0 && chain.table.kinds[i] === KIND_SYLLABLE };
}

function holdsSyllable(chain: WordChain, m: RuleMatch): boolean {
  for (let i = m.first; i >= 0 && i <= m.last; i = chain.next[i] as number) if (chain.table.kinds[i] === KIND_SYLLABLE) return true;
  return false;
}

/**
 * Entries made of foreign words ("unique", "review", "ko") repair a word a spinner or a chat dropped into
 * Vietnamese: inside a Vietnamese sentence ("a unique product" is English), and lowercase unless it starts the
 * sentence before a lowercase word: a capitalised "New" or "Bank" inside a sentence is a name.
 * @internal
 */
export function foreignInsert(chain: WordChain, index: RuleIndex, m: RuleMatch, vietnamese: SentenceSet): boolean {
  const { table } = chain;
  if (!vietnamese.has(table.sentences[m.first] as number)) return false;
  const before = chain.prev[m.first] as number;
  const after = chain.next[m.last] as number;
  const left = foreignRun(chain, index, m.first, -1);
  const right = foreignRun(chain, index, m.last, 1);
  // An insert stands beside a Vietnamese word, or has one in it ("vòi dragon"): "mini hotel," "i7-10700
  // processor." or "const result = …" is not one (a gloss, a name, code).
  if (!left.beside && !right.beside && !holdsSyllable(chain, m)) return false;
  // Part of a foreign phrase: two or more foreign words on one side, or foreign words on both sides, with a
  // lowercase one among them ("heated tobacco product", "US News and World report"). One name or loanword beside
  // it does not count ("Ford demo nghiệm", "ôtô color bạc", "đẹp wa shop ơi").
  if (left.count >= 2 && left.lower) return false;
  if (right.count >= 2 && right.lower) return false;
  if (left.count >= 1 && right.count >= 1 && (left.lower || right.lower)) return false;
  // Between two capitalised words, a lowercase foreign word belongs to a name ("Procter and Gamble", "Bank of
  // America", "Tom and Jerry").
  if (m.first === m.last && before >= 0 && after >= 0 && capitalised(tokenText(chain, before)) && capitalised(tokenText(chain, after))) {
    const own = tokenText(chain, m.first);
    if (own === own.toLowerCase()) return false;
  }
  for (let i = m.first; i >= 0 && i <= m.last; i = chain.next[i] as number) {
    const text = tokenText(chain, i);
    if (text === text.toLowerCase()) continue;
    const sentenceStart = i === m.first && before < 0 && table.kinds[i - 1] !== KIND_PUNCTUATION;
    const titled = text.slice(1) === text.slice(1).toLowerCase();
    const afterText = after < 0 ? undefined : tokenText(chain, after);
    const lowerNext = afterText !== undefined && afterText === afterText.toLowerCase();
    if (!(sentenceStart && titled && lowerNext)) return false;
  }
  return true;
}
