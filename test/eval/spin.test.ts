import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRandom, createSpinner, parseSpinnerGroups, readSpinnerGroups } from '../../scripts/lib/spin.mjs';
import { applyTextEdits } from '../../scripts/eval/judge.mjs';

const GROUPS = parseSpinnerGroups(
  ['\uFEFFcó|sở hữu|mang', 'đánh giá|tiến công giá', 'đánh|tiến công', 'hiệu quả|cực tốt', 'tháng|mon', 'các|những', 'Việt Nam|VN', 'a.b|x'].join('\n'),
);
const TEXT =
  'Kết quả đánh giá cho thấy các đơn vị có hiệu quả cao. Trong tháng 5, các xã có thêm 3 trạm y tế. ' +
  'Việt Nam có nhiều dự án hiệu quả, các tỉnh đánh giá cao. Tháng sau các trường có kế hoạch mới.';

describe('parseSpinnerGroups', () => {
  test('strips the BOM, drops members with punctuation and one-member groups, keeps order', () => {
    expect(GROUPS[0]).toEqual(['có', 'sở hữu', 'mang']);
    expect(GROUPS).toHaveLength(7);
    expect(parseSpinnerGroups('Hoà|hòa\n|x|\n'.normalize('NFD'))).toEqual([['Hoà', 'hòa']]);
  });
});

describe('createSpinner', () => {
  test('is deterministic for a seed and differs across seeds', () => {
    const runs = [1, 1, 2, 3].map((seed) => createSpinner(GROUPS, { seed, rate: 0.5 }).spin(TEXT).text);
    expect(runs[0]).toBe(runs[1]);
    expect(new Set(runs).size).toBeGreaterThan(1);
  });

  test('rate 0 leaves the text alone', () => {
    expect(createSpinner(GROUPS, { seed: 1, rate: 0 }).spin(TEXT)).toEqual({ text: TEXT, edits: [] });
  });

  test.each`
    text                            | spun
    ${'Kết quả đánh giá tốt'}       | ${'Kết quả tiến công giá tốt'}
    ${'Ông ta đánh trống'}          | ${'Ông ta tiến công trống'}
    ${'Tháng 5 mưa'}                | ${'Mon 5 mưa'}
    ${'con cóc kêu'}                | ${'con cóc kêu'}
    ${'Dự án hiệu quả.'}            | ${'Dự án cực tốt.'}
  `('rate 1, longest phrase first, whole syllables, case kept: $text', ({ text, spun }: { text: string; spun: string }) => {
    expect(createSpinner(GROUPS, { seed: 5, rate: 1 }).spin(text).text).toBe(spun);
  });

  test('edits map the spun text back to the clean text', () => {
    const { text, edits } = createSpinner(GROUPS, { seed: 9, rate: 0.6 }).spin(TEXT);
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) expect(text.slice(e.start, e.end)).toBe(e.replacement);
    const back = edits.map((e) => ({ start: e.start, end: e.end, replacement: e.original }));
    expect(applyTextEdits(text, back)).toBe(TEXT);
  });

  test('replaces about `rate` of the phrases it finds', () => {
    const long = Array.from({ length: 200 }, () => TEXT).join(' ');
    const { edits } = createSpinner(GROUPS, { seed: 3, rate: 0.2 }).spin(long);
    const found = createSpinner(GROUPS, { seed: 3, rate: 1 }).spin(long).edits.length;
    expect(edits.length / found).toBeGreaterThan(0.15);
    expect(edits.length / found).toBeLessThan(0.25);
  });

  test('createRandom is a seeded generator in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

const GROUP_FILE = path.resolve(__dirname, '../../../shared/data/spin/wp-spin-tool-groups.txt');
const hasShared = existsSync(GROUP_FILE);
if (!hasShared) console.log('test/eval/spin.test.ts: ../shared absent, skipping the real spinner groups');

describe.skipIf(!hasShared)('the real spinner groups', () => {
  test('spin the reference families deterministically', () => {
    const groups = readSpinnerGroups(GROUP_FILE);
    expect(groups.length).toBeGreaterThan(10_000);
    const spinner = () => createSpinner(groups, { seed: 11, rate: 1 });
    const text = 'Kết quả đánh giá hiệu quả của các đơn vị trong tháng này.';
    expect(spinner().spin(text)).toEqual(spinner().spin(text));
    expect(spinner().spin(text).text).not.toBe(text);
  });
});
