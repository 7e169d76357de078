// Sort-and-count n-gram counter. N-grams arrive as packed numbers (see packBigram/packTrigram); they are buffered in a
// Float64Array, sorted and run-length counted when the buffer fills, and merged into one sorted (key, count) table.
// This avoids JS Maps, which hold at most ~16.7 M entries and cost ~60 bytes each; the trigrams of the training corpora
// have tens of millions of distinct keys.

/** Ids take at most ID_BITS bits, so three of them fit exactly in a double (3 * 17 = 51 <= 53). */
export const ID_BITS = 17;
export const ID_LIMIT = 2 ** ID_BITS;

export function packBigram(a, b) {
  return a * ID_LIMIT + b;
}

export function packTrigram(a, b, c) {
  return (a * ID_LIMIT + b) * ID_LIMIT + c;
}

export function unpackBigram(key) {
  const b = key % ID_LIMIT;
  return [(key - b) / ID_LIMIT, b];
}

export function unpackTrigram(key) {
  const c = key % ID_LIMIT;
  const rest = (key - c) / ID_LIMIT;
  const b = rest % ID_LIMIT;
  return [(rest - b) / ID_LIMIT, b, c];
}

export class NgramCounter {
  /** @param {number} chunkSize keys buffered before a sort (memory: 8 bytes each) */
  constructor(chunkSize = 1 << 24) {
    this.buffer = new Float64Array(chunkSize);
    this.fill = 0;
    this.keys = new Float64Array(0);
    this.counts = new Uint32Array(0);
    this.total = 0;
  }

  add(key) {
    this.buffer[this.fill++] = key;
    if (this.fill === this.buffer.length) this.flush();
  }

  flush() {
    if (this.fill === 0) return;
    const chunk = this.buffer.subarray(0, this.fill).sort();
    this.total += this.fill;
    // Run-length count the sorted chunk in place.
    const runKeys = new Float64Array(countRuns(chunk));
    const runCounts = new Uint32Array(runKeys.length);
    let r = -1;
    let last = Number.NaN;
    for (let i = 0; i < chunk.length; i++) {
      const k = chunk[i];
      if (k !== last) {
        r++;
        runKeys[r] = k;
        last = k;
      }
      runCounts[r]++;
    }
    this.mergeRuns(runKeys, runCounts);
    this.fill = 0;
  }

  mergeRuns(bKeys, bCounts) {
    const aKeys = this.keys;
    const aCounts = this.counts;
    const outKeys = new Float64Array(aKeys.length + bKeys.length);
    const outCounts = new Uint32Array(outKeys.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < aKeys.length && j < bKeys.length) {
      const x = aKeys[i];
      const y = bKeys[j];
      if (x < y) {
        outKeys[o] = x;
        outCounts[o++] = aCounts[i++];
      } else if (y < x) {
        outKeys[o] = y;
        outCounts[o++] = bCounts[j++];
      } else {
        outKeys[o] = x;
        outCounts[o++] = aCounts[i++] + bCounts[j++];
      }
    }
    while (i < aKeys.length) {
      outKeys[o] = aKeys[i];
      outCounts[o++] = aCounts[i++];
    }
    while (j < bKeys.length) {
      outKeys[o] = bKeys[j];
      outCounts[o++] = bCounts[j++];
    }
    this.keys = outKeys.slice(0, o);
    this.counts = outCounts.slice(0, o);
  }

  /** Flush and return the sorted distinct keys with their counts. */
  finish() {
    this.flush();
    return { keys: this.keys, counts: this.counts };
  }
}

function countRuns(sorted) {
  let runs = 0;
  let last = Number.NaN;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] !== last) {
      runs++;
      last = sorted[i];
    }
  }
  return runs;
}

/** Keep entries with count >= min; returns new arrays. */
export function pruneTable(table, min) {
  let n = 0;
  for (let i = 0; i < table.counts.length; i++) if (table.counts[i] >= min) n++;
  const keys = new Float64Array(n);
  const counts = new Uint32Array(n);
  let o = 0;
  for (let i = 0; i < table.counts.length; i++) {
    if (table.counts[i] >= min) {
      keys[o] = table.keys[i];
      counts[o++] = table.counts[i];
    }
  }
  return { keys, counts };
}
