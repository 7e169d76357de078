import { describe, expect, test } from 'vitest';
import { applyEdits } from '../../src/rules/apply-edits.js';
import { composeEdits } from '../../src/rules/compose-edits.js';
import type { TextEdit } from '../../src/types.js';

const e = (start: number, end: number, replacement: string, text: string): TextEdit => ({
  start,
  end,
  original: text.slice(start, end),
  replacement,
});

describe('applyEdits', () => {
  const text = 'văn phiên bản quy phạm';
  test.each([
    { edits: [], out: text },
    { edits: [e(4, 13, 'bản', text)], out: 'văn bản quy phạm' },
    { edits: [e(14, 22, 'pháp luật', text), e(4, 13, 'bản', text)], out: 'văn bản pháp luật' },
    { edits: [e(4, 13, 'bản', text), e(10, 13, 'X', text)], out: 'văn bản quy phạm' },
    { edits: [e(0, 0, '\uFEFF', text)], out: `\uFEFF${text}` },
  ])('$out', ({ edits, out }) => {
    expect(applyEdits(text, edits)).toBe(out);
  });

  test.each([
    [42, [], 'Expected string for `text`, got `number`'],
    ['x', 'nope', 'Expected array for `edits`, got `string`'],
    ['x', [{ start: 0, end: 5, replacement: '' }], 'Expected 0 <= start <= end <= 1'],
    ['x', [{ start: 0, end: 1, replacement: 3 }], 'Expected string for edit `replacement`'],
  ])('rejects %j %j', (text, edits, message) => {
    expect(() => applyEdits(text as string, edits as TextEdit[])).toThrow(TypeError);
    expect(() => applyEdits(text as string, edits as TextEdit[])).toThrow(message);
  });
});

describe('composeEdits', () => {
  const merge = (edit: TextEdit, _absorbed: readonly TextEdit[], range: TextEdit): TextEdit => ({ ...edit, ...range });

  test.each([
    // input, base edits (input -> mid), next edits (mid -> out)
    { input: 'a\u200bb cd', base: [[1, 2, '']], next: [[3, 5, 'XY']] },
    { input: 'a\u200bb cd', base: [[1, 2, '']], next: [[0, 2, 'Q']] },
    { input: 'ab\u200b cd', base: [[2, 3, '']], next: [[0, 2, 'Q']] },
    { input: 'ab\u200b cd', base: [[2, 3, '']], next: [[3, 5, 'Q']] },
    { input: 'hello world', base: [[0, 5, 'hi']], next: [[0, 2, 'HEY'], [3, 8, 'there']] },
    { input: 'hello world', base: [[6, 11, 'everyone here']], next: [[0, 5, 'bye'], [15, 19, 'there']] },
    { input: 'x y z', base: [[2, 3, 'yy']], next: [[0, 1, 'a'], [2, 4, 'b'], [5, 6, 'c']] },
  ])('input → mid → out equals input → out ($input)', ({ input, base, next }) => {
    const baseEdits = base.map(([s, t, r]) => e(s as number, t as number, r as string, input));
    const mid = applyEdits(input, baseEdits);
    const nextEdits = next.map(([s, t, r]) => e(s as number, t as number, r as string, mid));
    const out = applyEdits(mid, nextEdits);
    const composed = composeEdits(input, mid, baseEdits, nextEdits, merge);
    expect(applyEdits(input, composed)).toBe(out);
    for (const c of composed) expect(c.original).toBe(input.slice(c.start, c.end));
    for (let i = 1; i < composed.length; i++) {
      expect((composed[i] as TextEdit).start).toBeGreaterThanOrEqual((composed[i - 1] as TextEdit).end);
    }
  });
});
