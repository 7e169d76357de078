/**
 * vietnorm: repair machine-spun Vietnamese and normalise Vietnamese text.
 * @packageDocumentation
 */
export type * from './types.js';
export { VietnormError, DictionaryError, isVietnormError } from './errors.js';
export type { ErrorCode, ErrorLocation } from './errors.js';
export { normalize, normalizeWithEdits, createNormalizer } from './normalize.js';
export { detectLegacy, decodeLegacy } from './unicode/legacy/detect.js';
export { tokenize } from './tokenize/tokenize.js';
export { isSyllable } from './syllable.js';
export { syllableKey, placeTone } from './unicode/tone.js';
export type { TonePlacement } from './unicode/tone.js';
export { despin, createRewriter } from './despin.js';
export type { Rewriter } from './despin.js';
export { DESPIN_DEFAULTS } from './despin-options.js';
export { applyEdits } from './rules/apply-edits.js';
export { compileDictionary } from './dictionary/compile.js';
export type { CompileDictionaryOptions } from './dictionary/compile.js';
export { loadCompiledDictionary, serializeDictionary, DICTIONARY_FORMAT, DICTIONARY_VERSION } from './dictionary/serialize.js';
export type { DictionaryProvenance } from './dictionary/serialize.js';
export { stripBoilerplate, isDebrisLine } from './boilerplate.js';
export type { StripBoilerplateResult } from './boilerplate.js';
export { getDefaultLanguageModel } from './score/lm-file.js';
export { scoreReplacement, parseLanguageModel } from './score/lm.js';
export type { LanguageModel } from './score/lm.js';
export { createPool } from './pool.js';
export type { PoolOptions, PoolStats, DespinPool } from './pool.js';
