/**
 * The id-level scoring of the n-gram model (stupid backoff over vocabulary ids), shared by the public
 * {@link LanguageModel} methods and the engine's hot loops, which skip string look-ups and stop early.
 * @module
 */
import type { LanguageModel } from './lm.js';
import { createLookupMemo, hashBigram, hashTrigram, type NgramTable } from './lm-table.js';

const LOG_ALPHA = Math.log10(0.4);
/** Context id meaning "no context given" (sentence start); -1 means a given but unknown key. @internal */
export const NONE = -2;

/**
 * The id-level scoring of a parsed model, for the engine's hot loops. Ids come from {@link LanguageModel.idOf}
 * (-1 unknown); a context id of -2 means none was given.
 * @internal
 */
export interface ModelCore {
  /** log10 P(w | p2 p1) with stupid backoff, over ids: the term {@link LanguageModel.scoreWindowIds} sums. */
  score(w: number, p1: number, p2: number): number;
  /** Same as {@link LanguageModel.bigramCount}. */
  bigramCount(a: number, b: number): number;
  /**
   * Every term of `score` is at most 0 (log-probabilities; no unigram count exceeds the total), so a partial sum
   * of a window is an upper bound of the whole. Checked when the model is parsed.
   */
  readonly termsAtMostZero: boolean;
}

/** The core of each model that {@link parseLanguageModel} made. @internal */
export const CORES: WeakMap<LanguageModel, ModelCore> = new WeakMap();
/** The model last asked about and its core: a WeakMap look-up per window is measurable. */
let lastModel: LanguageModel | undefined;
let lastCore: ModelCore | undefined;

/** The id-level scoring over a model's unigram counts and n-gram tables. @internal */
export function createCore(unigrams: Uint32Array, total: number, bi: NgramTable, tri: NgramTable): ModelCore {
  const uniLog = new Float64Array(unigrams.length);
  for (let i = 0; i < unigrams.length; i++) uniLog[i] = Math.log10(Math.max(1, unigrams[i] as number));
  const logTotal = Math.log10(Math.max(1, total));
  let termsAtMostZero = logTotal >= 0;
  for (let i = 0; i < uniLog.length; i++) if (!((uniLog[i] as number) <= logTotal)) termsAtMostZero = false;
  const biLog = bi.log10;
  const triLog = tri.log10;
  const biCounts = bi.counts;
  // Sizes from the hit rates on news text (2 MB): bigrams 65% at 2^12 slots, 70% at 2^14, 77% at 2^16 (384 kB,
  // measurably faster than 2^14; 2^18 no faster); trigrams 27% at 2^12.
  const lookupBigram = createLookupMemo(bi, 16);
  const lookupTrigram = createLookupMemo(tri, 12, 22);
  return {
    // Stupid backoff over ids: each step down from a context that was given costs log10(0.4).
    score(w, p1, p2) {
      let penalty = 0;
      if (p2 !== NONE && p1 !== NONE) {
        if (w >= 0 && p1 >= 0 && p2 >= 0) {
          const q3 = lookupTrigram(hashTrigram(p2, p1, w));
          const q2 = q3 < 0 ? -1 : lookupBigram(hashBigram(p2, p1));
          if (q2 >= 0) return Math.min(0, (triLog[q3] as number) - (biLog[q2] as number));
        }
        penalty += LOG_ALPHA;
      }
      if (p1 !== NONE) {
        if (w >= 0 && p1 >= 0) {
          const q2 = lookupBigram(hashBigram(p1, w));
          if (q2 >= 0) return penalty + Math.min(0, (biLog[q2] as number) - (uniLog[p1] as number));
        }
        penalty += LOG_ALPHA;
      }
      return penalty + (w >= 0 ? (uniLog[w] as number) : 0) - logTotal;
    },
    bigramCount(a, b) {
      if (a < 0 || b < 0) return 0;
      const q = lookupBigram(hashBigram(a, b));
      return q < 0 ? 0 : (biCounts[q] as number);
    },
    termsAtMostZero,
  };
}

/**
 * The window sum of {@link LanguageModel.scoreWindowIds}, term by term in the same order. With a finite `floor`
 * it gives up (returns -Infinity) as soon as `(partial sum − base) + adjust < floor`: with terms at most 0 the
 * partial sums only go down, and floating-point rounding keeps that order, so the whole sum would be below too.
 * @internal
 */
export function scoreIds(
  core: ModelCore,
  before: ArrayLike<number>,
  middle: ArrayLike<number>,
  after: ArrayLike<number>,
  base: number,
  adjust: number,
  floor: number,
): number {
  let p2 = before.length >= 2 ? (before[before.length - 2] as number) : NONE;
  let p1 = before.length >= 1 ? (before[before.length - 1] as number) : NONE;
  if (p1 === NONE) p2 = NONE;
  const score = core.score;
  let sum = 0;
  for (let part = 0; part < 2; part++) {
    const seq = part === 0 ? middle : after;
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i] as number;
      sum += score(w, p1, p2);
      if (sum - base + adjust < floor) return -Infinity;
      p2 = p1;
      p1 = w;
    }
  }
  return sum;
}

/**
 * `(lm.scoreWindowIds(before, middle, after) − base) + adjust`, exactly as that expression computes it, or
 * -Infinity when the result is certain to be below `floor`: then the window is not scored to its end. For the
 * spinner-group search, where most synonyms lose early.
 * @param lm - The model.
 * @param before - Context ids (the last 2 are used).
 * @param middle - Ids of the span.
 * @param after - Ids after the span.
 * @param base - Subtracted from the window's score (the text as written).
 * @param adjust - Added after that (a length correction).
 * @param floor - Results below this may come back as -Infinity.
 * @returns The ratio, or -Infinity when it is below `floor`.
 * @example
 * scoreWindowRatio(lm, left, toIds, right, asWritten, 0, 2) >= 2 // only when the synonym wins a hundredfold
 * @internal
 */
export function scoreWindowRatio(
  lm: LanguageModel,
  before: ArrayLike<number>,
  middle: ArrayLike<number>,
  after: ArrayLike<number>,
  base: number,
  adjust: number,
  floor: number,
): number {
  if (lm !== lastModel) {
    lastModel = lm;
    lastCore = CORES.get(lm);
  }
  const core = lastCore;
  if (core === undefined || !core.termsAtMostZero) return lm.scoreWindowIds(before, middle, after) - base + adjust;
  const sum = scoreIds(core, before, middle, after, base, adjust, floor);
  return sum === -Infinity ? sum : sum - base + adjust;
}
