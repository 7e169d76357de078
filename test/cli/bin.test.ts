import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { dictArgs, REPAIRED, SPUN, useDictDir } from './_fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/cli.js');
const built = existsSync(bin);
if (!built) console.log('test/cli/bin.test.ts: dist/cli.js not found, run `npm run build` first; skipping the smoke test');

const tmp = useDictDir();

describe.skipIf(!built)('the built launcher (node dist/cli.js)', () => {
  test('--version', () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`);
  });

  test('repairs stdin and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, ...dictArgs(tmp.dir)], { input: SPUN, encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, REPAIRED, '']);
  });

  test('--check sets exit code 1, a missing file exit code 2 without a stack trace', () => {
    const check = spawnSync(process.execPath, [bin, ...dictArgs(tmp.dir), '--check'], { input: SPUN, encoding: 'utf8' });
    expect(check.status).toBe(1);
    const missing = spawnSync(process.execPath, [bin, ...dictArgs(tmp.dir), 'missing.txt'], { cwd: tmp.dir, encoding: 'utf8' });
    expect([missing.status, missing.stderr]).toEqual([2, 'vietnorm: missing.txt: no such file\n']);
  });
});
