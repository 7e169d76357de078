/**
 * Token-level edit distance (Levenshtein over evaluation tokens: substitution, insertion, deletion cost 1)
 * between a system output and a gold lattice, with an alignment to derive gold edits.
 *
 * @example
 *   tokenDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd']) //=> 2
 */
import { compileGold } from './gold.mjs';

/**
 * Edit distance between two token arrays (common prefix and suffix trimmed first, O(n·m) on the rest).
 * @param {string[]} a
 * @param {string[]} b
 * @returns {number}
 * @example
 *   tokenDistance(['tỷ', 'trọng'], ['tỷ', 'lệ']) //=> 1
 */
export function tokenDistance(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return n + m;
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    const ai = a[start + i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (ai === b[start + j - 1] ? 0 : 1);
      row[j] = Math.min(sub, prev[j] + 1, row[j - 1] + 1);
    }
    [prev, row] = [row, prev];
  }
  return prev[m];
}

/**
 * Fill the DP rows: `rows[k][i]` = least cost of aligning output[0..i) with a gold path ending at token k.
 * @param {string[]} out
 * @param {{ tokens: string[], preds: number[][], finals: number[] }} lattice
 */
function fillRows(out, lattice) {
  const n = out.length;
  const startRow = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) startRow[i] = i;
  const rows = new Array(lattice.tokens.length);
  const rowOf = (k) => (k === -1 ? startRow : rows[k]);
  for (let k = 0; k < lattice.tokens.length; k++) {
    const t = lattice.tokens[k];
    const row = new Int32Array(n + 1).fill(0x3fffffff);
    for (const p of lattice.preds[k]) {
      const pr = rowOf(p);
      if (pr[0] + 1 < row[0]) row[0] = pr[0] + 1;
      for (let i = 1; i <= n; i++) {
        const v = Math.min(pr[i - 1] + (out[i - 1] === t ? 0 : 1), pr[i] + 1);
        if (v < row[i]) row[i] = v;
      }
    }
    for (let i = 1; i <= n; i++) if (row[i - 1] + 1 < row[i]) row[i] = row[i - 1] + 1;
    rows[k] = row;
  }
  let best = Infinity;
  let bestFinal = -1;
  for (const f of lattice.finals) {
    const v = rowOf(f)[n];
    if (v < best) {
      best = v;
      bestFinal = f;
    }
  }
  return { rowOf, best, bestFinal };
}

/**
 * Least edit distance between `out` and any path of the gold lattice.
 * @param {string[]} out system output tokens
 * @param {string | { tokens: string[], preds: number[][], finals: number[] }} gold gold text or compiled lattice
 * @returns {number}
 * @example
 *   goldDistance(['những', 'cơ', 'quan'], '{các|những} cơ quan') //=> 0
 */
export function goldDistance(out, gold) {
  const lattice = typeof gold === 'string' ? compileGold(gold) : gold;
  if (lattice.finals.length === 1 && lattice.tokens.every((_, k) => lattice.preds[k].length === 1 && lattice.preds[k][0] === k - 1)) {
    return tokenDistance(out, lattice.tokens); // no alternatives: the fast path
  }
  return fillRows(out, lattice).best;
}

/**
 * Align `out` with the closest gold path.
 * @param {string[]} out
 * @param {string | { tokens: string[], preds: number[][], finals: number[] }} gold
 * @returns {{ distance: number, ops: { op: 'eq' | 'sub' | 'ins' | 'del', out: number, gold: string | null }[] }}
 *   in text order; `out` is the output token index (for `del`: the index before which the gold token is missing);
 *   `ins` = an output token the gold does not have, `del` = a gold token missing from the output
 * @example
 *   alignToGold(['a', 'x'], 'a b').ops //=> [{ op: 'eq', out: 0, gold: 'a' }, { op: 'sub', out: 1, gold: 'b' }]
 */
export function alignToGold(out, gold) {
  const lattice = typeof gold === 'string' ? compileGold(gold) : gold;
  const { rowOf, best, bestFinal } = fillRows(out, lattice);
  const ops = [];
  let k = bestFinal;
  let i = out.length;
  while (k !== -1 || i > 0) {
    if (k === -1) {
      ops.push({ op: 'ins', out: --i, gold: null });
      continue;
    }
    const row = rowOf(k);
    const t = lattice.tokens[k];
    let moved = false;
    for (const p of lattice.preds[k]) {
      const pr = rowOf(p);
      if (i > 0 && pr[i - 1] + (out[i - 1] === t ? 0 : 1) === row[i]) {
        ops.push({ op: out[i - 1] === t ? 'eq' : 'sub', out: i - 1, gold: t });
        i--;
        k = p;
        moved = true;
        break;
      }
      if (pr[i] + 1 === row[i]) {
        ops.push({ op: 'del', out: i, gold: t });
        k = p;
        moved = true;
        break;
      }
    }
    if (!moved) ops.push({ op: 'ins', out: --i, gold: null });
  }
  ops.reverse();
  return { distance: best, ops };
}
