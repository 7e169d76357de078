import { expect, test } from 'vitest';
import { fitEntryOffsets } from '../../scripts/lib/entry-offsets.mjs';

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
