import { describe, expect, test } from 'vitest';

import { scanTokens } from '../../src/tokenize/08-scan.js';
import { TOKEN_KIND_NAMES } from '../../src/tokenize/token-table.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

describe('scanTokens (the token table behind tokenize)', () => {
  test.each([
    'Tỉnh Quảng Ninh có tổng số một.803 thủ tục, đạt 94,07%. Xem https://a.vn/x.',
    'TP.HCM\r\n\r\n👨‍👩‍👧 \uD800 ten@mail.com 10h30',
    '',
    // Words before a period: sentence ends, abbreviations, hosts and addresses.
    'Hôm nay. Ngày mai.\nCon mèo.\r\nXong.\tHết.',
    'U.S. Army, TP. HCM, Q. 1, www.5.com. dantri.com.vn. vn. com. ten.ho@mail.vn. abc.@x.vn a.b. nay.',
    'người.',
    'ok.',
  ])('agrees with tokenize on %j', (text) => {
    const table = scanTokens(text);
    const rows = [];
    for (let i = 0; i < table.length; i++) {
      const key = table.keys[i];
      const start = table.starts[i] ?? -1;
      const end = table.ends[i] ?? -1;
      const row = { text: text.slice(start, end), start, end, kind: TOKEN_KIND_NAMES[table.kinds[i] ?? 99] };
      rows.push(key === undefined ? { ...row, sentence: table.sentences[i] } : { ...row, key, sentence: table.sentences[i] });
    }
    expect(rows).toEqual(tokenize(text));
  });

  test.each`
    text                          | same          | different
    ${'Hoà bình, hoà bình. Hoà'}  | ${[0, 10]}     | ${[0, 5]}
    ${'UBND ubnd UBND'}           | ${[0, 4]}     | ${[0, 2]}
  `('run ids: one per distinct cached run, -1 for tokens without one ($text)', ({ text, same, different }) => {
    const table = scanTokens(text);
    const ids = Array.from(table.runIds.subarray(0, table.length));
    const runOf = (i: number): number => ids[i] as number;
    expect(new Set((same as number[]).map(runOf)).size).toBe(1);
    expect(runOf(same[0])).toBeGreaterThanOrEqual(0);
    expect(new Set((different as number[]).map(runOf)).size).toBe(2);
    for (let i = 0; i < table.length; i++) if (table.keys[i] === undefined) expect(runOf(i)).toBe(-1);
  });

  test('grows past its first capacity', () => {
    const text = '.'.repeat(10) + ' ,'.repeat(5000);
    const table = scanTokens(text);
    expect(table.length).toBe(1 + 10_000);
    expect(table.ends[table.length - 1]).toBe(text.length);
  });

  test('many distinct runs (beyond the key cache limit) still get right keys', () => {
    const words: string[] = [];
    for (let i = 0; i < 210_000; i++) words.push(`x${i.toString(36).replace(/\d/g, 'q')}`);
    const text = words.join(' ');
    const table = scanTokens(text);
    expect(table.length).toBe(2 * words.length - 1);
    expect(table.keys[0]).toBe(words[0]);
    expect(table.keys[table.length - 1]).toBe(words.at(-1));
    expect(tokenize('Hoà hòa').map((t) => t.key)).toEqual(['hòa', undefined, 'hòa']);
  });
});
