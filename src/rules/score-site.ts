/**
 * The verdict of one spinner-group site: the model scores the text as written against each synonym in a window of
 * a few syllables, keeping the best synonym and the site's term of the mixture evidence.
 * @module
 */
import type { LanguageModel } from '../score/lm.js';
import { scoreWindowRatio } from '../score/lm-core.js';

/**
 * log10 charged per syllable a replacement lacks, because a sum of log-probabilities favours shorter text. The mean
 * cost of a syllable of clean news is about 2, but the confidence models now learn the length change themselves
 * (`shorter`, `longer` in weights.json), and a full charge hid the spinner's inserted syllables ("học tập sinh" for
 * "học sinh"): measured on held-out training spins and the eval, 0.5 repairs and detects most (docs/quality.md).
 * @internal
 */
export const SYLLABLE_COST: number = 0.5;
/** Cap of one synonym's log10 ratio in the mixture evidence. @internal */
export const MIXTURE_RATIO_CAP: number = 3;

/** What scoring one site finds: its best synonym (-1: none with a ratio of at least 0) and the mixture term. @internal */
export interface Verdict {
  best: number;
  bestTo: number;
  likelihood: number;
}

/**
 * Score the synonyms of a site into `out`: the best one's ratio (synonyms below 0 are not scored to their end) and
 * the sum of 10^min(ratio, MIXTURE_RATIO_CAP) over those at 0 or more.
 * @internal
 */
export function scoreSite(
  model: LanguageModel,
  memberIds: (i: number) => readonly number[],
  alternatives: readonly number[],
  member: number,
  leftIds: ArrayLike<number>,
  rightIds: ArrayLike<number>,
  edgeCount: number,
  out: Verdict,
): void {
  const fromIds = memberIds(member);
  const leftId = leftIds[leftIds.length - 1] as number;
  const rightId = rightIds[0] as number;
  let asWritten: number | undefined;
  let best = -Infinity;
  let bestTo = -1;
  let likelihood = 0;
  for (const to of alternatives) {
    const toIds = memberIds(to);
    // A synonym that is no better joined to the words around it than the text as written seldom wins a hundredfold:
    // two bigram look-ups spare the full window score for most synonyms. Counts are at least 0, so a left join
    // above the edge count settles it without the right one.
    const joinLeft = model.bigramCount(leftId, toIds[0] as number);
    if (joinLeft <= edgeCount && joinLeft + model.bigramCount(toIds[toIds.length - 1] as number, rightId) <= edgeCount) continue;
    asWritten ??= model.scoreWindowIds(leftIds, fromIds, rightIds);
    // Synonyms the model likes less than the text as written change nothing: their window is not scored to its end.
    const adjust = SYLLABLE_COST * Math.min(0, toIds.length - fromIds.length);
    const ratio = scoreWindowRatio(model, leftIds, toIds, rightIds, asWritten, adjust, 0);
    if (ratio < 0) continue;
    likelihood += 10 ** Math.min(ratio, MIXTURE_RATIO_CAP);
    if (ratio > best) {
      best = ratio;
      bestTo = to;
    }
  }
  out.best = best;
  out.bestTo = bestTo;
  out.likelihood = likelihood;
}
