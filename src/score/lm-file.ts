/**
 * The one place that reads the shipped language model (`dictionaries/_lm.bin`) from disk: lazily, on first use,
 * once per process.
 * @module
 */
import { readFileSync } from 'node:fs';

import { VietnormError } from '../errors.js';
import { type LanguageModel, parseLanguageModel } from './lm.js';

/**
 * Where the model may be, relative to this module: `dist/index.js` (bundled) sits one level below the package root,
 * `src/score/lm-file.ts` (run from sources by vitest) two levels.
 */
const CANDIDATES = ['../dictionaries/_lm.bin', '../../dictionaries/_lm.bin'];

let cached: LanguageModel | null | undefined;

/**
 * The built-in syllable trigram model, read and parsed on the first call and cached (about 5 MB, under 200 ms).
 * @returns The model, or `null` when the package was installed without `dictionaries/_lm.bin`.
 * @throws VietnormError `E_DICT_VERSION` or `E_DICT_PARSE` when the file exists but is not a model this version
 * can read (a packaging error, so it is reported rather than hidden).
 * @example
 * const lm = getDefaultLanguageModel();
 * lm?.count(['đánh', 'giá']) //=> 27016
 */
export function getDefaultLanguageModel(): LanguageModel | null {
  if (cached !== undefined) return cached;
  let bytes: Uint8Array | undefined;
  for (const candidate of CANDIDATES) {
    try {
      bytes = readFileSync(new URL(candidate, import.meta.url));
      break;
    } catch {
      // Not at this location: try the next one.
    }
  }
  if (bytes === undefined) {
    cached = null;
    return cached;
  }
  try {
    cached = parseLanguageModel(bytes);
  } catch (error) {
    if (error instanceof VietnormError) {
      throw new VietnormError(error.code, `${error.message} (dictionaries/_lm.bin)`, { file: 'dictionaries/_lm.bin' }, { cause: error });
    }
    throw error;
  }
  return cached;
}
