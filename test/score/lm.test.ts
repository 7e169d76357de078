import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

// The writer and the counter are the build script's own modules, so this round trip tests what `build:lm` ships.
import { CorpusCounter } from '../../scripts/lm/corpus-counter.mjs';
import { writeLanguageModel } from '../../scripts/lm/write-model.mjs';
import { VietnormError } from '../../src/errors.js';
import { getDefaultLanguageModel } from '../../src/score/lm-file.js';
import { type LanguageModel, parseLanguageModel, scoreReplacement } from '../../src/score/lm.js';
import { modelContextAt, modelKeyAt } from '../../src/score/lm-context.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';
import { TOKEN_KIND_NAMES } from '../../src/tokenize/token-table.js';
import { isSyllable } from '../../src/syllable.js';
import { syllableKey } from '../../src/unicode/tone.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modelPath = path.join(repoRoot, 'dictionaries/_lm.bin');

const SENTENCES = [
  'Hội đồng đánh giá kết quả. Kết quả đánh giá cao!',
  'Hội đồng đánh giá kết quả năm 2024 rất cao',
  'Quân đội tiến công; hội đồng đánh giá',
  'Văn bản mới, văn bản cũ và phiên bản UBND 3.5',
];

/** Split like the counter does, with plain lowercase keys, and count n-grams naively in a Map. */
function countNaively(lines: string[]): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  const add = (gram: string[]): void => {
    const k = gram.join(' ');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const line of lines) {
    for (const sentence of line.split(/[.?!;:](?!\d)/u)) {
      const words = sentence
        .split(/[\s,]+/u)
        .filter((w) => w !== '')
        .map((w) => (/^\d[\d.]*$/u.test(w) ? '<num>' : w === 'UBND' ? '<w>' : w.toLowerCase()));
      if (words.length === 0) continue;
      const s = ['<s>', ...words, '</s>'];
      total += s.length;
      s.forEach((_, i) => {
        add(s.slice(i, i + 1));
        if (i >= 1) add(s.slice(i - 1, i + 1));
        if (i >= 2) add(s.slice(i - 2, i + 1));
      });
    }
  }
  return { counts, total };
}

function buildTinyModel(): Uint8Array {
  const counter = new CorpusCounter({
    toKey: (w: string) => w.normalize('NFC').toLowerCase(),
    isSyllable: (w: string) => w !== 'UBND',
    chunkSize: 16, // several flushes and merges even on a tiny text
  });
  for (const line of SENTENCES) counter.addLine(line);
  return writeLanguageModel({
    vocab: counter.vocab,
    unigrams: counter.unigrams,
    bigrams: counter.bigrams.finish(),
    trigrams: counter.trigrams.finish(),
    minCounts: { unigram: 1, bigram: 1, trigram: 1 },
  }).bytes;
}

describe('binary format round trip (tiny model built here)', () => {
  const bytes = buildTinyModel();
  const lm = parseLanguageModel(bytes);
  const { counts, total } = countNaively(SENTENCES);

  test('every counted n-gram comes back with its count', () => {
    expect(counts.size).toBeGreaterThan(40);
    for (const [gram, n] of counts) expect([gram, lm.count(gram.split(' '))]).toEqual([gram, n]);
  });

  test.each`
    gram
    ${['giá', 'đánh']}
    ${['tiến', 'công', 'giá']}
    ${['văn', 'phiên', 'bản']}
    ${['không', 'có']}
    ${[]}
    ${['a', 'b', 'c', 'd']}
  `('absent or invalid $gram counts 0', ({ gram }: { gram: string[] }) => {
    expect(lm.count(gram)).toBe(0);
  });

  const c = (gram: string): number => counts.get(gram) ?? 0;
  const L = Math.log10;
  test.each`
    w         | prev1     | prev2     | expected
    ${'giá'}  | ${'đánh'} | ${'đồng'} | ${L(c('đồng đánh giá') / c('đồng đánh'))}
    ${'giá'}  | ${'đánh'} | ${'quân'} | ${L(0.4) + L(c('đánh giá') / c('đánh'))}
    ${'giá'}  | ${'đánh'} | ${undefined} | ${L(c('đánh giá') / c('đánh'))}
    ${'cao'}  | ${'đội'}  | ${'quân'} | ${2 * L(0.4) + L(c('cao') / total)}
    ${'cao'}  | ${undefined} | ${undefined} | ${L(c('cao') / total)}
    ${'xyz'}  | ${undefined} | ${undefined} | ${L(1 / total)}
    ${'</s>'} | ${'<num>'} | ${'<w>'}  | ${L(c('<w> <num> </s>') / c('<w> <num>'))}
  `('logProb($w | $prev2 $prev1) is stupid backoff', ({ w, prev1, prev2, expected }) => {
    expect(lm.logProb(w, prev1, prev2)).toBeCloseTo(expected, 10);
  });

  test('scoreSequence sums logProb with trigram context', () => {
    const keys = ['<s>', 'hội', 'đồng', 'đánh', 'giá', '</s>'];
    const sum = keys.reduce((s, w, i) => s + lm.logProb(w, keys[i - 1], i >= 2 ? keys[i - 2] : undefined), 0);
    expect(lm.scoreSequence(keys)).toBeCloseTo(sum, 10);
  });

  test('scoreReplacement prefers the seen compound and is antisymmetric', () => {
    const llr = scoreReplacement(lm, ['hội', 'đồng'], ['tiến', 'công', 'giá'], ['đánh', 'giá'], ['kết', 'quả']);
    expect(llr).toBeGreaterThan(1);
    expect(scoreReplacement(lm, ['hội', 'đồng'], ['đánh', 'giá'], ['tiến', 'công', 'giá'], ['kết', 'quả'])).toBeCloseTo(-llr, 10);
  });

  test('unaligned bytes parse to the same model', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const copy = parseLanguageModel(shifted.subarray(3));
    expect(copy.count(['đánh', 'giá'])).toBe(lm.count(['đánh', 'giá']));
  });

  const corrupt = (edit: (b: Uint8Array) => Uint8Array) => () => parseLanguageModel(edit(bytes.slice()));
  test.each`
    name                | edit                                                           | code
    ${'unknown version'} | ${(b: Uint8Array) => (b[4] = 2, b)}                            | ${'E_DICT_VERSION'}
    ${'bad magic'}      | ${(b: Uint8Array) => (b[0] = 0x50, b)}                          | ${'E_DICT_VERSION'}
    ${'too short'}      | ${(b: Uint8Array) => b.subarray(0, 10)}                         | ${'E_DICT_VERSION'}
    ${'truncated'}      | ${(b: Uint8Array) => b.slice(0, b.length - 16)}                 | ${'E_DICT_PARSE'}
  `('rejects $name with $code', ({ edit, code }) => {
    expect(corrupt(edit)).toThrow(VietnormError);
    expect(corrupt(edit)).toThrow(expect.objectContaining({ code }));
  });

  test('unknown version message', () => {
    expect(corrupt((b) => ((b[4] = 2), b))).toThrow('Unsupported version: 2');
  });

  test.each`
    value              | type
    ${'bytes'}         | ${'string'}
    ${null}            | ${'null'}
    ${[1, 2]}          | ${'array'}
  `('parseLanguageModel($value) throws a TypeError', ({ value, type }) => {
    expect(() => parseLanguageModel(value as Uint8Array)).toThrow(new TypeError(`Expected Uint8Array for \`bytes\`, got \`${type}\``));
  });

  test('odd keys never throw', () => {
    for (const k of ['', '\uD800', '😀', 'a\r\nb', 'x'.repeat(100_000)]) {
      expect(Number.isFinite(lm.logProb(k, k, k))).toBe(true);
    }
    expect(() => lm.logProb(5 as unknown as string)).toThrow(new TypeError('Expected string for `w`, got `number`'));
  });
});

describe('model keys of tokens', () => {
  test.each`
    kind             | text       | expected
    ${'syllable'}    | ${'Hoà'}   | ${'hòa'}
    ${'syllable'}    | ${'Đánh'}  | ${'đánh'}
    ${'number'}      | ${'1.803'} | ${'<num>'}
    ${'word'}        | ${'UBND'}  | ${'<w>'}
    ${'url'}         | ${'a.vn'}  | ${'<w>'}
    ${'newline'}     | ${'\r\n'}  | ${'</s>'}
    ${'punctuation'} | ${'...'}   | ${'</s>'}
    ${'punctuation'} | ${';'}     | ${'</s>'}
    ${'punctuation'} | ${','}     | ${null}
    ${'space'}       | ${' '}     | ${null}
    ${'symbol'}      | ${'©'}     | ${null}
  `('modelKeyAt($kind $text) = $expected', ({ kind, text, expected }) => {
    const table = scanTokens(text);
    expect(table.length).toBe(1);
    expect(TOKEN_KIND_NAMES[table.kinds[0] as number]).toBe(kind);
    expect(modelKeyAt(table, text, 0)).toBe(expected);
  });

  /** Context of the first occurrence of `span` (whole tokens) in `text`. */
  const contextOf = (text: string, span: string): { left: string[]; right: string[] } => {
    const table = scanTokens(text);
    const start = text.indexOf(span);
    const first = table.starts.indexOf(start);
    const end = table.ends.indexOf(start + span.length) + 1;
    return modelContextAt(table, text, first, end);
  };
  test.each`
    text                                   | span               | left                   | right
    ${'Kết quả tiến công giá cao.'}        | ${'tiến công giá'} | ${['kết', 'quả']}      | ${['cao', '</s>']}
    ${'Tiến công giá'}                     | ${'Tiến công giá'} | ${['<s>']}             | ${['</s>']}
    ${'Xong. Toàn tỉnh sở hữu tổng số 5'}  | ${'sở hữu'}        | ${['toàn', 'tỉnh']}    | ${['tổng', 'số']}
    ${'Xong. Toàn, sở hữu 1.803 nhà'}      | ${'sở hữu'}        | ${['<s>', 'toàn']}     | ${['<num>', 'nhà']}
    ${'A\nquyền sở hữu'}                   | ${'sở hữu'}        | ${['<s>', 'quyền']}    | ${['</s>']}
  `('context of [$span] in $text', ({ text, span, left, right }) => {
    expect(contextOf(text, span)).toEqual({ left, right });
  });
});

describe.skipIf(!existsSync(modelPath))('shipped model dictionaries/_lm.bin', () => {
  const bytes = existsSync(modelPath) ? readFileSync(modelPath) : new Uint8Array(0);

  test('sha256 matches dictionaries/_lm.sha256', () => {
    const recorded = readFileSync(path.join(repoRoot, 'dictionaries/_lm.sha256'), 'utf8').split(/\s+/u)[0];
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
  });

  test('vocabulary is keyed with the current syllableKey and isSyllable (else rebuild with npm run build:lm)', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = view.getUint32(8, true);
    const vocab = new TextDecoder().decode(bytes.subarray(start, start + view.getUint32(24, true))).split('\n');
    expect(vocab.slice(0, 4)).toEqual(['<s>', '</s>', '<num>', '<w>']);
    const stale = vocab.slice(4).filter((k) => syllableKey(k) !== k || !isSyllable(k));
    expect(stale.slice(0, 20)).toEqual([]);
  });

  test('size is 3 to 8 MB', () => {
    expect(bytes.length).toBeGreaterThan(3e6);
    expect(bytes.length).toBeLessThan(8.5e6);
  });

  test('reads and parses in under 200 ms, lazily and once', () => {
    const t0 = performance.now();
    const lm = getDefaultLanguageModel();
    const ms = performance.now() - t0;
    console.info(`lm load: ${ms.toFixed(1)} ms`);
    expect(lm).not.toBeNull();
    expect(ms).toBeLessThan(200);
    expect(getDefaultLanguageModel()).toBe(lm);
  });

  test('parses from bytes in under 100 ms', () => {
    const t0 = performance.now();
    parseLanguageModel(bytes);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  // Loaded by the timing test above (the first call in this file), cached afterwards.
  const model = (): LanguageModel => getDefaultLanguageModel() as LanguageModel;
  const llr = (left: string, original: string, replacement: string, right: string): number =>
    scoreReplacement(model(), left.split(' '), original.split(' '), replacement.split(' '), right.split(' '));

  test.each`
    left              | original            | replacement     | right          | min
    ${'kết quả'}      | ${'tiến công giá'}  | ${'đánh giá'}   | ${'cao'}       | ${3}
    ${'ban hành'}     | ${'văn phiên bản'}  | ${'văn bản'}    | ${'hướng dẫn'} | ${3}
    ${'<s> toàn tỉnh'} | ${'sở hữu'}        | ${'có'}         | ${'tổng số'}   | ${1}
    ${'công tác'}     | ${'tỷ trọng'}       | ${'tỷ lệ'}      | ${'hồ sơ'}     | ${1}
  `('$left [$original → $replacement] $right: LLR > $min', ({ left, original, replacement, right, min }) => {
    expect(llr(left, original, replacement, right)).toBeGreaterThan(min);
  });

  test.each`
    left           | original     | replacement | right
    ${'bảo vệ'}    | ${'sở hữu'}  | ${'có'}     | ${'trí tuệ'}
    ${'<s> quyền'} | ${'sở hữu'}  | ${'có'}     | ${'đất'}
  `('clean text keeps $original before $right', ({ left, original, replacement, right }) => {
    expect(llr(left, original, replacement, right)).toBeLessThan(0);
  });

  test('logProb takes about a microsecond', () => {
    const words = 'kết quả đánh giá cao của hội đồng văn bản hướng dẫn toàn tỉnh có tổng số'.split(' ');
    const lm = model();
    let sink = 0;
    const runs = 200_000;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) sink += lm.logProb(words[i % 16] as string, words[(i + 15) % 16], words[(i + 14) % 16]);
    const us = ((performance.now() - t0) * 1000) / runs;
    console.info(`logProb: ${us.toFixed(2)} µs`);
    expect(Number.isFinite(sink)).toBe(true);
    expect(us).toBeLessThan(5);
  });
});
