/**
 * A proposal's confidence and reasons: debris by its prior (raised in a spun document), spinner-group candidates by
 * their own model, curated entries by theirs (src/score/confidence.ts).
 * @module
 */
import { DEFAULT_GROUP_WEIGHTS, DEFAULT_WEIGHTS, scoreConfidence, scoreGroupConfidence } from '../score/confidence.js';
import type { LanguageModel } from '../score/lm.js';
import type { EngineConfig } from './engine-config.js';
import { modelRatio } from './group-candidates.js';
import type { Proposal } from './proposal.js';

/** Confidence that spin-boosted debris repairs reach in a fully spun document. */
const SPIN_BOOST_CEILING = 0.95;

/**
 * Set `p.confidence` and `p.scoredReasons`; `docSpin` is the density part of the spin score (the `doc-spin` feature).
 * @internal
 */
export function scoreProposal(p: Proposal, model: LanguageModel | null, cfg: EngineConfig, docSpin: number, hitRate = 0): void {
  if (cfg.applyAll) {
    p.confidence = 1;
    p.scoredReasons = [...p.reasons, 'example'];
    return;
  }
  if (p.category === 'artifact') {
    const boosted = p.spinBoost === true ? p.prior + (SPIN_BOOST_CEILING - p.prior) * docSpin : p.prior;
    p.confidence = Math.round(boosted * 1000) / 1000;
    p.scoredReasons = [`prior:${p.prior.toFixed(2)}`, ...(p.spinBoost === true ? [`doc-spin:${docSpin.toFixed(2)}`] : []), ...p.reasons];
    return;
  }
  if (p.fromGroups === true && p.lmRatio !== undefined && p.alternatives !== undefined) {
    const scored = scoreGroupConfidence(
      {
        lmRatio: p.lmRatio,
        alternatives: p.alternatives,
        docSpin,
        hitRate,
        rareEdge: p.rareEdge === true,
        lengthChange: p.lengthChange ?? 0,
        family: p.family === true,
        offset: p.offset ?? 0,
      },
      cfg.groupWeights ?? DEFAULT_GROUP_WEIGHTS,
    );
    p.confidence = scored.value;
    p.scoredReasons = [...scored.reasons, ...p.reasons, 'source:spin-groups'];
    return;
  }
  const w = p.lm;
  const lmRatio = p.lmRatio ?? (w !== undefined && model !== null ? modelRatio(model, w) : undefined);
  const scored = scoreConfidence(
    {
      prior: p.prior,
      lmRatio,
      docSpin,
      guardMet: p.reasons.some((r) => r.startsWith('guard:when')),
      family: p.family === true,
      lengthChange: w === undefined || lmRatio === undefined ? 0 : w.replacement.length - w.original.length,
      offset: p.offset ?? 0,
    },
    cfg.weights ?? DEFAULT_WEIGHTS,
  );
  p.confidence = scored.value;
  p.scoredReasons = [...scored.reasons, ...p.reasons, ...(p.fromGroups === true ? ['source:spin-groups'] : [])];
}
