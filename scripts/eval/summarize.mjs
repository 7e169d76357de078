/**
 * Tables derived from scored sets: the reliability (calibration) table and the most frequent missed and
 * wrong repairs.
 *
 * @example
 *   buildReliability([{ edit: { confidence: 0.97 }, right: true, applied: true }])
 *   //=> [{ band: '0.95–1.00', lo: 0.95, hi: 1.0001, edits: 1, right: 1, applied: 1, harmful: 0, swaps: 0, rate: 1 }]  (bands with edits only)
 */

/** Confidence bands of the reliability table, low edge inclusive. */
export const CONFIDENCE_BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

/**
 * Per confidence band: how many edits (applied or suggested), how many right (delta > 0: the edit alone brings
 * the text closer to the gold), how many harmful (delta < 0), how many swaps between accepted wordings.
 * @param {{ edit: { confidence: number }, right: boolean, applied: boolean, delta?: number, swap?: boolean }[]} judged
 * @returns {{ band: string, lo: number, hi: number, edits: number, right: number, applied: number, harmful: number, swaps: number, rate: number }[]}
 */
export function buildReliability(judged) {
  const rows = [];
  for (let b = 0; b + 1 < CONFIDENCE_BANDS.length; b++) {
    const lo = CONFIDENCE_BANDS[b];
    const hi = CONFIDENCE_BANDS[b + 1];
    const inBand = judged.filter((j) => j.edit.confidence >= lo && j.edit.confidence < hi);
    if (inBand.length === 0) continue;
    const right = inBand.filter((j) => j.right).length;
    rows.push({
      band: `${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)}`,
      lo,
      hi,
      edits: inBand.length,
      right,
      applied: inBand.filter((j) => j.applied).length,
      harmful: inBand.filter((j) => j.delta < 0).length,
      swaps: inBand.filter((j) => j.swap).length,
      rate: right / inBand.length,
    });
  }
  return rows;
}

/**
 * Group items by a key, most frequent first, keeping the first example of each.
 * @template T
 * @param {T[]} items
 * @param {(item: T) => string} keyOf
 * @param {number} limit
 * @returns {{ key: string, count: number, example: T }[]}
 */
export function countBy(items, keyOf, limit) {
  const map = new Map();
  for (const item of items) {
    const key = keyOf(item);
    const row = map.get(key);
    if (row === undefined) map.set(key, { key, count: 1, example: item });
    else row.count++;
  }
  return [...map.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
}

/**
 * The most frequent missed repairs: gold edits the system did not make, grouped by `original → replacement`.
 * @param {{ original: string, replacement: string, shown?: { original: string, replacement: string }, context: string, doc: string }[]} missed
 * @param {number} [limit]
 * @returns {{ key: string, count: number, example: object }[]}
 */
export function topMissed(missed, limit = 20) {
  const keyOf = (m) => {
    const { original, replacement } = m.shown ?? m;
    // Lowercase to group "Sở hữu"/"sở hữu", unless case is the whole difference ("khách" → "Khách").
    return original.toLowerCase() === replacement.toLowerCase() ? `${original} → ${replacement}` : `${original.toLowerCase()} → ${replacement.toLowerCase()}`;
  };
  return countBy(missed, keyOf, limit);
}

/**
 * The rules whose applied edits on gold data did not move the text toward the gold; `harmful` counts those
 * that moved it away (the rest changed nothing measurable, e.g. one wrong word for another).
 * @param {{ edit: { ruleId: string } }[]} wrong
 * @param {number} [limit]
 * @returns {{ key: string, count: number, harmful: number, example: object }[]}
 */
export function topWrong(wrong, limit = 15) {
  const keyOf = (w) => w.edit.ruleId ?? '(no ruleId)';
  return countBy(wrong, keyOf, limit).map((row) => ({
    ...row,
    harmful: wrong.filter((w) => keyOf(w) === row.key && w.delta < 0).length,
  }));
}
