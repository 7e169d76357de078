import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isSyllable } from '../src/syllable.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const lexiconPath = path.resolve(repoRoot, '../shared/data/lexicon/syllables.txt');
const hasShared = existsSync(lexiconPath);
if (!hasShared) console.log('test/syllable.test.ts: ../shared absent, skipping the lexicon coverage test');

describe('isSyllable', () => {
  test.each`
    word          | valid
    ${'a'}        | ${true}
    ${'Nguyễn'}   | ${true}
    ${'người'}    | ${true}
    ${'NGƯỜI'}    | ${true}
    ${'hòa'}      | ${true}
    ${'hoà'}      | ${true}
    ${'thủy'}     | ${true}
    ${'thuỷ'}     | ${true}
    ${'quý'}      | ${true}
    ${'quốc'}     | ${true}
    ${'quyết'}    | ${true}
    ${'già'}      | ${true}
    ${'giữa'}     | ${true}
    ${'gì'}       | ${true}
    ${'gìn'}      | ${true}
    ${'giếng'}    | ${true}
    ${'khuya'}    | ${true}
    ${'khuỷu'}    | ${true}
    ${'nghiêng'}  | ${true}
    ${'kể'}       | ${true}
    ${'ghế'}      | ${true}
    ${'nghĩ'}     | ${true}
    ${'xoong'}    | ${true}
    ${'oanh'}     | ${true}
    ${'uống'}     | ${true}
    ${'yêu'}      | ${true}
    ${'đắk'}      | ${true}
    ${'Krông'}    | ${true}
    ${'hoà'.normalize('NFD')} | ${true}
    ${'unique'}   | ${false}
    ${'color'}    | ${false}
    ${'review'}   | ${false}
    ${'the'}      | ${false}
    ${'and'}      | ${false}
    ${'online'}   | ${false}
    ${'check'}    | ${false}
    ${'file'}     | ${false}
    ${'website'}  | ${false}
    ${'cuả'}      | ${false}
    ${'lựơng'}    | ${false}
    ${'hóc'}      | ${true}
    ${'họp'}      | ${true}
    ${'hòc'}      | ${false}
    ${'hỏp'}      | ${false}
    ${'tãt'}      | ${false}
    ${'sạch'}     | ${true}
    ${'sạch'}     | ${true}
    ${'sàch'}     | ${false}
    ${'ke'}       | ${true}
    ${'ka'}       | ${false}
    ${'ko'}       | ${false}
    ${'ghe'}      | ${true}
    ${'gha'}      | ${false}
    ${'nghe'}     | ${true}
    ${'ngha'}     | ${false}
    ${'ce'}       | ${false}
    ${'ge'}       | ${false}
    ${'nge'}      | ${false}
    ${'ci'}       | ${false}
    ${'qa'}       | ${false}
    ${'quu'}      | ${false}
    ${'an'}       | ${true}
    ${'ăn'}       | ${true}
    ${'ănh'}      | ${false}
    ${'ich'}      | ${true}
    ${'ach'}      | ${true}
    ${'och'}      | ${false}
    ${'hoà-bình'} | ${false}
    ${'hai mươi'} | ${false}
    ${''}         | ${false}
    ${'x'}        | ${false}
    ${'123'}      | ${false}
    ${'😀'}       | ${false}
    ${'\uD800'}   | ${false}
    ${'zalo'}     | ${false}
    ${'fan'}      | ${false}
    ${'wifi'}     | ${false}
  `('$word → $valid', ({ word, valid }) => {
    expect(isSyllable(word)).toBe(valid);
  });

  test('gives the same answer when cached', () => {
    expect(isSyllable('Nguyễn')).toBe(true);
    expect(isSyllable('Nguyễn')).toBe(true);
    expect(isSyllable('website')).toBe(false);
  });

  test('returns false for non-strings instead of throwing', () => {
    expect(isSyllable(42 as unknown as string)).toBe(false);
  });
});

describe.skipIf(!hasShared)('isSyllable on the lexicon ../shared/data/lexicon/syllables.txt', () => {
  const lines = hasShared ? readFileSync(lexiconPath, 'utf8').split('\n').filter((l) => l !== '') : [];
  // Entries with a vowel after a consonant after a vowel are several syllables written as one (kilôgam,
  // cácbon) or abbreviations (ubnd): not syllables at all. The rest must nearly all be accepted.
  const vowel = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;
  const multi = new RegExp(`${vowel.source}[^${vowel.source.slice(1, -1)}]+${vowel.source}`, 'u');
  const single = lines.filter((w) => !multi.test(w));

  test('accepts at least 98.5% of all entries', () => {
    const accepted = lines.filter((w) => isSyllable(w)).length;
    console.log(`syllables.txt: ${accepted}/${lines.length} accepted (${((100 * accepted) / lines.length).toFixed(2)}%)`);
    expect(accepted / lines.length).toBeGreaterThanOrEqual(0.985);
  });

  test('accepts at least 99% of the single-syllable-shaped entries', () => {
    const accepted = single.filter((w) => isSyllable(w)).length;
    console.log(`single-syllable-shaped: ${accepted}/${single.length} (${((100 * accepted) / single.length).toFixed(2)}%)`);
    expect(accepted / single.length).toBeGreaterThanOrEqual(0.99);
  });
});
