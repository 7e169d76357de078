/**
 * Check and complete DespinOptions: every wrong option is a TypeError naming the option and what was expected.
 * @module
 */
import { describeType } from './errors.js';
import type { DespinOptions, Dictionary, ToneStyle } from './types.js';

/** Documented defaults of {@link DespinOptions}. */
export const DESPIN_DEFAULTS: {
  readonly minConfidence: number;
  readonly suggestConfidence: number;
  readonly tone: ToneStyle;
} = { minConfidence: 0.8, suggestConfidence: 0.5, tone: 'keep' };

/** Options with every default filled in. @internal */
export interface ResolvedOptions {
  minConfidence: number;
  suggestConfidence: number;
  dictionaries: Dictionary[];
  defaultDictionaries: boolean;
  tone: ToneStyle;
  normalize: boolean;
  languageModel: boolean;
}

const KNOWN = new Set(['minConfidence', 'suggestConfidence', 'dictionaries', 'defaultDictionaries', 'tone', 'normalize', 'languageModel']);

function unitNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new TypeError(`Expected number from 0 to 1 for \`${name}\`, got \`${typeof value === 'number' ? value : describeType(value)}\``);
  }
  return value;
}

function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`Expected boolean for \`${name}\`, got \`${describeType(value)}\``);
  return value;
}

function isDictionary(value: unknown): value is Dictionary {
  const d = value as Dictionary | null;
  if (d === null || typeof d !== 'object' || typeof d.name !== 'string' || !Array.isArray(d.entries)) return false;
  // Entries as compileDictionary makes them: spun forms as lists of keys, a string replacement.
  return d.entries.every(
    (e) => e !== null && typeof e === 'object' && Array.isArray(e.from) && e.from.every((f: unknown) => Array.isArray(f)) && typeof e.to === 'string',
  );
}

/** Validate options and fill in defaults. @internal */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected object for \`options\`, got \`${describeType(options)}\``);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) throw new TypeError(`Unknown option \`${key}\` (expected one of ${[...KNOWN].join(', ')})`);
  }
  const tone = o['tone'] ?? DESPIN_DEFAULTS.tone;
  if (tone !== 'keep' && tone !== 'old' && tone !== 'new') {
    throw new TypeError(`Expected 'keep', 'old' or 'new' for \`tone\`, got \`${String(tone)}\``);
  }
  const dictionaries = o['dictionaries'] ?? [];
  if (!Array.isArray(dictionaries) || !dictionaries.every(isDictionary)) {
    throw new TypeError('Expected array of compiled dictionaries (from `compileDictionary`) for `dictionaries`');
  }
  const minConfidence = unitNumber(o['minConfidence'], 'minConfidence', DESPIN_DEFAULTS.minConfidence);
  const suggestConfidence = Math.min(
    minConfidence,
    unitNumber(o['suggestConfidence'], 'suggestConfidence', DESPIN_DEFAULTS.suggestConfidence),
  );
  return {
    minConfidence,
    suggestConfidence,
    dictionaries,
    defaultDictionaries: flag(o['defaultDictionaries'], 'defaultDictionaries', true),
    tone,
    normalize: flag(o['normalize'], 'normalize', true),
    languageModel: flag(o['languageModel'], 'languageModel', true),
  };
}
