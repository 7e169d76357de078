import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createNormalizer, normalize, normalizeWithEdits } from '../../src/normalize.js';
import { isSyllable } from '../../src/syllable.js';
import { decodeCp1252Utf8 } from '../../src/unicode/legacy/cp1252-utf8.js';
import { decodeLegacy, detectLegacy } from '../../src/unicode/legacy/detect.js';
import { decodeTcvn3 } from '../../src/unicode/legacy/tcvn3.js';
import { decodeVni } from '../../src/unicode/legacy/vni.js';
import { fixLookalikes } from '../../src/unicode/lookalike.js';
import { stripInvisible, toNfc } from '../../src/unicode/nfc.js';
import { placeTone, repairTone, syllableKey } from '../../src/unicode/tone.js';

// Every one-line `call(...) //=> result` in the TSDoc of these files is run, so the docs cannot drift.
const FILES = [
  'normalize.ts', 'syllable.ts', 'unicode/tone.ts', 'unicode/nfc.ts', 'unicode/lookalike.ts',
  'unicode/legacy/detect.ts', 'unicode/legacy/tcvn3.ts', 'unicode/legacy/vni.ts', 'unicode/legacy/cp1252-utf8.ts',
];
const API = {
  normalize, normalizeWithEdits, isSyllable, decodeCp1252Utf8, decodeLegacy, detectLegacy, decodeTcvn3, decodeVni,
  fixLookalikes, stripInvisible, toNfc, placeTone, repairTone, syllableKey, toOld: createNormalizer({ tone: 'old' }),
};
const srcDir = path.resolve(import.meta.dirname, '../../src');
const examples: [string, string, string][] = [];
for (const file of FILES) {
  for (const line of readFileSync(path.join(srcDir, file), 'utf8').split('\n')) {
    const m = /^\s*\* (\w+\(.*\)) \/\/=> (\S.*?)(?: \(.*\))?$/.exec(line);
    if (m !== null) examples.push([file, m[1] as string, m[2] as string]);
  }
}

describe('TSDoc examples', () => {
  test('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  test.each(examples)('%s: %s //=> %s', (_file, call, result) => {
    const run = new Function(...Object.keys(API), `return [${call}, ${result}];`) as (...fns: unknown[]) => unknown[];
    const [actual, expected] = run(...Object.values(API));
    expect(actual).toEqual(expected);
  });
});
