/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with a small L2 penalty: exact,
 * deterministic and fast for the handful of features the fitting scripts use. Column 0 of every row must be 1
 * (the bias, not penalised).
 *
 * @example
 *   import { fitLogistic } from './lib/logistic.mjs';
 *   const { w } = fitLogistic([[1, 0], [1, 1], [1, 2], [1, 3]], [0, 0, 1, 1]);
 *   w[1] > 0 //=> true
 */

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/**
 * @param {number[][]} X rows of features, X[i][0] = 1
 * @param {number[]} y labels 0/1
 * @param {{ l2?: number, iterations?: number, fixed?: Record<number, number>, weights?: number[] }} [options] fixed: feature
 *   index → weight held at that value (an offset); weights: one per row (default 1)
 * @returns {{ w: number[], logLoss: number }}
 */
export function fitLogistic(X, y, options = {}) {
  const l2 = options.l2 ?? 1e-3;
  const fixed = options.fixed ?? {};
  const rowWeight = (i) => options.weights?.[i] ?? 1;
  const total = X.reduce((sum, _, i) => sum + rowWeight(i), 0);
  const d = X[0].length;
  const free = [...Array(d).keys()].filter((k) => !(k in fixed));
  const w = new Array(d).fill(0);
  for (const [k, v] of Object.entries(fixed)) w[Number(k)] = v;
  const z = (row) => row.reduce((s, v, k) => s + v * w[k], 0);
  for (let it = 0; it < (options.iterations ?? 50); it++) {
    const g = new Array(free.length).fill(0);
    const H = free.map(() => new Array(free.length).fill(0));
    for (let i = 0; i < X.length; i++) {
      const p = 1 / (1 + Math.exp(-z(X[i])));
      const r = (p - y[i]) * rowWeight(i);
      const s = Math.max(p * (1 - p), 1e-9) * rowWeight(i);
      free.forEach((a, ia) => {
        g[ia] += r * X[i][a];
        for (let ib = 0; ib <= ia; ib++) H[ia][ib] += s * X[i][a] * X[i][free[ib]];
      });
    }
    free.forEach((a, ia) => {
      if (a !== 0) {
        g[ia] += l2 * total * w[a];
        H[ia][ia] += l2 * total;
      }
      for (let ib = 0; ib < ia; ib++) H[ib][ia] = H[ia][ib];
    });
    const step = solve(H, g);
    let moved = 0;
    free.forEach((a, ia) => {
      w[a] -= step[ia];
      moved = Math.max(moved, Math.abs(step[ia]));
    });
    if (moved < 1e-9) break;
  }
  let logLoss = 0;
  for (let i = 0; i < X.length; i++) {
    const p = 1 / (1 + Math.exp(-z(X[i])));
    logLoss -= rowWeight(i) * (y[i] * Math.log(p + 1e-12) + (1 - y[i]) * Math.log(1 - p + 1e-12));
  }
  return { w, logLoss: logLoss / Math.max(1, total) };
}
