import { describe, expect, test } from 'vitest';

import { tokenize } from '../../src/tokenize/tokenize.js';

/** `text` split into its sentences, as the token sentence indices say (whitespace trimmed for reading). */
function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const token of tokenize(text)) sentences[token.sentence] = (sentences[token.sentence] ?? '') + token.text;
  return sentences.map((sentence) => sentence.trim());
}

describe('sentence indices', () => {
  test.each`
    text                                              | expected
    ${'Một câu. Câu hai.'}                            | ${['Một câu.', 'Câu hai.']}
    ${'Hỏi? Đáp! Thôi… Rồi...  Xong'}                 | ${['Hỏi?', 'Đáp!', 'Thôi…', 'Rồi...', 'Xong']}
    ${'Sao?! Vậy'}                                    | ${['Sao?!', 'Vậy']}
    ${'Anh nói: “Tốt.” Sau đó'}                       | ${['Anh nói: “Tốt.”', 'Sau đó']}
    ${'(Xem thêm.) Tiếp'}                             | ${['(Xem thêm.)', 'Tiếp']}
    ${'pháp luật. pháp luật để'}                      | ${['pháp luật.', 'pháp luật để']}
    ${'dòng một\ndòng hai\r\ndòng ba'}                | ${['dòng một', 'dòng hai', 'dòng ba']}
    ${'đoạn một.\n\n\nđoạn hai'}                      | ${['đoạn một.', 'đoạn hai']}
    ${'sở hữu một.803 thủ tục'}                       | ${['sở hữu một.803 thủ tục']}
    ${'đạt 1.803 thủ tục, 94,07%. Tiếp'}              | ${['đạt 1.803 thủ tục, 94,07%.', 'Tiếp']}
    ${'ở TP.HCM và U.S. Army'}                        | ${['ở TP.HCM và U.S. Army']}
    ${'xem vnexpress.net. Rồi'}                       | ${['xem vnexpress.net.', 'Rồi']}
    ${'hết.Tiếp'}                                     | ${['hết.Tiếp']}
    ${'chính. ; cực tốt'}                             | ${['chính.', '; cực tốt']}
    ${'  \n  Đầu'}                                    | ${['Đầu']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  test('whitespace between sentences belongs to the sentence before it', () => {
    expect(tokenize('A. \nB').map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1]);
  });

  test('indices start at 0 and never skip a number', () => {
    const sentences = tokenize('Một. Hai.\n\nBa? Bốn!\r\nNăm').map((t) => t.sentence);
    expect(sentences[0]).toBe(0);
    for (let i = 1; i < sentences.length; i++) expect([0, 1]).toContain((sentences[i] ?? 0) - (sentences[i - 1] ?? 0));
    expect(sentences.at(-1)).toBe(4);
  });
});
