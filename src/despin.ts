/**
 * The public repair API: `despin` for one text, `createRewriter` to compile once and reuse (and stream).
 * @module
 */
import type { Transform } from 'node:stream';
import { loadBuiltinDictionaries, loadSpinGroups } from './dictionary/load.js';
import { resolveOptions } from './despin-options.js';
import { assertString } from './errors.js';
import { createRewriteStream } from './rewrite-stream.js';
import { runEngine, type EngineConfig } from './rules/engine.js';
import { buildRuleIndex } from './rules/rule-index.js';
import { getDefaultLanguageModel } from './score/lm-file.js';
import type { DespinOptions, DespinResult } from './types.js';

/** A compiled, reusable repairer. */
export interface Rewriter {
  /** Repair one text (see {@link despin}). */
  despin(text: string): DespinResult;
  /**
   * A Node Transform: write text (strings or UTF-8 Buffers), read the repaired text. It cuts the input at line
   * breaks, so memory stays flat on any input size.
   */
  stream(): Transform;
}

/** @internal */
export function buildConfig(options: unknown): EngineConfig {
  const o = resolveOptions(options);
  const dictionaries = [...(o.defaultDictionaries ? loadBuiltinDictionaries() : []), ...o.dictionaries];
  // Spinner-group candidates need the model to decide them, so they come only with both.
  const groups = o.defaultDictionaries && o.languageModel ? loadSpinGroups() : null;
  return {
    index: buildRuleIndex(dictionaries, groups),
    minConfidence: o.minConfidence,
    suggestConfidence: o.suggestConfidence,
    tone: o.tone,
    normalize: o.normalize,
    model: o.languageModel ? getDefaultLanguageModel : null,
    artifacts: true,
    applyAll: false,
  };
}

/**
 * Create a rewriter: options are checked and dictionaries compiled into one trie once, then reused.
 * @param options - See {@link DespinOptions}.
 * @returns A {@link Rewriter}.
 * @throws {TypeError} For a wrong option.
 * @example
 * const rewriter = createRewriter({ minConfidence: 0.9 });
 * rewriter.despin('Kết quả tiến công giá cao.').text //=> 'Kết quả đánh giá cao.'
 */
export function createRewriter(options?: DespinOptions): Rewriter {
  const config = buildConfig(options);
  const run = (text: string): DespinResult => {
    assertString(text, 'text');
    return runEngine(text, config);
  };
  return { despin: run, stream: () => createRewriteStream((chunk) => run(chunk).text) };
}

let defaultRewriter: Rewriter | undefined;

/** The last few configurations built by `despin(text, options)`, so repeated calls with equal options reuse them. */
const recentConfigs: { key: string; dictionaries: readonly unknown[]; config: EngineConfig }[] = [];
const RECENT_CONFIGS = 8;

function configFor(options: DespinOptions): EngineConfig {
  const { dictionaries = [], ...rest } = options;
  const key = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
  const dicts = Array.isArray(dictionaries) ? dictionaries : [dictionaries];
  const hit = recentConfigs.find((c) => c.key === key && c.dictionaries.length === dicts.length && c.dictionaries.every((d, i) => d === dicts[i]));
  if (hit !== undefined) return hit.config;
  const config = buildConfig(options);
  recentConfigs.unshift({ key, dictionaries: [...dicts], config });
  recentConfigs.length = Math.min(recentConfigs.length, RECENT_CONFIGS);
  return config;
}

/**
 * Repair machine-spun Vietnamese: normalise, match the dictionaries, score each candidate, apply the confident
 * ones and report the rest as suggestions.
 * @param text - Any string (odd text never throws).
 * @param options - See {@link DespinOptions}; defaults: `minConfidence` 0.8, `suggestConfidence` 0.5, `tone` 'keep'.
 * @returns The repaired text, the applied edits and the suggestions (offsets in `text`), and the spin score.
 * @throws {TypeError} When `text` is not a string or an option is wrong.
 * @example
 * despin('Kết quả tiến công giá cao.').text //=> 'Kết quả đánh giá cao.'
 */
export function despin(text: string, options?: DespinOptions): DespinResult {
  assertString(text, 'text');
  if (options === undefined) {
    defaultRewriter ??= createRewriter();
    return defaultRewriter.despin(text);
  }
  // Checked and compiled once per distinct options (the dictionaries compared by identity), as createRewriter does.
  return runEngine(text, options !== null && typeof options === 'object' && !Array.isArray(options) ? configFor(options) : buildConfig(options));
}
