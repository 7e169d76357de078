/**
 * The hashed n-gram tables of the binary model (layout in scripts/lm/format.mjs and dictionaries/_lm.md): how an
 * n-gram of ids hashes, how a table section is read, and how a hash is looked up. Pure; no allocation per look-up.
 * @module
 */

const SEED2 = 0x9747b28c;
const SEED3 = 0x5bd1e995;

/** One bigram or trigram table, viewed over the model's bytes. @internal */
export interface NgramTable {
  /** 32 − bucket bits: `h >>> shift` is the bucket of hash `h` (32 means a single bucket). */
  readonly shift: number;
  /** Start of each bucket in `fingerprints`, plus the end. */
  readonly offsets: Uint32Array;
  /** Low 16 bits of each hash, sorted ascending within a bucket. */
  readonly fingerprints: Uint16Array;
  /** Quantised count of each entry. */
  readonly quantised: Uint8Array;
  /** log10 of the dequantised count, by quantised value. */
  readonly log10: Float64Array;
  /** The dequantised count, by quantised value: round(exp(q / scale)). */
  readonly counts: Float64Array;
  readonly scale: number;
}

function mixId(h: number, id: number): number {
  let k = Math.imul(id, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The hash's last mixing step, as a signed 32-bit integer (see {@link hashBigram}). */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Hash of a bigram (`c < 0`) or trigram of ids. Same hash as hashNgram in scripts/lm/format.mjs: the round-trip
 * test keeps them equal.
 * @internal
 */
export function hashIds(a: number, b: number, c: number): number {
  return (c < 0 ? hashBigram(a, b) : hashTrigram(a, b, c)) >>> 0;
}

/**
 * {@link hashIds} of a bigram without the branches (the hot loops know which they hash), as a signed 32-bit
 * integer: the same 32 bits, but a value V8 passes between functions without boxing it as a heap number.
 * {@link lookupQuantised} and the memo read either form alike.
 * @internal
 */
export function hashBigram(a: number, b: number): number {
  return finish(mixId(mixId(SEED2, a), b));
}

/** {@link hashIds} of a trigram, without the branches, as a signed 32-bit integer (see {@link hashBigram}). @internal */
export function hashTrigram(a: number, b: number, c: number): number {
  return finish(mixId(mixId(mixId(SEED3, a), b), c));
}

/** Quantised count stored for hash `h` (unsigned or signed 32 bits), or -1. Binary search over the fingerprints of one bucket. @internal */
export function lookupQuantised(table: NgramTable, h: number): number {
  const bucket = table.shift === 32 ? 0 : h >>> table.shift;
  const offsets = table.offsets;
  let lo = offsets[bucket] as number;
  let hi = (offsets[bucket + 1] as number) - 1;
  const fp = h & 0xffff;
  const fps = table.fingerprints;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = fps[mid] as number;
    if (v < fp) lo = mid + 1;
    else if (v > fp) hi = mid - 1;
    else return table.quantised[mid] as number;
  }
  return -1;
}

/**
 * Build a table over sections already located in `buffer`: `n` entries, 2^`bits` buckets.
 * @returns The table, or a string saying what is inconsistent.
 * @internal
 */
export function createNgramTable(
  buffer: ArrayBufferLike,
  at: { offsets: number; fingerprints: number; quantised: number },
  n: number,
  bits: number,
  scale: number,
): NgramTable | string {
  const offsets = new Uint32Array(buffer, at.offsets, 2 ** bits + 1);
  const fingerprints = new Uint16Array(buffer, at.fingerprints, n);
  const quantised = new Uint8Array(buffer, at.quantised, n);
  if (offsets[offsets.length - 1] !== n) return 'bucket offsets do not match the entry count';
  const log10 = new Float64Array(256);
  const counts = new Float64Array(256);
  for (let q = 0; q < 256; q++) {
    log10[q] = q / scale / Math.LN10;
    counts[q] = Math.round(Math.exp(q / scale));
  }
  return { shift: 32 - bits, offsets, fingerprints, quantised, log10, counts, scale };
}


/** Memo misses after which the presence filter is built: a process that scores one sentence never pays for it. */
const FILTER_AFTER = 1 << 15;

/**
 * A look-up of `table` through a small direct-mapped memo of recent hashes: same results as
 * {@link lookupQuantised}. Scoring a window asks for the same bigrams again and again (an edge bigram is asked
 * again as the context of the next trigram), and a memo hit costs far less than a bucket search in a table of
 * megabytes, which is a cache miss. `bits` sets the size: 2^bits slots of 6 bytes, to stay in the CPU cache.
 * With `filterBits`, a presence filter ({@link createPresenceFilter}) answers most absent hashes first, once
 * `filterAfter` look-ups have missed the memo (enough to repay building it; 0 builds it at once).
 * @internal
 */
export function createLookupMemo(table: NgramTable, bits: number, filterBits: number = 0, filterAfter: number = FILTER_AFTER): (h: number) => number {
  const mask = (1 << bits) - 1;
  // A slot only ever holds hashes whose low bits are its index: 1 marks every slot but slot 1 empty, 0 slot 1.
  const keys = new Int32Array(1 << bits).fill(1);
  keys[1 & mask] = 0;
  const values = new Int16Array(1 << bits);
  let present: Int32Array | null = filterBits > 0 && filterAfter <= 0 ? createPresenceFilter(table, filterBits) : null;
  let misses = 0;
  const shift = 32 - filterBits;
  return (h) => {
    const slot = h & mask;
    if (keys[slot] === (h | 0)) return values[slot] as number;
    let q = -1;
    if (present === null) {
      q = lookupQuantised(table, h);
      if (filterBits > 0 && ++misses === filterAfter) present = createPresenceFilter(table, filterBits);
    } else {
      const top = h >>> shift;
      if (((present[top >>> 5] as number) & (1 << (top & 31))) !== 0) q = lookupQuantised(table, h);
    }
    keys[slot] = h;
    values[slot] = q;
    return q;
  };
}

/**
 * One bit per value of the top `bits` bits of a hash, set when an entry of `table` may have them: a clear bit
 * proves a hash absent without the bucket search (most trigrams asked for are absent, and the filter is far
 * smaller than the table). Where a table has fewer than 16 bucket bits, the hash bits between bucket and
 * fingerprint are unknown, so all their values are marked.
 * @internal
 */
export function createPresenceFilter(table: NgramTable, bits: number): Int32Array {
  const present = new Int32Array(Math.max(1, 2 ** (bits - 5)));
  const mark = (top: number): void => {
    present[top >>> 5] = (present[top >>> 5] as number) | (1 << (top & 31));
  };
  const bucketBits = 32 - table.shift;
  const bucketSpan = 2 ** (32 - bucketBits);
  const topSpan = 2 ** (32 - bits);
  const { offsets, fingerprints } = table;
  for (let bucket = 0; bucket + 1 < offsets.length; bucket++) {
    const start = offsets[bucket] as number;
    const end = offsets[bucket + 1] as number;
    if (start === end) continue;
    const low = bucket * bucketSpan;
    if (bucketBits < 16) {
      for (let top = Math.floor(low / topSpan); top <= Math.floor((low + bucketSpan - 1) / topSpan); top++) mark(top);
      continue;
    }
    if (bucketBits === 16 && bits <= 32) {
      // The whole hash is known: integer shifts, the common case (about 1.4 million entries at load time).
      const high = bucket << 16;
      const shift = 32 - bits;
      for (let i = start; i < end; i++) {
        const top = ((high | (fingerprints[i] as number)) >>> 0) >>> shift;
        present[top >>> 5] = (present[top >>> 5] as number) | (1 << (top & 31));
      }
      continue;
    }
    for (let i = start; i < end; i++) mark(Math.floor((low + (fingerprints[i] as number)) / topSpan));
  }
  return present;
}
