// Binary layout of the vietnorm syllable n-gram model (`dictionaries/_lm.bin`), writer side.
// The reader is src/score/lm.ts; both must agree on MAGIC, VERSION, the header table below and hashNgram.
// test/score/lm.test.ts builds a model with writeLanguageModel and parses it with parseLanguageModel,
// so any drift between the two fails a test.
//
// All numbers are little-endian. Sections start at multiples of 8 bytes.
//
// | offset | type   | field                                                         |
// |--------|--------|---------------------------------------------------------------|
// | 0      | u8[4]  | magic "VNLM"                                                  |
// | 4      | u32    | format version (1)                                            |
// | 8      | u32    | header size in bytes (HEADER_BYTES)                           |
// | 12     | u32    | vocabulary size V                                             |
// | 16     | f64    | total tokens N (sum of unigram counts)                        |
// | 24     | u32    | vocabulary bytes (UTF-8 keys joined by "\n")                  |
// | 28     | u32    | bigram entries                                                |
// | 32     | u32    | bigram bucket bits                                            |
// | 36     | u32    | trigram entries                                               |
// | 40     | u32    | trigram bucket bits                                           |
// | 44     | u32    | minimum bigram count kept (informational)                     |
// | 48     | f64    | bigram count scale: q = round(ln(count) * scale)              |
// | 56     | f64    | trigram count scale                                           |
// | 64     | u32    | minimum trigram count kept (informational)                    |
// | 68     | u32    | minimum unigram count kept (informational)                    |
// | 72..   |        | sections, each padded to 8 bytes:                             |
//   vocabulary UTF-8 · unigram counts u32[V] ·
//   bigram bucket offsets u32[2^bits + 1] · bigram fingerprints u16[n] · bigram quantised counts u8[n] ·
//   trigram bucket offsets u32[2^bits + 1] · trigram fingerprints u16[n] · trigram quantised counts u8[n]
//
// An n-gram of vocabulary ids hashes to 32 bits (hashNgram); its top `bits` bits pick a bucket, its low 16 bits are
// the fingerprint stored in that bucket, sorted ascending. With bits = 16 the 32 hash bits are all used, so an absent
// n-gram is reported present with probability about entries / 2^32 (documented in dictionaries/_lm.md).

export const MAGIC = 'VNLM';
export const VERSION = 1;
export const HEADER_BYTES = 72;
export const MAX_BUCKET_BITS = 16;

/** Special vocabulary keys; the ids 0..3 are always these. */
export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';
export const NUMBER_KEY = '<num>';
export const WORD_KEY = '<w>';
export const SPECIAL_KEYS = [SENTENCE_START, SENTENCE_END, NUMBER_KEY, WORD_KEY];

/** Seeds keep bigram and trigram hashes independent. */
export const BIGRAM_SEED = 0x9747b28c;
export const TRIGRAM_SEED = 0x5bd1e995;

function mixId(h, id) {
  let k = Math.imul(id, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of 2 ids (c < 0) or 3 ids. Must match hashIds in src/score/lm.ts. */
export function hashNgram(a, b, c) {
  let h = c < 0 ? BIGRAM_SEED : TRIGRAM_SEED;
  h = mixId(h, a);
  h = mixId(h, b);
  if (c >= 0) h = mixId(h, c);
  return finish(h);
}

/** Bucket bits for `n` entries: about 16-32 entries per bucket, at most MAX_BUCKET_BITS. */
export function chooseBucketBits(n) {
  let bits = 1;
  while (bits < MAX_BUCKET_BITS && n / 2 ** bits > 24) bits++;
  return bits;
}
