/**
 * "Does any of these spans overlap this one?" in logarithmic time: the engine asks it for every proposal of a
 * pass against the sure edits, the firm repairs and the ranges earlier passes wrote, which on spun text are
 * thousands each (a linear `some` per question made the passes quadratic).
 * @module
 */

/** A fixed set of spans, asked whether any overlaps a range. @internal */
export interface SpanIndex {
  /** True when some span has `start < hi` and `end > lo` (the same test as `s < hi && lo < e`). */
  overlaps(lo: number, hi: number): boolean;
}

/**
 * Index spans given by their start and end (any order, overlapping or not, empty spans included).
 * @param count - How many spans.
 * @param startOf - Start of span `i`.
 * @param endOf - End of span `i`.
 * @returns The index.
 * @example
 * const spans = [[0, 5], [10, 12]];
 * const index = buildSpanIndex(spans.length, (i) => spans[i][0], (i) => spans[i][1]);
 * index.overlaps(4, 6) //=> true
 * index.overlaps(5, 10) //=> false
 * @internal
 */
export function buildSpanIndex(count: number, startOf: (i: number) => number, endOf: (i: number) => number): SpanIndex {
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => startOf(a) - startOf(b));
  const starts = new Float64Array(count);
  // The largest end among the spans sorted up to here: some span starting before `hi` reaches past `lo` exactly
  // when the largest end among all those spans does.
  const maxEnds = new Float64Array(count);
  let maxEnd = -Infinity;
  for (let k = 0; k < count; k++) {
    const i = order[k] as number;
    starts[k] = startOf(i);
    maxEnd = Math.max(maxEnd, endOf(i));
    maxEnds[k] = maxEnd;
  }
  return {
    overlaps(lo, hi) {
      // How many spans start before `hi`.
      let a = 0;
      let b = count;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if ((starts[mid] as number) < hi) a = mid + 1;
        else b = mid;
      }
      return a > 0 && (maxEnds[a - 1] as number) > lo;
    },
  };
}
