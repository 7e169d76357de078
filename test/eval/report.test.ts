import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/eval/args.mjs';
import { renderReport, renderSummary } from '../../scripts/eval/report.mjs';
import { buildReliability, topMissed, topWrong } from '../../scripts/eval/summarize.mjs';

const judged = (confidence: number, right: boolean, applied = confidence >= 0.8) => ({ edit: { confidence, ruleId: 'r' }, right, applied });

describe('buildReliability', () => {
  test('counts edits and right edits per band, skipping empty bands', () => {
    const rows = buildReliability([judged(0.55, false), judged(0.97, true), judged(1, true), judged(0.96, false), judged(0.85, true)]);
    expect(rows.map((r) => [r.band, r.edits, r.applied, r.right])).toEqual([
      ['0.50–0.60', 1, 0, 0],
      ['0.80–0.90', 1, 1, 1],
      ['0.95–1.00', 3, 3, 2],
    ]);
  });
});

describe('topMissed and topWrong', () => {
  test('group by form, most frequent first, with the widened form of deletions', () => {
    const missed = [
      { original: 'bên', replacement: '', shown: { original: 'bên trên', replacement: 'trên' }, context: 'a', doc: 'x' },
      { original: 'Sở hữu', replacement: 'Có', context: 'b', doc: 'y' },
      { original: 'sở hữu', replacement: 'có', context: 'c', doc: 'z' },
      { original: 'khách', replacement: 'Khách', context: 'd', doc: 'w' },
    ];
    expect(topMissed(missed).map((m) => [m.key, m.count])).toEqual([
      ['sở hữu → có', 2],
      ['bên trên → trên', 1],
      ['khách → Khách', 1],
    ]);
    const wrong = [
      { edit: { ruleId: 'a' }, delta: 0 },
      { edit: { ruleId: 'b' }, delta: -1 },
      { edit: { ruleId: 'b' }, delta: 0 },
    ];
    expect(topWrong(wrong).map((w) => [w.key, w.count, w.harmful])).toEqual([
      ['b', 2, 1],
      ['a', 1, 0],
    ]);
  });
});

describe('renderReport', () => {
  const set = (err: number) => ({ docs: 1, tokens: 100, before: 20, after: Math.round(20 * (1 - err)), err, precision: 1, recall: err, applied: 3, goldEdits: 10, groups: [] });
  const figures = {
    meta: { module: 'dist/index.js', date: 'D', node: '20', seed: 1, quick: false, shared: true, seconds: 3, sizes: { sentences: 2, aucDocs: 3, cleanDocs: 4, cleanSentences: 20 } },
    article: set(0.9),
    paragraphs: set(0.5),
    syntheticSentences: set(0.6),
    clean: { docs: 4, tokens: 1000, changed: 1, perThousand: 1, byCategory: [], offenders: [] },
    auc: { value: 0.99, clean: 3, spun: 3, meanClean: 0.1, meanSpun: 0.9 },
    appliedRight: { edits: 10, right: 10, rate: 1 },
    reliability: [],
    wrong: [],
    missed: [],
    missedSynthetic: [],
    failures: 0,
    inconsistent: 0,
  };

  test('marks each target met or not', () => {
    const md = renderReport(figures);
    expect(md).toContain('| ERR, spun article | 0.900 | ≥ 0.85 | yes |');
    expect(md).toContain('| ERR, 1 paragraphs | 0.500 | ≥ 0.70 | **no** |');
    expect(md).toContain('| Clean news, changed tokens per 1,000 | 1.00 | ≤ 0.30 | **no** |');
    expect(md).toContain('| Spin detection ROC AUC | 0.990 | ≥ 0.98 | yes |');
    expect(renderSummary(figures)).toContain('spin detection AUC       0.990');
  });

  test('says what was skipped without ../shared', () => {
    const md = renderReport({ ...figures, meta: { ...figures.meta, shared: false }, syntheticSentences: undefined, clean: undefined, auc: undefined });
    expect(md).toContain('../shared absent');
    expect(md).toContain('| Synthetic sentences | skipped |');
  });
});

describe('parseArgs', () => {
  test.each`
    argv                                        | expected
    ${[]}                                       | ${{ quick: false, module: 'dist/index.js', seed: 20261130, thresholds: true }}
    ${['--quick', '--json']}                    | ${{ quick: true, json: 'eval/.cache/last.json' }}
    ${['--json', 'x.json', '--out', 'q.md']}    | ${{ json: 'x.json', out: 'q.md' }}
    ${['--seed', '7', '--no-thresholds']}       | ${{ seed: 7, thresholds: false }}
  `('$argv', ({ argv, expected }: { argv: string[]; expected: object }) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test.each`
    argv                 | message
    ${['--nope']}        | ${'Unknown option `--nope`'}
    ${['--out']}         | ${'Missing value for `--out`'}
    ${['--seed', 'x']}   | ${'Expected an integer for `--seed`'}
  `('rejects $argv', ({ argv, message }: { argv: string[]; message: string }) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
