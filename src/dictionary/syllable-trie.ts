/**
 * A trie whose edges are syllable keys (lowercase, NFC, canonical tone placement), not characters.
 * Keys are interned to small integers once. The root's edges are an array indexed by key id (most look-ups start
 * there). Inserting puts the other edges in one open-addressing hash table of `(node, keyId) → child`; look-ups read
 * them packed node by node (trie-edges.ts), so that the nodes a text visits most stay in the CPU cache. Either way a
 * look-up is integer arithmetic over typed arrays and allocates nothing. Each node can carry payloads: indices of
 * the rules that end there, kept as linked lists in typed arrays (no array per node to allocate or to follow).
 * @module
 */

import { fitRunId } from '../tokenize/run-memo.js';
import { findEdge, packTrieEdges, type TrieEdges } from './trie-edges.js';

const KEY_SPACE = 2 ** 21;
/** Ints per slot of the edge table: parent node, key id, child node (-1 when the slot is empty). */
const STRIDE = 3;
const INITIAL_SLOTS = 1 << 10;
/** Tokens a trie is walked without its packed edges before they are built (see SyllableTrie.shouldPack). */
const PACK_AFTER_TOKENS = 20_000;

function slotOf(node: number, keyId: number, mask: number): number {
  let h = Math.imul(node ^ Math.imul(keyId, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}

function grown(array: Int32Array, atLeast: number, fill: number): Int32Array<ArrayBuffer> {
  let length = array.length;
  while (length < atLeast) length *= 2;
  const out = new Int32Array(length);
  if (fill !== 0) out.fill(fill, array.length);
  out.set(array);
  return out;
}

/** Payload lists of a trie: node `n`'s payloads are `values[k]` for `k = head[n]`, then `k = next[k]`, until -1. @internal */
export interface PayloadLists {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly values: Int32Array;
}

/** A syllable-keyed trie with integer payloads. @internal */
export class SyllableTrie {
  private readonly keyIds = new Map<string, number>();
  private nodeCount = 1;
  /** Child of the root by key id, or -1. */
  private rootChildren = new Int32Array(INITIAL_SLOTS).fill(-1);
  /** Edges below the root: STRIDE ints per slot. */
  private slots: Int32Array;
  private mask: number;
  private edgeCount = 0;
  /** 1 for nodes with children below the root: most nodes are leaves, and a leaf needs no probe of the table. */
  private hasChildren = new Int32Array(INITIAL_SLOTS);
  private lists: { head: Int32Array; tail: Int32Array; next: Int32Array; values: Int32Array } = {
    head: new Int32Array(INITIAL_SLOTS).fill(-1),
    tail: new Int32Array(INITIAL_SLOTS),
    next: new Int32Array(INITIAL_SLOTS),
    values: new Int32Array(INITIAL_SLOTS),
  };
  private payloadCount = 0;
  /** The edges below the root as look-ups read them; undefined until the first look-up after an insert. */
  private packed: TrieEdges | undefined;
  /** Tokens walked without the packed edges so far (see shouldPack). */
  private unpackedTokens = 0;
  /** Key id + 2 by tokenizer run id (0: not looked up yet), so that a token's key is looked up once per run. */
  private byRun = new Int32Array(0);

  /**
   * @param expectedEdges - About how many edges below the root the trie will get (sizes the edge table once
   * instead of growing it step by step); any value works.
   */
  constructor(expectedEdges = 0) {
    let slots = INITIAL_SLOTS;
    while (slots < 2 * expectedEdges) slots *= 2;
    this.slots = new Int32Array(slots * STRIDE).fill(-1);
    this.mask = slots - 1;
  }

  /** Number of nodes, the root included. */
  get size(): number {
    return this.nodeCount;
  }

  /** The id of a syllable key, or -1 when no phrase in the trie uses it (then nothing can match through it). */
  keyId(key: string): number {
    return this.keyIds.get(key) ?? -1;
  }

  /**
   * {@link SyllableTrie.keyId} of a token's key, remembered by the id of the tokenizer's run that gave it
   * (`TokenTable.runIds`; below 0 when there is none): a text repeats a few thousand keys many times.
   */
  keyIdOfRun(key: string, runId: number): number {
    if (runId < 0) return this.keyId(key);
    let byRun = this.byRun;
    if (runId < byRun.length) {
      const known = byRun[runId] as number;
      if (known !== 0) return known - 2;
    } else {
      byRun = fitRunId(byRun, runId);
      this.byRun = byRun;
    }
    const id = this.keyId(key);
    byRun[runId] = id + 2;
    return id;
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
        // A key that was unknown is known now: forget what was remembered by run.
        if (this.byRun.length > 0) this.byRun = new Int32Array(0);
      }
      let child = node === 0 ? this.child(0, id) : this.edgeChild(node, id);
      if (child < 0) {
        child = this.nodeCount++;
        this.addEdge(node, id, child);
      }
      node = child;
    }
    this.addPayload(node, payload);
  }

  /** The child of `node` along key id `keyId`, or -1. */
  child(node: number, keyId: number): number {
    if (keyId < 0) return -1;
    if (node === 0) return keyId < this.rootChildren.length ? (this.rootChildren[keyId] as number) : -1;
    if (node < 0) return -1;
    const edges = this.packedEdges();
    const at = findEdge(edges, node, keyId);
    return at < 0 ? -1 : (edges.slots[at + 1] as number);
  }

  /**
   * The edges as look-ups read them (see trie-edges.ts: {@link findEdge} gives an edge's slot, with the child and
   * the head of its payload list), packed again on the first call after an insert. Valid until the next insert.
   */
  packedEdges(): TrieEdges {
    return (this.packed ??= this.packEdges());
  }

  /**
   * Whether {@link SyllableTrie.packedEdges} is worth building for a walk over `tokens` more tokens: packing costs
   * about as much as walking some 100,000 tokens the slower way ({@link SyllableTrie.childBeforePacking}), so a
   * process that repairs one short text (an editor's one sentence, a cold start) never pays it, and one that reads
   * much text pays it once.
   */
  shouldPack(tokens: number): boolean {
    if (this.packed !== undefined) return true;
    this.unpackedTokens += tokens;
    return this.unpackedTokens > PACK_AFTER_TOKENS;
  }

  /** The child of `node` along `keyId` (-1: none), read from the insert-side tables: no packing needed. */
  childBeforePacking(node: number, keyId: number): number {
    if (keyId < 0) return -1;
    if (node === 0) return keyId < this.rootChildren.length ? (this.rootChildren[keyId] as number) : -1;
    return node < 0 || node >= this.hasChildren.length ? -1 : this.edgeChild(node, keyId);
  }

  private packEdges(): TrieEdges {
    const parents = new Int32Array(this.edgeCount);
    const keyIds = new Int32Array(this.edgeCount);
    const children = new Int32Array(this.edgeCount);
    const slots = this.slots;
    let count = 0;
    for (let at = 0; at < slots.length; at += STRIDE) {
      if ((slots[at + 2] as number) < 0) continue;
      parents[count] = slots[at] as number;
      keyIds[count] = slots[at + 1] as number;
      children[count] = slots[at + 2] as number;
      count++;
    }
    const { head, next, values } = this.lists;
    return packTrieEdges(this.nodeCount, this.rootChildren, { count, parents, keyIds, children }, head, { next, values, count: this.payloadCount });
  }

  /** The child of `node` (above 0) along `keyId` in the insert-side edge table, or -1. */
  private edgeChild(node: number, keyId: number): number {
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

  /** Payloads of phrases that end at `node`, in insertion order (a new array; loops use {@link payloadLists}). */
  payloads(node: number): readonly number[] | undefined {
    const { head, next, values } = this.lists;
    if (node >= head.length || (head[node] as number) < 0) return undefined;
    const out: number[] = [];
    for (let k = head[node] as number; k >= 0; k = next[k] as number) out.push(values[k] as number);
    return out;
  }

  /** The payload lists of all nodes, for loops that visit many nodes. Valid until the next insert. */
  payloadLists(): PayloadLists {
    return this.lists;
  }

  private addPayload(node: number, payload: number): void {
    this.packed = undefined;
    let lists = this.lists;
    if (node >= lists.head.length) lists = { ...lists, head: grown(lists.head, node + 1, -1), tail: grown(lists.tail, node + 1, 0) };
    const k = this.payloadCount++;
    if (k >= lists.values.length) lists = { ...lists, next: grown(lists.next, k + 1, 0), values: grown(lists.values, k + 1, 0) };
    this.lists = lists;
    lists.values[k] = payload;
    lists.next[k] = -1;
    const last = lists.tail[node] as number;
    if ((lists.head[node] as number) < 0) lists.head[node] = k;
    else lists.next[last] = k;
    lists.tail[node] = k;
  }

  private addEdge(node: number, keyId: number, child: number): void {
    this.packed = undefined;
    if (node === 0) {
      if (keyId >= this.rootChildren.length) this.rootChildren = grown(this.rootChildren, keyId + 1, -1);
      this.rootChildren[keyId] = child;
      return;
    }
    // Keep the table at most half full, so that probe runs stay short.
    if (2 * (this.edgeCount + 1) > this.mask + 1) this.grow();
    this.place(node, keyId, child);
    this.edgeCount++;
    if (node >= this.hasChildren.length) this.hasChildren = grown(this.hasChildren, node + 1, 0);
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
