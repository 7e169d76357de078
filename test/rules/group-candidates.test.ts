import { describe, expect, test } from 'vitest';
import { buildSpinGroups } from '../../src/dictionary/spin-groups.js';
import { DEFAULT_GROUP_WEIGHTS, scoreGroupConfidence } from '../../src/score/confidence.js';
import { bestGroupConfidence, type GroupCandidate } from '../../src/rules/group-proposal.js';
import { buildRuleIndex } from '../../src/rules/rule-index.js';

const index = buildRuleIndex([], buildSpinGroups([['đánh giá', 'tiến công giá'], ['những', 'các']]));
const candidate = (lmRatio: number): GroupCandidate => ({ first: 0, last: 1, member: 1, to: 0, lmRatio, alternatives: 1, rareEdge: false, lengthChange: 0, mixture: 0 });

describe('bestGroupConfidence', () => {
  test.each([
    ['family weight raises it', 0.5, true],
    ['family weight lowers it', -0.5, false],
    ['family weight is nothing', 0, false],
  ])('%s: scored as family = %s', (_name, family, asFamily) => {
    const weights = { ...DEFAULT_GROUP_WEIGHTS, family };
    const c = candidate(2.5);
    const expected = scoreGroupConfidence({ lmRatio: 2.5, alternatives: 1, docSpin: 0.4, hitRate: 0.1, rareEdge: false, lengthChange: 0, family: asFamily }, weights).value;
    expect(bestGroupConfidence(index, c, 0.4, 0.1, weights)).toBe(expected);
  });

  test('is at least the confidence either way of the family', () => {
    const c = candidate(1.2);
    const best = bestGroupConfidence(index, c, 0.3, 0.05, DEFAULT_GROUP_WEIGHTS) ?? -1;
    for (const family of [false, true]) {
      const e = { lmRatio: 1.2, alternatives: 1, docSpin: 0.3, hitRate: 0.05, rareEdge: false, lengthChange: 0, family };
      expect(best).toBeGreaterThanOrEqual(scoreGroupConfidence(e, DEFAULT_GROUP_WEIGHTS).value);
    }
  });
});
