// Loads every shipped dictionary source: compiling runs every example of every entry (prh's specs), so a wrong
// entry fails here with its file, line and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../src/dictionary/compile.js';

const dir = join(import.meta.dirname, '..', 'dictionaries');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .sort();

describe('shipped dictionaries', () => {
  test('there are dictionaries to ship', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s compiles and all its examples pass', (file) => {
    const dict = compileDictionary(readFileSync(join(dir, file), 'utf8'), { file: `dictionaries/${file}` });
    expect(dict.entries.length).toBeGreaterThan(0);
    for (const entry of dict.entries) expect(entry.examples.length).toBeGreaterThan(0);
  });

  test('dictionary names are unique', () => {
    const names = files.map((f) => compileDictionary(readFileSync(join(dir, f), 'utf8'), { runExamples: false }).name);
    expect(new Set(names).size).toBe(names.length);
  });
});
