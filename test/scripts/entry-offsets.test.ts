import { expect, test } from 'vitest';
import { fitEntryOffsets, fitWithEntryOffsets } from '../../scripts/lib/entry-offsets.mjs';
import { fitLogistic } from '../../scripts/lib/logistic.mjs';

/** `n` samples of one entry whose shared model says p = 0.5 (z = 0), `right` of them right. */
function entry(key: string, n: number, right: number, weight?: number): { key: string; z: number; y: number; weight?: number }[] {
  return Array.from({ length: n }, (_, i) => ({ key, z: 0, y: i < right ? 1 : 0, ...(weight === undefined ? {} : { weight }) }));
}

test.each`
  right  | sign
  ${10}  | ${-1}
  ${50}  | ${0}
  ${90}  | ${1}
`('an entry right $right times in 100 where 50 were predicted gets an offset of sign $sign', ({ right, sign }: { right: number; sign: number }) => {
  const { offset } = fitEntryOffsets(entry('a', 100, right)).get('a') as { offset: number };
  expect(Math.sign(Math.round(offset * 100))).toBe(sign);
});

test('with many samples the offset approaches the log-odds gap; the penalty shrinks it', () => {
  const many = fitEntryOffsets(entry('a', 2000, 400)).get('a')?.offset as number;
  expect(many).toBeCloseTo(Math.log(0.2 / 0.8), 1);
  const strong = fitEntryOffsets(entry('a', 2000, 400), { l2: 2000 }).get('a')?.offset as number;
  expect(Math.abs(strong)).toBeLessThan(Math.abs(many) / 1.5);
});

test('entries below minSamples get no offset; each entry is fitted on its own samples', () => {
  const offsets = fitEntryOffsets([...entry('few', 9, 0), ...entry('low', 40, 4), ...entry('high', 40, 36)]);
  expect(offsets.has('few')).toBe(false);
  expect(offsets.get('low')?.offset).toBeLessThan(0);
  expect(offsets.get('high')?.offset).toBeGreaterThan(0);
  expect(offsets.get('low')).toMatchObject({ samples: 40, positives: 4 });
});

test('sample weights count as repeated samples', () => {
  const weighted = fitEntryOffsets(entry('a', 20, 4, 5)).get('a')?.offset as number;
  const repeated = fitEntryOffsets(entry('a', 100, 20)).get('a')?.offset as number;
  expect(weighted).toBeCloseTo(repeated, 6);
});

test('fitWithEntryOffsets: a key right more often than its features say gets a positive offset, the shared weight stays', () => {
  // y = 1 when x > 0 (a steep shared feature), except key "up", which is right whatever x says, 3 times in 4.
  const samples: { key: string | undefined; x: number; y: number }[] = [];
  for (let i = 0; i < 400; i++) {
    const x = ((i % 20) - 9.5) / 5;
    samples.push({ key: 'plain', x, y: x > 0 ? 1 : 0 });
    samples.push({ key: i % 2 === 0 ? 'up' : undefined, x, y: i % 4 === 3 ? 0 : 1 });
  }
  const { w, offsets } = fitWithEntryOffsets(samples, (s: { x: number }) => [1, s.x], fitLogistic);
  expect(offsets.get('up')?.offset).toBeGreaterThan(0.5);
  expect(offsets.has('undefined')).toBe(false);
  expect(w[1]).toBeGreaterThan(0);
  expect(w[2]).toBe(1);
});
