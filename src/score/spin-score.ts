/**
 * The document spin score: how likely a text was machine-spun. A logistic model over signals per 100 syllables:
 * forms that (nearly) never occur in clean Vietnamese (high-prior dictionary matches), places where the text as
 * written is unusual and the language model strongly prefers a synonym from the spinner's groups (and by how much),
 * rare edges, and non-Vietnamese words inside Vietnamese sentences. Weights are fitted by `scripts/fit-spin.mjs`
 * on held-out training text (provenance in spin-weights.json).
 * @module
 */
import fitted from './spin-weights.json';

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
  /** Sum over those places of the model's log10 preference for the synonym (each capped). */
  groupEvidence: number;
  /** Places (spinner-group members) where a bigram at an edge is rare in the training corpora. */
  rareEdges: number;
}

/** Spin score in 0..1 (0 for a document without syllables). @internal */
export function scoreSpin(s: SpinSignals): number {
  if (s.syllables === 0) return 0;
  // Short texts count as 20 syllables, so one stray match in a headline is not a density of 100%.
  const per100 = 100 / Math.max(s.syllables, 20);
  const z =
    fitted.bias +
    fitted.strong * s.strongMatches * per100 +
    fitted.hits * s.groupHits * per100 +
    fitted.evidence * s.groupEvidence * per100 +
    fitted.rare * s.rareEdges * per100 +
    fitted.foreign * s.foreignWords * per100;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
