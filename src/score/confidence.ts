/**
 * Turn evidence into a confidence. Curated entries: a logistic model over the entry's prior (as log-odds), its
 * guards, the language model's log-likelihood ratio, the length change and the document's spin score. Spinner-group
 * candidates: a model of their own (no prior). Every contribution is listed in reasons, so an editor sees why an
 * edit was made.
 * @module
 */
import fitted from './weights.json';

/** Weights of the confidence model. @internal */
export interface ConfidenceWeights {
  readonly bias: number;
  readonly prior: number;
  readonly lm: number;
  readonly docSpin: number;
  readonly guard: number;
  /** The same substitution is confirmed elsewhere in the document by a never-legitimate form. */
  readonly family: number;
  /** Per syllable the replacement has fewer than the text as written (with a model ratio). */
  readonly shorter: number;
  /** Per syllable the replacement has more than the text as written (with a model ratio). */
  readonly longer: number;
  /**
   * Per unit of the document's spin score (centred on 0.5) times the entry's doubt (1 − prior): how much more an
   * ambiguous entry's confidence depends on the document looking spun than a sure one's.
   */
  readonly ambiguousSpin: number;
  /** Upper bound of |lm ratio| used, so one extreme n-gram cannot decide alone. */
  readonly lmClip: number;
}

/** Default weights: fitted by `scripts/fit-weights.mjs` on held-out training text (provenance in weights.json). @internal */
export const DEFAULT_WEIGHTS: ConfidenceWeights = {
  bias: fitted.bias,
  prior: fitted.prior,
  lm: fitted.lm,
  docSpin: fitted.docSpin,
  guard: fitted.guard,
  family: fitted.family,
  shorter: fitted.shorter,
  longer: fitted.longer,
  ambiguousSpin: fitted.ambiguousSpin,
  lmClip: fitted.lmClip,
};

/** Weights of the model for spinner-group candidates (no prior: the place and the model's verdict decide). @internal */
export interface GroupWeights {
  readonly bias: number;
  /** Per log10 unit of the model's ratio (clipped to lmClip). */
  readonly lm: number;
  /** Per natural log of the number of synonyms the spinner could have written there. */
  readonly alternatives: number;
  /** Per unit of the document's spin score (without this place's own evidence), centred on 0.5. */
  readonly docSpin: number;
  /** Per unit of the document's share of group places where the model prefers a synonym (without this place). */
  readonly hitRate: number;
  /** A bigram at an edge of the place is rare in the training corpora. */
  readonly rareEdge: number;
  /** Per syllable the synonym has fewer than the text as written (a spinner's insertion undone). */
  readonly shorter: number;
  /** Per syllable the synonym has more than the text as written. */
  readonly longer: number;
  /** The same substitution is confirmed elsewhere in the document by a never-legitimate form. */
  readonly family: number;
  readonly lmClip: number;
}

/** Default group weights: fitted by `scripts/fit-weights.mjs` with the others. @internal */
export const DEFAULT_GROUP_WEIGHTS: GroupWeights = fitted.group;

/** The evidence about one spinner-group candidate. @internal */
export interface GroupEvidence {
  /** log10 likelihood ratio (the synonym vs the text as written). */
  lmRatio: number;
  /** Synonyms the spinner could have written at this place. */
  alternatives: number;
  /** Document spin score 0..1 without this place's own evidence. */
  docSpin: number;
  /** Share of the document's group places (at least 10) where the model prefers a synonym, without this place. */
  hitRate: number;
  rareEdge: boolean;
  /** Syllables the synonym has more (positive) or fewer (negative) than the text as written. */
  lengthChange: number;
  /** The same substitution is confirmed elsewhere in the document. */
  family: boolean;
  /** The pair's fitted log-odds offset (src/score/entry-offsets.ts); 0 or absent when it has none. */
  offset?: number;
}

/**
 * Confidence that a spinner-group member was written by the spinner in place of the proposed synonym: the odds of
 * a spin at this place (how spun the document looks, and how many of its other group places the model would
 * change, spread over the synonyms the spinner could have picked) times the model's likelihood ratio, with fitted
 * weights.
 * @internal
 */
export function scoreGroupConfidence(e: GroupEvidence, w: GroupWeights = DEFAULT_GROUP_WEIGHTS): { value: number; reasons: string[] } {
  const z =
    w.bias +
    w.lm * clipRatio(e.lmRatio, w.lmClip) +
    w.alternatives * Math.log(Math.max(1, e.alternatives)) +
    w.docSpin * (e.docSpin - 0.5) +
    w.hitRate * e.hitRate +
    (e.rareEdge ? w.rareEdge : 0) +
    lengthTerm(w, e.lengthChange) +
    (e.family ? w.family : 0) +
    (e.offset ?? 0);
  const reasons = [`lm:${sign(e.lmRatio)}`, `alternatives:${e.alternatives}`, `doc-spin:${e.docSpin.toFixed(2)}`, `hit-rate:${e.hitRate.toFixed(2)}`];
  if (e.offset !== undefined && e.offset !== 0) reasons.push(`entry:${sign(e.offset)}`);
  if (e.rareEdge) reasons.push('edge:rare');
  pushLengthReason(reasons, e.lengthChange);
  if (e.family) reasons.push('family:confirmed');
  return { value: toConfidence(z), reasons };
}

/** The evidence about one proposal. @internal */
export interface Evidence {
  prior: number;
  /** log10 likelihood ratio (replacement vs original); undefined when no model judged it. */
  lmRatio: number | undefined;
  /** Document spin score 0..1. */
  docSpin: number;
  /** A `when` guard was met. */
  guardMet: boolean;
  /** The same substitution is confirmed elsewhere in the document by a never-legitimate form. */
  family: boolean;
  /** Syllables the replacement has more (positive) or fewer (negative) than the text as written; 0 without a model ratio. */
  lengthChange: number;
  /** The entry's fitted log-odds offset (src/score/entry-offsets.ts); 0 or absent when it has none. */
  offset?: number;
}

/** The model ratio bounded by `clip` either way, so one extreme n-gram cannot decide alone. */
function clipRatio(ratio: number, clip: number): number {
  return Math.max(-clip, Math.min(clip, ratio));
}

/** The length terms: per syllable fewer and per syllable more than the text as written. */
function lengthTerm(w: { readonly shorter: number; readonly longer: number }, change: number): number {
  return w.shorter * Math.max(0, -change) + w.longer * Math.max(0, change);
}

/** The reason tag of a length change (`length:-1`), none when the length is kept. */
function pushLengthReason(reasons: string[], change: number): void {
  if (change !== 0) reasons.push(`length:${change > 0 ? '+' : ''}${change}`);
}

/** The logistic of `z`, rounded to 3 decimals as confidences are shown. */
function toConfidence(z: number): number {
  const value = 1 / (1 + Math.exp(-z));
  return Math.round(value * 1000) / 1000;
}

function logit(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
}

function sign(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
}

/** Combine the evidence into a confidence in 0..1 and reason tags. @internal */
export function scoreConfidence(e: Evidence, w: ConfidenceWeights = DEFAULT_WEIGHTS): { value: number; reasons: string[] } {
  const reasons = [`prior:${e.prior.toFixed(2)}`];
  let z = w.bias + w.prior * logit(e.prior);
  if (e.offset !== undefined && e.offset !== 0) {
    z += e.offset;
    reasons.push(`entry:${sign(e.offset)}`);
  }
  if (e.guardMet) z += w.guard;
  if (e.lmRatio !== undefined) {
    z += w.lm * clipRatio(e.lmRatio, w.lmClip) + lengthTerm(w, e.lengthChange);
    reasons.push(`lm:${sign(e.lmRatio)}`);
    pushLengthReason(reasons, e.lengthChange);
  }
  // Spin evidence is centred on 0.5: a clean-looking document lowers confidence in ambiguous repairs.
  z += (w.docSpin + w.ambiguousSpin * (1 - e.prior)) * (e.docSpin - 0.5);
  reasons.push(`doc-spin:${e.docSpin.toFixed(2)}`);
  if (e.family) {
    z += w.family;
    reasons.push('family:confirmed');
  }
  return { value: toConfidence(z), reasons };
}
