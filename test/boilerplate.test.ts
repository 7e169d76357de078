import { describe, expect, test } from 'vitest';
import { isDebrisLine, stripBoilerplate } from '../src/boilerplate.js';

describe('isDebrisLine', () => {
  test.each`
    line                                                                          | debris
    ${'Rate this post'}                                                           | ${true}
    ${'  rate this post  '}                                                       | ${true}
    ${'Leave a Reply'}                                                            | ${true}
    ${'Leave a Reply Cancel reply'}                                               | ${true}
    ${'Your email address will not be published. Required fields are marked *'}   | ${true}
    ${'Required fields are marked *'}                                             | ${true}
    ${'Chia sẻ'}                                                                  | ${true}
    ${'Chia sẻ:'}                                                                 | ${true}
    ${'Bình luận'}                                                                | ${true}
    ${'Bình luận (0)'}                                                            | ${true}
    ${'0 Bình luận'}                                                              | ${true}
    ${'Tin liên quan'}                                                            | ${true}
    ${'Xem thêm:'}                                                                | ${true}
    ${'Xem thêm >>'}                                                              | ${true}
    ${'Xem thêm: Quảng Ninh dẫn đầu chỉ số PAR Index năm 2022'}                   | ${true}
    ${'Chú thích ảnh'}                                                            | ${true}
    ${'Facebook Twitter Zalo'}                                                    | ${true}
    ${'Share on Facebook | Tweet | Email'}                                        | ${true}
    ${'Chia sẻ qua Facebook, Zalo'}                                               | ${true}
    ${'4.5/5 - (12 bình chọn)'}                                                   | ${true}
    ${'[Total: 0 Average: 0]'}                                                    | ${true}
    ${'Logo_KCMetropolis_512x512'}                                                | ${true}
    ${'anh-hoi-nghi.jpg'}                                                         | ${true}
    ${'Chia sẻ kinh nghiệm cải cách hành chính với các tỉnh bạn.'}                | ${false}
    ${'Bình luận của độc giả rất sôi nổi.'}                                       | ${false}
    ${'Tin liên quan đến vụ việc đã được công an xác minh.'}                      | ${false}
    ${'Xem thêm các quy định tại Nghị định 30.'}                                  | ${false}
    ${'Xem thêm: ' + 'cán bộ '.repeat(16)}                                        | ${false}
    ${'Facebook vừa công bố báo cáo quý III.'}                                    | ${false}
    ${'Twitter'}                                                                  | ${true}
    ${'Chia sẻ'.padEnd(200, ' x')}                                                | ${false}
    ${''}                                                                         | ${false}
    ${'   '}                                                                      | ${false}
    ${'Theo đó, “sáu dám” gồm: dám nghĩ, dám nói, dám làm.'}                      | ${false}
  `('$line → $debris', ({ line, debris }: { line: string; debris: boolean }) => {
    expect(isDebrisLine(line)).toBe(debris);
  });

  test('compares in NFC, so decomposed input is recognised', () => {
    expect(isDebrisLine('Bình luận'.normalize('NFD'))).toBe(true);
  });
});

describe('stripBoilerplate', () => {
  test.each`
    input                                             | output                        | removed
    ${'Tin.\nRate this post\nHết.'}                   | ${'Tin.\nHết.'}               | ${['Rate this post\n']}
    ${'Tin.\r\nLeave a Reply\r\nHết.\r\n'}            | ${'Tin.\r\nHết.\r\n'}         | ${['Leave a Reply\r\n']}
    ${'Tin.\nChia sẻ'}                                | ${'Tin.'}                     | ${['\nChia sẻ']}
    ${'Tin.\r\nChia sẻ'}                              | ${'Tin.'}                     | ${['\r\nChia sẻ']}
    ${'Rate this post'}                               | ${''}                         | ${['Rate this post']}
    ${'Rate this post\nLeave a Reply'}                | ${''}                         | ${['Rate this post\n', 'Leave a Reply']}
    ${'Không có gì.\n\nHết.'}                          | ${'Không có gì.\n\nHết.'}     | ${[]}
    ${''}                                             | ${''}                         | ${[]}
  `('$input', ({ input, output, removed }: { input: string; output: string; removed: string[] }) => {
    const result = stripBoilerplate(input);
    expect(result.text).toBe(output);
    expect(result.removed.map((r) => r.original)).toEqual(removed);
  });

  test('removed edits point into the input and rebuild the output', () => {
    const input = 'Tiêu đề\n\nRate this post\n\nNội dung.\nChia sẻ:\nFacebook Twitter\nHết.\n';
    const { text, removed } = stripBoilerplate(input);
    let rebuilt = '';
    let from = 0;
    for (const edit of removed) {
      expect(input.slice(edit.start, edit.end)).toBe(edit.original);
      expect(edit.replacement).toBe('');
      rebuilt += input.slice(from, edit.start);
      from = edit.end;
    }
    rebuilt += input.slice(from);
    expect(rebuilt).toBe(text);
    expect(text).toBe('Tiêu đề\n\n\nNội dung.\nHết.\n');
  });

  test('the sample article loses exactly its debris lines', async () => {
    const { readFile } = await import('node:fs/promises');
    const input = await readFile(new URL('../examples/spun-article.txt', import.meta.url), 'utf8');
    const removed = stripBoilerplate(input).removed.map((r) => r.original.trim());
    expect(removed).toEqual([
      'Logo_KCMetropolis_512x512',
      'Rate this post',
      'Chú thích ảnh',
      'Chú thích ảnh',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ]);
  });

  test.each([['\uD800 lone surrogate\nRate this post'], ['😀\n'], ['a\r\r\n'], ['\n\n\n']])('odd text %j never throws', (input) => {
    expect(() => stripBoilerplate(input)).not.toThrow();
  });

  test('a large text is handled quickly', () => {
    const input = 'Tỉnh Quảng Ninh xây dựng nền hành chính văn minh, chuyên nghiệp.\nRate this post\n'.repeat(50_000);
    const started = performance.now();
    const { text, removed } = stripBoilerplate(input);
    expect(removed).toHaveLength(50_000);
    expect(text.length).toBe(input.length - 50_000 * 'Rate this post\n'.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test.each([[1], [null], [undefined], [{}]])('wrong type %j throws TypeError', (value) => {
    expect(() => stripBoilerplate(value as unknown as string)).toThrow(TypeError);
  });

  test('names the argument in the TypeError', () => {
    expect(() => stripBoilerplate(5 as unknown as string)).toThrow('Expected string for `text`, got `number`');
  });
});
