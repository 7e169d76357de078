import { describe, expect, test } from 'vitest';
import { buildSpinGroups } from '../../src/dictionary/spin-groups.js';
import { findGroupSites, type GroupSites } from '../../src/rules/group-sites.js';
import { findMatches } from '../../src/rules/match.js';
import { PassScratch } from '../../src/rules/pass-scratch.js';
import { buildRuleIndex } from '../../src/rules/rule-index.js';
import { synonymsAcross } from '../../src/rules/synonyms-across.js';
import { buildWordChain, type WordChain } from '../../src/rules/word-chain.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

const GROUPS = buildSpinGroups([
  ['đánh giá', 'tiến công giá'],
  ['những', 'các'],
  ['có', 'sở hữu', 'mang'],
  ['người', 'con người'],
  ['tiến công', 'tấn công'],
]);
const INDEX = buildRuleIndex([], GROUPS);
const TEXTS = [
  'Kết quả tiến công giá cao. Những người sở hữu các căn nhà có giá.',
  'con người. người có. mang những các. tiến công giá tiến công giá tấn công',
  'Không có gì ở đây cả',
  '',
  '😀 \uD800 người\r\ncon người',
];

const chainOf = (text: string): WordChain => buildWordChain(text, scanTokens(text));

/** Sites as [member, first, last] read through `has`/`memberAt`, as a reader that may stop early does. */
function readLazily(sites: GroupSites): number[][] {
  const out: number[][] = [];
  for (let k = 0; sites.has(k); k++) out.push([sites.memberAt(k), sites.firstAt(k), sites.lastAt(k)]);
  return out;
}

/** Sites as [member, first, last] read through `count` and the arrays. */
function readAll(sites: GroupSites): number[][] {
  return Array.from({ length: sites.count }, (_, k) => [sites.member[k] as number, sites.first[k] as number, sites.last[k] as number]);
}

describe('findGroupSites', () => {
  test.each(TEXTS)('reading site by site gives the sites that count and the arrays give (%j)', (text) => {
    const lazy = readLazily(findGroupSites(chainOf(text), INDEX.groupTrie));
    expect(lazy).toEqual(readAll(findGroupSites(chainOf(text), INDEX.groupTrie)));
    expect(readAll(findMatches(chainOf(text), INDEX).groups)).toEqual(lazy);
  });

  test('the sites of the first text: members in text order, the longer after the shorter at one start', () => {
    const text = TEXTS[0] as string;
    const chain = chainOf(text);
    const words = readAll(findGroupSites(chain, INDEX.groupTrie)).map(([member, first, last]) => [
      GROUPS.members[member as number],
      text.slice(chain.table.starts[first as number], chain.table.ends[last as number]),
    ]);
    expect(words).toEqual([
      ['tiến công', 'tiến công'],
      ['tiến công giá', 'tiến công giá'],
      ['những', 'Những'],
      ['người', 'người'],
      ['sở hữu', 'sở hữu'],
      ['các', 'các'],
      ['có', 'có'],
    ]);
  });

  test.each(TEXTS)('someAt visits the sites of one start in order, and stops when asked (%j)', (text) => {
    const chain = chainOf(text);
    const all = readAll(findGroupSites(chain, INDEX.groupTrie));
    const sites = findGroupSites(chain, INDEX.groupTrie);
    for (let first = -1; first <= chain.table.length; first++) {
      const seen: number[][] = [];
      expect(sites.someAt(first, (member, last) => (seen.push([member, first, last]), false))).toBe(false);
      expect(seen).toEqual(all.filter((s) => s[1] === first));
      if (seen.length > 0) expect(sites.someAt(first, () => true)).toBe(true);
    }
  });

  test('arrays from a scratch give the same sites as fresh ones, pass after pass', () => {
    const scratch = new PassScratch();
    for (const text of [...TEXTS, ...[...TEXTS].reverse()]) {
      const chain = buildWordChain(text, (scratch.table = scanTokens(text, scratch.table)), scratch);
      expect(readLazily(findGroupSites(chain, INDEX.groupTrie, scratch))).toEqual(readAll(findGroupSites(chainOf(text), INDEX.groupTrie)));
    }
  });
});

/** synonymsAcross as it was before sites were lazy: a scan of the full site list. */
function synonymAcrossByList(all: number[][], endsAt: number, startsAt: number): number {
  for (const [member, first, last] of all) {
    if ((first as number) < endsAt - 32 || (first as number) > endsAt || last !== endsAt) continue;
    const synonyms = GROUPS.alternatives[member as number] ?? [];
    for (const [other, start, end] of all) if (start === startsAt && synonyms.includes(other as number)) return end as number;
  }
  return -1;
}

describe('synonymsAcross over lazy sites', () => {
  test.each(TEXTS)('finds what a scan of every site finds, for every pair of tokens (%j)', (text) => {
    const chain = chainOf(text);
    const all = readAll(findGroupSites(chain, INDEX.groupTrie));
    const across = synonymsAcross(findGroupSites(chain, INDEX.groupTrie), INDEX);
    const n = chain.table.length;
    for (let endsAt = 0; endsAt < n; endsAt++) {
      for (let startsAt = 0; startsAt < n; startsAt++) expect(across(endsAt, startsAt)).toBe(synonymAcrossByList(all, endsAt, startsAt));
    }
  });

  test('a member before a period and its synonym after it', () => {
    const text = TEXTS[1] as string;
    const chain = chainOf(text);
    const across = synonymsAcross(findGroupSites(chain, INDEX.groupTrie), INDEX);
    // "con người. người": tokens 0 "con", 2 "người", 3 ".", 5 "người"; "con người" (0-2) and "người" are synonyms.
    expect(across(2, 5)).toBe(5);
    // Nothing ends at "con" (token 0) with a synonym at "người" (token 5).
    expect(across(0, 5)).toBe(-1);
    // "người có. mang": "có" (token 7) and "mang" (token 10) are synonyms.
    expect(across(7, 10)).toBe(10);
  });
});
