import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTempDir } from './_fake-io.js';
import { BROKEN_DICT, CLEAN, dictArgs, REPAIRED, SPUN, writeTestDict } from './_fixtures.js';
import { runCli } from './_run-cli.js';

let dir = '';
let remove = (): void => undefined;
beforeEach(() => {
  ({ dir, remove } = makeTempDir());
  writeTestDict(dir);
});
afterEach(() => remove());

const cli = (argv: string[]) => runCli([...dictArgs(dir), ...argv], { cwd: dir });
const file = (name: string): string => path.join(dir, name);

describe('--write', () => {
  test('repairs in place, prints nothing on stdout, one line per written file', async () => {
    writeFileSync(file('a.txt'), SPUN);
    const result = await cli(['--write', 'a.txt']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'a.txt: 2 edits written\n' });
    expect(readFileSync(file('a.txt'), 'utf8')).toBe(REPAIRED);
  });

  test('leaves an unchanged file alone (same inode, same mtime) and no temporary files behind', async () => {
    writeFileSync(file('clean.txt'), CLEAN);
    writeFileSync(file('spun.txt'), SPUN);
    const before = statSync(file('clean.txt'));
    const result = await cli(['--write', 'clean.txt', 'spun.txt']);
    const after = statSync(file('clean.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readdirSync(dir).sort()).toEqual(['clean.txt', 'spun.txt', 'test.yaml']);
    expect(result.stderr).toBe('spun.txt: 2 edits written\nvietnorm: 2 files, 2 edits, 1 spun (spinScore >= 0.5)\n');
  });

  test('replaces the file by rename (new inode) and keeps its permissions', async () => {
    writeFileSync(file('a.txt'), SPUN);
    chmodSync(file('a.txt'), 0o640);
    const before = statSync(file('a.txt'));
    await cli(['--write', 'a.txt']);
    const after = statSync(file('a.txt'));
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
  });

  test('keeps a UTF-8 BOM', async () => {
    writeFileSync(file('bom.txt'), `\uFEFF${SPUN}`);
    await cli(['--write', 'bom.txt']);
    expect(readFileSync(file('bom.txt'), 'utf8')).toBe(`\uFEFF${REPAIRED}`);
  });

  test('a UTF-16 file is written back as UTF-8, and says so', async () => {
    writeFileSync(file('u16.txt'), iconv.encode(SPUN, 'utf16le', { addBOM: true }));
    const result = await cli(['--write', 'u16.txt']);
    expect(readFileSync(file('u16.txt'), 'utf8')).toBe(REPAIRED);
    expect(result.stderr).toBe('u16.txt: 2 edits written, converted from utf16le to UTF-8\n');
  });

  test('--write --explain lists the edits on stdout', async () => {
    writeFileSync(file('a.txt'), SPUN);
    const result = await cli(['--write', '--explain', 'a.txt']);
    expect(result.stdout.split('\n')[0]).toMatch(/^a\.txt:1:9: tiến công → đánh {2}applied/u);
  });

  test('a missing file among others: one line, the others are written, exit 2', async () => {
    writeFileSync(file('a.txt'), SPUN);
    const result = await cli(['--write', 'gone.txt', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('vietnorm: gone.txt: no such file');
    expect(readFileSync(file('a.txt'), 'utf8')).toBe(REPAIRED);
  });

  test.each`
    problem                  | argv
    ${'a broken dictionary'} | ${['--dict', 'broken.yaml']}
    ${'an unknown flag'}     | ${['--frobnicate']}
  `('$problem: no file is written, exit 2', async ({ argv }: { argv: string[] }) => {
    writeFileSync(file('broken.yaml'), BROKEN_DICT);
    writeFileSync(file('a.txt'), SPUN);
    const result = await cli([...argv, '--write', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean).at(-1)).toBe('vietnorm: --write: no file written, fix the errors above first');
    expect(readFileSync(file('a.txt'), 'utf8')).toBe(SPUN);
  });
});
