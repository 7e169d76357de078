/**
 * The document spin score: how likely a text was machine-spun, from the density of forms that (nearly) never
 * occur in clean Vietnamese, non-Vietnamese words inside Vietnamese sentences, and language-model surprise that the
 * spinner's synonym groups explain.
 * @module
 */

/** Counts gathered over a document. @internal */
export interface SpinSignals {
  /** Vietnamese syllables in the document. */
  syllables: number;
  /** Matches of high-prior spin/teencode entries (guards passed). */
  strongMatches: number;
  /** Lowercase non-Vietnamese words inside Vietnamese sentences. */
  foreignWords: number;
  /**
   * Places where the text as written is unusual and the language model strongly prefers a synonym from the
   * spinner's groups (language-model surprise that a spinner explains).
   */
  groupHits: number;
}

/** Spin score weights per 100 syllables. @internal */
export const SPIN_WEIGHTS = { strong: 1.5, foreign: 0.15, groupHits: 0.8 } as const;

/**
 * Clean news has about 0.3 model-confirmed synonym places per 100 syllables (rare phrasing the model happens to
 * dislike); only the density above this floor counts as evidence of spin.
 */
export const GROUP_HITS_FLOOR = 0.5;

/** Spin score in 0..1 (0 for a document without syllables). @internal */
export function scoreSpin(s: SpinSignals): number {
  if (s.syllables === 0) return 0;
  const per100 = 100 / Math.max(s.syllables, 20);
  const x =
    SPIN_WEIGHTS.strong * s.strongMatches * per100 +
    SPIN_WEIGHTS.foreign * s.foreignWords * per100 +
    SPIN_WEIGHTS.groupHits * Math.max(0, s.groupHits * per100 - GROUP_HITS_FLOOR);
  return Math.round((1 - Math.exp(-x)) * 1000) / 1000;
}
