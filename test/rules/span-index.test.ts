import { describe, expect, test } from 'vitest';
import { buildSpanIndex } from '../../src/rules/span-index.js';

const spans: [number, number][] = [[10, 12], [0, 5], [20, 20], [3, 30]];

function someOverlaps(list: readonly [number, number][], lo: number, hi: number): boolean {
  return list.some(([s, e]) => s < hi && lo < e);
}

describe('buildSpanIndex', () => {
  test.each([
    [4, 6, true],
    [5, 10, false],
    [12, 14, false],
    [11, 11, true],
    [-3, 0, false],
    [19, 21, true],
  ])('overlaps(%i, %i) = %s on disjoint spans', (lo, hi, expected) => {
    const disjoint = spans.slice(0, 3);
    const index = buildSpanIndex(disjoint.length, (i) => disjoint[i]![0], (i) => disjoint[i]![1]);
    expect(index.overlaps(lo, hi)).toBe(expected);
    expect(someOverlaps(disjoint, lo, hi)).toBe(expected);
  });

  test('agrees with a linear search on overlapping spans', () => {
    const index = buildSpanIndex(spans.length, (i) => spans[i]![0], (i) => spans[i]![1]);
    for (let lo = -2; lo < 34; lo++) for (let hi = lo; hi < 34; hi++) expect(index.overlaps(lo, hi)).toBe(someOverlaps(spans, lo, hi));
  });

  test('an empty index overlaps nothing', () => {
    expect(buildSpanIndex(0, () => 0, () => 0).overlaps(-1e9, 1e9)).toBe(false);
  });
});
