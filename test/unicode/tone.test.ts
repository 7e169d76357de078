import { describe, expect, test } from 'vitest';
import { findTonePositionAt, isTonePlaced, placeTone, repairTone, retone, syllableKey } from '../../src/unicode/tone.js';

describe('placeTone', () => {
  test.each`
    input       | style    | output
    ${'hòa'}    | ${'new'} | ${'hoà'}
    ${'hoà'}    | ${'old'} | ${'hòa'}
    ${'thủy'}   | ${'new'} | ${'thuỷ'}
    ${'thuỷ'}   | ${'old'} | ${'thủy'}
    ${'khỏe'}   | ${'new'} | ${'khoẻ'}
    ${'khoẻ'}   | ${'old'} | ${'khỏe'}
    ${'hóa'}    | ${'new'} | ${'hoá'}
    ${'Hoá'}    | ${'old'} | ${'Hóa'}
    ${'HOÀ'}    | ${'old'} | ${'HÒA'}
    ${'THỦY'}   | ${'new'} | ${'THUỶ'}
    ${'Thuỷ'}   | ${'old'} | ${'Thủy'}
    ${'hOà'}    | ${'old'} | ${'hÒa'}
    ${'Ngụy'}   | ${'new'} | ${'Nguỵ'}
    ${'lựơng'}  | ${'old'} | ${'lượng'}
    ${'lựơng'}  | ${'new'} | ${'lượng'}
    ${'baỏ'}    | ${'old'} | ${'bảo'}
    ${'baỏ'}    | ${'new'} | ${'bảo'}
    ${'cuả'}    | ${'old'} | ${'của'}
    ${'cuả'}    | ${'new'} | ${'của'}
    ${'muà'}    | ${'new'} | ${'mùa'}
    ${'mià'}    | ${'old'} | ${'mìa'}
    ${'hòai'}   | ${'old'} | ${'hoài'}
    ${'khủyu'}  | ${'new'} | ${'khuỷu'}
    ${'túyp'}   | ${'old'} | ${'tuýp'}
    ${'hóan'}   | ${'old'} | ${'hoán'}
    ${'tùân'}   | ${'old'} | ${'tuần'}
    ${'ngừơi'}  | ${'new'} | ${'người'}
    ${'gìa'}    | ${'old'} | ${'già'}
    ${'qúy'}    | ${'old'} | ${'quý'}
    ${'Hoằng'}  | ${'new'} | ${'Hoằng'}
  `('$input ($style) → $output', ({ input, style, output }) => {
    expect(placeTone(input, style)).toBe(output);
  });

  // Syllables where both styles agree never change.
  test.each(['quý', 'quà', 'quả', 'giá', 'già', 'giữa', 'hoàng', 'hoàn', 'tuyết', 'huỳnh', 'khuya', 'người', 'mùa', 'mía', 'của', 'hoài', 'khuỷu', 'gì', 'gìn', 'ngoáy', 'Quỳnh'])(
    '%s is the same in both styles',
    (syllable) => {
      expect(placeTone(syllable, 'old')).toBe(syllable);
      expect(placeTone(syllable, 'new')).toBe(syllable);
    },
  );

  test.each(['website', 'Ðórr', 'ngàyapp', 'làung', 'café', 'naïve', '123', '', 'x', 'hoà-bình', '😀'])(
    '%s is not one Vietnamese syllable and stays as it is',
    (text) => {
      expect(placeTone(text, 'old')).toBe(text);
      expect(placeTone(text, 'new')).toBe(text);
    },
  );

  test('accepts NFD input and returns NFC', () => {
    expect(placeTone('hoà'.normalize('NFD'), 'old')).toBe('hòa');
  });
});

describe('repairTone', () => {
  test.each`
    input      | output
    ${'hoà'}   | ${'hoà'}
    ${'hòa'}   | ${'hòa'}
    ${'thuỷ'}  | ${'thuỷ'}
    ${'lựơng'} | ${'lượng'}
    ${'cuả'}   | ${'của'}
    ${'baỏ'}   | ${'bảo'}
    ${'hòai'}  | ${'hoài'}
    ${'Cuả'}   | ${'Của'}
  `('$input → $output', ({ input, output }) => {
    expect(repairTone(input)).toBe(output);
  });
});

describe('syllableKey', () => {
  test.each`
    word          | key
    ${'Hoà'}      | ${'hòa'}
    ${'hòa'}      | ${'hòa'}
    ${'THUỶ'}     | ${'thủy'}
    ${'khoẻ'}     | ${'khỏe'}
    ${'lựơng'}    | ${'lượng'}
    ${'Cuả'}      | ${'của'}
    ${'Việt'}     | ${'việt'}
    ${'ĐÀ'}       | ${'đà'}
    ${'Website'}  | ${'website'}
    ${'ngàyapp'}  | ${'ngàyapp'}
    ${'Ðórr'}     | ${'ðórr'}
    ${'COVID-19'} | ${'covid-19'}
    ${''}         | ${''}
  `('$word → $key', ({ word, key }) => {
    expect(syllableKey(word)).toBe(key);
  });

  test('NFD and NFC give the same key', () => {
    for (const word of ['Hoà', 'Nguyễn', 'lựơng', 'THUỶ']) {
      expect(syllableKey(word.normalize('NFD'))).toBe(syllableKey(word.normalize('NFC')));
    }
  });

  test('the cache returns the same keys on repeated calls and stays bounded', () => {
    const first = syllableKey('Hoà');
    for (let k = 0; k < 120_000; k++) syllableKey(`x${k}`);
    expect(syllableKey('Hoà')).toBe(first);
  });
});

describe('isTonePlaced (the allocation-free fast path of normalize)', () => {
  // Every onset × vowel cluster (one vowel toned, any position) × final: well-formed, misplaced and odd spellings.
  const onsets = ['', 'q', 'g', 'h', 'ng', 'tr'];
  const clusters = ['a', 'oa', 'oe', 'uy', 'ươ', 'uô', 'iê', 'ưu', 'oai', 'uyê', 'ưa', 'ua', 'ia', 'ui', 'uơ', 'ôô'];
  const finals = ['', 'n', 'ng', 't', 'nha'];
  const words: string[] = [];
  for (const onset of onsets) for (const cluster of clusters) for (const final of finals) {
    for (let k = 0; k < cluster.length; k++) {
      const toned = (cluster[k] + '\u0309').normalize('NFC');
      words.push(onset + cluster.slice(0, k) + toned + cluster.slice(k + 1) + final);
    }
  }

  test.each([0, 1, 2])('mode %i: agrees with findTonePositionAt, and a placed word is left alone by retone', (mode) => {
    for (const word of words) {
      const tonePos = [...word].findIndex((ch) => ch.normalize('NFD').includes('\u0309'));
      const oldPos = findTonePositionAt(word, 0, word.length, false);
      const newPos = findTonePositionAt(word, 0, word.length, true);
      // Not shaped like a syllable (-1): nothing to do in any mode.
      const expected = oldPos < 0 || (mode === 1 ? oldPos === tonePos : newPos === tonePos || (mode === 0 && oldPos === tonePos));
      expect([word, isTonePlaced(word, 0, word.length, mode)]).toEqual([word, expected]);
      if (expected) expect(retone(word, mode)).toBe(word);
    }
  });
});

describe('argument checks', () => {
  test.each`
    call                                                   | message
    ${() => placeTone(1 as unknown as string, 'old')}      | ${'Expected string for `syllable`, got `number`'}
    ${() => placeTone('hoà', 'modern' as never)}           | ${"Expected `style` to be one of 'old', 'new', got `modern`"}
    ${() => placeTone('hoà', 'keep' as never)}             | ${"Expected `style` to be one of 'old', 'new', got `keep`"}
    ${() => repairTone(null as unknown as string)}         | ${'Expected string for `syllable`, got `null`'}
    ${() => syllableKey(undefined as unknown as string)}   | ${'Expected string for `word`, got `undefined`'}
    ${() => syllableKey({} as unknown as string)}          | ${'Expected string for `word`, got `object`'}
  `('throws TypeError: $message', ({ call, message }) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
