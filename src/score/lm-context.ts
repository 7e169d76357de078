/**
 * Model keys straight from the tokenizer's table, keyed the way the model's training text was: syllables give
 * their key, numbers `<num>`, other words, URLs and e-mails `<w>`, line breaks and `. ? ! ; : …` `</s>`; spaces,
 * other punctuation and symbols are skipped: exactly how scripts/lm/corpus-counter.mjs split the training text.
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
import { type LanguageModel, LM_NUMBER, LM_SENTENCE_END, LM_SENTENCE_START, LM_WORD } from './lm.js';
import { fillModelIds, isBoundaryCode, MODEL_SKIP } from './model-id-fill.js';


/** The model key of token `i`, or null when the model skips it. @internal */
export function modelKeyAt(table: TokenTable, text: string, i: number): string | null {
  switch (table.kinds[i]) {
    case KIND_SYLLABLE:
      return table.keys[i] ?? null;
    case KIND_NUMBER:
      return LM_NUMBER;
    case KIND_WORD:
    case KIND_URL:
    case KIND_EMAIL:
      return LM_WORD;
    case KIND_NEWLINE:
      return LM_SENTENCE_END;
    case KIND_PUNCTUATION: {
      const end = table.ends[i] as number;
      for (let k = table.starts[i] as number; k < end; k++) if (isBoundaryCode(text.charCodeAt(k))) return LM_SENTENCE_END;
      return null;
    }
    default:
      return null;
  }
}

/**
 * Up to 2 model keys on each side of tokens `first .. end - 1`, with `<s>` / `</s>` where the sentence or text
 * starts or ends.
 * @internal
 */
export function modelContextAt(table: TokenTable, text: string, first: number, end: number): { left: string[]; right: string[] } {
  const left: string[] = [];
  for (let i = first - 1; i >= 0 && left.length < 2; i--) {
    const key = modelKeyAt(table, text, i);
    if (key === LM_SENTENCE_END) break;
    if (key !== null) left.unshift(key);
  }
  if (left.length < 2) left.unshift(LM_SENTENCE_START);
  const right: string[] = [];
  for (let j = end; j < table.length && right.length < 2; j++) {
    const key = modelKeyAt(table, text, j);
    if (key !== null) right.push(key);
    if (key === LM_SENTENCE_END) break;
  }
  if (right.length < 2 && right[right.length - 1] !== LM_SENTENCE_END) right.push(LM_SENTENCE_END);
  return { left, right };
}

export { MODEL_SKIP };

/** Model ids of a pass's tokens, looked up once, and the context of spans over them. @internal */
export interface ModelIds {
  /**
   * Per token: the model id of {@link modelKeyAt} (-1 when unknown to the model), or {@link MODEL_SKIP}. Made lazily
   * (see createModelIds), it holds only the ids that {@link ModelIds.idAt} or contextIds have needed so far.
   */
  readonly ids: Int32Array;
  /** The id of token `i` (`ids[i]`, filled in first when made lazily). */
  idAt(i: number): number;
  /**
   * The ids of `modelContextAt(table, text, first, end)`: the last 2 of `left` and the first 2 of `right`, as the
   * model's window takes them. The arrays are reused by the next call.
   */
  contextIds(first: number, end: number): { left: ArrayLike<number>; right: ArrayLike<number> };
}

/**
 * Look up the model id of every token of `table` once (the keys of {@link modelKeyAt}).
 * @param table - Tokens of `text`.
 * @param text - The text.
 * @param model - The model whose ids to use.
 * @param into - An array of `table.length` elements to fill (a reused one), instead of a new one.
 * @param lazy - Fill `ids` only as far as `idAt` and `contextIds` read, a block of tokens at a time: a caller that stops
 * early (a long text judged clean from its first sites) does not look up the rest.
 * @returns The ids, and context windows over them.
 * @example
 * const { ids, contextIds } = createModelIds(scanTokens('Kết quả tốt.'), 'Kết quả tốt.', lm);
 * contextIds(2, 3) //=> { left: [id('<s>'), id('kết')], right: [id('tốt'), id('</s>')] }
 * @internal
 */
export function createModelIds(table: TokenTable, text: string, model: LanguageModel, into?: Int32Array, lazy = false): ModelIds {
  const ids = into ?? new Int32Array(table.length);
  const count = table.length;
  // Tokens 0 .. filled - 1 have their ids.
  let filled = 0;
  const idAt = (i: number): number => {
    if (i >= filled) {
      const to = Math.min(count, Math.max(i + 1, filled + LAZY_BLOCK));
      fillModelIds(table, text, model, ids, filled, to);
      filled = to;
    }
    return ids[i] as number;
  };
  if (!lazy && count > 0) idAt(count - 1);
  const startId = model.idOf(LM_SENTENCE_START);
  const endId = model.idOf(LM_SENTENCE_END);
  const left1 = new Int32Array(1);
  const left2 = new Int32Array(2);
  const right1 = new Int32Array(1);
  const right2 = new Int32Array(2);
  const contextIds = (first: number, end: number): { left: ArrayLike<number>; right: ArrayLike<number> } => {
    if (endId < 0) {
      // Without a sentence-end id, an unknown key (-1) could not be told from a boundary: go by the keys.
      const context = modelContextAt(table, text, first, end);
      return { left: context.left.slice(-2).map((k) => model.idOf(k)), right: context.right.slice(0, 2).map((k) => model.idOf(k)) };
    }
    let a = -1;
    let b = -1;
    let found = 0;
    for (let i = first - 1; i >= 0 && found < 2; i--) {
      const id = idAt(i);
      if (id === endId) break;
      if (id === MODEL_SKIP) continue;
      a = b;
      b = id;
      found++;
    }
    // found = 2: [b, a] in text order (b is the farther one); 1: [<s>, b]; 0: [<s>].
    let left: Int32Array;
    if (found === 2) {
      left = left2;
      left[0] = b;
      left[1] = a;
    } else if (found === 1) {
      left = left2;
      left[0] = startId;
      left[1] = b;
    } else {
      left = left1;
      left[0] = startId;
    }
    let r0 = 0;
    let r1 = 0;
    let taken = 0;
    for (let j = end; j < table.length && taken < 2; j++) {
      const id = idAt(j);
      if (id === MODEL_SKIP) continue;
      if (taken === 0) r0 = id;
      else r1 = id;
      taken++;
      if (id === endId) break;
    }
    let right: Int32Array;
    if (taken === 2) {
      right = right2;
      right[0] = r0;
      right[1] = r1;
    } else if (taken === 1 && r0 !== endId) {
      right = right2;
      right[0] = r0;
      right[1] = endId;
    } else {
      right = right1;
      right[0] = taken === 1 ? r0 : endId;
    }
    return { left, right };
  };
  return { ids, idAt, contextIds };
}

/** Tokens filled at a time by a lazy createModelIds. */
const LAZY_BLOCK = 2048;

export { phraseIdsOf } from './phrase-ids.js';
