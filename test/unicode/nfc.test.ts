import { describe, expect, test } from 'vitest';
import { stripInvisible, toNfc } from '../../src/unicode/nfc.js';

describe('stripInvisible', () => {
  test.each`
    input                             | output
    ${'\uFEFFViệt Nam'}               | ${'Việt Nam'}
    ${'Việt\u200BNam'}                | ${'ViệtNam'}
    ${'a\u200Cb\u200Dc'}              | ${'abc'}
    ${'a\u2060b'}                     | ${'ab'}
    ${'hiện\u00ADđại'}                | ${'hiệnđại'}
    ${'\u00AD\u00AD'}                 | ${''}
    ${'no invisible'}                 | ${'no invisible'}
    ${''}                             | ${''}
    ${'👨\u200D👩\u200D👧'}           | ${'👨\u200D👩\u200D👧'}
    ${'❤\uFE0F\u200D🔥'}              | ${'❤\uFE0F\u200D🔥'}
    ${'a\r\nb'}                       | ${'a\r\nb'}
    ${'\uD800x'}                      | ${'\uD800x'}
  `('$input → $output', ({ input, output }) => {
    expect(stripInvisible(input)).toBe(output);
  });

  test('returns the same string object when nothing is removed', () => {
    const text = 'Tiếng Việt';
    expect(stripInvisible(text)).toBe(text);
  });
});

describe('toNfc', () => {
  test.each`
    input                         | output
    ${'Vie\u0323\u0302t'}         | ${'Việt'}
    ${'Việt'.normalize('NFD')}    | ${'Việt'}
    ${'e\u0301\u0302'}            | ${'ế'}
    ${'o\u0300\u031B'}            | ${'ờ'}
    ${'a\u0303\u0306'}            | ${'ẵ'}
    ${'Nguyễn'}                   | ${'Nguyễn'}
    ${'x\u0302'}                  | ${'x\u0302'}
    ${'\uD800\u0301'}             | ${'\uD800\u0301'}
    ${'Ω'}                        | ${'Ω'}
  `('$input → $output', ({ input, output }) => {
    expect(toNfc(input)).toBe(output);
  });

  test('is idempotent on marks it cannot compose', () => {
    const once = toNfc('q\u0301\u0302');
    expect(toNfc(once)).toBe(once);
  });
});

describe('argument checks', () => {
  test.each`
    call                                               | message
    ${() => stripInvisible(1 as unknown as string)}    | ${'Expected string for `text`, got `number`'}
    ${() => toNfc(undefined as unknown as string)}     | ${'Expected string for `text`, got `undefined`'}
  `('throws TypeError: $message', ({ call, message }) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
