/**
 * A cache of letter-run descriptions looked up by a range of the source text, so the scanner needs no substring and
 * no `Map` hashing for the millions of repeated syllables of a corpus: it hashes the code units in place and compares
 * them with the cached text. Open addressing, linear probing, power-of-two capacity, load factor at most 1/2.
 * @module
 */

/** A cached description: the run's text, its kind code and key. @internal */
export interface CachedRun {
  readonly text: string;
  readonly kind: number;
  readonly key: string;
  /**
   * A small integer naming this description (never reused), so that later stages can keep per-key facts in arrays
   * instead of looking the key up again: see {@link takeRunId}. -1 when the description is not cached.
   */
  readonly id: number;
}

/** Run ids handed out at most: later stages' arrays indexed by run id stay under 2 MB each. */
const MAX_RUN_IDS = 1 << 19;
let nextRunId = 0;

/**
 * A fresh id for a description about to be cached, or -1 once {@link MAX_RUN_IDS} have been handed out (a stream
 * long enough to restart the cache several times); stages then look such keys up by string, as before.
 * @example
 * takeRunId() //=> 0, then 1, 2, …
 * @internal
 */
export function takeRunId(): number {
  return nextRunId < MAX_RUN_IDS ? nextRunId++ : -1;
}

/** Entries at which the cache starts over, bounding memory on unbounded streams. */
const MAX_ENTRIES = 200_000;
const INITIAL_CAPACITY = 1 << 14;

/**
 * Ints per slot of `meta`: the text's hash, its length (-1: empty slot), its offset in `pool`, the entry's kind and
 * id, then the first {@link INLINE_UNITS} code units of the text, two per int. With the keys in `slotKeys`, a hit is
 * read from typed arrays: no visit to the entry object; and a text of at most INLINE_UNITS units (nearly every
 * syllable) is compared within its slot, whose 32 bytes share one cache line, without a read of the pool.
 */
const META = 8;
/** Code units of a text kept in its slot (ints 5, 6 and 7). */
const INLINE_UNITS = 6;

let capacity = INITIAL_CAPACITY;
let meta = new Int32Array(capacity * META).fill(-1);
let slots: (CachedRun | undefined)[] = new Array<CachedRun | undefined>(capacity).fill(undefined);
let slotKeys: (string | undefined)[] = new Array<string | undefined>(capacity).fill(undefined);
let size = 0;
/**
 * The code units of every cached text, one after the other. A probe compares the source range with these (one typed
 * array) instead of with the entry's string, which would take a pointer chase to the entry, then to its text, and a
 * string read that first asks which kind of string it is.
 */
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;

/**
 * The slot of the cached description of `text[start, end)` whose {@link hashRange} is `hash`, or -1; read it with
 * {@link cachedKindAt}, {@link cachedKeyAt} and {@link cachedRunIdAt} before the next addition to the cache.
 * @example
 * const slot = findCachedSlot(text, start, end, hashRange(text, start, end));
 * slot < 0 ? 'not cached' : cachedKeyAt(slot)
 * @internal
 */
export function findCachedSlot(text: string, start: number, end: number, hash: number): number {
  const mask = capacity - 1;
  const length = end - start;
  for (let index = hash & mask; ; index = (index + 1) & mask) {
    const at = index * META;
    const cachedLength = meta[at + 1] as number;
    if (cachedLength < 0) return -1;
    if (meta[at] !== hash || cachedLength !== length) continue;
    if (length <= INLINE_UNITS ? matchesInline(text, start, end, at + 5) : matchesPool(text, start, end, at)) return index;
  }
}

/** True when `text[start, end)` (at most INLINE_UNITS units) equals the units kept in `meta` from `at`. */
function matchesInline(text: string, start: number, end: number, at: number): boolean {
  for (let i = start; i < end; i += 2, at++) {
    const pair = text.charCodeAt(i) | (i + 1 < end ? text.charCodeAt(i + 1) << 16 : 0);
    if (meta[at] !== pair) return false;
  }
  return true;
}

/** True when `text[start, end)` equals the pool's copy of the text in the slot at `at`. */
function matchesPool(text: string, start: number, end: number, at: number): boolean {
  const offset = (meta[at + 2] as number) - start;
  let i = start;
  while (i < end && pool[offset + i] === text.charCodeAt(i)) i++;
  return i === end;
}

/**
 * `kind` of the entry in `slot` (from {@link findCachedSlot}).
 * @example
 * cachedKindAt(slot) === findCachedRun(text, start, end, hash).kind //=> true
 * @internal
 */
export function cachedKindAt(slot: number): number {
  return meta[slot * META + 3] as number;
}

/**
 * `key` of the entry in `slot` (from {@link findCachedSlot}).
 * @example
 * cachedKeyAt(slot) === findCachedRun(text, start, end, hash).key //=> true
 * @internal
 */
export function cachedKeyAt(slot: number): string {
  return slotKeys[slot] as string;
}

/**
 * `id` of the entry in `slot` (from {@link findCachedSlot}).
 * @example
 * cachedRunIdAt(slot) === findCachedRun(text, start, end, hash).id //=> true
 * @internal
 */
export function cachedRunIdAt(slot: number): number {
  return meta[slot * META + 4] as number;
}

/**
 * The cached description of `text[start, end)` whose {@link hashRange} is `hash`, or `undefined`.
 * @example
 * findCachedRun(text, start, end, hashRange(text, start, end)) //=> the entry, or undefined
 * @internal
 */
export function findCachedRun(text: string, start: number, end: number, hash: number): CachedRun | undefined {
  const slot = findCachedSlot(text, start, end, hash);
  return slot < 0 ? undefined : slots[slot];
}

/** Put `entry` (hash `hash`, text at `offset` in the pool) in a free slot. */
function place(entry: CachedRun, hash: number, offset: number): void {
  const mask = capacity - 1;
  let index = hash & mask;
  while ((meta[index * META + 1] as number) >= 0) index = (index + 1) & mask;
  slots[index] = entry;
  slotKeys[index] = entry.key;
  const at = index * META;
  const text = entry.text;
  meta[at] = hash;
  meta[at + 1] = text.length;
  meta[at + 2] = offset;
  meta[at + 3] = entry.kind;
  meta[at + 4] = entry.id;
  for (let i = 0; i < INLINE_UNITS; i += 2) {
    meta[at + 5 + (i >> 1)] = i < text.length ? text.charCodeAt(i) | (i + 1 < text.length ? text.charCodeAt(i + 1) << 16 : 0) : 0;
  }
  size++;
}

/** Start over empty with `newCapacity` slots, or (`keep`) move every entry into that many slots. */
function rebuild(newCapacity: number, keep: boolean): void {
  const oldSlots = slots;
  const oldMeta = meta;
  capacity = newCapacity;
  meta = new Int32Array(capacity * META).fill(-1);
  slots = new Array<CachedRun | undefined>(capacity).fill(undefined);
  slotKeys = new Array<string | undefined>(capacity).fill(undefined);
  size = 0;
  if (!keep) {
    pool = new Uint16Array(1 << 16);
    poolUsed = 0;
    return;
  }
  for (let i = 0; i < oldSlots.length; i++) {
    const entry = oldSlots[i];
    if (entry !== undefined) place(entry, oldMeta[i * META] as number, oldMeta[i * META + 2] as number);
  }
}

/**
 * Add a description (whose text hashes to `hash`) to the cache. Starts over when the cache is full.
 * @example
 * addCachedRun({ text: 'hoà', kind: KIND_SYLLABLE, key: 'hòa' }, hashRange('hoà', 0, 3));
 * @internal
 */
export function addCachedRun(entry: CachedRun, hash: number): void {
  if (size >= MAX_ENTRIES) rebuild(INITIAL_CAPACITY, false);
  else if ((size + 1) * 2 > capacity) rebuild(capacity * 2, true);
  const text = entry.text;
  if (poolUsed + text.length > pool.length) {
    let length = pool.length * 2;
    while (length < poolUsed + text.length) length *= 2;
    const grown = new Uint16Array(length);
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  const offset = poolUsed;
  for (let i = 0; i < text.length; i++) pool[offset + i] = text.charCodeAt(i);
  poolUsed += text.length;
  place(entry, hash, offset);
}
