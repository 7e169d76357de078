import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { CLEAN, dictArgs, REPAIRED, SPUN, useDictDir } from './_fixtures.js';
import { maskScores, runCli } from './_run-cli.js';

const tmp = useDictDir();
beforeAll(() => {
  writeFileSync(path.join(tmp.dir, 'spun.txt'), SPUN);
  writeFileSync(path.join(tmp.dir, 'clean.txt'), CLEAN);
});

const cli = (argv: string[], options: Parameters<typeof runCli>[1] = {}) => runCli([...dictArgs(tmp.dir), ...argv], { cwd: tmp.dir, ...options });

describe('plain text', () => {
  test.each`
    label              | argv                      | stdin
    ${'stdin'}         | ${[]}                     | ${SPUN}
    ${'-'}             | ${['-']}                  | ${SPUN}
    ${'a file'}        | ${['spun.txt']}           | ${undefined}
  `('$label → repaired text on stdout', async ({ argv, stdin }: { argv: string[]; stdin: string | undefined }) => {
    const result = await cli(argv, stdin === undefined ? {} : { stdin });
    expect(result).toEqual({ code: 0, stdout: REPAIRED, stderr: '' });
  });

  test('several files: outputs in order, a summary line on stderr', async () => {
    const result = await cli(['spun.txt', 'clean.txt']);
    expect(result.stdout).toBe(REPAIRED + CLEAN);
    expect(result.stderr).toBe('vietnorm: 2 files, 2 edits, 1 spun (spinScore >= 0.5)\n');
    expect(result.code).toBe(0);
  });

  test('--tone new rewrites tone placement', async () => {
    expect((await cli(['--tone', 'new'], { stdin: 'Cộng hòa, khỏe mạnh.\n' })).stdout).toBe('Cộng hoà, khoẻ mạnh.\n');
  });

  test('--min-confidence N: edits at or above N are applied, the others are only suggested', async () => {
    type Doc = { text: string; edits: { confidence: number }[]; suggestions: { confidence: number }[] };
    // The built-in sentence-case rule ("cao. tới" → "cao. Tới") gives edits below certainty.
    const input = `${SPUN}Kết quả cao. tới hết năm, tiến công giá tốt.\n`;
    const json = async (n: string): Promise<Doc> => JSON.parse((await cli(['--json', '--min-confidence', n], { stdin: input })).stdout) as Doc;
    const all = await json('0');
    const confidences = all.edits.map((e) => e.confidence).sort((a, b) => a - b);
    expect(confidences.length).toBeGreaterThanOrEqual(3);
    expect(confidences[0]).toBeLessThan(1);
    for (const n of [...new Set([0.5, 1, ...confidences])]) {
      const doc = await json(String(n));
      expect(doc.edits.every((e) => e.confidence >= n)).toBe(true);
      expect(doc.suggestions.every((e) => e.confidence < n)).toBe(true);
      expect(doc.edits.length).toBe(confidences.filter((c) => c >= n).length);
    }
  });

  test('--strip-boilerplate removes debris lines', async () => {
    const result = await cli(['--strip-boilerplate'], { stdin: `${SPUN}Rate this post\nLeave a Reply\n` });
    expect(result.stdout).toBe(REPAIRED);
  });

  test('odd text passes through without error (a lone surrogate becomes U+FFFD on the way through bytes)', async () => {
    const result = await cli([], { stdin: 'a\uD800b 😀 tiến công giá\r\nx' });
    expect(result).toEqual({ code: 0, stdout: 'a\uFFFDb 😀 đánh giá\r\nx', stderr: '' });
  });
});

describe('--diff and --explain', () => {
  test('--diff: word-level, plain when not a TTY', async () => {
    const result = await cli(['--diff', 'spun.txt']);
    expect(result.stdout).toBe('--- spun.txt\n+++ spun.txt (repaired)\n1: Kết quả [-tiến công-]{+đánh+} giá cao.\n2: Văn [-phiên-] bản này đã được ký.\n');
    expect(result.code).toBe(0);
  });

  test.each`
    tty      | env                  | coloured
    ${true}  | ${{}}                | ${true}
    ${true}  | ${{ NO_COLOR: '1' }} | ${false}
    ${false} | ${{}}                | ${false}
  `('--diff colours: tty=$tty env=$env → $coloured', async ({ tty, env, coloured }: { tty: boolean; env: Record<string, string>; coloured: boolean }) => {
    const result = await cli(['--diff', 'spun.txt'], { stdoutIsTTY: tty, env });
    expect(result.stdout.includes('\u001b[')).toBe(coloured);
  });

  test('--diff on a clean file prints nothing', async () => {
    expect(await cli(['--diff', 'clean.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--explain alone lists each edit with rule, confidence and reasons', async () => {
    const lines = (await cli(['--explain', 'spun.txt'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^spun\.txt:1:9: tiến công → đánh {2}applied {2}test-spin\/danh-gia {2}spin {2}[01]\.\d\d {2}prior:0\.97/u);
    // edits are trimmed to the words that change: "Văn phiên bản" → "Văn bản" deletes "phiên "
    expect(lines[1]).toMatch(/^spun\.txt:2:5: phiên {2}→ \(nothing\) {2}applied {2}test-spin\/van-ban /u);
  });

  test('--diff --explain: the diff, then the explanation', async () => {
    const out = (await cli(['--diff', '--explain', 'spun.txt'])).stdout;
    expect(out.startsWith('--- spun.txt\n')).toBe(true);
    expect(out).toContain('\nspun.txt:1:9: tiến công → đánh  applied');
  });
});

describe('--json', () => {
  test('one JSON document per input, one per line', async () => {
    const lines = (await cli(['--json', 'spun.txt', 'clean.txt'])).stdout.trimEnd().split('\n');
    const docs = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(docs.map((d) => d.file)).toEqual(['spun.txt', 'clean.txt']);
    expect(docs[0]).toMatchObject({ text: REPAIRED, encoding: 'utf8', suggestions: [], removed: [] });
    expect(docs[0]?.edits).toMatchObject([{ start: 8, end: 17, original: 'tiến công', replacement: 'đánh', ruleId: 'test-spin/danh-gia' }, { original: 'phiên ' }]);
    expect(docs[1]).toMatchObject({ text: CLEAN, edits: [] });
    expect(typeof docs[0]?.spinScore).toBe('number');
  });

  test('with --strip-boilerplate, edit offsets stay in the original input', async () => {
    const input = `Rate this post\n${SPUN}`;
    const doc = JSON.parse((await cli(['--json', '--strip-boilerplate'], { stdin: input })).stdout) as { edits: { start: number; end: number; original: string }[]; removed: unknown[] };
    for (const edit of doc.edits) expect(input.slice(edit.start, edit.end)).toBe(edit.original);
    expect(doc.removed).toEqual([{ start: 0, end: 15, original: 'Rate this post\n', replacement: '' }]);
  });
});

describe('--check', () => {
  test.each`
    files                         | code | verdicts
    ${['spun.txt']}               | ${1} | ${['spun.txt: spun (spinScore #, 2 edits to apply)']}
    ${['clean.txt']}              | ${0} | ${['clean.txt: clean (spinScore #)']}
    ${['clean.txt', 'spun.txt']}  | ${1} | ${['clean.txt: clean (spinScore #)', 'spun.txt: spun (spinScore #, 2 edits to apply)', 'vietnorm: 2 files, 2 edits, 1 spun (spinScore >= 0.5)']}
  `('$files → exit $code', async ({ files, code, verdicts }: { files: string[]; code: number; verdicts: string[] }) => {
    const result = await cli(['--check', ...files]);
    expect(result.stdout).toBe('');
    expect(maskScores(result.stderr).trimEnd().split('\n')).toEqual(verdicts);
    expect(result.code).toBe(code);
  });

  test('--check --explain adds the explanation lines on stderr', async () => {
    const result = await cli(['--check', '--explain', 'spun.txt']);
    const lines = maskScores(result.stderr).trimEnd().split('\n');
    expect(lines[0]).toBe('spun.txt: spun (spinScore #, 2 edits to apply)');
    expect(lines.slice(1).map((l) => l.split(':').slice(0, 3).join(':'))).toEqual(['spun.txt:1:9', 'spun.txt:2:5']);
    expect(result.stdout).toBe('');
  });

  test('--spin-threshold: a low score above the threshold counts as spun', async () => {
    const result = await cli(['--check', '--spin-threshold', '0', 'clean.txt']);
    expect(result.code).toBe(1);
    expect(maskScores(result.stderr)).toBe('clean.txt: spun (spinScore #, 0 edits to apply)\n');
  });
});

describe('--help and --version', () => {
  test('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('--help documents every flag', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--diff', '--explain', '--json', '--jsonl', '--field', '--check', '--write', '--min-confidence', '--spin-threshold', '--dict', '--no-default-dict', '--tone', '--strip-boilerplate', '--encoding', '--help', '--version']) {
      expect(stdout).toContain(flag);
    }
  });
});
