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
import { LM_NUMBER, LM_SENTENCE_END, LM_SENTENCE_START, LM_WORD } from './lm.js';

function isBoundaryCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 59 || c === 58 || c === 0x2026;
}

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
