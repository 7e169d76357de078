import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { makeTempDir } from './_fake-io.js';
import { dictArgs, REPAIRED, SPUN, writeTestDict } from './_fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/cli.js');
const built = existsSync(bin);
if (!built) console.log('test/cli/bin.test.ts: dist/cli.js not found, run `npm run build` first; skipping the smoke test');

let dir = '';
let remove = (): void => undefined;
beforeAll(() => {
  ({ dir, remove } = makeTempDir());
  writeTestDict(dir);
});
afterAll(() => remove());

describe.skipIf(!built)('the built launcher (node dist/cli.js)', () => {
  test('--version', () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
  });

  test('repairs stdin and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, ...dictArgs(dir)], { input: SPUN, encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, REPAIRED, '']);
  });

  test('--check sets exit code 1, a missing file exit code 2 without a stack trace', () => {
    const check = spawnSync(process.execPath, [bin, ...dictArgs(dir), '--check'], { input: SPUN, encoding: 'utf8' });
    expect(check.status).toBe(1);
    const missing = spawnSync(process.execPath, [bin, ...dictArgs(dir), 'missing.txt'], { cwd: dir, encoding: 'utf8' });
    expect([missing.status, missing.stderr]).toEqual([2, 'vietnorm: missing.txt: no such file\n']);
  });
});
