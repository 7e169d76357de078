/**
 * Internals for the project's own scripts (fitting weights, evaluation): built as dist/internal.js, not part of the
 * package's `exports`, no stability promise.
 * @internal
 * @module
 */
import { buildConfig } from './despin.js';
import { runEngine } from './rules/engine.js';
import type { SpinSignals } from './score/spin-score.js';
import type { DespinOptions, DespinResult } from './types.js';

export type { SpinSignals };
export { DENSITY_FEATURES, scoreSpin, spinFeatures } from './score/spin-score.js';

/**
 * despin that also reports the document's spin-score signals; with `fullSpinEvidence`, over every group site even of
 * a long text that looks clean early (as scripts/fit-spin.mjs fits the spin model). @internal
 */
export function createInspector(
  options?: DespinOptions,
  inspect: { fullSpinEvidence?: boolean } = {},
): (text: string) => DespinResult & { signals: SpinSignals | undefined } {
  let last: SpinSignals | undefined;
  const config = { ...buildConfig(options), onSignals: (s: SpinSignals) => (last = s), fullSpinEvidence: inspect.fullSpinEvidence === true };
  return (text) => {
    last = undefined;
    const result = runEngine(text, config);
    return { ...result, signals: last };
  };
}
export { buildSpinGroups, parseSpinGroups, serializeSpinGroups } from './dictionary/spin-groups.js';
export { getDefaultLanguageModel } from './score/lm-file.js';
export { scoreReplacement } from './score/lm.js';
export { modelContextAt, modelKeyAt } from './score/lm-context.js';
export { scanTokens } from './tokenize/08-scan.js';
export { buildRuleIndex, groupRule } from './rules/rule-index.js';
export { loadSpinGroups } from './dictionary/load.js';
