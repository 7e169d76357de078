import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { despin } from '../src/despin.js';
import { createPool } from '../src/pool.js';
import type { DespinPool } from '../src/pool.js';
import { isVietnormError } from '../src/errors.js';
import { fromErrorData, resolvePackageEntry } from '../src/pool-worker.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distEntry = path.join(repoRoot, 'dist/index.js');
// Workers load the built package (tsup bundles src/index.ts only), so these tests need `npm run build` first.
const hasDist = existsSync(distEntry) && existsSync(path.join(repoRoot, 'dist/index.cjs'));
if (!hasDist) console.warn('test/pool.test.ts: dist/ is missing, pool tests skipped (run `npm run build`)');

const article = readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8');
const TEXTS: string[] = [
  'Kết quả tiến công giá mức độ hài lòng của người dân.',
  'Quân đội tiến công giải phóng thành phố.',
  'Hệ thống hóa văn phiên bản quy phạm pháp luật.',
  '',
  'Emoji 😀 and a lone surrogate \uD800 and CRLF\r\nline.',
  ...article.split('\n').filter((line) => line.trim() !== '').slice(0, 12),
];

describe('resolvePackageEntry', () => {
  test.each`
    here                                     | expected
    ${'file:///p/dist/index.js'}             | ${'file:///p/dist/index.js'}
    ${'file:///p/dist/index.cjs'}            | ${'file:///p/dist/index.cjs'}
    ${'file:///p/dist/cli.js'}               | ${'file:///p/dist/index.js'}
    ${'file:///p/dist/other.cjs'}            | ${'file:///p/dist/index.cjs'}
    ${'file:///p/src/pool.ts'}               | ${'file:///p/dist/index.js'}
  `('$here → $expected', ({ here, expected }: { here: string; expected: string }) => {
    expect(resolvePackageEntry(here)).toBe(expected);
  });
});

describe('fromErrorData', () => {
  test.each`
    data                                                     | isType   | vietnorm | code
    ${{ name: 'TypeError', message: 'bad' }}                 | ${true}  | ${false} | ${undefined}
    ${{ name: 'VietnormError', message: 'io', code: 'E_IO' }} | ${false} | ${true}  | ${'E_IO'}
    ${{ name: 'RangeError', message: 'big' }}                | ${false} | ${false} | ${undefined}
  `('$data.name keeps its class and code', ({ data, isType, vietnorm, code }) => {
    const error = fromErrorData(data);
    expect([error instanceof TypeError, isVietnormError(error), (error as { code?: string }).code]).toEqual([isType, vietnorm, code]);
    expect([error.name, error.message]).toEqual([data.name, data.message]);
  });
});

describe('createPool options', () => {
  test.each`
    options                             | message
    ${{ size: 0 }}                      | ${'Expected positive integer for `size`, got `0`'}
    ${{ size: 1.5 }}                    | ${'Expected positive integer for `size`, got `1.5`'}
    ${{ maxQueue: '2' }}                | ${'Expected positive integer for `maxQueue`, got `string`'}
    ${{ despin: { minConfidence: 2 } }} | ${'Expected number from 0 to 1 for `minConfidence`, got `2`'}
    ${{ despin: { colour: true } }}     | ${'Unknown option `colour`'}
  `('rejects $options at once', ({ options, message }: { options: object; message: string }) => {
    expect(() => createPool(options)).toThrow(TypeError);
    expect(() => createPool(options)).toThrow(message);
  });
});

describe.skipIf(!hasDist)('createPool (workers load dist/)', () => {
  let pool: DespinPool;
  beforeAll(() => {
    pool = createPool({ size: 2, maxQueue: 3 });
  });
  afterAll(async () => {
    await pool.close();
  });

  test('despin gives the same result as despin in this thread', async () => {
    const results = await Promise.all(TEXTS.map((text) => pool.despin(text)));
    expect(results).toEqual(TEXTS.map((text) => despin(text)));
    expect(results[0]?.text).toBe('Kết quả đánh giá mức độ hài lòng của người dân.');
  });

  test('map yields results in input order, from a sync and an async iterable', async () => {
    const expected = TEXTS.map((text) => despin(text).text);
    const fromArray: string[] = [];
    for await (const result of pool.map(TEXTS)) fromArray.push(result.text);
    expect(fromArray).toEqual(expected);
    async function* generate(): AsyncGenerator<string> {
      for (const text of TEXTS) {
        await new Promise((resolve) => setTimeout(resolve, text.length % 3));
        yield text;
      }
    }
    const fromGenerator: string[] = [];
    for await (const result of pool.map(generate())) fromGenerator.push(result.text);
    expect(fromGenerator).toEqual(expected);
  });

  test('map reads at most size + maxQueue texts ahead of the consumer', async () => {
    let pulled = 0;
    function* source(): Generator<string> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield `Văn phiên bản số ${i}.`;
      }
    }
    let consumed = 0;
    let maxAhead = 0;
    for await (const result of pool.map(source())) {
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
      expect(result.text).toBe(`Văn bản số ${consumed - 1}.`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(consumed).toBe(40);
    expect(maxAhead).toBeGreaterThan(0);
    expect(maxAhead).toBeLessThanOrEqual(2 + 3);
  });

  test('breaking out of map closes the source', async () => {
    let closed = false;
    let pulled = 0;
    function* source(): Generator<string> {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield `Văn phiên bản ${i}.`;
        }
      } finally {
        closed = true;
      }
    }
    const seen: string[] = [];
    for await (const result of pool.map(source())) {
      seen.push(result.text);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['Văn bản 0.', 'Văn bản 1.', 'Văn bản 2.']);
    expect(closed).toBe(true);
    expect(pulled).toBeLessThanOrEqual(3 + 2 + 3);
  });

  test('despin calls beyond maxQueue wait for room (backpressure)', async () => {
    const calls = Array.from({ length: 12 }, (_, i) => pool.despin(`${article.slice(0, 2000)} ${i}`));
    await new Promise((resolve) => setImmediate(resolve));
    const stats = pool.stats();
    expect(stats.queued).toBeLessThanOrEqual(3);
    expect(stats.queued + stats.running + stats.waiting).toBeGreaterThan(3);
    expect(stats.waiting).toBeGreaterThan(0);
    const results = await Promise.all(calls);
    expect(results.map((r, i) => r.text.endsWith(` ${i}`))).toEqual(calls.map(() => true));
    expect(pool.stats()).toEqual({ size: 2, running: 0, queued: 0, waiting: 0 });
  });

  test('an error in a worker rejects that call only', async () => {
    const bad = pool.despin('Kết quả tiến công giá cao.', { tone: 'middle' as 'old' });
    await expect(bad).rejects.toThrow(TypeError);
    const good = pool.despin('Kết quả tiến công giá cao.', { tone: 'new' });
    await expect(good).resolves.toMatchObject({ text: 'Kết quả đánh giá cao.' });
  });

  test('an error raised inside the worker rejects that call, then the pool goes on', async () => {
    // A dictionary whose spun forms are not key lists is refused (a TypeError), and only that call fails.
    const broken = { name: 'broken', entries: [{ id: 'x', from: 'not-an-array' }] } as never;
    const results = await Promise.allSettled([
      pool.despin('Văn phiên bản.'),
      pool.despin('Văn phiên bản.', { dictionaries: [broken] }),
      pool.despin('Văn phiên bản.'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  test('wrong argument types throw TypeError', async () => {
    await expect(pool.despin(42 as unknown as string)).rejects.toThrow('Expected string for `text`, got `number`');
    expect(() => pool.map(42 as unknown as string[])).toThrow('Expected iterable of strings for `texts`, got `number`');
  });
});

describe.skipIf(!hasDist)('close', () => {
  test('finishes queued work, then rejects new calls', async () => {
    const pool = createPool({ size: 1, maxQueue: 1 });
    const pending = [pool.despin('Văn phiên bản.'), pool.despin('Kết quả tiến công giá.'), pool.despin('Có.')];
    const closing = pool.close();
    await expect(pool.despin('late')).rejects.toThrow('The pool is closed');
    expect((await Promise.all(pending)).map((r) => r.text)).toEqual(['Văn bản.', 'Kết quả đánh giá.', 'Có.']);
    await closing;
    expect(pool.stats()).toEqual({ size: 1, running: 0, queued: 0, waiting: 0 });
    await expect(pool.close()).resolves.toBeUndefined();
  });
});

describe.skipIf(!hasDist)('createPool from the built package', () => {
  test.each(['index.js', 'index.cjs'])('dist/%s', async (file) => {
    const entry = path.join(repoRoot, 'dist', file);
    const lib = (file.endsWith('.cjs') ? createRequire(import.meta.url)(entry) : await import(pathToFileURL(entry).href)) as {
      createPool?: typeof createPool;
    };
    if (lib.createPool === undefined) {
      console.warn(`test/pool.test.ts: dist/${file} does not export createPool yet, skipped`);
      return;
    }
    const pool = lib.createPool({ size: 1 });
    const [result] = await Promise.all([pool.despin('Kết quả tiến công giá cao.')]);
    await pool.close();
    expect(result?.text).toBe('Kết quả đánh giá cao.');
  });
});
