import { expect, test } from 'vitest';
import * as lib from '../src/index.js';

test('public API keys', () => {
  expect(Object.keys(lib).sort()).toMatchInlineSnapshot(`
    [
      "DESPIN_DEFAULTS",
      "DICTIONARY_FORMAT",
      "DICTIONARY_VERSION",
      "DictionaryError",
      "VietnormError",
      "applyEdits",
      "compileDictionary",
      "createNormalizer",
      "createPool",
      "createRewriter",
      "decodeLegacy",
      "despin",
      "detectLegacy",
      "getDefaultLanguageModel",
      "isDebrisLine",
      "isSyllable",
      "isVietnormError",
      "loadCompiledDictionary",
      "normalize",
      "normalizeWithEdits",
      "parseLanguageModel",
      "placeTone",
      "scoreReplacement",
      "serializeDictionary",
      "stripBoilerplate",
      "syllableKey",
      "tokenize",
    ]
  `);
});
