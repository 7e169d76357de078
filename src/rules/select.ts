/**
 * Choose the best non-overlapping set of proposals: weighted interval scheduling by dynamic programming over
 * character spans. Weight = confidence × words covered; ties go to the longer proposal, then dictionary order,
 * so the result never depends on the order candidates were found in.
 * @module
 */
import type { Proposal } from './proposal.js';

function value(p: Proposal): number {
  // The small terms only break exact ties: longer spans first, then earlier dictionary order.
  return p.confidence * p.weight + (p.spanEnd - p.spanStart) * 1e-7 - p.order * 1e-12;
}

/** Select the best non-overlapping subset, returned sorted by start. @internal */
export function selectProposals(proposals: readonly Proposal[]): Proposal[] {
  if (proposals.length <= 1) return [...proposals];
  const byEnd = [...proposals].sort((a, b) => a.spanEnd - b.spanEnd || a.spanStart - b.spanStart || a.order - b.order);
  const n = byEnd.length;
  const best = new Float64Array(n + 1);
  const take = new Uint8Array(n + 1);
  const prevIndex = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const p = byEnd[i - 1] as Proposal;
    // Last proposal (1-based) that ends at or before p starts: binary search over ends.
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((byEnd[mid - 1] as Proposal).spanEnd <= p.spanStart) lo = mid;
      else hi = mid - 1;
    }
    prevIndex[i] = lo;
    const withIt = (best[lo] as number) + value(p);
    if (withIt > (best[i - 1] as number)) {
      best[i] = withIt;
      take[i] = 1;
    } else {
      best[i] = best[i - 1] as number;
    }
  }
  const chosen: Proposal[] = [];
  for (let i = n; i > 0; ) {
    if (take[i] === 1) {
      chosen.push(byEnd[i - 1] as Proposal);
      i = prevIndex[i] as number;
    } else i--;
  }
  return chosen.reverse().sort((a, b) => a.start - b.start || a.end - b.end);
}
