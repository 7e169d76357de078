import { describe, expect, test } from 'vitest';
import { findVietnameseSentences } from '../../src/rules/foreign.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';
import { KIND_SYLLABLE, KIND_WORD, type TokenTable } from '../../src/tokenize/token-table.js';

const TEXTS = [
  'Tôi thích đọc sách. I like books. Nó rất hay!',
  'Chào. OK thôi. Một hai ba bốn năm sáu bảy.',
  'The product review was good, không tệ lắm đâu bạn ạ. Ford demo nghiệm.',
  'Hà Nội\nLondon is big\r\nđường phố đông người',
  '',
  '😀 \uD800 người Việt Nam? a b c d e f g h i j k l m n o p q r s t u v w x y z ở',
];

/** The rule, counted over the whole table at once: two marked syllables or more, and 0.3 of the words or more. */
function vietnameseByCounting(table: TokenTable): Set<number> {
  const all = new Map<number, number>();
  const marked = new Map<number, number>();
  for (let i = 0; i < table.length; i++) {
    const kind = table.kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) continue;
    const s = table.sentences[i] as number;
    all.set(s, (all.get(s) ?? 0) + 1);
    if (kind === KIND_SYLLABLE && /[^\u0000-\u007f]/.test(table.keys[i] ?? '')) marked.set(s, (marked.get(s) ?? 0) + 1);
  }
  return new Set([...all.keys()].filter((s) => (marked.get(s) ?? 0) >= 2 && (marked.get(s) ?? 0) >= (all.get(s) as number) * 0.3));
}

describe('findVietnameseSentences', () => {
  test.each(TEXTS)('judges each sentence as a count over the whole table does, in any order of asking (%j)', (text) => {
    const table = scanTokens(text);
    const expected = vietnameseByCounting(table);
    const sentences = table.length === 0 ? 0 : (table.sentences[table.length - 1] as number) + 1;
    const forward = findVietnameseSentences(table);
    const backward = findVietnameseSentences(table);
    const order = Array.from({ length: sentences + 2 }, (_, s) => s - 1);
    expect(order.map((s) => forward.has(s))).toEqual(order.map((s) => expected.has(s)));
    expect([...order].reverse().map((s) => backward.has(s))).toEqual([...order].reverse().map((s) => expected.has(s)));
  });

  test('the sentences of the first text: Vietnamese, English, Vietnamese', () => {
    const set = findVietnameseSentences(scanTokens(TEXTS[0] as string));
    expect([set.has(0), set.has(1), set.has(2)]).toEqual([true, false, true]);
  });
});
