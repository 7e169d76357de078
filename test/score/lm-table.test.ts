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

describe('presence filter', () => {
  /** A table with 2^`bits` buckets holding `hashes`; quantised value 7 for all. */
  function bucketTable(hashes: number[], bits: number): NgramTable {
    const bucketOf = (h: number): number => (bits === 0 ? 0 : h >>> (32 - bits));
    const sorted = [...hashes].sort((a, b) => bucketOf(a) - bucketOf(b) || (a & 0xffff) - (b & 0xffff));
    const n = sorted.length;
    const offsetsLength = 2 ** bits + 1;
    const bytes = new ArrayBuffer(offsetsLength * 4 + n * 3 + 8);
    const offsets = new Uint32Array(bytes, 0, offsetsLength);
    for (const h of sorted) offsets[bucketOf(h) + 1] = (offsets[bucketOf(h) + 1] as number) + 1;
    for (let b = 1; b < offsetsLength; b++) offsets[b] = (offsets[b] as number) + (offsets[b - 1] as number);
    new Uint16Array(bytes, offsetsLength * 4, n).set(sorted.map((h) => h & 0xffff));
    new Uint8Array(bytes, offsetsLength * 4 + n * 2, n).fill(7);
    const table = createNgramTable(bytes, { offsets: 0, fingerprints: offsetsLength * 4, quantised: offsetsLength * 4 + n * 2 }, n, bits, 10);
    if (typeof table === 'string') throw new Error(table);
    return table;
  }
  const hashes = [0x0000_0001, 0x1234_5678, 0x8000_0000, 0xffff_ffff, 0x9abc_def0];
  const probes = [...hashes, 0x0000_0002, 0x1234_5679, 0x7fff_ffff, 0x8000_0001, 0xffff_fffe, 0x1235_5678, 0x5555_5555];

  test.each`
    bucketBits | filterBits
    ${16}      | ${22}
    ${16}      | ${8}
    ${8}       | ${22}
    ${8}       | ${4}
    ${0}       | ${22}
  `('$bucketBits bucket bits, $filterBits filter bits: a filtered look-up gives what the bucket search gives', ({ bucketBits, filterBits }) => {
    const table = bucketTable(hashes, bucketBits);
    const lookup = createLookupMemo(table, 4, filterBits, 0);
    for (const h of probes) expect([h, lookup(h)]).toEqual([h, lookupQuantised(table, h)]);
    for (const h of hashes) expect(lookup(h)).toBe(7);
  });

  test('16 bucket bits, 5,000 random entries: the filtered look-up agrees on 20,000 random hashes and every entry', () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
      return (seed ^ (seed >>> 13)) >>> 0;
    };
    const entries = [...new Set(Array.from({ length: 5000 }, random))];
    const table = bucketTable(entries, 16);
    const lookup = createLookupMemo(table, 6, 22, 0);
    for (let i = 0; i < 20_000; i++) {
      const h = random();
      expect(lookup(h)).toBe(lookupQuantised(table, h));
    }
    for (const h of entries) expect(lookup(h)).toBe(7);
  });

  test('the filter comes in after `filterAfter` memo misses, with the same answers before and after', () => {
    const table = bucketTable(hashes, 16);
    const lookup = createLookupMemo(table, 2, 22, 3);
    for (let round = 0; round < 3; round++) for (const h of probes) expect([round, h, lookup(h)]).toEqual([round, h, lookupQuantised(table, h)]);
  });
});
