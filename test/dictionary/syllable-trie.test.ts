import { describe, expect, test } from 'vitest';

import { SyllableTrie } from '../../src/dictionary/syllable-trie.js';

/** Walk `keys` from the root; the payloads at the end, or null when the walk falls off the trie. */
function walk(trie: SyllableTrie, keys: readonly string[]): readonly number[] | undefined | null {
  let node = 0;
  for (const key of keys) {
    node = trie.child(node, trie.keyId(key));
    if (node < 0) return null;
  }
  return trie.payloads(node);
}

describe('SyllableTrie', () => {
  const trie = new SyllableTrie();
  trie.insert(['tiến', 'công', 'giá'], 0);
  trie.insert(['tấn', 'công', 'giá'], 1);
  trie.insert(['tiến', 'công'], 2);
  trie.insert(['tiến', 'công', 'giá'], 3);
  trie.insert(['sở', 'hữu'], 4);

  test.each`
    phrase             | payloads
    ${'tiến công giá'} | ${[0, 3]}
    ${'tấn công giá'}  | ${[1]}
    ${'tiến công'}     | ${[2]}
    ${'tiến'}          | ${undefined}
    ${'sở hữu'}        | ${[4]}
    ${'sở hữu trí'}    | ${null}
    ${'công giá'}      | ${null}
    ${'đánh giá'}      | ${null}
  `('$phrase → $payloads', ({ phrase, payloads }) => {
    expect(walk(trie, (phrase as string).split(' '))).toEqual(payloads);
  });

  test.each`
    node  | keyId
    ${0}  | ${-1}
    ${0}  | ${1_000_000}
    ${1}  | ${-1}
    ${99} | ${0}
  `('child($node, $keyId) of an unknown edge is -1', ({ node, keyId }) => {
    expect(trie.child(node, keyId)).toBe(-1);
  });

  test('nodes are numbered in insertion order, the root is 0', () => {
    expect(trie.size).toBe(9);
    expect(trie.child(0, trie.keyId('tiến'))).toBe(1);
    expect(trie.child(1, trie.keyId('công'))).toBe(2);
  });

  test('payload lists hold the payloads of every node in insertion order, and follow later inserts', () => {
    const listed = (t: SyllableTrie): (number[] | undefined)[] => {
      const { head, next, values } = t.payloadLists();
      return Array.from({ length: t.size }, (_, node) => {
        const list: number[] = [];
        for (let k = node < head.length ? (head[node] as number) : -1; k >= 0; k = next[k] as number) list.push(values[k] as number);
        return list.length === 0 ? undefined : list;
      });
    };
    expect(listed(trie)).toEqual([undefined, undefined, [2], [0, 3], undefined, undefined, [1], undefined, [4]]);
    const grown = new SyllableTrie();
    grown.insert(['a'], 1);
    expect(listed(grown)).toEqual([undefined, [1]]);
    grown.insert(['a', 'b'], 2);
    grown.insert(['a'], 3);
    expect(listed(grown)).toEqual([undefined, [1, 3], [2]]);
    for (let i = 0; i < 3000; i++) grown.insert(['a', `c${i % 1500}`], 10 + i);
    expect(grown.payloads(3)).toEqual([10, 1510]);
    expect(listed(grown)[3]).toEqual([10, 1510]);
  });

  test('keyIdOfRun remembers key ids by run id, and forgets them when a new key comes in', () => {
    const t = new SyllableTrie();
    t.insert(['tiến', 'công'], 0);
    expect([t.keyIdOfRun('công', 5000), t.keyIdOfRun('công', 5000), t.keyIdOfRun('giá', 7), t.keyIdOfRun('giá', -1)]).toEqual([1, 1, -1, -1]);
    t.insert(['giá'], 1);
    expect([t.keyIdOfRun('giá', 7), t.keyIdOfRun('tiến', 3), t.keyIdOfRun('công', 5000)]).toEqual([2, 0, 1]);
  });

  test.each`
    expectedEdges
    ${0}
    ${10}
    ${100_000}
  `('a size hint of $expectedEdges edges changes nothing', ({ expectedEdges }) => {
    const hinted = new SyllableTrie(expectedEdges);
    hinted.insert(['tiến', 'công', 'giá'], 0);
    hinted.insert(['tiến', 'công'], 2);
    expect([hinted.payloads(3), hinted.payloads(2), hinted.size]).toEqual([[0], [2], 4]);
  });

  test('many phrases: every one is found after the tables grow', () => {
    const big = new SyllableTrie();
    const phrases: string[][] = [];
    for (let i = 0; i < 5000; i++) phrases.push([`a${i % 97}`, `b${i % 89}`, `c${i}`]);
    phrases.forEach((p, i) => big.insert(p, i));
    phrases.forEach((p, i) => expect(walk(big, p)).toEqual([i]));
    expect(walk(big, ['a1', 'b1', 'c5000'])).toBeNull();
    expect(big.size).toBe(1 + 97 + 5000 + 5000); // i mod 97 and i mod 89 pair up uniquely below 97 × 89
  });
});
