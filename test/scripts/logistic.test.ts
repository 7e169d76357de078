import { expect, test } from 'vitest';
import { fitLogistic } from '../../scripts/lib/logistic.mjs';

/** Seeded data from a known logistic model: the fit must find its weights again. */
function sample(n: number, w: readonly number[]): { X: number[][]; y: number[] } {
  let seed = 11;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [1, rnd() * 4 - 2, rnd() * 2];
    const z = row.reduce((s, v, k) => s + v * (w[k] as number), 0);
    X.push(row);
    y.push(rnd() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  return { X, y };
}

test('recovers the weights of the model that made the data', () => {
  const { X, y } = sample(20000, [-0.5, 2, -1]);
  const { w } = fitLogistic(X, y, { l2: 0 });
  expect(w[0]).toBeCloseTo(-0.5, 0);
  expect(w[1]).toBeCloseTo(2, 0);
  expect(w[2]).toBeCloseTo(-1, 0);
});

test('a fixed weight stays as given (an offset) and the others adapt', () => {
  const { X, y } = sample(5000, [-0.5, 2, -1]);
  const { w } = fitLogistic(X, y, { fixed: { 1: 1 } });
  expect(w[1]).toBe(1);
  expect(w[2]).toBeLessThan(0);
});

test('separable data does not blow up: the L2 penalty keeps weights finite', () => {
  const X = [[1, -2], [1, -1], [1, 1], [1, 2]];
  const { w, logLoss } = fitLogistic(X, [0, 0, 1, 1]);
  expect(Number.isFinite(w[1])).toBe(true);
  expect(w[1]).toBeGreaterThan(0);
  expect(logLoss).toBeLessThan(0.2);
});

test('row weights count a row as that many copies', () => {
  const X = [[1, 0], [1, 1], [1, 2], [1, 3], [1, 1]];
  const y = [0, 0, 1, 1, 1];
  const weighted = fitLogistic(X.slice(0, 4), y.slice(0, 4), { weights: [1, 3, 1, 1] }).w;
  const copied = fitLogistic([...X.slice(0, 4), [1, 1], [1, 1]], [0, 0, 1, 1, 0, 0]).w;
  expect(weighted[0]).toBeCloseTo(copied[0] as number, 6);
  expect(weighted[1]).toBeCloseTo(copied[1] as number, 6);
});
