import { expect, test } from 'vitest';
import { computeAuc } from '../../scripts/eval/auc.mjs';

test.each`
  negatives          | positives       | auc
  ${[0.1, 0.2]}      | ${[0.8, 0.9]}   | ${1}
  ${[0.8, 0.9]}      | ${[0.1, 0.2]}   | ${0}
  ${[0.5]}           | ${[0.5]}        | ${0.5}
  ${[1, 2, 3]}       | ${[2, 4]}       | ${0.75}
  ${[0, 0, 1, 1]}    | ${[1, 1]}       | ${0.75}
`('AUC($negatives, $positives) = $auc', ({ negatives, positives, auc }: { negatives: number[]; positives: number[]; auc: number }) => {
  expect(computeAuc(negatives, positives)).toBeCloseTo(auc, 12);
});

test('AUC matches the pairwise definition on a seeded random case', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const neg = Array.from({ length: 60 }, () => Math.round(rnd() * 20) / 20);
  const pos = Array.from({ length: 40 }, () => Math.round((rnd() + 0.3) * 20) / 20);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  expect(computeAuc(neg, pos)).toBeCloseTo(wins / (neg.length * pos.length), 12);
});

test('AUC of an empty side is NaN', () => {
  expect(computeAuc([], [1])).toBeNaN();
});
