import { describe, expect, test } from 'vitest';

import { tokenize } from '../../src/tokenize/tokenize.js';
import { describeTokens } from './_helpers.js';

describe('symbols and odd Unicode', () => {
  test.each`
    name                              | text                          | expected
    ${'emoji'}                        | ${'tốt😀'}                    | ${['syllable:tốt', 'symbol:😀']}
    ${'emoji with variation selector'} | ${'❤️❤️'}                    | ${['symbol:❤️', 'symbol:❤️']}
    ${'ZWJ family'}                   | ${'👨‍👩‍👧 ok'}                   | ${['symbol:👨‍👩‍👧', 'space: ', 'word:ok']}
    ${'skin tone'}                    | ${'👍🏽👍'}                     | ${['symbol:👍🏽', 'symbol:👍']}
    ${'flag pairs'}                   | ${'🇻🇳🇺🇸'}                     | ${['symbol:🇻🇳', 'symbol:🇺🇸']}
    ${'keycaps'}                      | ${'1️⃣#️⃣'}                     | ${['symbol:1️⃣', 'symbol:#️⃣']}
    ${'tag sequence'}                 | ${'🏴󠁧󠁢󠁳󠁣󠁴󠁿'}                      | ${['symbol:🏴󠁧󠁢󠁳󠁣󠁴󠁿']}
    ${'trailing ZWJ'}                 | ${'😀\u200D'}                 | ${['symbol:😀\u200D']}
    ${'lone high surrogate'}          | ${'a\uD800b'}                 | ${['syllable:a', 'symbol:\uD800', 'word:b']}
    ${'lone low surrogate'}           | ${'\uDC00\uDC00'}             | ${['symbol:\uDC00', 'symbol:\uDC00']}
    ${'reversed pair'}                | ${'\uDE00\uD83D'}             | ${['symbol:\uDE00', 'symbol:\uD83D']}
    ${'surrogate before emoji'}       | ${'\uD800😀'}                 | ${['symbol:\uD800', 'symbol:😀']}
    ${'stray combining mark'}         | ${' \u0301a'}                 | ${['space: ', 'symbol:\u0301', 'syllable:a']}
    ${'math and currency symbols'}    | ${'a+b=$'}                    | ${['syllable:a', 'symbol:+', 'word:b', 'symbol:=', 'symbol:$']}
    ${'BOM and zero-width space'}     | ${'\uFEFFa\u200Bb'}           | ${['symbol:\uFEFF', 'syllable:a', 'symbol:\u200B', 'word:b']}
    ${'control character'}            | ${'a\u0000b'}                 | ${['syllable:a', 'symbol:\u0000', 'word:b']}
  `('$name', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeTokens(text)).toEqual(expected);
  });
});

describe('whitespace', () => {
  test.each`
    name                      | text              | expected
    ${'runs of spaces'}       | ${'a  \t b'}      | ${['syllable:a', 'space:  \t ', 'word:b']}
    ${'NBSP is space'}        | ${'a\u00A0b'}     | ${['syllable:a', 'space:\u00A0', 'word:b']}
    ${'CRLF is one token'}    | ${'a\r\nb'}       | ${['syllable:a', 'newline:\r\n', 'word:b']}
    ${'each newline alone'}   | ${'\n\n\r\r\n'}   | ${['newline:\n', 'newline:\n', 'newline:\r', 'newline:\r\n']}
    ${'LF CR is two tokens'}  | ${'\n\r'}         | ${['newline:\n', 'newline:\r']}
    ${'line separator'}       | ${'a\u2028b'}     | ${['syllable:a', 'newline:\u2028', 'word:b']}
  `('$name', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeTokens(text)).toEqual(expected);
  });
});

describe('NFD input', () => {
  test.each(['tiến công giá', 'Nguyễn Xuân Ký', 'HOÀ', 'ưa chuộng'])('%s: marks stay inside the syllable', (nfc) => {
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const tokens = tokenize(nfd);
    const expected = tokenize(nfc);
    expect(tokens.map((t) => t.text.normalize('NFC'))).toEqual(expected.map((t) => t.text));
    expect(tokens.map((t) => [t.kind, t.key])).toEqual(expected.map((t) => [t.kind, t.key]));
  });
});
