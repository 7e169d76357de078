/**
 * Syllable trigram language model: parse the compact binary model (layout in scripts/lm/format.mjs and
 * dictionaries/_lm.md) and score syllable-key sequences with stupid backoff (Brants et al. 2007, alpha 0.4).
 * Pure: no I/O here; {@link getDefaultLanguageModel} in lm-file.ts reads the shipped model.
 * @module
 */
import { describeType, VietnormError } from '../errors.js';
import { CORES, createCore, type ModelCore, NONE, scoreIds } from './lm-core.js';
import { createNgramTable, hashIds, lookupQuantised, type NgramTable } from './lm-table.js';

/**
 * A syllable n-gram model over syllable keys (see `syllableKey`); `<s>`, `</s>`, `<num>`, `<w>` are class keys.
 * Create one with {@link parseLanguageModel}, or take the shipped one from `getDefaultLanguageModel()`.
 * @example
 * lm.count(['đánh', 'giá']) //=> 27016
 * lm.logProb('giá', 'đánh') //=> -0.48 (log10: 1 in 3 "đánh" is followed by "giá")
 * lm.scoreSequence(['<s>', 'đánh', 'giá', '</s>']) //=> -6.36
 */
export interface LanguageModel {
  /** log10 score of `w` after `prev2 prev1` with stupid backoff (alpha 0.4). Unknown keys count as seen once. */
  logProb(w: string, prev1?: string, prev2?: string): number;
  /** Sum of logProb over a sequence of keys (trigram context inside the sequence). */
  scoreSequence(keys: readonly string[]): number;
  /** Raw count of a 1-3 gram given as keys (0 if pruned/absent); bi- and trigram counts are quantised (±3%). */
  count(keys: readonly string[]): number;
  /**
   * Sum of logProb over `middle` then `after`, with `before` as context only (the part of a window that a
   * replacement can change). Same result as summing {@link LanguageModel.logProb}, without building a sequence.
   */
  scoreWindow(before: readonly string[], middle: readonly string[], after: readonly string[]): number;
  /** {@link LanguageModel.scoreWindow} over ids from {@link LanguageModel.idOf}, for hot loops that reuse them. */
  scoreWindowIds(before: ArrayLike<number>, middle: ArrayLike<number>, after: ArrayLike<number>): number;
  /** The id of a key in the model's vocabulary, or -1 when unknown (for allocation-free lookups in hot loops). */
  idOf(key: string): number;
  /** Count of the bigram of two ids from {@link LanguageModel.idOf} (0 when absent or an id is unknown). */
  bigramCount(a: number, b: number): number;
}

/**
 * Class keys of the model: sentence start and end, any number, any non-Vietnamese letter run.
 * @example
 * lm.logProb('kết', LM_SENTENCE_START) // how likely a sentence starts with "kết"
 */
export const LM_SENTENCE_START = '<s>';
/** See {@link LM_SENTENCE_START}. */
export const LM_SENTENCE_END = '</s>';
/** See {@link LM_SENTENCE_START}. */
export const LM_NUMBER = '<num>';
/** See {@link LM_SENTENCE_START}. */
export const LM_WORD = '<w>';

const MAGIC = 0x4d4c4e56; // "VNLM" read as little-endian u32
const VERSION = 1;

function fail(code: 'E_DICT_VERSION' | 'E_DICT_PARSE', message: string): never {
  throw new VietnormError(code, `Language model: ${message}`);
}

class Reader {
  offset: number;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
  ) {
    this.offset = start;
  }
  take(byteLength: number): number {
    const at = this.offset;
    if (at + byteLength > this.bytes.byteLength) fail('E_DICT_PARSE', `truncated at byte ${at}`);
    this.offset += (byteLength + 7) & ~7;
    return this.bytes.byteOffset + at;
  }
  table(view: DataView, countAt: number, bitsAt: number, scaleAt: number): NgramTable {
    const n = view.getUint32(countAt, true);
    const bits = view.getUint32(bitsAt, true);
    const scale = view.getFloat64(scaleAt, true);
    if (bits > 16 || !(scale > 0)) fail('E_DICT_PARSE', 'bad table header');
    const offsets = this.take((2 ** bits + 1) * 4);
    const fingerprints = this.take(n * 2);
    const quantised = this.take(n);
    const table = createNgramTable(this.bytes.buffer, { offsets, fingerprints, quantised }, n, bits, scale);
    if (typeof table === 'string') fail('E_DICT_PARSE', table);
    return table;
  }
}

/**
 * Parse a binary model (`dictionaries/_lm.bin`, built by `npm run build:lm`). The bytes are viewed, not copied,
 * unless they are not 8-byte aligned.
 * @param bytes - The model file's content.
 * @returns The model.
 * @throws TypeError when `bytes` is not a Uint8Array.
 * @throws VietnormError `E_DICT_VERSION` for another file type or an unknown format version, `E_DICT_PARSE` when
 * the file is truncated or inconsistent.
 * @example
 * const lm = parseLanguageModel(readFileSync('dictionaries/_lm.bin'));
 * lm.logProb('giá', 'đánh') > lm.logProb('giá', 'công') //=> true
 */
export function parseLanguageModel(bytes: Uint8Array): LanguageModel {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`Expected Uint8Array for \`bytes\`, got \`${describeType(bytes)}\``);
  }
  if (bytes.byteLength < 72) fail('E_DICT_VERSION', 'not a vietnorm model (too short)');
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) fail('E_DICT_VERSION', 'not a vietnorm model (bad magic)');
  const version = view.getUint32(4, true);
  if (version !== VERSION) fail('E_DICT_VERSION', `Unsupported version: ${version}`);
  const vocabSize = view.getUint32(12, true);
  const total = view.getFloat64(16, true);
  const reader = new Reader(bytes, view.getUint32(8, true));
  const vocabLength = view.getUint32(24, true);
  const vocabStart = reader.take(vocabLength) - bytes.byteOffset;
  const keys = new TextDecoder().decode(bytes.subarray(vocabStart, vocabStart + vocabLength)).split('\n');
  if (keys.length !== vocabSize) fail('E_DICT_PARSE', `vocabulary has ${keys.length} keys, header says ${vocabSize}`);
  const unigrams = new Uint32Array(bytes.buffer, reader.take(vocabSize * 4), vocabSize);
  const bi = reader.table(view, 28, 32, 48);
  const tri = reader.table(view, 36, 40, 56);
  const core = createCore(unigrams, total, bi, tri);
  const model = createModel(keys, unigrams, core, bi, tri);
  CORES.set(model, core);
  return model;
}

function createModel(keys: string[], unigrams: Uint32Array, core: ModelCore, bi: NgramTable, tri: NgramTable): LanguageModel {
  const ids = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) ids.set(keys[i] as string, i);
  const idOf = (key: string | undefined): number => (key === undefined ? NONE : (ids.get(key) ?? -1));
  const score = core.score;
  const dequantise = (table: NgramTable, q: number): number => (q < 0 ? 0 : (table.counts[q] as number));

  return {
    logProb(w, prev1, prev2) {
      if (typeof w !== 'string') throw new TypeError(`Expected string for \`w\`, got \`${describeType(w)}\``);
      return score(idOf(w), idOf(prev1), prev1 === undefined ? NONE : idOf(prev2));
    },
    scoreSequence(sequence) {
      let sum = 0;
      let p2 = NONE;
      let p1 = NONE;
      for (const key of sequence) {
        const w = idOf(key);
        sum += score(w, p1, p2);
        p2 = p1;
        p1 = w;
      }
      return sum;
    },
    scoreWindow(before, middle, after) {
      const ids = (keys: readonly string[]): number[] => keys.map((k) => idOf(k));
      return scoreIds(core, ids(before.slice(-2)), ids(middle), ids(after), 0, 0, -Infinity);
    },
    scoreWindowIds(before, middle, after) {
      return scoreIds(core, before, middle, after, 0, 0, -Infinity);
    },
    idOf(key) {
      return ids.get(key) ?? -1;
    },
    bigramCount(a, b) {
      return core.bigramCount(a, b);
    },
    count(gram) {
      if (!Array.isArray(gram)) throw new TypeError(`Expected array for \`keys\`, got \`${describeType(gram)}\``);
      const [a, b, c] = gram.map((k) => ids.get(k) ?? -1);
      if (gram.length < 1 || gram.length > 3 || a === undefined || a < 0 || (b ?? 0) < 0 || (c ?? 0) < 0) return 0;
      if (b === undefined) return unigrams[a] as number;
      if (c === undefined) return dequantise(bi, lookupQuantised(bi, hashIds(a, b, -1)));
      return dequantise(tri, lookupQuantised(tri, hashIds(a, b, c)));
    },
  };
}

/**
 * Log-likelihood ratio (log10) of the text with `replacement` instead of `original`, between `left` and `right`
 * context keys (the last 2 of `left` and the first 2 of `right` are used). Positive means the replacement is more
 * likely; each unit is a factor of 10.
 * @param lm - The model.
 * @param left - Keys before the span (`<s>` at a sentence start).
 * @param original - Keys of the span as written.
 * @param replacement - Keys of the candidate replacement.
 * @param right - Keys after the span (`</s>` at a sentence end).
 * @returns log10 P(with replacement) − log10 P(as written).
 * @throws TypeError when an argument is not an array.
 * @example
 * scoreReplacement(lm, ['kết', 'quả'], ['tiến', 'công', 'giá'], ['đánh', 'giá'], ['cao']) > 3 //=> true
 */
export function scoreReplacement(
  lm: LanguageModel,
  left: readonly string[],
  original: readonly string[],
  replacement: readonly string[],
  right: readonly string[],
): number {
  for (const [name, value] of [['left', left], ['original', original], ['replacement', replacement], ['right', right]] as const) {
    if (!Array.isArray(value)) throw new TypeError(`Expected array for \`${name}\`, got \`${describeType(value)}\``);
  }
  const before = left.slice(-2);
  const after = right.slice(0, 2);
  return lm.scoreWindow(before, replacement, after) - lm.scoreWindow(before, original, after);
}
