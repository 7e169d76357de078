/**
 * A memo of spinner-group site verdicts. What the group search finds at a site (its best synonym, that synonym's
 * model ratio and the site's mixture likelihood) depends only on the group member, the model ids of the two keys
 * on each side of it and its edge count, so a site seen before (the same words in another sentence, or the same
 * place in the next pass) is answered without scoring its synonyms again. On news text about half the scored
 * sites repeat.
 * @module
 */
import type { LanguageModel } from '../score/lm.js';

/** Marks a missing context id: a window with one key of left context, or one key of right context. @internal */
export const SITE_ABSENT = -4;

/** Ids per key: l2, l1, member, r0, r1, edge count. */
const KEY_LENGTH = 6;
/**
 * A slot is one 48-byte record, so that finding a site and reading its verdict touch one place in memory (the
 * table is megabytes, and each look-up elsewhere would be a cache miss): as 32-bit integers the key at 0..5 and
 * the best synonym at 6; as 64-bit floats the best ratio at 4 and the likelihood at 5.
 */
const SLOT_INTS = 12;
const SLOT_FLOATS = 6;
const BEST_TO = 6;
const BEST = 4;
const LIKELIHOOD = 5;

/**
 * A two-way set-associative table of site verdicts: a site may sit in either slot of its pair, the one stored last
 * in the first, so two sites that hash to the same pair both stay (a direct-mapped table lost one of them on every
 * pass over a text that held both, and scored it again). @internal
 */
export interface SiteCache {
  /** The site to find or store, filled in by the caller: `[l2, l1, member, r0, r1, edgeCount]`. */
  readonly key: Int32Array;
  /** The slot of {@link SiteCache.key} when it holds that site's verdict, else −1 − the slot to store it in. */
  find(): number;
  /** Keep the verdict of {@link SiteCache.key} in `slot` (its pair's other slot takes the site it held, if any). */
  store(slot: number, best: number, bestTo: number, likelihood: number): void;
  /** Best synonym's log10 ratio in `slot` (-Infinity: none at least 0). */
  bestOf(slot: number): number;
  /** Best synonym in `slot` (-1: none). */
  bestToOf(slot: number): number;
  /** Sum over the synonyms with a ratio of at least 0 of 10^min(ratio, cap), in `slot`. */
  likelihoodOf(slot: number): number;
}

/**
 * Create an empty site cache of 2^`bits` slots (48 bytes each).
 * @param bits - log2 of the slot count.
 * @returns The cache.
 * @example
 * const cache = createSiteCache(4);
 * cache.key.set([1, 2, 3, 4, 5, 0]);
 * const miss = cache.find(); // < 0
 * cache.store(-1 - miss, 2.5, 7, 316.2);
 * cache.bestOf(cache.find()) //=> 2.5
 * @internal
 */
export function createSiteCache(bits: number): SiteCache {
  const size = 1 << bits;
  const mask = size - 1;
  const key = new Int32Array(KEY_LENGTH);
  const buffer = new ArrayBuffer(size * SLOT_INTS * 4);
  const ints = new Int32Array(buffer);
  const floats = new Float64Array(buffer);
  // Member -1 marks an empty slot (no site has a negative member).
  for (let s = 0; s < size; s++) ints[s * SLOT_INTS + 2] = -1;
  const holdsKey = (at: number): boolean => {
    for (let i = 0; i < KEY_LENGTH; i++) if (ints[at + i] !== key[i]) return false;
    return true;
  };
  return {
    key,
    find() {
      let h = 0x2545f491;
      for (let i = 0; i < KEY_LENGTH; i++) {
        h = Math.imul(h ^ (key[i] as number), 0x9e3779b1);
        h ^= h >>> 15;
      }
      const first = h & mask & ~1;
      if (holdsKey(first * SLOT_INTS)) return first;
      if (holdsKey((first + 1) * SLOT_INTS)) return first + 1;
      return -1 - first;
    },
    store(slot, b, to, l) {
      const at = slot * SLOT_INTS;
      // The first slot of a pair takes the new site; the site it held moves to the second, whose site goes.
      if ((slot & 1) === 0 && (ints[at + 2] as number) >= 0) ints.copyWithin(at + SLOT_INTS, at, at + SLOT_INTS);
      ints.set(key, at);
      ints[at + BEST_TO] = to;
      floats[slot * SLOT_FLOATS + BEST] = b;
      floats[slot * SLOT_FLOATS + LIKELIHOOD] = l;
    },
    bestOf: (slot) => floats[slot * SLOT_FLOATS + BEST] as number,
    bestToOf: (slot) => ints[slot * SLOT_INTS + BEST_TO] as number,
    likelihoodOf: (slot) => floats[slot * SLOT_FLOATS + LIKELIHOOD] as number,
  };
}

/**
 * log2 of the site cache's slots. On 2 MB of news text (307k scored sites, 155k distinct), measured direct-mapped,
 * 2^16 slots (3 MB) answer 107k sites, 2^18 (12 MB) 139k, 2^20 149k.
 */
const SITE_CACHE_BITS = 18;
const siteCaches = new WeakMap<readonly (readonly string[])[], { model: LanguageModel; cache: SiteCache }>();

/**
 * The site cache of a group list and model, kept across passes and texts (a verdict depends on nothing else).
 * @internal
 */
export function siteCacheOf(keys: readonly (readonly string[])[], model: LanguageModel): SiteCache {
  let found = siteCaches.get(keys);
  if (found === undefined || found.model !== model) {
    found = { model, cache: createSiteCache(SITE_CACHE_BITS) };
    siteCaches.set(keys, found);
  }
  return found.cache;
}
