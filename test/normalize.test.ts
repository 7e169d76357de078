import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createNormalizer, normalize, normalizeWithEdits } from '../src/normalize.js';
import type { TextEdit } from '../src/types.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(repoRoot, '../shared');
const hasShared = existsSync(path.join(shared, 'data/corpora/eval/ud-vtb.txt.xz'));
if (!hasShared) console.log('test/normalize.test.ts: ../shared absent, skipping the clean-corpus tests');

/** Apply edits back to front (what the rule engine and applyEdits do). */
function applyBackToFront(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (let k = edits.length - 1; k >= 0; k--) {
    const e = edits[k] as TextEdit;
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  }
  return out;
}

function expectValidEdits(input: string, result: { text: string; edits: TextEdit[] }): void {
  let end = 0;
  for (const e of result.edits) {
    expect(e.start).toBeGreaterThanOrEqual(end);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(input.slice(e.start, e.end)).toBe(e.original);
    end = e.end;
  }
  expect(applyBackToFront(input, result.edits)).toBe(result.text);
}

describe('normalize: invisible characters and NFC', () => {
  test.each`
    input                                | output
    ${'\uFEFFXin chào'}                  | ${'Xin chào'}
    ${'Việt\u200BNam'}                   | ${'ViệtNam'}
    ${'Hà\u200C Nội\u200D'}              | ${'Hà Nội'}
    ${'từ\u2060khóa'}                    | ${'từkhóa'}
    ${'hiện\u00ADđại'}                   | ${'hiệnđại'}
    ${'Việt Nam'.normalize('NFD')}       | ${'Việt Nam'}
    ${'Vie\u0323\u0302t'}                | ${'Việt'}
    ${'Tie\u0301\u0302ng'}               | ${'Tiếng'}
    ${'a\r\nb\r\n'}                      | ${'a\r\nb\r\n'}
    ${'emoji 👨\u200D👩\u200D👧 ok'}     | ${'emoji 👨\u200D👩\u200D👧 ok'}
    ${'lone \uD800 surrogate \uDC00'}    | ${'lone \uD800 surrogate \uDC00'}
    ${''}                                | ${''}
    ${'plain ASCII text.'}               | ${'plain ASCII text.'}
  `('$input → $output', ({ input, output }) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('normalize: look-alike letters', () => {
  test.each`
    input                              | output
    ${'Ðà Nẵng'}                       | ${'Đà Nẵng'}
    ${'ÐẠI HỌC'}                       | ${'ĐẠI HỌC'}
    ${'ðường phố'}                     | ${'đường phố'}
    ${'Ðórr và Loki'}                  | ${'Ðórr và Loki'}
    ${'Ég fór með honum'}              | ${'Ég fór með honum'}
    ${'c\u0430o nguyên'}               | ${'cao nguyên'}
    ${'Москва'}                        | ${'Москва'}
  `('$input → $output', ({ input, output }) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('normalize: tone marks', () => {
  test.each`
    input                    | tone      | output
    ${'lựơng'}               | ${'keep'} | ${'lượng'}
    ${'baỏ'}                 | ${'keep'} | ${'bảo'}
    ${'cuả tôi'}             | ${'keep'} | ${'của tôi'}
    ${'Cuả'}                 | ${'keep'} | ${'Của'}
    ${'hòai niệm'}           | ${'keep'} | ${'hoài niệm'}
    ${'hoá học, hóa chất'}   | ${'keep'} | ${'hoá học, hóa chất'}
    ${'hoá học, hóa chất'}   | ${'old'}  | ${'hóa học, hóa chất'}
    ${'hoá học, hóa chất'}   | ${'new'}  | ${'hoá học, hoá chất'}
    ${'hòa thủy khỏe'}       | ${'new'}  | ${'hoà thuỷ khoẻ'}
    ${'hoà thuỷ khoẻ'}       | ${'old'}  | ${'hòa thủy khỏe'}
    ${'HOÀ BÌNH'}            | ${'old'}  | ${'HÒA BÌNH'}
    ${'(Thuỷ),'}             | ${'old'}  | ${'(Thủy),'}
    ${'quý quà quả giá già'} | ${'new'}  | ${'quý quà quả giá già'}
    ${'quý quà quả giá già'} | ${'old'}  | ${'quý quà quả giá già'}
    ${'hoàng tuyết người'}   | ${'new'}  | ${'hoàng tuyết người'}
    ${'website online'}      | ${'new'}  | ${'website online'}
    ${'Café crème'}          | ${'old'}  | ${'Café crème'}
    ${'ngàyapp'}             | ${'keep'} | ${'ngàyapp'}
    ${'Tôi thích muà thu'}   | ${'keep'} | ${'Tôi thích mùa thu'}
    ${'xem https://vi.wikipedia.org/wiki/Hoà_Bình và Hoà Bình'} | ${'old'} | ${'xem https://vi.wikipedia.org/wiki/Hoà_Bình và Hòa Bình'}
    ${'gửi hoà@vd.vn, www.hoà.vn, Hoà_Bình'} | ${'old'} | ${'gửi hoà@vd.vn, www.hoà.vn, Hòa_Bình'}
    ${'Tôi thích muà thu'.normalize('NFD')} | ${'keep'} | ${'Tôi thích mùa thu'}
  `('$input ($tone) → $output', ({ input, tone, output }) => {
    expect(normalize(input, { tone })).toBe(output);
  });

  // Misplaced marks are repaired only in Vietnamese paragraphs (a Vietnamese-only letter, or mostly Vietnamese words).
  test.each([
    'Perché più città hanno la metà dei caffè?',
    'Raúl y María viven en el país, aún.',
    'muà',
    'Ça a été un été très chaud à Orléans.',
  ])('leaves the foreign or unclear %s untouched', (text) => {
    for (const tone of ['keep', 'old', 'new'] as const) expect(normalize(text, { tone })).toBe(text);
  });
});

describe('normalize: legacy encodings', () => {
  test.each`
    input                                                   | output                                  | encoding
    ${'Céng hßa x· héi chñ nghÜa ViÖt Nam'}                 | ${'Cộng hòa xã hội chủ nghĩa Việt Nam'} | ${'tcvn3'}
    ${'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'}           | ${'Cộng hòa xã hội chủ nghĩa Việt Nam'} | ${'vni'}
    ${'Tiáº¿ng Viá»‡t'}                                      | ${'Tiếng Việt'}                         | ${'cp1252-utf8'}
    ${'Thñ t\u00ADíng ChÝnh phñ'}                           | ${'Thủ tướng Chính phủ'}                | ${'tcvn3'}
  `('$input → $output', ({ input, output, encoding }) => {
    expect(normalize(input)).toBe(output);
    const result = normalizeWithEdits(input);
    expect(result.legacy).toBe(encoding);
    expect(result.text).toBe(output);
    expectValidEdits(input, result);
    expect(normalize(input, { legacy: 'off' })).not.toBe(output);
  });

  test.each([
    'Café crème',
    'naïve façade',
    'Müller',
    'El niño',
    'Hôtel de Ville à Paris, où la tête est à côté de la forêt.',
    'Il était une fois une reine très âgée qui avait vu ça.',
    'Grüße aus Köln, die Straße ist schön.',
    'El señor García está aquí; mañana será otro día.',
    'Cộng hòa xã hội chủ nghĩa Việt Nam',
    'Cà phê ngon',
  ])('leaves %s untouched', (text) => {
    expect(normalize(text)).toBe(text);
    expect(normalizeWithEdits(text).legacy).toBeUndefined();
  });

  test('converts per paragraph: a legacy line among clean lines', () => {
    const input = 'Xin chào.\nViÖt Nam\nCafé crème';
    expect(normalize(input)).toBe('Xin chào.\nViệt Nam\nCafé crème');
  });
});

describe('normalizeWithEdits', () => {
  test.each`
    input                      | edits
    ${'Xin chào cuả tôi'}      | ${[{ start: 9, end: 12, original: 'cuả', replacement: 'của' }]}
    ${'lựơng, baỏ.'}           | ${[{ start: 0, end: 5, original: 'lựơng', replacement: 'lượng' }, { start: 7, end: 10, original: 'baỏ', replacement: 'bảo' }]}
    ${'\uFEFFViệt\u200BNam'}   | ${[{ start: 0, end: 1, original: '\uFEFF', replacement: '' }, { start: 5, end: 6, original: '\u200B', replacement: '' }]}
    ${'Ðà Nẵng'}               | ${[{ start: 0, end: 2, original: 'Ðà', replacement: 'Đà' }]}
    ${'clean text, sạch sẽ'}   | ${[]}
  `('$input', ({ input, edits }) => {
    const result = normalizeWithEdits(input);
    expect(result.edits).toEqual(edits);
    expectValidEdits(input, result);
  });

  test('gives the same text as normalize', () => {
    const input = 'Thuỷ lựơng \uFEFFbaỏ Ðà Nẵng hoà\u00AD bình Vie\u0323\u0302t';
    for (const tone of ['keep', 'old', 'new'] as const) {
      expect(normalizeWithEdits(input, { tone }).text).toBe(normalize(input, { tone }));
    }
  });

  test('has no legacy field when nothing was converted', () => {
    expect('legacy' in normalizeWithEdits('Việt Nam')).toBe(false);
  });
});

describe('options and arguments', () => {
  test.each`
    call                                                           | message
    ${() => normalize(42 as unknown as string)}                    | ${'Expected string for `text`, got `number`'}
    ${() => normalize(null as unknown as string)}                  | ${'Expected string for `text`, got `null`'}
    ${() => normalizeWithEdits(undefined as unknown as string)}    | ${'Expected string for `text`, got `undefined`'}
    ${() => normalize('x', 'old' as never)}                        | ${'Expected object for `options`, got `string`'}
    ${() => normalize('x', [] as never)}                           | ${'Expected object for `options`, got `array`'}
    ${() => normalize('x', null as never)}                         | ${'Expected object for `options`, got `null`'}
    ${() => normalize('x', { tone: 'modern' as never })}           | ${"Expected `tone` to be one of 'keep', 'old', 'new', got `modern`"}
    ${() => normalize('x', { legacy: 'on' as never })}             | ${"Expected `legacy` to be one of 'auto', 'off', got `on`"}
    ${() => createNormalizer({ tone: 1 as never })}                | ${"Expected `tone` to be one of 'keep', 'old', 'new', got `1`"}
    ${() => createNormalizer()(5 as unknown as string)}            | ${'Expected string for `text`, got `number`'}
  `('throws TypeError: $message', ({ call, message }) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  test('accepts undefined options and undefined fields', () => {
    expect(normalize('hoà', undefined)).toBe('hoà');
    expect(normalize('hoà', {})).toBe('hoà');
    expect(normalize('hoà', { tone: undefined, legacy: undefined } as never)).toBe('hoà');
  });

  test('createNormalizer applies its options', () => {
    const toOld = createNormalizer({ tone: 'old' });
    expect(toOld('thuỷ hoà')).toBe('thủy hòa');
    const toNew = createNormalizer({ tone: 'new', legacy: 'off' });
    expect(toNew('thủy ViÖt')).toBe('thuỷ ViÖt');
  });
});

describe('odd and big input', () => {
  test('never throws on odd strings', () => {
    const odd = ['\uD800', '\uDFFF\uD800', '\u0301', '\u0301\u0301a', '\uFEFF'.repeat(10), '\0\u0001', '𝕍𝕚ệ𝕥', '\u00D0', 'ð'];
    for (const text of odd) expect(() => normalizeWithEdits(text, { tone: 'new' })).not.toThrow();
  });

  test('handles a large text with many NFD words (whole-text NFC path) like the word-by-word path', () => {
    const paragraph = 'Thủ tướng Chính phủ hoà bình thuỷ lợi khoẻ mạnh người Việt Nam. '.repeat(200);
    const nfd = paragraph.normalize('NFD');
    expect(normalize(nfd, { tone: 'old' })).toBe(normalizeWithEdits(nfd, { tone: 'old' }).text);
    expect(normalize(nfd)).toBe(paragraph);
  });
});

describe.skipIf(!hasShared)('clean Vietnamese news (../shared eval corpora)', () => {
  const load = (file: string): string =>
    execFileSync('xz', ['-dc', path.join(shared, 'data/corpora/eval', file)], { maxBuffer: 64 << 20 }).toString('utf8');

  test('ud-vtb: keep mode changes almost nothing (only look-alike and tone repairs)', () => {
    const text = load('ud-vtb.txt.xz');
    const result = normalizeWithEdits(text);
    expectValidEdits(text, result);
    const words = text.split(/\s+/).length;
    console.log(`ud-vtb: ${result.edits.length} edits in ${words} words`, result.edits.slice(0, 5));
    expect(result.edits.length / words).toBeLessThan(0.001);
    expect(result.legacy).toBeUndefined();
  });

  test('uud-vietnamnet: style conversion round-trips and edits apply back', () => {
    const text = load('uud-vietnamnet.txt.xz');
    const toNew = normalizeWithEdits(text, { tone: 'new' });
    expectValidEdits(text, toNew);
    expect(normalize(toNew.text, { tone: 'old' })).toBe(normalize(text, { tone: 'old' }));
    expect(normalize(toNew.text, { tone: 'new' })).toBe(toNew.text);
  });
});
