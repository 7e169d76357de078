// Code samples in the README and the guides are run here, so they cannot go stale: every ```js block with `//=>`
// results is executed against the built package (each `expr; //=> value` line is checked), and every ```yaml
// dictionary sample compiles with all its examples passing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/dictionaries/index.json'));
if (!built) console.warn('test/docs.test.ts: JS samples skipped, dist/ is missing (npm test builds it first)');

const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function blocks(file: string, lang: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: string[] = [];
  const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  for (const m of text.matchAll(re)) out.push(m[1] as string);
  return out;
}

const jsSamples = files.flatMap((file) =>
  blocks(file, 'js')
    .filter((code) => code.includes('//=>') && code.includes("from 'vietnorm'"))
    .map((code, i) => ({ name: `${file} sample ${i + 1}`, code })),
);
const yamlSamples = files.flatMap((file) =>
  blocks(file, 'yaml')
    .filter((code) => /^name: /m.test(code) && !code.includes('[...]'))
    .map((code, i) => ({ name: `${file} dictionary ${i + 1}`, code })),
);

describe.skipIf(!built)('documented JS samples give the documented results', () => {
  test('there are samples to run', () => {
    expect(jsSamples.length).toBeGreaterThan(0);
  });

  test.each(jsSamples)('$name', async ({ code }) => {
    const lib = (await import(join(root, 'dist/index.js'))) as Record<string, unknown>;
    const names = Object.keys(lib);
    const lines = code.split('\n').filter((l) => !l.startsWith('import '));
    const body: string[] = [];
    let checks = 0;
    for (const line of lines) {
      const m = /^(.*?);?\s*\/\/=>\s*(.*)$/.exec(line);
      if (m === null) {
        body.push(line);
        continue;
      }
      checks++;
      body.push(`__check(${JSON.stringify(m[1])}, (${m[1]}), (${m[2]}));`);
    }
    const results: { expr: string; got: unknown; want: unknown }[] = [];
    const run = new Function(...names, '__check', body.join('\n'));
    run(...names.map((n) => lib[n]), (expr: string, got: unknown, want: unknown) => results.push({ expr, got, want }));
    expect(results.length).toBe(checks);
    for (const r of results) expect({ expr: r.expr, value: r.got }).toEqual({ expr: r.expr, value: r.want });
  });
});

describe('documented dictionary samples compile', () => {
  test.each(yamlSamples)('$name', ({ code }) => {
    const dict = compileDictionary(code);
    expect(dict.entries.length).toBeGreaterThan(0);
  });
});
