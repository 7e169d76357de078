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
