import { describe, expect, test } from 'vitest';

import { findChild, packTrieEdges } from '../../src/dictionary/trie-edges.js';
import { SyllableTrie } from '../../src/dictionary/syllable-trie.js';

describe('packTrieEdges / findChild', () => {
  // Node 1 has children along keys 7 and 9, node 2 along 7; node 3 has none.
  const edges = packTrieEdges(6, 3, Int32Array.of(1, 1, 2), Int32Array.of(7, 9, 7), Int32Array.of(3, 4, 5));

  test.each`
    node  | keyId | child
    ${1}  | ${7}  | ${3}
    ${1}  | ${9}  | ${4}
    ${2}  | ${7}  | ${5}
    ${2}  | ${9}  | ${-1}
    ${1}  | ${8}  | ${-1}
    ${3}  | ${7}  | ${-1}
    ${99} | ${7}  | ${-1}
  `('child of $node along $keyId is $child', ({ node, keyId, child }) => {
    expect(findChild(edges, node, keyId)).toBe(child);
  });

  test('a node with many children finds each one and nothing else', () => {
    const count = 5000;
    const parents = new Int32Array(count).fill(1);
    const keyIds = Int32Array.from({ length: count }, (_, i) => i * 3);
    const children = Int32Array.from({ length: count }, (_, i) => i + 2);
    const many = packTrieEdges(count + 2, count, parents, keyIds, children);
    for (let i = 0; i < count; i++) {
      expect(findChild(many, 1, i * 3)).toBe(i + 2);
      expect(findChild(many, 1, i * 3 + 1)).toBe(-1);
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
});
