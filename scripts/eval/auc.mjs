/**
 * ROC AUC of a score separating negatives (clean) from positives (spun): the probability that a random
 * positive scores above a random negative, ties counting one half (Mann–Whitney U / (n·m)).
 *
 * @example
 *   computeAuc([0.1, 0.2], [0.8, 0.9]) //=> 1
 *   computeAuc([0.5], [0.5]) //=> 0.5
 */

/**
 * @param {number[]} negatives scores of clean documents
 * @param {number[]} positives scores of spun documents
 * @returns {number} AUC in 0..1 (NaN when either list is empty)
 */
export function computeAuc(negatives, positives) {
  if (negatives.length === 0 || positives.length === 0) return NaN;
  const all = [
    ...negatives.map((s) => ({ s, pos: false })),
    ...positives.map((s) => ({ s, pos: true })),
  ].sort((a, b) => a.s - b.s);
  // Average ranks over ties, then U = rank sum of positives − n(n+1)/2.
  let rankSumPos = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].s === all[i].s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k].pos) rankSumPos += avgRank;
    i = j;
  }
  const n = positives.length;
  return (rankSumPos - (n * (n + 1)) / 2) / (n * negatives.length);
}
