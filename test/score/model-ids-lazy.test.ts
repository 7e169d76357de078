import { describe, expect, test } from 'vitest';

import type { LanguageModel } from '../../src/score/lm.js';
import { createModelIds } from '../../src/score/lm-context.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

/** A model stand-in whose vocabulary is `keys` (ids in order): enough for id look-ups. */
function fakeModel(keys: readonly string[]): LanguageModel {
  return { idOf: (key: string) => keys.indexOf(key) } as unknown as LanguageModel;
}

const model = fakeModel(['<s>', '</s>', '<num>', '<w>', 'kết', 'quả', 'tiến', 'công', 'giá', 'cao', 'sở', 'hữu', 'tổng', 'số']);
// Over 2 blocks of tokens, so that a lazy fill has to go on at least twice.
const LONG = 'Kết quả tiến công giá cao, sở hữu 1.803 nhà; UBND xyz https://a.vn ©\r\n'.repeat(300);

describe('createModelIds, lazy', () => {
  test.each([['short', 'Kết quả tiến công giá cao.'], ['long', LONG], ['empty', '']])(
    '%s text: ids and contexts read in any order equal the eager ones',
    (_, text) => {
      const table = scanTokens(text);
      const eager = createModelIds(table, text, model);
      const lazy = createModelIds(table, text, model, new Int32Array(table.length).fill(12345), true);
      // Far ahead first, then back, then every span in order.
      const order = [table.length - 1, Math.floor(table.length / 2), 0].filter((i) => i >= 0);
      for (const i of order) expect(lazy.idAt(i)).toBe(eager.ids[i]);
      for (let first = 0; first < table.length; first += 7) {
        const a = lazy.contextIds(first, first + 1);
        const [left, right] = [Array.from(a.left), Array.from(a.right)];
        const b = eager.contextIds(first, first + 1);
        expect([left, right]).toEqual([Array.from(b.left), Array.from(b.right)]);
      }
      for (let i = 0; i < table.length; i++) expect(lazy.idAt(i)).toBe(eager.ids[i]);
      expect(Array.from(lazy.ids)).toEqual(Array.from(eager.ids));
    },
  );

  test('a lazy fill stops short of the end while only the start is read', () => {
    const table = scanTokens(LONG);
    const ids = new Int32Array(table.length).fill(12345);
    createModelIds(table, LONG, model, ids, true).idAt(3);
    expect(ids[table.length - 1]).toBe(12345);
    expect(ids[3]).not.toBe(12345);
  });
});
