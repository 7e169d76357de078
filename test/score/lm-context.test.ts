import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

import { getDefaultLanguageModel } from '../../src/score/lm-file.js';
import type { LanguageModel } from '../../src/score/lm.js';
import { createModelIds, MODEL_SKIP, modelContextAt, modelKeyAt, phraseIdsOf } from '../../src/score/lm-context.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A model stand-in whose vocabulary is `keys` (ids in order): enough for id look-ups. */
function fakeModel(keys: readonly string[]): LanguageModel {
  return { idOf: (key: string) => keys.indexOf(key) } as unknown as LanguageModel;
}

const TEXTS = [
  'Kết quả tiến công giá cao.',
  'Tiến công giá',
  'Xong. Toàn tỉnh sở hữu tổng số 5',
  'Xong. Toàn, sở hữu 1.803 nhà',
  'A\nquyền sở hữu',
  'Một, hai; ba… bốn UBND xyz https://a.vn ©  năm\r\n\r\nsáu bảy tám!',
  '',
];

describe('createModelIds', () => {
  const models: [string, LanguageModel][] = [
    ['all keys known', fakeModel(['<s>', '</s>', '<num>', '<w>', 'kết', 'quả', 'tiến', 'công', 'giá', 'cao', 'sở', 'hữu', 'tổng', 'số'])],
    ['no sentence start', fakeModel(['</s>', 'quả', 'giá'])],
    ['no sentence end', fakeModel(['<s>', 'quả', 'giá'])],
  ];
  if (existsSync(path.join(repoRoot, 'dictionaries/_lm.bin'))) models.push(['shipped model', getDefaultLanguageModel() as LanguageModel]);

  test.each(models)('%s: the context ids of every span are the ids of modelContextAt', (_, model) => {
    for (const text of TEXTS) {
      const table = scanTokens(text);
      const { ids, contextIds } = createModelIds(table, text, model);
      for (let i = 0; i < table.length; i++) {
        const key = modelKeyAt(table, text, i);
        expect(ids[i]).toBe(key === null ? MODEL_SKIP : model.idOf(key));
      }
      for (let first = 0; first < table.length; first++) {
        for (let end = first + 1; end <= Math.min(table.length, first + 4); end++) {
          const { left, right } = modelContextAt(table, text, first, end);
          const got = contextIds(first, end);
          const expected = { left: left.slice(-2).map((k) => model.idOf(k)), right: right.slice(0, 2).map((k) => model.idOf(k)) };
          expect([text, first, end, Array.from(got.left), Array.from(got.right)]).toEqual([text, first, end, expected.left, expected.right]);
        }
      }
    }
  });
});

describe('phraseIdsOf', () => {
  const phrases = [['kết', 'quả'], ['xyzzy'], [], ['giá', 'kết']];
  const model = fakeModel(['kết', 'quả', 'giá']);

  test.each`
    i    | ids
    ${0} | ${[0, 1]}
    ${1} | ${[-1]}
    ${2} | ${[]}
    ${3} | ${[2, 0]}
  `('phrase $i → $ids', ({ i, ids }) => {
    expect(phraseIdsOf(phrases, model)(i)).toEqual(ids);
  });

  test('ids are kept per phrase list and model', () => {
    const first = phraseIdsOf(phrases, model)(0);
    expect(phraseIdsOf(phrases, model)(0)).toBe(first);
    const other = fakeModel(['quả', 'kết']);
    expect(phraseIdsOf(phrases, other)(0)).toEqual([1, 0]);
  });
});
