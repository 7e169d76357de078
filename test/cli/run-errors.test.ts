import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_DICT, dictArgs, REPAIRED, SPUN, useDictDir } from './_fixtures.js';
import { maskScores, runCli } from './_run-cli.js';

const tmp = useDictDir();
beforeAll(() => {
  writeFileSync(path.join(tmp.dir, 'spun.txt'), SPUN);
  writeFileSync(path.join(tmp.dir, 'binary.dat'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  writeFileSync(path.join(tmp.dir, 'broken.yaml'), BROKEN_DICT);
  mkdirSync(path.join(tmp.dir, 'folder'));
});

const cli = (argv: string[], options: Parameters<typeof runCli>[1] = {}) => runCli([...dictArgs(tmp.dir), ...argv], { cwd: tmp.dir, ...options });

describe('one line per bad input, the other files still processed, exit 2', () => {
  test.each`
    name            | message
    ${'missing.txt'} | ${'vietnorm: missing.txt: no such file'}
    ${'folder'}      | ${'vietnorm: folder: is a directory'}
    ${'binary.dat'}  | ${'vietnorm: binary.dat: binary file (contains NUL bytes), skipped'}
  `('$name', async ({ name, message }: { name: string; message: string }) => {
    const result = await cli([name, 'spun.txt']);
    expect(result.stdout).toBe(REPAIRED);
    expect(result.stderr).toBe(`${message}\nvietnorm: 1 file, 2 edits, 1 spun (spinScore >= 0.5), 1 failed\n`);
    expect(result.code).toBe(2);
  });

  test.each([[[]], [['--json']], [['--jsonl']]])('binary stdin %j: one line, exit 2', async (argv) => {
    const result = await cli(argv, { stdin: [Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])] });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'vietnorm: <stdin>: binary file (contains NUL bytes), skipped\n' });
  });

  test('the same in --json and --check modes', async () => {
    const json = await cli(['--json', 'missing.txt', 'spun.txt']);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: 'spun.txt', text: REPAIRED });
    expect(json.code).toBe(2);
    const check = await cli(['--check', 'folder', 'spun.txt']);
    expect(maskScores(check.stderr).split('\n').slice(0, 2)).toEqual(['vietnorm: folder: is a directory', 'spun.txt: spun (spinScore #, 2 edits to apply)']);
    expect(check.code).toBe(2);
  });

  test('an unknown flag: one line, the files are still processed', async () => {
    const result = await cli(['--frobnicate', 'spun.txt']);
    expect(result).toEqual({ code: 2, stdout: REPAIRED, stderr: 'vietnorm: --frobnicate: unknown option (ignored), see --help\n' });
  });

  test('a broken --dict: one line naming file and line, the files are still processed with the others', async () => {
    const result = await cli(['--dict', 'broken.yaml', 'spun.txt']);
    expect(result.stdout).toBe(REPAIRED);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(/^vietnorm: broken\.yaml:9:\d+: .*\bto\b/u);
    expect(result.stderr).not.toContain('    at ');
    expect(result.code).toBe(2);
  });

  test('a missing --dict file', async () => {
    const result = await cli(['--dict', 'nope.yaml', 'spun.txt']);
    expect(result.stderr).toBe('vietnorm: nope.yaml: no such file\n');
    expect(result.code).toBe(2);
  });
});

describe('usage errors stop before any input is read', () => {
  test.each`
    argv                           | message
    ${['--min-confidence', '1.5']} | ${'vietnorm: --min-confidence: expected a number from 0 to 1, got `1.5`'}
    ${['--tone', 'x']}             | ${'vietnorm: --tone: expected keep, old or new, got `x`'}
    ${['--diff', '--check']}       | ${'vietnorm: --diff and --check cannot be used together'}
    ${['--write', '-']}            | ${'vietnorm: --write needs file names (it cannot write back to stdin)'}
  `('$argv', async ({ argv, message }: { argv: string[]; message: string }) => {
    const result = await cli([...argv, 'spun.txt']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\nTry \`vietnorm --help\`.\n` });
  });
});

describe('unexpected failures', () => {
  test('an error that is not a VietnormError prints its stack and exits 2', async () => {
    const stdin = (async function* () {
      yield Buffer.from('tiến công giá');
      throw new Error('disk on fire');
    })();
    const { run } = await import('../../src/cli/run.js');
    const { createFakeIo } = await import('./_fake-io.js');
    const fake = createFakeIo({ cwd: tmp.dir });
    fake.io.stdin = stdin;
    const code = await run(dictArgs(tmp.dir), fake.io);
    expect(code).toBe(2);
    expect(fake.stderr()).toMatch(/^vietnorm: <stdin>: unexpected error\nError: disk on fire\n {4}at /u);
  });
});
