import { describe, expect, test } from 'vitest';

import { findEdge, findEdgeBelow, packTrieEdges, type TrieEdges } from '../../src/dictionary/trie-edges.js';
import { SyllableTrie } from '../../src/dictionary/syllable-trie.js';

/** [child, payload head] of the edge, or null. */
function edgeOf(edges: TrieEdges, node: number, keyId: number): [number, number] | null {
  const at = findEdge(edges, node, keyId);
  return at < 0 ? null : [edges.slots[at + 1] as number, edges.slots[at + 2] as number];
}

describe('packTrieEdges / findEdge', () => {
  // The root has children 1 (key 0) and 2 (key 2); node 1 has children along keys 7 and 9, node 2 along 7; node 3
  // has none. Nodes 2 and 4 carry payloads (list heads 0 and 5).
  const edges = packTrieEdges(
    6,
    Int32Array.of(1, -1, 2),
    { count: 3, parents: Int32Array.of(1, 1, 2), keyIds: Int32Array.of(7, 9, 7), children: Int32Array.of(3, 4, 5) },
    Int32Array.of(-1, -1, 0, -1, 5),
  );

  test.each`
    node  | keyId | edge
    ${0}  | ${0}  | ${[1, -1]}
    ${0}  | ${2}  | ${[2, 0]}
    ${0}  | ${1}  | ${null}
    ${0}  | ${3}  | ${null}
    ${0}  | ${-1} | ${null}
    ${1}  | ${7}  | ${[3, -1]}
    ${1}  | ${9}  | ${[4, 5]}
    ${2}  | ${7}  | ${[5, -1]}
    ${2}  | ${9}  | ${null}
    ${1}  | ${8}  | ${null}
    ${3}  | ${7}  | ${null}
    ${99} | ${7}  | ${null}
    ${-2} | ${7}  | ${null}
  `('edge of $node along $keyId: [child, head] $edge', ({ node, keyId, edge }) => {
    expect(edgeOf(edges, node, keyId)).toEqual(edge);
  });

  test.each`
    rootKey | keyId | edge
    ${0}    | ${7}  | ${[3, -1]}
    ${0}    | ${9}  | ${[4, 5]}
    ${0}    | ${8}  | ${null}
    ${2}    | ${7}  | ${[5, -1]}
    ${2}    | ${-1} | ${null}
  `('below the root edge of key $rootKey along $keyId: $edge (as findEdge from its child)', ({ rootKey, keyId, edge }) => {
    const at = findEdgeBelow(edges, findEdge(edges, 0, rootKey), keyId);
    const child = edges.slots[findEdge(edges, 0, rootKey) + 1] as number;
    expect(at < 0 ? null : [edges.slots[at + 1], edges.slots[at + 2]]).toEqual(edge);
    expect(at).toBe(findEdge(edges, child, keyId));
  });

  test('below an edge to a leaf there is nothing', () => {
    const toLeaf = findEdgeBelow(edges, findEdge(edges, 0, 0), 7);
    expect(findEdgeBelow(edges, toLeaf, 7)).toBe(-1);
  });

  test('a node with many children finds each one and nothing else', () => {
    const count = 5000;
    const parents = new Int32Array(count).fill(1);
    const keyIds = Int32Array.from({ length: count }, (_, i) => i * 3);
    const children = Int32Array.from({ length: count }, (_, i) => i + 2);
    const many = packTrieEdges(count + 2, Int32Array.of(-1, 1), { count, parents, keyIds, children }, new Int32Array(0));
    for (let i = 0; i < count; i++) {
      expect(edgeOf(many, 1, i * 3)).toEqual([i + 2, -1]);
      expect(edgeOf(many, 1, i * 3 + 1)).toBeNull();
    }
  });
});

describe('SyllableTrie look-ups after more inserts', () => {
  test('a look-up between inserts sees the later phrases too', () => {
    const trie = new SyllableTrie();
    trie.insert(['tiến', 'công'], 0);
    const first = trie.child(trie.child(0, trie.keyId('tiến')), trie.keyId('công'));
    expect(trie.payloads(first)).toEqual([0]);
    trie.insert(['tiến', 'bộ'], 1);
    const second = trie.child(trie.child(0, trie.keyId('tiến')), trie.keyId('bộ'));
    expect(trie.payloads(second)).toEqual([1]);
    expect(trie.child(trie.child(0, trie.keyId('tiến')), trie.keyId('công'))).toBe(first);
    expect(trie.child(-5, 0)).toBe(-1);
  });

  test('an edge slot carries the payload head of its child, also after a payload is added', () => {
    const trie = new SyllableTrie();
    trie.insert(['tiến', 'công', 'giá'], 0);
    const headOf = (keys: string[]): number => {
      let node = 0;
      let at = -1;
      const edges = trie.packedEdges();
      for (const key of keys) {
        at = findEdge(edges, node, trie.keyId(key));
        node = edges.slots[at + 1] as number;
      }
      return edges.slots[at + 2] as number;
    };
    expect([headOf(['tiến']), headOf(['tiến', 'công'])]).toEqual([-1, -1]);
    trie.insert(['tiến', 'công'], 1);
    trie.insert(['tiến'], 2);
    const { values } = trie.payloadLists();
    expect([values[headOf(['tiến', 'công'])], values[headOf(['tiến'])], values[headOf(['tiến', 'công', 'giá'])]]).toEqual([1, 2, 0]);
  });
});

describe('packed payloads', () => {
  test.each`
    phrases                                                      | path                   | payloads
    ${[['tiến', 'công']]}                                        | ${['tiến', 'công']}    | ${[0]}
    ${[['tiến', 'công'], ['tiến', 'công']]}                      | ${['tiến', 'công']}    | ${[0, 1]}
    ${[['tiến', 'công'], ['tiến'], ['tiến', 'công'], ['tiến']]} | ${['tiến']}            | ${[1, 3]}
    ${[['tiến', 'công', 'giá']]}                                 | ${['tiến', 'công']}    | ${[]}
  `('the slot of $path gives payloads $payloads: the only one in the slot, several through the interleaved lists', ({ phrases, path, payloads }) => {
    const trie = new SyllableTrie();
    (phrases as string[][]).forEach((p, i) => trie.insert(p, i));
    const edges = trie.packedEdges();
    let node = 0;
    let at = -1;
    for (const key of path as string[]) {
      at = findEdge(edges, node, trie.keyId(key));
      node = edges.slots[at + 1] as number;
    }
    const only = edges.slots[at + 5] as number;
    const read: number[] = [];
    if (only >= 0) read.push(only);
    else if (only === -2) {
      for (let k = edges.slots[at + 2] as number; k >= 0; k = edges.payloads[2 * k + 1] as number) read.push(edges.payloads[2 * k] as number);
    }
    expect(read).toEqual(payloads);
    expect(read).toEqual(trie.payloads(node) ?? []);
  });

  test('without lists the slots still say whether a child has payloads', () => {
    const edges = packTrieEdges(3, Int32Array.of(1, 2), { count: 0, parents: new Int32Array(0), keyIds: new Int32Array(0), children: new Int32Array(0) }, Int32Array.of(-1, 4, -1));
    expect([edges.slots[findEdge(edges, 0, 0) + 5], edges.slots[findEdge(edges, 0, 1) + 5], edges.payloads.length]).toEqual([-2, -1, 0]);
  });
});

describe('SyllableTrie before packing', () => {
  test('the insert-side walk finds the same children as the packed one', () => {
    const trie = new SyllableTrie();
    const phrases = [['tiến', 'công', 'giá'], ['tiến', 'công'], ['văn', 'phiên', 'bản'], ['sở', 'hữu'], ['sở', 'hữu', 'thể'], ['ko']];
    phrases.forEach((p, i) => trie.insert(p, i));
    const unpacked: number[] = [];
    const walk = (child: (node: number, keyId: number) => number): number[] => {
      const out: number[] = [];
      for (const p of [...phrases, ['tiến', 'hữu'], ['không']]) {
        let node = 0;
        for (const key of p) node = node < 0 ? -1 : child(node, trie.keyId(key));
        out.push(node);
      }
      return out;
    };
    unpacked.push(...walk((node, keyId) => trie.childBeforePacking(node, keyId)));
    expect(trie.shouldPack(10)).toBe(false);
    const packed = walk((node, keyId) => trie.child(node, keyId));
    expect(unpacked).toEqual(packed);
    expect(unpacked.slice(-2)).toEqual([-1, -1]);
    expect(trie.shouldPack(1_000_000)).toBe(true);
  });
});
