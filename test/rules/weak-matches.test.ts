import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { buildConfig } from '../../src/despin.js';
import { addWeakMatches, findMatches, type RuleMatch } from '../../src/rules/match.js';
import { buildRuleIndex } from '../../src/rules/rule-index.js';
import { STRONG_PRIOR } from '../../src/rules/spin-signals.js';
import { buildWordChain } from '../../src/rules/word-chain.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

// Sure and unsure rules sharing first syllables, nested, and of the same span (dictionary order breaks the tie).
const DICT = compileDictionary(`name: weak
entries:
  - { from: [tiến công giá], to: đánh giá, category: spin, confidence: 0.97, examples: [{ in: "tiến công giá", out: "đánh giá" }] }
  - { from: [tiến công], to: tấn công, category: spin, confidence: 0.5, examples: [{ in: "tiến công", out: "tấn công" }] }
  - { from: [công giá], to: công giá, category: spin, confidence: 0.3, examples: [{ in: "công giá" }] }
  - { from: [ko], to: không, category: teencode, confidence: 0.95, examples: [{ in: "tôi ko biết", out: "tôi không biết" }] }
  - { from: [ko biết], to: không biết, category: teencode, confidence: 0.6, examples: [{ in: "ko biết", out: "không biết" }] }
  - { from: [sở hữu], to: có, category: spin, confidence: 0.3, unless: { prev: [quyền] }, examples: [{ in: "sở hữu 5", out: "có 5" }, { in: "quyền sở hữu" }] }
  - { from: [sở hữu], to: có được, category: spin, confidence: 0.92, examples: [{ in: "sở hữu 5", out: "có được 5" }] }
`, { runExamples: false });
const TEXTS = [
  'Kết quả tiến công giá cao, tiến công giá. Tôi ko biết. Quyền sở hữu và những người sở hữu nhà ko.',
  'ko ko biết tiến công tiến công giá sở hữu',
  '',
];

const chainOf = (text: string): ReturnType<typeof buildWordChain> => buildWordChain(text, scanTokens(text));
const rows = (matches: readonly RuleMatch[]): unknown[] => matches.map((m) => [m.rule.entry.id, m.rule.order, m.first, m.last, m.guardReason]);

describe('rules split by prior', () => {
  test('the sure rules are in the trie, the others in the weak trie', () => {
    const index = buildRuleIndex([DICT]);
    const inTrie = (trie: typeof index.trie, keys: readonly string[]): number[] => {
      let node = 0;
      for (const key of keys) node = node < 0 ? -1 : trie.child(node, trie.keyId(key));
      return node < 0 ? [] : [...(trie.payloads(node) ?? [])];
    };
    for (const rule of index.rules) {
      const [own, other] = rule.entry.confidence >= STRONG_PRIOR ? [index.trie, index.weakTrie] : [index.weakTrie, index.trie];
      expect(inTrie(own, rule.fromKeys)).toContain(rule.order);
      expect(inTrie(other, rule.fromKeys)).not.toContain(rule.order);
    }
  });

  test.each(TEXTS)('sure matches, then the weak ones added, give all matches in the same order (%j)', (text) => {
    const index = buildRuleIndex([DICT]);
    const strong = findMatches(chainOf(text), index, undefined, false).rules;
    expect(strong.every((m) => m.rule.entry.confidence >= STRONG_PRIOR)).toBe(true);
    const all = findMatches(chainOf(text), index).rules;
    expect(rows(addWeakMatches(chainOf(text), index, strong))).toEqual(rows(all));
    // In text order, ties by span end, then by dictionary order.
    const keys = all.map((m) => [m.first, m.last, m.rule.order]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number)));
  });

  test('the first text has sure and weak matches at the same places', () => {
    const all = findMatches(chainOf(TEXTS[0] as string), buildRuleIndex([DICT])).rules;
    const sure = all.filter((m) => m.rule.entry.confidence >= STRONG_PRIOR).length;
    expect(sure).toBeGreaterThan(0);
    expect(all.length - sure).toBeGreaterThan(0);
  });

  test('with the built-in dictionaries, on the spun article', () => {
    const article = readFileSync(path.resolve(__dirname, '../../examples/spun-article.txt'), 'utf8');
    const { index } = buildConfig({ languageModel: false });
    const strong = findMatches(chainOf(article), index, undefined, false).rules;
    const all = findMatches(chainOf(article), index).rules;
    expect(all.length).toBeGreaterThan(strong.length);
    expect(rows(addWeakMatches(chainOf(article), index, strong))).toEqual(rows(all));
  });
});
