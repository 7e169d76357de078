import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { buildSpinGroups } from '../../src/dictionary/spin-groups.js';
import { findMatches, type Matches } from '../../src/rules/match.js';
import { buildRuleIndex } from '../../src/rules/rule-index.js';
import { buildWordChain } from '../../src/rules/word-chain.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

// Rules of one, two and three syllables, one of them guarded.
const DICT = compileDictionary(`name: packing
entries:
  - { from: [văn phiên bản], to: văn bản, category: spin, confidence: 0.97, examples: [{ in: "văn phiên bản", out: "văn bản" }] }
  - { from: [ko], to: không, category: teencode, confidence: 0.95, examples: [{ in: "tôi ko biết", out: "tôi không biết" }] }
  - { from: [sở hữu], to: có, category: spin, confidence: 0.3, unless: { prev: [quyền] }, examples: [{ in: "sở hữu 5", out: "có 5" }, { in: "quyền sở hữu" }] }
`);
const GROUPS = buildSpinGroups([['đánh giá', 'tiến công giá'], ['những', 'các'], ['có', 'sở hữu', 'mang']]);
const TEXT = 'Kết quả tiến công giá cao. Quyền sở hữu và những người sở hữu các văn phiên bản ko có giá.';

/** The matches as plain data: rule ids with their spans, and the group sites. */
function summary(m: Matches): unknown {
  const sites = Array.from({ length: m.groups.count }, (_, k) => [m.groups.member[k], m.groups.first[k], m.groups.last[k]]);
  return { rules: m.rules.map((r) => [r.rule.entry.id, r.first, r.last, r.guardReason]), sites };
}

describe('findMatches before and after the trie is packed', () => {
  test('the same matches either way', () => {
    const chainOf = (): ReturnType<typeof buildWordChain> => buildWordChain(TEXT, scanTokens(TEXT));
    const fresh = buildRuleIndex([DICT], GROUPS);
    const before = summary(findMatches(chainOf(), fresh));
    const packed = buildRuleIndex([DICT], GROUPS);
    packed.trie.packedEdges();
    const after = summary(findMatches(chainOf(), packed));
    expect(after).toEqual(before);
    expect((before as { rules: unknown[] }).rules.length).toBeGreaterThan(0);
    expect((before as { sites: unknown[] }).sites.length).toBeGreaterThan(0);
  });
});
