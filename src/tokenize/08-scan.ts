/**
 * Stage 8 of tokenisation: the single left-to-right pass. It steps through the text with {@link scanStep}, tracks
 * sentence boundaries (stage 6) and hands each token to a sink: the {@link TokenTable} of {@link scanTokens} or the
 * `Token` objects of `tokenize`.
 * @module
 */
import { assertString } from '../errors.js';
import { CLASS_LETTER, CLASS_MASK, CLASS_SPACE, getClassTable } from './01-classify.js';
import { resetLinkMemos } from './02-hosts.js';
import {
  isSentenceCloser,
  isSentenceFinal,
  SENTENCE_ENDED,
  SENTENCE_FINAL_SEEN,
  SENTENCE_OPEN,
  SENTENCE_START,
} from './06-sentences.js';
import { describeLetterRun, lastLetterRun } from './04-words.js';
import { plainRunEnd, scanStep, type Step } from './07-step.js';
import { cachedKeyAt, cachedKindAt, cachedRunIdAt, findCachedSlot, type CachedRun } from './run-cache.js';
import {
  createTokenTable,
  KIND_NEWLINE,
  KIND_PUNCTUATION,
  KIND_SPACE,
  pushToken,
  type TokenTable,
} from './token-table.js';

/**
 * Receives each token in order: kind code, offsets, the cached letter run (syllables and words: its `text` equals
 * the token text, its `key` is the token key) and the sentence index.
 * @internal
 */
export type TokenSink = (
  kind: number,
  start: number,
  end: number,
  run: CachedRun | undefined,
  sentence: number,
) => void;

/**
 * Scan `text` once and pass every token to `sink`.
 * @param text - Any string; odd text (lone surrogates, emoji, CRLF, huge input) never throws.
 * @param sink - Called once per token, in order.
 * @throws TypeError when `text` is not a string.
 * @example
 * const kinds: number[] = [];
 * forEachToken('Chào bạn.', (kind) => kinds.push(kind));
 * kinds.map((kind) => TOKEN_KIND_NAMES[kind]) //=> ['syllable', 'space', 'syllable', 'punctuation']
 * @internal
 */
export function forEachToken(text: string, sink: TokenSink): void {
  assertString(text, 'text');
  const classes = getClassTable();
  const step: Step = { end: 0, kind: 0, run: undefined };
  const length = text.length;
  let sentence = 0;
  let state = SENTENCE_START;
  let i = 0;
  while (i < length) {
    scanStep(text, i, classes, step);
    const kind = step.kind;
    if (state === SENTENCE_ENDED && kind !== KIND_SPACE && kind !== KIND_NEWLINE) sentence++;
    state = stateAfter(state, kind, text, i);
    sink(kind, i, step.end, step.run, sentence);
    i = step.end;
  }
  resetLinkMemos();
}

/**
 * The sentence state after a token of `kind` at `i` (stage 6); a content token in state SENTENCE_ENDED also starts
 * the next sentence, which the caller counts.
 */
function stateAfter(state: number, kind: number, text: string, i: number): number {
  if (kind === KIND_SPACE || kind === KIND_NEWLINE) {
    // Before the first content token (`state === SENTENCE_START`) whitespace ends nothing: no empty sentence 0.
    return state === SENTENCE_FINAL_SEEN || (kind === KIND_NEWLINE && state === SENTENCE_OPEN) ? SENTENCE_ENDED : state;
  }
  if (kind !== KIND_PUNCTUATION) return SENTENCE_OPEN;
  const c = text.charCodeAt(i);
  if (isSentenceFinal(c)) return SENTENCE_FINAL_SEEN;
  return state === SENTENCE_FINAL_SEEN && isSentenceCloser(c) ? state : SENTENCE_OPEN;
}

/**
 * Tokenise `text` into a struct-of-arrays {@link TokenTable}: the allocation-light form of `tokenize` for the rule
 * engine. Same tokens, kinds, keys and sentence indices as `tokenize`.
 * @param text - Any string; odd text (lone surrogates, emoji, CRLF, huge input) never throws.
 * @param into - A table to fill again (its tokens are replaced; its arrays are kept when large enough), so that a
 * caller tokenising many texts does not allocate, and fault in, megabytes of fresh arrays for each.
 * @returns The token table (`into` when given); `table.length` tokens, covering `text` exactly.
 * @throws TypeError when `text` is not a string.
 * @example
 * const table = scanTokens('Giá 700.000đ.');
 * table.length //=> 4
 * TOKEN_KIND_NAMES[table.kinds[2]] //=> 'number'
 * table.keys[0] //=> 'giá'
 * @internal
 */
export function scanTokens(text: string, into?: TokenTable): TokenTable {
  assertString(text, 'text');
  // Vietnamese news averages a little over 2 UTF-16 units per token (syllable, space, syllable, …).
  const table = into ?? createTokenTable((text.length >> 1) + 16);
  table.length = 0;
  // forEachToken's loop, with the two commonest tokens (a plain letter run, whitespace) read here without a call.
  const classes = getClassTable();
  const step: Step = { end: 0, kind: 0, run: undefined };
  const length = text.length;
  let sentence = 0;
  let state = SENTENCE_START;
  let i = 0;
  while (i < length) {
    const cls = (classes[text.charCodeAt(i)] as number) & CLASS_MASK;
    let kind: number;
    let end: number;
    let key: string | undefined;
    let runId = -1;
    if (cls === CLASS_LETTER && (end = plainRunEnd(text, i, classes)) > 0) {
      // The cache probe inline, read from the cache's arrays; describeLetterRun (which probes again) only for a run
      // not seen before.
      const hash = lastLetterRun.hash;
      const slot = findCachedSlot(text, i, end, hash);
      if (slot >= 0) {
        kind = cachedKindAt(slot);
        key = cachedKeyAt(slot);
        runId = cachedRunIdAt(slot);
      } else {
        const run = describeLetterRun(text, i, end, hash);
        kind = run.kind;
        key = run.key;
        runId = run.id;
      }
    } else if (cls === CLASS_SPACE) {
      end = i + 1;
      while (end < length && ((classes[text.charCodeAt(end)] as number) & CLASS_MASK) === CLASS_SPACE) end++;
      kind = KIND_SPACE;
    } else {
      scanStep(text, i, classes, step);
      kind = step.kind;
      end = step.end;
      if (step.run !== undefined) {
        key = step.run.key;
        runId = step.run.id;
      }
    }
    if (state === SENTENCE_ENDED && kind !== KIND_SPACE && kind !== KIND_NEWLINE) sentence++;
    state = stateAfter(state, kind, text, i);
    pushToken(table, kind, i, end, key, sentence, runId);
    i = end;
  }
  resetLinkMemos();
  return table;
}
