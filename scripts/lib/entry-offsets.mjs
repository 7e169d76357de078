/**
 * Per-entry corrections of the curated confidence model: an entry whose candidates are right more (or less) often
 * than the shared model predicts gets an offset to its log-odds, fitted on that entry's own samples and shrunk
 * toward 0 (a penalty worth `l2` samples of evidence), so a handful of samples moves it little. This is how a
 * hand-set prior gives way to evidence where there is evidence ("tới" → "đến" is right far less often than its
 * prior says; "sở hữu" → "có" about as often).
 *
 * @example
 *   import { fitEntryOffsets } from './lib/entry-offsets.mjs';
 *   const samples = Array.from({ length: 40 }, (_, i) => ({ key: 'a', z: 0, y: i < 8 ? 1 : 0 }));
 *   fitEntryOffsets(samples).get('a').offset < 0 //=> true (right 20% of the time, predicted 50%)
 */

/**
 * @param {{ key: string, z: number, y: number, weight?: number }[]} samples z: the shared model's log-odds
 * @param {{ minSamples?: number, l2?: number, iterations?: number }} [options]
 * @returns {Map<string, { offset: number, samples: number, positives: number }>} keys with at least minSamples
 */
export function fitEntryOffsets(samples, options = {}) {
  const minSamples = options.minSamples ?? 10;
  const l2 = options.l2 ?? 5;
  const iterations = options.iterations ?? 25;
  const byKey = new Map();
  for (const s of samples) {
    const list = byKey.get(s.key) ?? [];
    list.push(s);
    byKey.set(s.key, list);
  }
  const out = new Map();
  for (const [key, list] of byKey) {
    if (list.length < minSamples) continue;
    // Newton's method on one parameter: minimise sum w·logloss(y, z + d) + l2/2 · d².
    let d = 0;
    for (let it = 0; it < iterations; it++) {
      let gradient = l2 * d;
      let hessian = l2;
      for (const s of list) {
        const w = s.weight ?? 1;
        const p = 1 / (1 + Math.exp(-(s.z + d)));
        gradient += w * (p - s.y);
        hessian += w * p * (1 - p);
      }
      const step = gradient / hessian;
      d -= step;
      if (Math.abs(step) < 1e-9) break;
    }
    out.set(key, { offset: d, samples: list.length, positives: list.reduce((a, s) => a + s.y, 0) });
  }
  return out;
}

/**
 * A logistic fit with per-entry offsets: fit the shared weights, fit each key's offset against them
 * ({@link fitEntryOffsets}), then fit the shared weights again beside the offsets (a last column held at weight 1),
 * `rounds` times.
 * @param {{ key: string | undefined, y: number, weight?: number }[]} samples key undefined: no offset of its own
 * @param {(sample: object) => number[]} rowOf the shared features of a sample, column 0 = 1
 * @param {(X: number[][], y: number[], options: object) => { w: number[], logLoss: number }} fit fitLogistic
 * @param {{ fixed?: Record<number, number>, rounds?: number, minSamples?: number, l2?: number }} [options]
 * @returns {{ w: number[], logLoss: number, offsets: Map<string, { offset: number, samples: number, positives: number }> }}
 */
export function fitWithEntryOffsets(samples, rowOf, fit, options = {}) {
  const base = samples.map(rowOf);
  const column = base[0]?.length ?? 1;
  const weights = samples.map((s) => s.weight ?? 1);
  const y = samples.map((s) => s.y);
  const fixed = { ...(options.fixed ?? {}), [column]: 1 };
  let offsets = new Map();
  const rows = () => base.map((row, i) => [...row, offsets.get(samples[i].key)?.offset ?? 0]);
  let { w, logLoss } = fit(rows(), y, { fixed, weights });
  for (let round = 0; round < (options.rounds ?? 2); round++) {
    const z = base.map((row) => row.reduce((a, v, k) => a + v * (w[k] ?? 0), 0));
    const keyed = samples.map((s, i) => ({ key: s.key, z: z[i], y: s.y, weight: s.weight })).filter((s) => s.key !== undefined);
    offsets = fitEntryOffsets(keyed, options);
    ({ w, logLoss } = fit(rows(), y, { fixed, weights }));
  }
  return { w, logLoss, offsets };
}
