// Serialises counted n-grams into the binary model read by src/score/lm.ts (layout in ./format.mjs).

import {
  chooseBucketBits,
  hashNgram,
  HEADER_BYTES,
  MAGIC,
  SPECIAL_KEYS,
  VERSION,
} from './format.mjs';
import { unpackBigram, unpackTrigram } from './ngram-counter.mjs';

const align8 = (n) => (n + 7) & ~7;

/** Quantisation scale so that the largest count maps to 255: q = round(ln(count) * scale). */
function chooseScale(counts) {
  let max = 1;
  for (let i = 0; i < counts.length; i++) if (counts[i] > max) max = counts[i];
  return max > 1 ? 255 / Math.log(max) : 1;
}

/**
 * Hash, bucket and sort one n-gram table.
 * @param {{ keys: Float64Array, counts: Uint32Array }} table packed keys (ngram-counter.mjs) and counts
 * @param {number} order 2 or 3
 * @param {Int32Array} remap old id -> new id (-1 when the unigram was pruned)
 */
function buildHashTable(table, order, remap) {
  const n = table.keys.length;
  const scale = chooseScale(table.counts);
  // Sort key: bucket * 2^24 + fingerprint * 2^8 + q (< 2^40, exact in a double).
  const sortKeys = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    let h;
    if (order === 2) {
      const [a, b] = unpackBigram(table.keys[i]);
      const ra = remap[a];
      const rb = remap[b];
      if (ra < 0 || rb < 0) continue;
      h = hashNgram(ra, rb, -1);
    } else {
      const [a, b, c] = unpackTrigram(table.keys[i]);
      const ra = remap[a];
      const rb = remap[b];
      const rc = remap[c];
      if (ra < 0 || rb < 0 || rc < 0) continue;
      h = hashNgram(ra, rb, rc);
    }
    const q = Math.min(255, Math.round(Math.log(table.counts[i]) * scale));
    sortKeys[kept++] = h * 256 + q;
  }
  const bits = chooseBucketBits(kept);
  const shift = 32 - bits;
  const sorted = sortKeys.subarray(0, kept);
  // Order by (bucket, fingerprint, q).
  const composite = new Float64Array(kept);
  for (let i = 0; i < kept; i++) {
    const v = sorted[i];
    const q = v % 256;
    const h = (v - q) / 256;
    const bucket = h >>> shift;
    const fp = h & 0xffff;
    composite[i] = (bucket * 65536 + fp) * 256 + q;
  }
  composite.sort();
  const offsets = new Uint32Array(2 ** bits + 1);
  const fingerprints = new Uint16Array(kept);
  const quantised = new Uint8Array(kept);
  let m = 0;
  let collisions = 0;
  let lastSlot = -1;
  for (let i = 0; i < kept; i++) {
    const v = composite[i];
    const q = v % 256;
    const slot = (v - q) / 256;
    if (slot === lastSlot) {
      // Two n-grams share bucket and fingerprint: keep one entry with the larger count.
      collisions++;
      if (q > quantised[m - 1]) quantised[m - 1] = q;
      continue;
    }
    lastSlot = slot;
    const bucket = Math.floor(slot / 65536);
    offsets[bucket + 1]++;
    fingerprints[m] = slot % 65536;
    quantised[m++] = q;
  }
  for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
  return {
    bits,
    scale,
    offsets,
    fingerprints: fingerprints.slice(0, m),
    quantised: quantised.slice(0, m),
    collisions,
  };
}

/**
 * Build the binary model.
 * @param {object} input
 * @param {string[]} input.vocab keys by id; ids 0..3 must be SPECIAL_KEYS
 * @param {ArrayLike<number>} input.unigrams counts by id
 * @param {{ keys: Float64Array, counts: Uint32Array }} input.bigrams
 * @param {{ keys: Float64Array, counts: Uint32Array }} input.trigrams
 * @param {{ unigram: number, bigram: number, trigram: number }} input.minCounts pruning thresholds
 * @returns {{ bytes: Uint8Array, stats: object }}
 */
export function writeLanguageModel({ vocab, unigrams, bigrams, trigrams, minCounts }) {
  for (let i = 0; i < SPECIAL_KEYS.length; i++) {
    if (vocab[i] !== SPECIAL_KEYS[i]) throw new Error(`vocab[${i}] must be ${SPECIAL_KEYS[i]}`);
  }
  // Drop rare unigrams (specials always stay); renumber so ids are dense.
  const remap = new Int32Array(vocab.length).fill(-1);
  const keptVocab = [];
  const keptCounts = [];
  let total = 0;
  for (let id = 0; id < vocab.length; id++) {
    const c = unigrams[id] ?? 0;
    total += c;
    if (id < SPECIAL_KEYS.length || c >= minCounts.unigram) {
      remap[id] = keptVocab.length;
      keptVocab.push(vocab[id]);
      keptCounts.push(c);
    }
  }
  const bi = buildHashTable(bigrams, 2, remap);
  const tri = buildHashTable(trigrams, 3, remap);
  const vocabBytes = new TextEncoder().encode(keptVocab.join('\n'));

  const sizes = [
    vocabBytes.length,
    keptCounts.length * 4,
    bi.offsets.byteLength,
    bi.fingerprints.byteLength,
    bi.quantised.byteLength,
    tri.offsets.byteLength,
    tri.fingerprints.byteLength,
    tri.quantised.byteLength,
  ];
  const totalBytes = sizes.reduce((sum, s) => sum + align8(s), HEADER_BYTES);
  const bytes = new Uint8Array(totalBytes);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, HEADER_BYTES, true);
  view.setUint32(12, keptVocab.length, true);
  view.setFloat64(16, total, true);
  view.setUint32(24, vocabBytes.length, true);
  view.setUint32(28, bi.fingerprints.length, true);
  view.setUint32(32, bi.bits, true);
  view.setUint32(36, tri.fingerprints.length, true);
  view.setUint32(40, tri.bits, true);
  view.setUint32(44, minCounts.bigram, true);
  view.setFloat64(48, bi.scale, true);
  view.setFloat64(56, tri.scale, true);
  view.setUint32(64, minCounts.trigram, true);
  view.setUint32(68, minCounts.unigram, true);

  let offset = HEADER_BYTES;
  const put = (array) => {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += align8(array.byteLength);
  };
  put(vocabBytes);
  put(Uint32Array.from(keptCounts));
  put(bi.offsets);
  put(bi.fingerprints);
  put(bi.quantised);
  put(tri.offsets);
  put(tri.fingerprints);
  put(tri.quantised);

  return {
    bytes,
    stats: {
      bytes: totalBytes,
      vocabulary: keptVocab.length,
      totalTokens: total,
      bigrams: bi.fingerprints.length,
      bigramCollisions: bi.collisions,
      bigramBucketBits: bi.bits,
      trigrams: tri.fingerprints.length,
      trigramCollisions: tri.collisions,
      trigramBucketBits: tri.bits,
    },
  };
}
