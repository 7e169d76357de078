/**
 * A trie whose edges are syllable keys (lowercase, NFC, canonical tone placement), not characters.
 * Keys are interned to small integers once; an edge is one number in one Map (`node * 2^21 + keyId`), so a
 * lookup allocates nothing. Each node can carry payloads: indices of the rules that end there.
 * @module
 */

const KEY_SPACE = 2 ** 21;

/** A syllable-keyed trie with integer payloads. @internal */
export class SyllableTrie {
  private readonly keyIds = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  private readonly payloadsByNode: (number[] | undefined)[] = [undefined];

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
      const edge = node * KEY_SPACE + id;
      let child = this.edges.get(edge);
      if (child === undefined) {
        child = this.payloadsByNode.length;
        this.payloadsByNode.push(undefined);
        this.edges.set(edge, child);
      }
      node = child;
    }
    const list = this.payloadsByNode[node];
    if (list === undefined) this.payloadsByNode[node] = [payload];
    else list.push(payload);
  }

  /** The child of `node` along key id `keyId`, or -1. */
  child(node: number, keyId: number): number {
    return keyId < 0 ? -1 : (this.edges.get(node * KEY_SPACE + keyId) ?? -1);
  }

  /** Payloads of phrases that end at `node`. */
  payloads(node: number): readonly number[] | undefined {
    return this.payloadsByNode[node];
  }
}
