import { describe, expect, test } from 'vitest';

import { tokenize } from '../../src/tokenize/tokenize.js';
import type { TokenKind } from '../../src/types.js';

describe('tokenize', () => {
  test('gives every kind, with offsets, keys and sentences', () => {
    const text = 'Giá 700.000đ, xem vnexpress.net 😀\nGửi a@b.vn';
    expect(tokenize(text)).toEqual([
      { text: 'Giá', start: 0, end: 3, kind: 'syllable', key: 'giá', sentence: 0 },
      { text: ' ', start: 3, end: 4, kind: 'space', sentence: 0 },
      { text: '700.000đ', start: 4, end: 12, kind: 'number', sentence: 0 },
      { text: ',', start: 12, end: 13, kind: 'punctuation', sentence: 0 },
      { text: ' ', start: 13, end: 14, kind: 'space', sentence: 0 },
      { text: 'xem', start: 14, end: 17, kind: 'syllable', key: 'xem', sentence: 0 },
      { text: ' ', start: 17, end: 18, kind: 'space', sentence: 0 },
      { text: 'vnexpress.net', start: 18, end: 31, kind: 'url', sentence: 0 },
      { text: ' ', start: 31, end: 32, kind: 'space', sentence: 0 },
      { text: '😀', start: 32, end: 34, kind: 'symbol', sentence: 0 },
      { text: '\n', start: 34, end: 35, kind: 'newline', sentence: 0 },
      { text: 'Gửi', start: 35, end: 38, kind: 'syllable', key: 'gửi', sentence: 1 },
      { text: ' ', start: 38, end: 39, kind: 'space', sentence: 1 },
      { text: 'a@b.vn', start: 39, end: 45, kind: 'email', sentence: 1 },
    ]);
  });

  test.each`
    text              | kind
    ${'nghiêng'}      | ${'syllable'}
    ${'website'}      | ${'word'}
    ${'1.803'}        | ${'number'}
    ${','}            | ${'punctuation'}
    ${' \t'}          | ${'space'}
    ${'\r\n'}         | ${'newline'}
    ${'www.a.vn'}     | ${'url'}
    ${'x@y.com'}      | ${'email'}
    ${'©'}            | ${'symbol'}
  `('$text is one $kind token', ({ text, kind }: { text: string; kind: TokenKind }) => {
    expect(tokenize(text).map((t) => [t.kind, t.text])).toEqual([[kind, text]]);
  });

  test('the empty string has no tokens', () => {
    expect(tokenize('')).toEqual([]);
  });

  test.each`
    value        | type
    ${42}        | ${'number'}
    ${null}      | ${'null'}
    ${undefined} | ${'undefined'}
    ${['a']}     | ${'array'}
    ${{}}        | ${'object'}
  `('throws a TypeError for $type', ({ value, type }: { value: unknown; type: string }) => {
    expect(() => tokenize(value as string)).toThrow(new TypeError(`Expected string for \`text\`, got \`${type}\``));
  });

  test('handles a large input without throwing and losslessly', () => {
    const text = 'Tỉnh Quảng Ninh đạt 98%. 😀 \uD800\r\n'.repeat(50_000);
    const tokens = tokenize(text);
    expect(tokens.length).toBe(15 * 50_000); // Tỉnh·Quảng·Ninh·đạt·98%·.·😀·\uD800·\r\n and 6 spaces
    expect(tokens.at(-1)?.end).toBe(text.length);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });
});

describe('pathological input stays linear', () => {
  // A look-ahead that scans past the token it finally emits would make these quadratic (minutes instead of
  // milliseconds); the test timeout catches that.
  test.each([
    ['x-', 'x-'],
    ['1-', '1-'],
    ['a_', 'a_'],
    ['a@', 'a@'],
    ['ab.', 'ab.'],
    ['a.', 'a.'],
    ['1.', '1.'],
    ["'a", "'a"],
    ['zwj', '😀\u200D'],
    ['marks', '\u0301'],
    ['dots', '.'],
    ['brackets after a URL', ')'],
  ])('%s', (_name, unit) => {
    const text = (unit === ')' ? 'http://a.vn/' : '') + unit.repeat(150_000);
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  }, 10_000);
});
