/**
 * The document spin score: how likely a text was machine-spun. A logistic model over the density of signals:
 * forms that (nearly) never occur in clean Vietnamese (high-prior dictionary matches), places where the language
 * model strongly prefers a synonym from the spinner's groups (and by how much) among all the places a spinner could
 * have changed, and non-Vietnamese words inside Vietnamese sentences. Weights are fitted by `scripts/fit-spin.mjs`
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
  /** Spinner-group members scored by the language model (places a spinner could have changed). */
  groupSites: number;
  /** Log10 likelihood ratio of "spun at one place in five" against "untouched", summed over the scored sites. */
  groupMixture: number;
}

/** Rates of group hits are taken over at least this many sites (@internal), so a short text with one hit is not 100% spun. */
export const MIN_SITES: number = 10;

/** Spin score in 0..1 (0 for a document without syllables). @internal */
export function scoreSpin(s: SpinSignals): number {
  if (s.syllables === 0) return 0;
  // Short texts count as 20 syllables, so one stray match in a headline is not a density of 100%.
  const per100 = 100 / Math.max(s.syllables, 20);
  const perSite = 1 / Math.max(s.groupSites, MIN_SITES);
  const z =
    fitted.bias +
    fitted.strong * s.strongMatches * per100 +
    fitted.foreign * s.foreignWords * per100 +
    fitted.hitRate * s.groupHits * perSite +
    fitted.evidenceRate * s.groupEvidence * perSite +
    fitted.mixtureRate * s.groupMixture * perSite;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
