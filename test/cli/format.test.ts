import { describe, expect, test } from 'vitest';
import { formatExplanation } from '../../src/cli/explain.js';
import { formatDiff, formatJsonDocument, formatSummary, formatVerdict, pickColors } from '../../src/cli/format.js';
import type { Repair } from '../../src/cli/repair.js';
import type { Edit } from '../../src/types.js';
import { createFakeIo } from './_fake-io.js';

const plain = pickColors({ ...createFakeIo().io, stdoutIsTTY: false });

function edit(input: string, original: string, replacement: string, confidence = 0.95): Edit {
  const start = input.indexOf(original);
  return { start, end: start + original.length, original, replacement, ruleId: 'test/x', category: 'spin', confidence, reasons: ['prior:0.95', 'lm:+2.0'] };
}

function makeRepair(input: string, text: string, edits: Edit[] = [], extra: Partial<Repair> = {}): Repair {
  return { name: 'a.txt', encoding: 'utf8', bom: false, input, text, edits, suggestions: [], spinScore: 0.2, removed: [], ...extra };
}

describe('pickColors', () => {
  test.each`
    tty      | env                       | enabled
    ${true}  | ${{}}                     | ${true}
    ${false} | ${{}}                     | ${false}
    ${true}  | ${{ NO_COLOR: '1' }}      | ${false}
    ${true}  | ${{ NO_COLOR: '' }}       | ${true}
    ${false} | ${{ FORCE_COLOR: '1' }}   | ${true}
    ${true}  | ${{ FORCE_COLOR: '0' }}   | ${false}
  `('tty=$tty env=$env → $enabled', ({ tty, env, enabled }: { tty: boolean; env: Record<string, string>; enabled: boolean }) => {
    expect(pickColors({ ...createFakeIo({ env }).io, stdoutIsTTY: tty }).isColorSupported).toBe(enabled);
  });
});

describe('formatDiff', () => {
  test.each`
    input                                                   | text                                              | diff
    ${'Kết quả tiến công giá cao.\n'}                       | ${'Kết quả đánh giá cao.\n'}                      | ${'1: Kết quả [-tiến công-]{+đánh+} giá cao.'}
    ${'Dòng một.\nVăn phiên bản này.\nDòng ba.\n'}          | ${'Dòng một.\nVăn bản này.\nDòng ba.\n'}          | ${'2: Văn [-phiên-] bản này.'}
    ${'A.\r\nsở hữu 1.803 người\r\n'}                        | ${'A.\r\ncó 1.803 người\r\n'}                     | ${'2: [-sở hữu-]{+có+} 1.803 người'}
    ${'Tin.\nRate this post\nHết.'}                          | ${'Tin.\nHết.'}                                   | ${'2: [-Rate this post-]'}
  `('$input', ({ input, text, diff }: { input: string; text: string; diff: string }) => {
    expect(formatDiff(makeRepair(input, text), plain)).toBe(`--- a.txt\n+++ a.txt (repaired)\n${diff}\n`);
  });

  test('long unchanged stretches are cut to … at word boundaries, the change keeps its context', () => {
    const before = 'Mở đầu '.repeat(30);
    const after = ' kết thúc'.repeat(30);
    const out = formatDiff(makeRepair(`${before}tiến công giá${after}\n`, `${before}đánh giá${after}\n`), plain);
    const line = out.split('\n')[2] ?? '';
    expect(line).toMatch(/^1: … (?:Mở đầu ){8,}\[-tiến công-\]\{\+đánh\+\} giá(?: kết thúc){6,} …$/u);
    expect(line.length).toBeLessThan(160);
  });

  test('nothing changed: no output', () => {
    expect(formatDiff(makeRepair('Sạch.\n', 'Sạch.\n'), plain)).toBe('');
  });

  test('colours replace the brackets on a terminal', () => {
    const colors = pickColors({ ...createFakeIo({ env: { FORCE_COLOR: '1' } }).io });
    const out = formatDiff(makeRepair('tiến công giá', 'đánh giá'), colors);
    expect(out).toContain('\u001b[');
    expect(out).not.toContain('[-');
    expect(out.replace(/\u001b\[[0-9;]*m/gu, '')).toContain('1: tiến côngđánh giá');
  });
});

describe('formatExplanation', () => {
  test('one line per edit and suggestion, in text order, with line and column', () => {
    const input = 'Mở đầu.\nKết quả tiến công giá cao, sở hữu nhiều.\n';
    const repair = makeRepair(input, 'x', [edit(input, 'tiến công', 'đánh')], {
      suggestions: [edit(input, 'sở hữu', 'có', 0.6)],
    });
    expect(formatExplanation(repair, plain)).toBe(
      'a.txt:2:9: tiến công → đánh  applied  test/x  spin  0.95  prior:0.95 lm:+2.0\n' +
        'a.txt:2:28: sở hữu → có  suggestion  test/x  spin  0.60  prior:0.95 lm:+2.0\n',
    );
  });

  test('an empty replacement or original is shown as (nothing)', () => {
    const input = 'pháp luật. pháp luật để';
    const repair = makeRepair(input, 'x', [{ ...edit(input, '. pháp luật', ''), category: 'artifact' }]);
    expect(formatExplanation(repair, plain)).toBe('a.txt:1:10: . pháp luật → (nothing)  applied  test/x  artifact  0.95  prior:0.95 lm:+2.0\n');
  });

  test('removed boilerplate lines are listed', () => {
    const input = 'Tin.\nRate this post\n';
    const repair = makeRepair(input, 'Tin.\n', [], { removed: [{ start: 5, end: 20, original: 'Rate this post\n', replacement: '' }] });
    expect(formatExplanation(repair, plain)).toBe('a.txt:2:1: Rate this post → (line removed)  applied  vietnorm/boilerplate\n');
  });
});

describe('formatJsonDocument', () => {
  test('one line with the documented fields', () => {
    const input = 'tiến công giá';
    const line = formatJsonDocument(makeRepair(input, 'đánh giá', [edit(input, 'tiến công', 'đánh')]));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    const doc = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['file', 'encoding', 'text', 'edits', 'suggestions', 'spinScore', 'removed']);
    expect(doc).toMatchObject({ file: 'a.txt', text: 'đánh giá', spinScore: 0.2, edits: [{ start: 0, end: 9, replacement: 'đánh' }] });
  });

  test('lone surrogates stay valid JSON', () => {
    expect(() => JSON.parse(formatJsonDocument(makeRepair('\uD800', '\uD800')))).not.toThrow();
  });
});

describe('formatVerdict', () => {
  test.each`
    spinScore | edits | line                                              | failed
    ${0.93}   | ${1}  | ${'a.txt: spun (spinScore 0.93, 1 edit to apply)'} | ${true}
    ${0.5}    | ${0}  | ${'a.txt: spun (spinScore 0.50, 0 edits to apply)'} | ${true}
    ${0.1}    | ${1}  | ${'a.txt: 1 edit to apply (spinScore 0.10)'}       | ${true}
    ${0.1}    | ${0}  | ${'a.txt: clean (spinScore 0.10)'}                 | ${false}
  `('spinScore $spinScore, $edits edits', ({ spinScore, edits, line, failed }: { spinScore: number; edits: number; line: string; failed: boolean }) => {
    const input = 'tiến công giá';
    const list = edits === 0 ? [] : [edit(input, 'tiến công', 'đánh')];
    expect(formatVerdict(makeRepair(input, input, list, { spinScore }), 0.5)).toEqual({ line: `${line}\n`, failed });
  });
});

describe('formatSummary', () => {
  test.each`
    summary                                                          | line
    ${{ files: 2, edits: 4, spun: 1, failed: 0, streamed: 0 }}       | ${'vietnorm: 2 files, 4 edits, 1 spun (spinScore >= 0.5)'}
    ${{ files: 1, edits: 1, spun: 0, failed: 2, streamed: 0 }}       | ${'vietnorm: 1 file, 1 edit, 0 spun (spinScore >= 0.5), 2 failed'}
    ${{ files: 3, edits: 0, spun: 0, failed: 0, streamed: 1 }}       | ${'vietnorm: 3 files, 0 edits, 0 spun (spinScore >= 0.5), 1 streamed (edits and spin not counted)'}
  `('$line', ({ summary, line }: { summary: Parameters<typeof formatSummary>[0]; line: string }) => {
    expect(formatSummary(summary, 0.5)).toBe(`${line}\n`);
  });
});
