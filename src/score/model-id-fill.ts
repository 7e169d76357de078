/**
 * Filling in the model ids of a token table (see createModelIds in lm-context.ts), one range at a time: a pass that
 * stops scoring early (a long clean text) needs only the ids of the first part of its tokens.
 * @module
 */
import {
  KIND_EMAIL,
  KIND_NEWLINE,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_SYLLABLE,
  KIND_URL,
  KIND_WORD,
  type TokenTable,
} from '../tokenize/token-table.js';
import { fitRunId } from '../tokenize/run-memo.js';
import { type LanguageModel, LM_NUMBER, LM_SENTENCE_END, LM_WORD } from './lm.js';

/** The id the model ids give tokens that the model skips (spaces, commas, symbols). @internal */
export const MODEL_SKIP = -3;

/**
 * True for `. ? ! ; : …`, which end a sentence for the model.
 * @example
 * isBoundaryCode(0x3b) //=> true (`;`)
 * @internal
 */
export function isBoundaryCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 59 || c === 58 || c === 0x2026;
}

/** Model ids by tokenizer run id (+ 2; 0 = not looked up yet), per model. */
const runIdCaches = new WeakMap<LanguageModel, Int32Array<ArrayBuffer>>();

/**
 * Write the model id of tokens `from` to `to - 1` of `table` into `ids` (the id of modelKeyAt's key, -1 when the model
 * does not know it, {@link MODEL_SKIP} when it has none).
 * @example
 * fillModelIds(table, text, lm, ids, 0, table.length);
 * @internal
 */
export function fillModelIds(table: TokenTable, text: string, model: LanguageModel, ids: Int32Array, from: number, to: number): void {
  let byRun = runIdCaches.get(model) ?? new Int32Array(1024);
  // The ids of modelKeyAt's fixed keys, looked up once (not once per number, word or line break).
  const numberId = model.idOf(LM_NUMBER);
  const wordId = model.idOf(LM_WORD);
  const boundaryId = model.idOf(LM_SENTENCE_END);
  const { kinds, keys, runIds, starts, ends } = table;
  for (let i = from; i < to; i++) {
    const kind = kinds[i];
    if (kind === KIND_SYLLABLE) {
      const runId = runIds[i] as number;
      const key = keys[i];
      if (key === undefined) {
        ids[i] = MODEL_SKIP;
        continue;
      }
      if (runId < 0) {
        ids[i] = model.idOf(key);
        continue;
      }
      // A syllable's model key is its key: look it up once per tokenizer run (id + 2 kept, 0 = not yet).
      if (runId >= byRun.length) byRun = fitRunId(byRun, runId);
      let known = byRun[runId] as number;
      if (known === 0) {
        known = model.idOf(key) + 2;
        byRun[runId] = known;
      }
      ids[i] = known - 2;
    } else if (kind === KIND_NUMBER) {
      ids[i] = numberId;
    } else if (kind === KIND_WORD || kind === KIND_URL || kind === KIND_EMAIL) {
      ids[i] = wordId;
    } else if (kind === KIND_NEWLINE) {
      ids[i] = boundaryId;
    } else if (kind === KIND_PUNCTUATION) {
      let id = MODEL_SKIP;
      const end = ends[i] as number;
      for (let k = starts[i] as number; k < end; k++) {
        if (isBoundaryCode(text.charCodeAt(k))) {
          id = boundaryId;
          break;
        }
      }
      ids[i] = id;
    } else {
      ids[i] = MODEL_SKIP;
    }
  }
  runIdCaches.set(model, byRun);
}
