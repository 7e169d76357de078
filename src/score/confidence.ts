/**
 * Turn evidence into a confidence: a logistic model over the entry's prior (as log-odds), its guards, the
 * language model's log-likelihood ratio and the document's spin score. Every contribution is listed in reasons,
 * so an editor sees why an edit was made.
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
  lmClip: fitted.lmClip,
};

/** The evidence about one proposal. @internal */
export interface Evidence {
  prior: number;
  /** log10 likelihood ratio (replacement vs original); undefined when no model judged it. */
  lmRatio: number | undefined;
  /** Document spin score 0..1. */
  docSpin: number;
  /** A `when` guard was met. */
  guardMet: boolean;
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
  if (e.guardMet) z += w.guard;
  if (e.lmRatio !== undefined) {
    const r = Math.max(-w.lmClip, Math.min(w.lmClip, e.lmRatio));
    z += w.lm * r;
    reasons.push(`lm:${sign(e.lmRatio)}`);
  }
  // Spin evidence is centred on 0.5: a clean-looking document lowers confidence in ambiguous repairs.
  z += w.docSpin * (e.docSpin - 0.5);
  reasons.push(`doc-spin:${e.docSpin.toFixed(2)}`);
  const value = 1 / (1 + Math.exp(-z));
  return { value: Math.round(value * 1000) / 1000, reasons };
}
