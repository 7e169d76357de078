// The built package, as users get it: ESM import and CommonJS require of dist/ (built by `npm test` first).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/index.cjs'));
if (!built) console.warn('test/dist.test.ts skipped: dist/ is missing (run `npm run build`, or `npm test` which builds)');

describe.skipIf(!built)('dist', () => {
  test('ESM and CommonJS builds expose the same API and the same results', async () => {
    const esm = (await import(join(root, 'dist/index.js'))) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as typeof import('../src/index.js');
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    const input = 'Kết quả tiến công giá cao.\nTỉnh sở hữu tổng số một.803 thủ tục.';
    expect(cjs.despin(input)).toEqual(esm.despin(input));
    expect(esm.normalize('Tiáº¿ng Viá»‡t')).toBe('Tiếng Việt');
  });

  test('type declarations exist for both', () => {
    expect(existsSync(join(root, 'dist/index.d.ts'))).toBe(true);
    expect(existsSync(join(root, 'dist/index.d.cts'))).toBe(true);
    expect(existsSync(join(root, 'dist/cli.js'))).toBe(true);
  });

  test('built-in dictionaries are compiled into dist/dictionaries', async () => {
    const { readFile } = await import('node:fs/promises');
    const index = JSON.parse(await readFile(join(root, 'dist/dictionaries/index.json'), 'utf8')) as { dictionaries: string[] };
    expect(index.dictionaries.length).toBeGreaterThan(0);
  });
});
