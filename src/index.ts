/**
 * vietnorm: repair machine-spun Vietnamese and normalise Vietnamese text.
 * @packageDocumentation
 */
export type * from './types.js';
export { VietnormError, DictionaryError, isVietnormError } from './errors.js';
export type { ErrorCode, ErrorLocation } from './errors.js';
