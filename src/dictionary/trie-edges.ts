/**
 * The read-side edge layout of a {@link SyllableTrie}: each node's children in a small open-addressing table of its
 * own, all tables packed into one Int32Array after the root's edges (a plain array by key id). A look-up under one
 * node touches only that node's table, so the nodes a text visits most (its common first syllables) stay in the CPU
 * cache, where one table of every `(node, keyId)` pair spread look-ups over megabytes. Each slot also holds the head
 * of the child's payload list and where the child's table is, so a walk reads them from the line it already has. A
 * bit filter answers most look-ups
 * of absent edges without reading any table. Built in one go from the trie's edges, never changed.
 * @module
 */

/**
 * Ints per slot: key id (-1 when empty), child node, head of the child's payload list (-1 when none), then where the
 * child's own table is (offset in `slots`, -1 for a leaf; its slot count - 1): a walk goes from slot to slot without
 * reading the per-node `tables`. Last the child's only payload (-1: none, -2: several, read from `payloads`): most
 * nodes with payloads have one, which a walk then reads without a visit to the lists.
 */
const SLOT = 6;

/** Per-node child tables of a trie, see {@link packTrieEdges}. @internal */
export interface TrieEdges {
  /** Nodes of the trie (node ids are below it). */
  readonly nodeCount: number;
  /** Key ids that may have a root edge: the root's slot of key `k` is at `k * 6`. */
  readonly rootKeys: number;
  /** Per node two ints: offset of its table in `slots` (-1 for a node without children) and its slot count - 1. */
  readonly tables: Int32Array;
  /**
   * The root's slots, then the packed tables: 6 ints per slot (key id, child, child's payload head, child's table
   * and its slot count - 1, child's only payload).
   */
  readonly slots: Int32Array;
  /** One bit per hash of `(node, keyId)`, set for every edge below the root. */
  readonly filter: Int32Array;
  /**
   * The payload lists interleaved, two ints per list entry `k`: `payloads[2k]` is its value, `payloads[2k + 1]` the
   * next entry (-1: the end). A walk reads both from one cache line, where the trie's `values` and `next` are two.
   * Empty when {@link packTrieEdges} was given no lists.
   */
  readonly payloads: Int32Array;
}

/** The edges of a trie as parallel arrays: `parents[e]` → `children[e]` along `keyIds[e]`. @internal */
export interface EdgeList {
  readonly count: number;
  readonly parents: Int32Array;
  readonly keyIds: Int32Array;
  readonly children: Int32Array;
}

/** Home slot of `keyId` in a table of `mask + 1` slots. */
function homeOf(keyId: number, mask: number): number {
  const h = Math.imul(keyId, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/** Filter bit of the edge `(node, keyId)` (the filter's bit count minus one is `mask`). */
function filterBitOf(node: number, keyId: number, mask: number): number {
  let h = Math.imul(node, 0x85ebca6b) ^ Math.imul(keyId, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 13)) & mask;
}

/**
 * Pack a trie's edges for look-ups.
 * @param nodeCount - Nodes of the trie.
 * @param rootChildren - The root's child by key id (-1 for none).
 * @param edges - The edges below the root.
 * @param heads - Head of each node's payload list (-1 for none; may be shorter than `nodeCount`).
 * @param lists - The payload lists the heads point into (`values[k]`, then `next[k]`), for `payloads`; optional.
 * @returns The packed layout for {@link findEdge}.
 * @example
 * const edges = packTrieEdges(4, Int32Array.of(-1, 1), { count: 1, parents: Int32Array.of(1), keyIds: Int32Array.of(7), children: Int32Array.of(2) }, Int32Array.of(-1, -1, 0));
 * edges.slots[findEdge(edges, 1, 7) + 1] //=> 2
 * @internal
 */
export function packTrieEdges(
  nodeCount: number,
  rootChildren: Int32Array,
  edges: EdgeList,
  heads: Int32Array,
  lists?: { readonly next: Int32Array; readonly values: Int32Array; readonly count: number },
): TrieEdges {
  const headOf = (node: number): number => (node < heads.length ? (heads[node] as number) : -1);
  const counts = new Int32Array(nodeCount);
  for (let e = 0; e < edges.count; e++) {
    const node = edges.parents[e] as number;
    counts[node] = (counts[node] as number) + 1;
  }
  const tables = new Int32Array(2 * nodeCount).fill(-1);
  const rootKeys = rootChildren.length;
  let total = rootKeys * SLOT;
  for (let node = 0; node < nodeCount; node++) {
    const count = counts[node] as number;
    if (count === 0) continue;
    // At most half full, so an absent key meets an empty slot after a probe or two.
    let size = 2;
    while (size < 2 * count) size *= 2;
    tables[2 * node] = total;
    tables[2 * node + 1] = size - 1;
    total += size * SLOT;
  }
  const slots = new Int32Array(total).fill(-1);
  // The child's only payload (most nodes with payloads have one), -1 for none, -2 for a list of several.
  const onlyPayload = (child: number): number => {
    const k = headOf(child);
    if (k < 0) return -1;
    return lists !== undefined && (lists.next[k] as number) < 0 ? (lists.values[k] as number) : -2;
  };
  const fill = (at: number, keyId: number, child: number): void => {
    slots[at] = keyId;
    slots[at + 1] = child;
    slots[at + 2] = headOf(child);
    slots[at + 3] = tables[2 * child] as number;
    slots[at + 4] = tables[2 * child + 1] as number;
    slots[at + 5] = onlyPayload(child);
  };
  for (let k = 0; k < rootKeys; k++) {
    const child = rootChildren[k] as number;
    if (child >= 0) fill(k * SLOT, k, child);
  }
  // About 8 bits per edge: 1 absent edge in 8 or so gets past the filter.
  let bits = 1 << 10;
  while (bits < 8 * edges.count) bits *= 2;
  const filter = new Int32Array(bits >>> 5);
  for (let e = 0; e < edges.count; e++) {
    const node = edges.parents[e] as number;
    const keyId = edges.keyIds[e] as number;
    const child = edges.children[e] as number;
    const bit = filterBitOf(node, keyId, bits - 1);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    const base = tables[2 * node] as number;
    const mask = tables[2 * node + 1] as number;
    let s = homeOf(keyId, mask);
    while ((slots[base + s * SLOT] as number) >= 0) s = (s + 1) & mask;
    fill(base + s * SLOT, keyId, child);
  }
  const payloads = new Int32Array(lists === undefined ? 0 : 2 * lists.count);
  if (lists !== undefined) {
    for (let k = 0; k < lists.count; k++) {
      payloads[2 * k] = lists.values[k] as number;
      payloads[2 * k + 1] = lists.next[k] as number;
    }
  }
  return { nodeCount, rootKeys, tables, slots, filter, payloads };
}

/**
 * The slot of the edge from `node` along `keyId`, or -1: the child is `slots[at + 1]`, the head of its payload list
 * `slots[at + 2]`.
 * @example
 * findEdge(edges, 1, 7) //=> an offset into edges.slots
 * @internal
 */
export function findEdge(edges: TrieEdges, node: number, keyId: number): number {
  if (keyId < 0) return -1;
  const slots = edges.slots;
  if (node === 0) {
    if (keyId >= edges.rootKeys) return -1;
    return (slots[keyId * SLOT + 1] as number) >= 0 ? keyId * SLOT : -1;
  }
  if (node < 0 || node >= edges.nodeCount) return -1;
  const filter = edges.filter;
  const bit = filterBitOf(node, keyId, (filter.length << 5) - 1);
  if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  return probe(slots, edges.tables[2 * node] as number, edges.tables[2 * node + 1] as number, keyId);
}

/** The slot of `keyId` in the table at `base` (-1: none) of `mask + 1` slots, or -1. */
function probe(slots: Int32Array, base: number, mask: number, keyId: number): number {
  if (base < 0) return -1;
  for (let s = homeOf(keyId, mask); ; s = (s + 1) & mask) {
    const at = base + s * SLOT;
    const key = slots[at] as number;
    if (key === keyId) return at;
    if (key < 0) return -1;
  }
}

/**
 * The slot of the edge along `keyId` from the child of the edge in slot `edge` (a slot from {@link findEdge} or from
 * this function), or -1: {@link findEdge} of that child without reading the per-node tables.
 * @example
 * findEdgeBelow(edges, findEdge(edges, 0, tien), cong) === findEdge(edges, childOfTien, cong) //=> true
 * @internal
 */
export function findEdgeBelow(edges: TrieEdges, edge: number, keyId: number): number {
  const slots = edges.slots;
  const base = slots[edge + 3] as number;
  if (base < 0 || keyId < 0) return -1;
  const filter = edges.filter;
  const bit = filterBitOf(slots[edge + 1] as number, keyId, (filter.length << 5) - 1);
  if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  return probe(slots, base, slots[edge + 4] as number, keyId);
}
