/**
 * The document spin score: how likely a text was machine-spun. A logistic model over the density of signals:
 * forms that (nearly) never occur in clean Vietnamese (high-prior dictionary matches), places where the language
 * model strongly prefers a synonym from the spinner's groups (and by how much) among all the places a spinner could
 * have changed, and non-Vietnamese words inside Vietnamese sentences; plus the spin evidence summed over the whole
 * text, so that a long text is judged with the certainty its length gives (a 100-sentence clean page scores near 0,
 * a 100-sentence page spun at one place in twelve near 1). Weights are fitted by `scripts/fit-spin.mjs` on held-out
 * training text (provenance in spin-weights.json).
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

/**
 * The spin model's features, in the order of its weights: per 100 syllables, strong matches and foreign words; per
 * group site, hits, evidence and mixture; then the mixture summed over the text (per 10 log10 units) and the number
 * of sites (per 100), whose weights together centre the summed evidence between clean and spun text.
 * @example
 * spinFeatures({ syllables: 200, strongMatches: 2, foreignWords: 0, groupHits: 4, groupEvidence: 12, groupSites: 40, groupMixture: 3 })
 * //=> [1, 0, 0.1, 0.3, 0.075, 0.3, 0.4] (up to rounding)
 * @internal
 */
export function spinFeatures(s: SpinSignals): number[] {
  // Short texts count as 20 syllables, so one stray match in a headline is not a density of 100%.
  const per100 = 100 / Math.max(s.syllables, 20);
  const perSite = 1 / Math.max(s.groupSites, MIN_SITES);
  return [
    s.strongMatches * per100,
    s.foreignWords * per100,
    s.groupHits * perSite,
    s.groupEvidence * perSite,
    s.groupMixture * perSite,
    s.groupMixture / 10,
    s.groupSites / 100,
  ];
}

/** The weights of {@link spinFeatures}, in order. */
const WEIGHTS = [
  fitted.strong,
  fitted.foreign,
  fitted.hitRate,
  fitted.evidenceRate,
  fitted.mixtureRate,
  fitted.mixtureTotal,
  fitted.sites,
];

/**
 * How many of {@link spinFeatures} are densities (the first ones): the density score uses them alone, and
 * scripts/fit-spin.mjs fits them first. @internal
 */
export const DENSITY_FEATURES: number = 5;

/** The model's log-odds over the first `count` features. */
function logOdds(s: SpinSignals, count: number): number {
  const x = spinFeatures(s);
  let z = fitted.bias;
  for (let k = 0; k < count; k++) z += (WEIGHTS[k] as number) * (x[k] as number);
  return z;
}

function toScore(z: number): number {
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/**
 * Spin score in 0..1 (0 for a document without syllables): how likely the document was spun at all. Long texts
 * get near 0 or 1, as their summed evidence decides.
 * @internal
 */
export function scoreSpin(s: SpinSignals): number {
  return s.syllables === 0 ? 0 : toScore(logOdds(s, WEIGHTS.length));
}

/**
 * The spin score from the densities alone (0..1): how densely the document looks spun, whatever its length. A long
 * page spun at one place in twelve is surely spun, but most of its places are not; the confidence models take this
 * score as their `doc-spin` feature.
 * @internal
 */
export function scoreSpinDensity(s: SpinSignals): number {
  return s.syllables === 0 ? 0 : toScore(logOdds(s, DENSITY_FEATURES));
}
