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

let capacity = INITIAL_CAPACITY;
let hashes = new Int32Array(capacity);
let slots: (CachedRun | undefined)[] = new Array<CachedRun | undefined>(capacity).fill(undefined);
let size = 0;

/**
 * A copy of `value` that shares no memory with the string it was sliced from. V8 represents a slice of 13 or more
 * characters as a view of its parent, so caching such a slice would keep a whole 100 MB input alive.
 * @example
 * detachString(hugeText.slice(5, 30)) //=> the same 25 characters, in their own string
 * @internal
 */
export function detachString(value: string): string {
  // The concatenation is flattened into a fresh string before `slice`, so the result views that string only.
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** FNV-1a offset basis (as a signed 32-bit integer). @internal */
export const FNV_OFFSET: number = 0x811c9dc5 | 0;
/** FNV-1a prime. @internal */
export const FNV_PRIME = 0x01000193;

/**
 * FNV-1a hash of the UTF-16 code units of `text[start, end)`.
 * @example
 * hashRange('xin chào', 4, 8) === hashRange('chào', 0, 4) //=> true
 * @internal
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** True when `entry.text` equals `text[start, end)`. */
function matches(entry: CachedRun, text: string, start: number, end: number): boolean {
  const cached = entry.text;
  if (cached.length !== end - start) return false;
  for (let i = 0; i < cached.length; i++) if (cached.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * The cached description of `text[start, end)` whose {@link hashRange} is `hash`, or `undefined`.
 * @example
 * findCachedRun(text, start, end, hashRange(text, start, end)) //=> the entry, or undefined
 * @internal
 */
export function findCachedRun(text: string, start: number, end: number, hash: number): CachedRun | undefined {
  const mask = capacity - 1;
  let index = hash & mask;
  for (;;) {
    const entry = slots[index];
    if (entry === undefined) return undefined;
    if (hashes[index] === hash && matches(entry, text, start, end)) return entry;
    index = (index + 1) & mask;
  }
}

/** Rebuild the table at `newCapacity`, re-inserting `entries`. */
function rebuild(newCapacity: number, entries: readonly (CachedRun | undefined)[], entryHashes: Int32Array): void {
  capacity = newCapacity;
  hashes = new Int32Array(capacity);
  slots = new Array<CachedRun | undefined>(capacity).fill(undefined);
  size = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry !== undefined) insert(entry, entryHashes[i] ?? 0);
  }
}

function insert(entry: CachedRun, hash: number): void {
  const mask = capacity - 1;
  let index = hash & mask;
  while (slots[index] !== undefined) index = (index + 1) & mask;
  slots[index] = entry;
  hashes[index] = hash;
  size++;
}

/**
 * Add a description (whose text hashes to `hash`) to the cache. Starts over when the cache is full.
 * @example
 * addCachedRun({ text: 'hoà', kind: KIND_SYLLABLE, key: 'hòa' }, hashRange('hoà', 0, 3));
 * @internal
 */
export function addCachedRun(entry: CachedRun, hash: number): void {
  if (size >= MAX_ENTRIES) rebuild(INITIAL_CAPACITY, [], hashes);
  else if ((size + 1) * 2 > capacity) rebuild(capacity * 2, slots, hashes);
  insert(entry, hash);
}
