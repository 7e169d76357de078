import { describe, expect, test } from 'vitest';
import type { Proposal } from '../../src/rules/proposal.js';
import { selectProposals } from '../../src/rules/select.js';
import { matchCase } from '../../src/rules/match-case.js';

function p(start: number, end: number, confidence: number, weight = 1, order = 0, id = `${start}-${end}`): Proposal {
  return {
    start,
    end,
    spanStart: start,
    spanEnd: end,
    replacement: id,
    ruleId: id,
    category: 'spin',
    prior: confidence,
    weight,
    order,
    reasons: [],
    confidence,
    scoredReasons: [],
  };
}

describe('selectProposals', () => {
  test.each([
    { name: 'one', input: [p(0, 3, 0.9)], chosen: ['0-3'] },
    { name: 'longer confident span beats two short ones', input: [p(0, 13, 0.97, 3), p(0, 9, 0.5, 2), p(10, 13, 0.5, 1)], chosen: ['0-13'] },
    { name: 'two confident short spans beat one weak long', input: [p(0, 13, 0.4, 3), p(0, 9, 0.9, 2), p(10, 13, 0.9, 1)], chosen: ['0-9', '10-13'] },
    { name: 'non-overlapping all kept', input: [p(5, 7, 0.6), p(0, 3, 0.6), p(3, 5, 0.6)], chosen: ['0-3', '3-5', '5-7'] },
    { name: 'tie: longer first', input: [p(0, 4, 0.8, 1), p(0, 6, 0.8, 1)], chosen: ['0-6'] },
    { name: 'tie: dictionary order', input: [p(0, 4, 0.8, 1, 2, 'b'), p(0, 4, 0.8, 1, 1, 'a')], chosen: ['a'] },
  ])('$name', ({ input, chosen }) => {
    expect(selectProposals(input).map((x) => x.ruleId)).toEqual(chosen);
    expect(selectProposals([...input].reverse()).map((x) => x.ruleId)).toEqual(chosen);
  });
});

describe('matchCase', () => {
  test.each([
    ['tiến công giá', 'đánh giá', 'đánh giá'],
    ['Tiến công giá', 'đánh giá', 'Đánh giá'],
    ['Tiến Công Giá', 'đánh giá', 'Đánh Giá'],
    ['TIẾN CÔNG GIÁ', 'đánh giá', 'ĐÁNH GIÁ'],
    ['sở hữu', 'có', 'có'],
    ['Sở hữu', 'có', 'Có'],
    ['ko', 'không', 'không'],
    ['K', 'không', 'Không'],
    ['phái mạnh Định', 'Nam Định', 'Nam Định'],
    ['bệnh viện Nhiều khoa', 'bệnh viện đa khoa', 'bệnh viện Đa khoa'],
    ['tội Thịt người', 'tội giết người', 'tội Giết người'],
    ['VAT thu nhập', 'thuế thu nhập', 'thuế thu nhập'],
    ['Sở hữu thể', 'có thể', 'Có thể'],
    ['Tiến Công', 'tấn công', 'Tấn Công'],
  ])('%s → %s gives %s', (original, replacement, out) => {
    expect(matchCase(original, replacement)).toBe(out);
  });
});
