import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { loadCompiledDictionary, serializeDictionary } from '../../src/dictionary/serialize.js';
import { DictionaryError } from '../../src/errors.js';

const GOOD = `name: test-admin
entries:
  - from: [tiến công giá, tấn công giá]
    to: đánh giá
    category: spin
    confidence: 0.97
    examples:
      - { in: "Kết quả tiến công giá cao.", out: "Kết quả đánh giá cao." }
      - { in: "Quân đội tiến công giải phóng." }
  - from: sở hữu
    to: có
    category: spin
    confidence: 0.3
    unless: { prev: [quyền, chủ], next: [trí tuệ] }
    examples:
      - { in: "toàn tỉnh sở hữu 140 cơ quan", out: "toàn tỉnh có 140 cơ quan" }
      - { in: "quyền sở hữu nhà" }
      - { in: "luật sở hữu trí tuệ" }
`;

describe('compileDictionary', () => {
  test('compiles keys, ids and guards', () => {
    const dict = compileDictionary(GOOD, { file: 'test.yaml' });
    expect(dict.name).toBe('test-admin');
    expect(dict.entries.map((e) => e.id)).toEqual(['test-admin/danh-gia', 'test-admin/co']);
    expect(dict.entries[0]?.from).toEqual([
      ['tiến', 'công', 'giá'],
      ['tấn', 'công', 'giá'],
    ]);
    expect(dict.entries[1]?.unless).toEqual({ prev: [['quyền'], ['chủ']], next: [['trí', 'tuệ']] });
  });

  test('accepts an object source and a name override', () => {
    const dict = compileDictionary(
      { name: 'x', entries: [{ from: 'ko', to: 'không', category: 'teencode', confidence: 0.9, examples: [{ in: 'tôi ko biết', out: 'tôi không biết' }] }] },
      { name: 'chat' },
    );
    expect(dict.entries[0]?.id).toBe('chat/khong');
  });

  test.each([
    ['name: x\nentries:\n  - from: a\n    category: spin\n    confidence: 0.5\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 3, 'entries[0].to', 'entries[0].to is required'],
    ['name: x\nentries:\n  - from: a\n    to: b\n    category: spin\n    confidence: 1.5\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 6, 'entries[0].confidence', 'must be a number from 0 to 1'],
    ['name: x\nentries:\n  - from: a\n    to: b\n    category: magic\n    confidence: 0.5\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 5, 'entries[0].category', 'must be one of spin, teencode, artifact, orthography'],
    ['name: x\nentries:\n  - from: a\n    to: b\n    category: spin\n    confidence: 0.5\n', 'E_DICT_PARSE', 3, 'entries[0].examples', 'is required'],
    ['name: x\nentries:\n  - from: []\n    to: b\n    category: spin\n    confidence: 0.5\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 3, 'entries[0].from', "can't be empty"],
    ['name: x\nentries:\n  - from: a\n    to: b\n    category: spin\n    confidence: 0.5\n    colour: red\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 7, 'entries[0].colour', 'is not a known field'],
    ['name: x\nentries:\n  - from: [a  b]\n    to: b\n    category: spin\n    confidence: 0.5\n    examples: [{in: a}]\n', 'E_DICT_PARSE', 3, 'entries[0].from[0]', 'single spaces'],
    ['name: x\nentries: [\n', 'E_DICT_PARSE', 3, undefined, 'Invalid YAML'],
    ['name: x\nentries:\n  - from: tiến công giá\n    to: đánh giá\n    category: spin\n    confidence: 0.9\n    examples:\n      - { in: "tiến công giá", out: "đánh giá cao" }\n', 'E_DICT_SPEC', 8, 'entries[0].examples[0]', 'đánh giá: spec failed'],
    ['name: x\nentries:\n  - from: sở hữu\n    to: có\n    category: spin\n    confidence: 0.3\n    examples:\n      - { in: "quyền sở hữu" }\n', 'E_DICT_SPEC', 8, 'entries[0].examples[0]', 'expected no change, got "quyền có"'],
    ['name: x\nentries:\n  - from: a\n    to: b\n    category: spin\n    confidence: 0.9\n    examples: [{in: a, out: b}]\n  - from: a\n    to: b\n    category: spin\n    confidence: 0.8\n    examples: [{in: a, out: b}]\n', 'E_DICT_PARSE', 8, 'entries[1].from[0]', 'duplicates entries[0]'],
  ])('%#: %s fails with %s at line %i', (source, code, line, field, message) => {
    let error: unknown;
    try {
      compileDictionary(source, { file: 'dictionaries/broken.yaml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    const d = error as DictionaryError;
    expect(d.code).toBe(code);
    expect(d.file).toBe('dictionaries/broken.yaml');
    expect(d.line).toBe(line);
    if (field !== undefined) expect(d.field).toBe(field);
    expect(d.message).toContain(message);
    expect(d.message.startsWith(`dictionaries/broken.yaml:${line}:`)).toBe(true);
  });

  test("another entry applies in an example only from a prior of 0.5: a low prior never applies on its own", () => {
    const source = (prior: number, out: string): string => `name: x
entries:
  - from: văn phiên bản
    to: văn bản
    category: spin
    confidence: 0.97
    examples:
      - { in: "Văn phiên bản này có hiệu lực.", out: "${out}" }
  - from: có
    to: sở hữu
    category: spin
    confidence: ${prior}
    examples:
      - { in: "có", out: "sở hữu" }
`;
    expect(compileDictionary(source(0.3, 'Văn bản này có hiệu lực.')).entries).toHaveLength(2);
    expect(() => compileDictionary(source(0.3, 'Văn bản này sở hữu hiệu lực.'))).toThrow(/spec failed/);
    expect(compileDictionary(source(0.6, 'Văn bản này sở hữu hiệu lực.')).entries).toHaveLength(2);
  });

  test('rejects a non-string, non-object source with a TypeError', () => {
    expect(() => compileDictionary(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('compiled format', () => {
  test('round trip keeps entries (examples dropped)', () => {
    const dict = compileDictionary(GOOD);
    const json = serializeDictionary(dict, { source: 'test.yaml', sha256: 'abc' });
    expect(json.split('\n').length).toBeGreaterThan(dict.entries.length);
    const back = loadCompiledDictionary(json);
    expect(back.name).toBe(dict.name);
    expect(back.entries.map(({ examples: _e, ...rest }) => rest)).toEqual(dict.entries.map(({ examples: _e, ...rest }) => rest));
  });

  test.each([
    [{ format: 'vietnorm-dict', version: 2, name: 'x', entries: [] }, 'E_DICT_VERSION', 'Unsupported version: 2'],
    [{ format: 'other', version: 1, name: 'x', entries: [] }, 'E_DICT_VERSION', 'Unsupported format: other'],
    [{ format: 'vietnorm-dict', version: 1, name: 'x', entries: [{ id: 'x/a', from: 'a', to: 'b', category: 'spin', confidence: 1 }] }, 'E_DICT_PARSE', 'entries[0].from'],
    ['{not json', 'E_DICT_PARSE', 'Invalid JSON'],
  ])('%#: rejects with %s', (value, code, message) => {
    expect(() => loadCompiledDictionary(value, 'x.json')).toThrow(message);
    try {
      loadCompiledDictionary(value, 'x.json');
    } catch (e) {
      expect((e as DictionaryError).code).toBe(code);
      expect((e as DictionaryError).file).toBe('x.json');
    }
  });
});
