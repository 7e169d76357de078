import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

import { parseLanguageModel } from '../../src/score/lm.js';
import { scoreWindowRatio } from '../../src/score/lm-core.js';
import { createLookupMemo, createNgramTable, hashIds, lookupQuantised, type NgramTable } from '../../src/score/lm-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modelPath = path.join(repoRoot, 'dictionaries/_lm.bin');

/** A one-bucket table of the given hashes (sorted by fingerprint), quantised value = position + 1. */
function tinyTable(hashes: number[]): NgramTable {
  const sorted = [...hashes].sort((a, b) => (a & 0xffff) - (b & 0xffff));
  const bytes = new ArrayBuffer(8 + sorted.length * 3 + 8);
  new Uint32Array(bytes, 0, 2).set([0, sorted.length]);
  new Uint16Array(bytes, 8, sorted.length).set(sorted.map((h) => h & 0xffff));
  new Uint8Array(bytes, 8 + sorted.length * 2, sorted.length).set(sorted.map((_, i) => i + 1));
  const table = createNgramTable(bytes, { offsets: 0, fingerprints: 8, quantised: 8 + sorted.length * 2 }, sorted.length, 0, 10);
  if (typeof table === 'string') throw new Error(table);
  return table;
}

describe('look-up memo', () => {
  const table = tinyTable([hashIds(1, 2, -1), hashIds(2, 3, -1), hashIds(3, 4, -1)]);
  const memo = createLookupMemo(table, 12);

  test.each`
    a    | b    | note
    ${1} | ${2} | ${'present'}
    ${2} | ${3} | ${'present'}
    ${1} | ${2} | ${'present, asked again'}
    ${5} | ${6} | ${'absent'}
    ${5} | ${6} | ${'absent, asked again'}
    ${0} | ${0} | ${'absent'}
  `('($a, $b) $note: same as the bucket search', ({ a, b }) => {
    const h = hashIds(a, b, -1);
    expect(memo(h)).toBe(lookupQuantised(table, h));
  });

  test('hashes that share a memo slot do not mix', () => {
    const hashes = [0x1000_0005, 0x2000_0005, 0x3000_0005];
    const shared = tinyTable(hashes.slice(0, 2));
    const sharedMemo = createLookupMemo(shared, 4);
    for (const h of [...hashes, ...hashes.reverse()]) expect([h, sharedMemo(h)]).toEqual([h, lookupQuantised(shared, h)]);
  });

  test('dequantised counts and logs by quantised value', () => {
    expect(table.counts[0]).toBe(1);
    expect(table.counts[23]).toBe(Math.round(Math.exp(2.3)));
    expect(table.log10[23]).toBeCloseTo(2.3 / Math.LN10, 12);
  });
});

describe.skipIf(!existsSync(modelPath))('scoreWindowRatio on the shipped model', () => {
  const lm = parseLanguageModel(readFileSync(modelPath));
  const ids = (keys: string): number[] => keys.split(' ').filter((k) => k !== '').map((k) => lm.idOf(k));

  test.each`
    before            | asWritten       | middle         | after
    ${'<s> kết'}      | ${'quả'}        | ${'quả'}       | ${'đánh giá'}
    ${'kết quả'}      | ${'tiến công'}  | ${'đánh'}      | ${'giá cao'}
    ${'ban hành'}     | ${'văn phiên'}  | ${'văn'}       | ${'bản </s>'}
    ${'toàn tỉnh'}    | ${'sở hữu'}     | ${'có'}        | ${'tổng số'}
    ${'<s>'}          | ${'sở hữu'}     | ${'xyzzy có'}  | ${'</s>'}
    ${''}             | ${'có'}         | ${'sở hữu'}    | ${'</s>'}
  `('$before [$asWritten → $middle] $after: exact, or -Infinity only below the floor', ({ before, asWritten, middle, after }) => {
    const base = lm.scoreWindowIds(ids(before), ids(asWritten), ids(after));
    const adjust = 2 * Math.min(0, ids(middle).length - ids(asWritten).length);
    const exact = lm.scoreWindowIds(ids(before), ids(middle), ids(after)) - base + adjust;
    for (const floor of [-Infinity, -20, -2, 0, 2, exact, exact + 1e-9, 20]) {
      const ratio = scoreWindowRatio(lm, ids(before), ids(middle), ids(after), base, adjust, floor);
      if (ratio === -Infinity) expect(exact).toBeLessThan(floor);
      else expect(ratio).toBe(exact);
    }
  });
});
