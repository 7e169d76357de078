import { Readable } from 'node:stream';
import { text as readAll } from 'node:stream/consumers';
import { describe, expect, test } from 'vitest';
import { applyEdits, compileDictionary, createRewriter, despin } from '../src/index.js';

const DICT = compileDictionary(`name: t
entries:
  - from: [tiến công giá]
    to: đánh giá
    category: spin
    confidence: 0.97
    examples: [{ in: "tiến công giá", out: "đánh giá" }]
  - from: văn phiên bản
    to: văn bản
    category: spin
    confidence: 0.97
    examples: [{ in: "văn phiên bản", out: "văn bản" }]
`);
const OWN = { dictionaries: [DICT], defaultDictionaries: false, languageModel: false } as const;

describe('despin arguments', () => {
  test.each([
    [42, 'Expected string for `text`, got `number`'],
    [null, 'Expected string for `text`, got `null`'],
    [undefined, 'Expected string for `text`, got `undefined`'],
    [['a'], 'Expected string for `text`, got `array`'],
  ])('despin(%j) throws a TypeError', (value, message) => {
    expect(() => despin(value as unknown as string, OWN)).toThrow(TypeError);
    expect(() => despin(value as unknown as string, OWN)).toThrow(message);
  });

  test.each([
    [{ minConfidence: 2 }, 'Expected number from 0 to 1 for `minConfidence`, got `2`'],
    [{ minConfidence: '0.5' }, 'Expected number from 0 to 1 for `minConfidence`, got `string`'],
    [{ tone: 'modern' }, "Expected 'keep', 'old' or 'new' for `tone`, got `modern`"],
    [{ dictionaries: [{}] }, 'Expected array of compiled dictionaries'],
    [{ dictionaries: [{ name: 'x', entries: [{ from: 'not-keys', to: 'y' }] }] }, 'Expected array of compiled dictionaries'],
    [{ normalize: 'yes' }, 'Expected boolean for `normalize`, got `string`'],
    [{ minConfidance: 0.5 }, 'Unknown option `minConfidance`'],
    ['fast', 'Expected object for `options`, got `string`'],
  ])('option %j throws a TypeError', (options, message) => {
    expect(() => despin('x', options as never)).toThrow(TypeError);
    expect(() => despin('x', options as never)).toThrow(message);
  });

  test('empty text gives an empty result', () => {
    expect(despin('', OWN)).toEqual({ text: '', edits: [], suggestions: [], spinScore: 0 });
  });
});

describe('despin results', () => {
  test('own dictionary, no built-ins', () => {
    const input = 'Kết quả tiến công giá các văn phiên bản.';
    const r = despin(input, OWN);
    expect(r.text).toBe('Kết quả đánh giá các văn bản.');
    expect(r.edits.map((e) => [e.original, e.replacement, e.ruleId])).toEqual([
      ['tiến công', 'đánh', 't/danh-gia'],
      ['phiên ', '', 't/van-ban'],
    ]);
    expect(applyEdits(input, r.edits)).toBe(r.text);
  });

  test('tone option shapes replacements and normalisation', () => {
    const d = compileDictionary(`name: h
entries:
  - from: biến đổi hóa
    to: biến hóa
    category: spin
    confidence: 0.97
    examples: [{ in: "biến đổi hóa", out: "biến hóa" }]
`);
    const opts = { dictionaries: [d], defaultDictionaries: false, languageModel: false } as const;
    expect(despin('Sự biến đổi hóa lớn', { ...opts, tone: 'new' }).text).toBe('Sự biến hoá lớn');
    expect(despin('Sự biến đổi hóa lớn', { ...opts, tone: 'old' }).text).toBe('Sự biến hóa lớn');
  });

  test('a huge input with CRLF and emoji keeps every untouched character', () => {
    const line = 'Dòng 😀 văn phiên bản\ud800 và chữ thường.\r\n';
    const input = line.repeat(20000);
    const r = despin(input, OWN);
    expect(r.text).toBe('Dòng 😀 văn bản\ud800 và chữ thường.\r\n'.repeat(20000));
    expect(applyEdits(input, r.edits)).toBe(r.text);
  });
});

describe('createRewriter', () => {
  test('reuses compiled options and is idempotent', () => {
    const rewriter = createRewriter(OWN);
    const once = rewriter.despin('Bản tiến công giá văn phiên bản.').text;
    expect(once).toBe('Bản đánh giá văn bản.');
    expect(rewriter.despin(once).text).toBe(once);
    expect(rewriter.despin(once).edits).toEqual([]);
  });

  test('stream gives the same text as despin, whatever the chunking', async () => {
    const rewriter = createRewriter(OWN);
    const input = 'Kết quả tiến công giá.\nVăn phiên bản mới.\r\n\nTiếng Việt 😀 văn phiên bản\n'.repeat(50);
    const bytes = Buffer.from(input, 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7)); // splits UTF-8 sequences
    const out = await readAll(Readable.from(chunks).pipe(rewriter.stream()));
    expect(out).toBe(rewriter.despin(input).text);
  });

  test('stream bounds a line without breaks', async () => {
    const rewriter = createRewriter(OWN);
    const input = 'Văn phiên bản mới. '.repeat(60_000); // 1.1 MB on one line: past the 1 MB cut, cut at a sentence end
    const out = await readAll(Readable.from([input]).pipe(rewriter.stream()));
    expect(out.length).toBeGreaterThan(0);
    expect(out.includes('phiên')).toBe(false);
    expect(out).toBe(rewriter.despin(input).text);
  });

  test('a long text is repaired in pieces with offsets in the input', () => {
    const line = 'Kết quả tiến công giá cao, văn phiên bản mới.\n';
    const input = line.repeat(20_000); // 0.9 MB: several pieces
    const r = despin(input, OWN);
    expect(r.text).toBe('Kết quả đánh giá cao, văn bản mới.\n'.repeat(20_000));
    expect(r.edits).toHaveLength(40_000);
    expect(applyEdits(input, r.edits)).toBe(r.text);
  });
});
