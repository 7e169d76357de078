/**
 * A trie whose edges are syllable keys (lowercase, NFC, canonical tone placement), not characters.
 * Keys are interned to small integers once. The root's edges are an array indexed by key id (most look-ups start
 * there); the other edges live in one open-addressing hash table of `(node, keyId) → child` in an Int32Array, so a
 * look-up is integer arithmetic over one cache line and allocates nothing. Each node can carry payloads: indices of
 * the rules that end there.
 * @module
 */

const KEY_SPACE = 2 ** 21;
/** Ints per slot of the edge table: parent node, key id, child node (-1 when the slot is empty). */
const STRIDE = 3;
const INITIAL_SLOTS = 1 << 10;

function slotOf(node: number, keyId: number, mask: number): number {
  let h = Math.imul(node ^ Math.imul(keyId, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}

/** A syllable-keyed trie with integer payloads. @internal */
export class SyllableTrie {
  private readonly keyIds = new Map<string, number>();
  private readonly payloadsByNode: (number[] | undefined)[] = [undefined];
  /** Child of the root by key id, or -1. */
  private rootChildren = new Int32Array(INITIAL_SLOTS).fill(-1);
  /** Edges below the root: STRIDE ints per slot. */
  private slots = new Int32Array(INITIAL_SLOTS * STRIDE).fill(-1);
  private mask = INITIAL_SLOTS - 1;
  private edgeCount = 0;
  /** 1 for nodes with children below the root: most nodes are leaves, and a leaf needs no probe of the table. */
  private hasChildren = new Uint8Array(INITIAL_SLOTS);
  /** Payloads of all nodes in one array (node `i` owns `values[offsets[i] .. offsets[i + 1])`), built on demand. */
  private flat: { offsets: Int32Array; values: Int32Array } | undefined;

  /** Number of nodes, the root included. */
  get size(): number {
    return this.payloadsByNode.length;
  }

  /** The id of a syllable key, or -1 when no phrase in the trie uses it (then nothing can match through it). */
  keyId(key: string): number {
    return this.keyIds.get(key) ?? -1;
  }

  /** Add a phrase (its syllable keys) with a payload at its end. */
  insert(keys: readonly string[], payload: number): void {
    let node = 0;
    for (const key of keys) {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keyIds.size;
        if (id >= KEY_SPACE) throw new RangeError('Too many distinct syllables for one trie');
        this.keyIds.set(key, id);
      }
      let child = this.child(node, id);
      if (child < 0) {
        child = this.payloadsByNode.length;
        this.payloadsByNode.push(undefined);
        this.addEdge(node, id, child);
      }
      node = child;
    }
    const list = this.payloadsByNode[node];
    if (list === undefined) this.payloadsByNode[node] = [payload];
    else list.push(payload);
    this.flat = undefined;
  }

  /** The child of `node` along key id `keyId`, or -1. */
  child(node: number, keyId: number): number {
    if (keyId < 0) return -1;
    if (node === 0) return keyId < this.rootChildren.length ? (this.rootChildren[keyId] as number) : -1;
    if (this.hasChildren[node] !== 1) return -1;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = slotOf(node, keyId, mask); ; s = (s + 1) & mask) {
      const at = s * STRIDE;
      const child = slots[at + 2] as number;
      if (child < 0) return -1;
      if (slots[at] === node && slots[at + 1] === keyId) return child;
    }
  }

  /** Payloads of phrases that end at `node`. */
  payloads(node: number): readonly number[] | undefined {
    return this.payloadsByNode[node];
  }

  /**
   * The payloads of every node in two flat arrays, for loops that visit many nodes: node `i`'s payloads are
   * `values[offsets[i]]` up to `values[offsets[i + 1]]` (exclusive), in insertion order. Built once after the last
   * insert.
   */
  flatPayloads(): { readonly offsets: Int32Array; readonly values: Int32Array } {
    if (this.flat !== undefined) return this.flat;
    const lists = this.payloadsByNode;
    const offsets = new Int32Array(lists.length + 1);
    let total = 0;
    for (let i = 0; i < lists.length; i++) {
      offsets[i] = total;
      total += lists[i]?.length ?? 0;
    }
    offsets[lists.length] = total;
    const values = new Int32Array(total);
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i];
      if (list !== undefined) values.set(list, offsets[i] as number);
    }
    this.flat = { offsets, values };
    return this.flat;
  }

  private addEdge(node: number, keyId: number, child: number): void {
    if (node === 0) {
      if (keyId >= this.rootChildren.length) {
        let length = this.rootChildren.length;
        while (length <= keyId) length *= 2;
        const grown = new Int32Array(length).fill(-1);
        grown.set(this.rootChildren);
        this.rootChildren = grown;
      }
      this.rootChildren[keyId] = child;
      return;
    }
    // Keep the table at most half full, so that probe runs stay short.
    if (2 * (this.edgeCount + 1) > this.mask + 1) this.grow();
    this.place(node, keyId, child);
    this.edgeCount++;
    if (node >= this.hasChildren.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.hasChildren.length * 2));
      grown.set(this.hasChildren);
      this.hasChildren = grown;
    }
    this.hasChildren[node] = 1;
  }

  private place(node: number, keyId: number, child: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let s = slotOf(node, keyId, mask);
    while ((slots[s * STRIDE + 2] as number) >= 0) s = (s + 1) & mask;
    slots[s * STRIDE] = node;
    slots[s * STRIDE + 1] = keyId;
    slots[s * STRIDE + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * STRIDE).fill(-1);
    for (let at = 0; at < old.length; at += STRIDE) {
      const child = old[at + 2] as number;
      if (child >= 0) this.place(old[at] as number, old[at + 1] as number, child);
    }
  }
}
