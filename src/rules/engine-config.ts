/**
 * The configuration of one repair run, built once by createRewriter (src/despin.ts) and read by every pass.
 * @module
 */
import type { ConfidenceWeights, GroupWeights } from '../score/confidence.js';
import type { LanguageModel } from '../score/lm.js';
import type { SpinSignals } from '../score/spin-score.js';
import type { CompiledEntry, ToneStyle } from '../types.js';
import type { RuleIndex } from './rule-index.js';

/** Everything one run needs; built once by createRewriter. @internal */
export interface EngineConfig {
  readonly index: RuleIndex;
  readonly minConfidence: number;
  readonly suggestConfidence: number;
  readonly tone: ToneStyle;
  readonly normalize: boolean;
  /** The language model, fetched on first use; null to score without one. */
  readonly model: (() => LanguageModel | null) | null;
  /** Run the built-in debris rules. */
  readonly artifacts: boolean;
  /** Dictionary examples: apply every guarded match, no statistics, no thresholds. */
  readonly applyAll: boolean;
  /**
   * With applyAll, the entry whose example runs: other entries below EXAMPLE_MIN_PRIOR are not applied in it, since
   * at run time such an entry never applies on its own (the model and the spin score decide).
   */
  readonly exampleOf?: CompiledEntry;
  readonly weights?: ConfidenceWeights;
  readonly groupWeights?: GroupWeights;
  /** Receives the spin-score signals of each document (for the fitting and evaluation scripts). */
  readonly onSignals?: (signals: SpinSignals) => void;
  /**
   * Score every spinner-group site even in a long text that looks clean from its first sites (for fitting the spin
   * model on whole texts); by default such a text is taken as clean there (see findGroupCandidates).
   */
  readonly fullSpinEvidence?: boolean;
  /** Every pass reads the whole text (by default a later pass over a clean text reads the lines that changed: for tests). */
  readonly fullPasses?: boolean;
}
