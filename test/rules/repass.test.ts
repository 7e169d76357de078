import { describe, expect, test } from 'vitest';
import { CLEAN_NEWS_SENTENCES } from '../fixtures/clean-news.js';

import { buildConfig } from '../../src/despin.js';
import { runEngine } from '../../src/rules/engine.js';
import type { Proposal } from '../../src/rules/proposal.js';
import { repassChangedLines, type PassProposals } from '../../src/rules/repass.js';
import type { Edit } from '../../src/types.js';

const CLEAN = CLEAN_NEWS_SENTENCES;

/** 60 clean lines with `inserts` appended to a few of them. */
function cleanWith(inserts: readonly string[], eol = '\n'): string {
  const lines = Array.from({ length: 60 }, (_, i) => CLEAN[i % CLEAN.length] as string);
  inserts.forEach((s, k) => {
    const at = (k * 17 + 5) % lines.length;
    lines[at] = `${lines[at]} ${s}`;
  });
  return lines.join(eol);
}

describe('later passes over the changed lines only', () => {
  // Without the model these repairs stay below the threshold: that case checks the equality only.
  const configs = [
    ['with the model', buildConfig({}), true],
    ['without the model', buildConfig({ languageModel: false }), false],
  ] as const;

  test.each(configs)('%s: the same result as passes over the whole text', (_, cfg, repairs) => {
    const texts = [
      cleanWith(['Kết quả tiến công giá cao.']),
      cleanWith(['Kết quả tiến công giá cao.', 'Tổng số một.803 thủ tục.', 'Sở hữu trí óc nhân tạo.'], '\r\n'),
      cleanWith(['Giá tăng. giá tăng mạnh.', 'Họ nói pháp luật. pháp luật để xử lý.']),
      cleanWith([]),
    ];
    let repaired = 0;
    for (const text of texts) {
      const fast = runEngine(text, cfg);
      expect(fast).toEqual(runEngine(text, { ...cfg, fullPasses: true }));
      if (fast.spinScore < 0.15 && fast.edits.some((e) => e.category !== 'orthography')) repaired++;
    }
    // Clean documents with repairs in them: the case where later passes read the changed lines only.
    if (repairs) expect(repaired).toBeGreaterThan(0);
  });
});

describe('repassChangedLines', () => {
  const proposal = (start: number, end: number): Proposal =>
    ({ start, end, spanStart: start, spanEnd: end, replacement: '', ruleId: 'x', category: 'spin', prior: 1, weight: 1, order: 0, reasons: [], confidence: 1, scoredReasons: [] }) as Proposal;
  const edit = (start: number, end: number, replacement: string): Edit =>
    ({ start, end, original: '', replacement, ruleId: 'x', category: 'spin', confidence: 1, reasons: [] }) as Edit;
  const before = 'aaa\nbbb\nccc\nddd\neee\n';
  const previous: PassProposals = { proposals: [proposal(0, 1), proposal(4, 5), proposal(16, 17)], groupsStart: 3, debrisStart: 3 };

  test('keeps the proposals of unchanged lines, moved, and takes the changed lines from the new run', () => {
    const text = 'aaa\nbXbb\nccc\nddd\neee\n';
    const seen: string[] = [];
    const found = repassChangedLines(before, previous, [edit(5, 5, 'X')], text, (lines) => {
      seen.push(lines);
      return { proposals: [proposal(1, 2)], groupsStart: 1, debrisStart: 1 };
    });
    expect(seen).toEqual(['bXbb\n']);
    expect(found?.proposals.map((p) => [p.start, p.end, p.spanStart, p.spanEnd])).toEqual([
      [0, 1, 0, 1],
      [5, 6, 5, 6],
      [17, 18, 17, 18],
    ]);
  });

  test.each`
    why                          | applied                   | text
    ${'an edit removes a break'} | ${[edit(3, 4, '')]}       | ${'aaabbb\nccc\nddd\neee\n'}
    ${'most lines changed'}      | ${[0, 4, 8].map((s) => edit(s, s, 'X'))} | ${'Xaaa\nXbbb\nXccc\nddd\neee\n'}
  `('runs a full pass instead when $why', ({ applied, text }) => {
    const found = repassChangedLines(before, previous, applied as Edit[], text as string, () => {
      throw new Error('not expected');
    });
    expect(found).toBeUndefined();
  });
});
