/**
 * The read-side edge layout of a {@link SyllableTrie} below the root: each node's children in a small open-addressing
 * table of its own, all tables packed into one Int32Array. A look-up under one node touches only that node's table, so
 * the few hundred nodes that a text visits most (its common first syllables) stay in the CPU cache; one table of every
 * `(node, keyId)` pair spread each look-up over megabytes. Built in one go from the trie's edges, never changed.
 * @module
 */

/** Ints per slot of a node's table: key id (-1 when empty), child node. */
const SLOT = 2;

/** Per-node child tables of a trie (root edges excepted). @internal */
export interface TrieEdges {
  /** Per node: offset of its table in `slots` (ints), or -1 for a node without children. */
  readonly base: Int32Array;
  /** Per node: its table's slot count minus one (a power of two minus one). */
  readonly mask: Int32Array;
  /** The packed tables: `SLOT` ints per slot. */
  readonly slots: Int32Array;
  /**
   * One bit per hash of `(node, keyId)`, set for every edge: small enough to stay in the CPU cache, so that most
   * look-ups of an absent edge (most look-ups) end here without reading the node's table.
   */
  readonly filter: Int32Array;
}

/** Filter bit of the edge `(node, keyId)` (the filter's bit count minus one is `mask`). */
function filterBitOf(node: number, keyId: number, mask: number): number {
  let h = Math.imul(node, 0x85ebca6b) ^ Math.imul(keyId, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 13)) & mask;
}

/** Home slot of `keyId` in a table of `mask + 1` slots. */
function homeOf(keyId: number, mask: number): number {
  const h = Math.imul(keyId, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * Pack edges given as parallel arrays (`parents[e]` → `children[e]` along `keyIds[e]`, every parent above 0).
 * @param nodeCount - Nodes of the trie (node ids are below it).
 * @param edgeCount - Edges given.
 * @returns The packed layout for {@link findChild}.
 * @example
 * const edges = packTrieEdges(3, 1, Int32Array.of(1), Int32Array.of(7), Int32Array.of(2));
 * findChild(edges, 1, 7) //=> 2
 * @internal
 */
export function packTrieEdges(
  nodeCount: number,
  edgeCount: number,
  parents: Int32Array,
  keyIds: Int32Array,
  children: Int32Array,
): TrieEdges {
  const counts = new Int32Array(nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const node = parents[e] as number;
    counts[node] = (counts[node] as number) + 1;
  }
  const base = new Int32Array(nodeCount).fill(-1);
  const mask = new Int32Array(nodeCount);
  let total = 0;
  for (let node = 0; node < nodeCount; node++) {
    const count = counts[node] as number;
    if (count === 0) continue;
    // At most half full, so an absent key meets an empty slot after a probe or two.
    let size = 2;
    while (size < 2 * count) size *= 2;
    base[node] = total;
    mask[node] = size - 1;
    total += size * SLOT;
  }
  const slots = new Int32Array(total).fill(-1);
  // About 8 bits per edge: 1 absent edge in 8 or so gets past the filter.
  let bits = 1 << 10;
  while (bits < 8 * edgeCount) bits *= 2;
  const filter = new Int32Array(bits >>> 5);
  for (let e = 0; e < edgeCount; e++) {
    const node = parents[e] as number;
    const keyId = keyIds[e] as number;
    const bit = filterBitOf(node, keyId, bits - 1);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    const m = mask[node] as number;
    const at0 = base[node] as number;
    let s = homeOf(keyId, m);
    while ((slots[at0 + s * SLOT] as number) >= 0) s = (s + 1) & m;
    slots[at0 + s * SLOT] = keyId;
    slots[at0 + s * SLOT + 1] = children[e] as number;
  }
  return { base, mask, slots, filter };
}

/**
 * The child of `node` (above 0) along `keyId` (0 or more) in `edges`, or -1.
 * @example
 * findChild(edges, 1, 7) //=> 2
 * @internal
 */
export function findChild(edges: TrieEdges, node: number, keyId: number): number {
  if (node >= edges.base.length) return -1;
  const at0 = edges.base[node] as number;
  if (at0 < 0) return -1;
  const filter = edges.filter;
  const bit = filterBitOf(node, keyId, (filter.length << 5) - 1);
  if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  const m = edges.mask[node] as number;
  const slots = edges.slots;
  for (let s = homeOf(keyId, m); ; s = (s + 1) & m) {
    const at = at0 + s * SLOT;
    const key = slots[at] as number;
    if (key === keyId) return slots[at + 1] as number;
    if (key < 0) return -1;
  }
}
