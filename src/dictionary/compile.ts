/**
 * Compile a dictionary source: validate every field, turn phrases into syllable keys, give every entry a stable
 * rule id, and run every example through the engine with this dictionary alone. A dictionary that fails any
 * check is not returned at all: nothing is half-loaded.
 * @module
 */
import { DictionaryError } from '../errors.js';
import { runEngine } from '../rules/engine.js';
import { buildRuleIndex, phraseKeys } from '../rules/rule-index.js';
import type { CompiledEntry, Dictionary, Guard } from '../types.js';
import { parseDictionarySource } from './parse.js';
import type { RawEntry } from './raw.js';
import { slugify } from './slug.js';

/** Options of {@link compileDictionary}. */
export interface CompileDictionaryOptions {
  /** Overrides the source's `name`. */
  name?: string;
  /** File name used in error messages. */
  file?: string;
  /**
   * Run every entry's examples.
   * @default true
   */
  runExamples?: boolean;
}

function compileGuard(guard: Guard | undefined): CompiledEntry['when'] {
  if (guard === undefined) return undefined;
  const out: { prev?: string[][]; next?: string[][] } = {};
  if (guard.prev !== undefined) out.prev = guard.prev.map(phraseKeys);
  if (guard.next !== undefined) out.next = guard.next.map(phraseKeys);
  return out;
}

function compileEntry(raw: RawEntry, id: string): CompiledEntry {
  const from = (Array.isArray(raw.from) ? raw.from : [raw.from]).map(phraseKeys);
  const entry: { -readonly [K in keyof CompiledEntry]: CompiledEntry[K] } = {
    id,
    from,
    to: raw.to.normalize('NFC'),
    category: raw.category,
    confidence: raw.confidence,
    examples: raw.examples,
  };
  const when = compileGuard(raw.when);
  if (when !== undefined) entry.when = when;
  const unless = compileGuard(raw.unless);
  if (unless !== undefined) entry.unless = unless;
  return entry;
}

/**
 * Compile a dictionary from YAML text (or an already parsed object), validating every field and running every
 * entry's examples.
 * @param source - YAML (or JSON) text, or an object of the same shape.
 * @param options - Name override, file name for messages, whether to run examples.
 * @returns The compiled dictionary, ready for `despin(text, { dictionaries: [dict] })`.
 * @throws {DictionaryError} `E_DICT_PARSE` for a schema or syntax problem (with file, line, column, field),
 *   `E_DICT_SPEC` when an example does not give its expected output.
 * @throws {TypeError} When `source` is neither a string nor an object.
 * @example
 * const dict = compileDictionary(`
 * name: my-fixes
 * entries:
 *   - from: [trí óc nhân tạo]
 *     to: trí tuệ nhân tạo
 *     category: spin
 *     confidence: 0.95
 *     examples:
 *       - { in: "Ứng dụng trí óc nhân tạo.", out: "Ứng dụng trí tuệ nhân tạo." }
 * `);
 * dict.entries.length //=> 1
 */
export function compileDictionary(source: string | object, options: CompileDictionaryOptions = {}): Dictionary {
  if (options === null || typeof options !== 'object') throw new TypeError('Expected object for `options`');
  const { raw, locate } = parseDictionarySource(source, options.file);
  const name = options.name ?? raw.name;
  const seenIds = new Map<string, number>();
  const seenForms = new Map<string, number>();
  const entries: CompiledEntry[] = raw.entries.map((entryRaw, i) => {
    const base = `${name}/${slugify(entryRaw.to)}`;
    const n = (seenIds.get(base) ?? 0) + 1;
    seenIds.set(base, n);
    const entry = compileEntry(entryRaw, n === 1 ? base : `${base}-${n}`);
    entry.from.forEach((keys, j) => {
      const form = `${keys.join(' ')}→${entry.to}|${JSON.stringify(entry.when ?? null)}|${JSON.stringify(entry.unless ?? null)}`;
      const earlier = seenForms.get(form);
      if (earlier !== undefined) {
        const path = ['entries', i, 'from', j];
        const pos = locate(path);
        throw new DictionaryError('E_DICT_PARSE', `entries[${i}].from[${j}] duplicates entries[${earlier}]`, {
          ...(options.file === undefined ? {} : { file: options.file }),
          ...(pos === undefined ? {} : { line: pos.line, column: pos.column }),
          field: `entries[${i}].from[${j}]`,
        });
      }
      seenForms.set(form, i);
    });
    return entry;
  });
  const dictionary: Dictionary = { name, entries };
  if (options.runExamples !== false) runExamples(dictionary, locate, options.file);
  return dictionary;
}

function runExamples(
  dictionary: Dictionary,
  locate: (path: readonly (string | number)[]) => { line: number; column: number } | undefined,
  file: string | undefined,
): void {
  const cfg = {
    index: buildRuleIndex([dictionary]),
    minConfidence: 0,
    suggestConfidence: 0,
    tone: 'keep' as const,
    normalize: true,
    model: null,
    artifacts: false,
    applyAll: true,
  };
  dictionary.entries.forEach((entry, i) => {
    entry.examples.forEach((example, k) => {
      const expected = (example.out ?? example.in).normalize('NFC');
      const got = runEngine(example.in, { ...cfg, exampleOf: entry }).text;
      if (got === expected) return;
      const pos = locate(['entries', i, 'examples', k]);
      const what = example.out === undefined ? 'expected no change' : `expected "${expected}"`;
      throw new DictionaryError(
        'E_DICT_SPEC',
        `${entry.to}: spec failed: example ${k + 1} of entries[${i}]: "${example.in}", ${what}, got "${got}"`,
        {
          ...(file === undefined ? {} : { file }),
          ...(pos === undefined ? {} : { line: pos.line, column: pos.column }),
          field: `entries[${i}].examples[${k}]`,
        },
      );
    });
  });
}
