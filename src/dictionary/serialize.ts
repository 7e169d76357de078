/**
 * The compiled dictionary format: versioned JSON, stable key order, one entry per line so diffs stay readable.
 * Readers reject any other format or version. No YAML parser is needed to load it.
 *
 * | field    | meaning                                             |
 * | -------- | --------------------------------------------------- |
 * | format   | always `vietnorm-dict`                              |
 * | version  | `1`                                                 |
 * | name     | dictionary name                                     |
 * | source   | source file name, when known                        |
 * | sha256   | sha256 of the source text, when known               |
 * | entries  | compiled entries (`from` and guards as syllable keys) |
 * @module
 */
import { DictionaryError, describeType } from '../errors.js';
import type { CompiledEntry, Dictionary } from '../types.js';
import { CATEGORIES } from './parse.js';

/** The format name in every compiled dictionary. */
export const DICTIONARY_FORMAT = 'vietnorm-dict';
/** The compiled format version this build reads and writes. */
export const DICTIONARY_VERSION = 1;

/** Provenance written into a compiled dictionary. */
export interface DictionaryProvenance {
  source?: string;
  sha256?: string;
}

/**
 * Serialise a compiled dictionary to the `vietnorm-dict` JSON format (examples dropped: they ran at compile time).
 * @param dictionary - From {@link compileDictionary}.
 * @param provenance - Source file name and sha256, recorded in the output.
 * @returns JSON text, one entry per line.
 */
export function serializeDictionary(dictionary: Dictionary, provenance: DictionaryProvenance = {}): string {
  const head = {
    format: DICTIONARY_FORMAT,
    version: DICTIONARY_VERSION,
    name: dictionary.name,
    source: provenance.source ?? null,
    sha256: provenance.sha256 ?? null,
  };
  const lines = dictionary.entries.map((e) =>
    JSON.stringify({
      id: e.id,
      from: e.from,
      to: e.to,
      category: e.category,
      confidence: e.confidence,
      ...(e.when === undefined ? {} : { when: e.when }),
      ...(e.unless === undefined ? {} : { unless: e.unless }),
    }),
  );
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},"entries":[\n${lines.join(',\n')}\n]}\n`;
}

function fail(file: string | undefined, message: string, code: 'E_DICT_VERSION' | 'E_DICT_PARSE' = 'E_DICT_PARSE'): never {
  throw new DictionaryError(code, message, file === undefined ? {} : { file });
}

function isKeyList(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length > 0 && p.every((k) => typeof k === 'string'));
}

function checkGuard(value: unknown, file: string | undefined, at: string): void {
  if (value === undefined) return;
  const g = value as { prev?: unknown; next?: unknown };
  if (typeof value !== 'object' || value === null) fail(file, `${at} must be an object`);
  if (g.prev !== undefined && !isKeyList(g.prev)) fail(file, `${at}.prev must be a list of key lists`);
  if (g.next !== undefined && !isKeyList(g.next)) fail(file, `${at}.next must be a list of key lists`);
}

/**
 * Load a compiled dictionary (its JSON text or parsed object), as written by `npm run build` or `serializeDictionary`.
 * @param compiled - JSON text or object in the `vietnorm-dict` format.
 * @param file - File name for error messages.
 * @returns The dictionary.
 * @throws {DictionaryError} `E_DICT_VERSION` for another format or version (`Unsupported version: 2`),
 *   `E_DICT_PARSE` for a malformed one.
 */
export function loadCompiledDictionary(compiled: string | object, file?: string): Dictionary {
  let value: unknown = compiled;
  if (typeof compiled === 'string') {
    try {
      value = JSON.parse(compiled);
    } catch (error) {
      fail(file, `Invalid JSON: ${(error as Error).message}`);
    }
  } else if (compiled === null || typeof compiled !== 'object') {
    throw new TypeError(`Expected string or object for \`compiled\`, got \`${describeType(compiled)}\``);
  }
  const doc = value as { format?: unknown; version?: unknown; name?: unknown; entries?: unknown };
  if (doc === null || typeof doc !== 'object' || doc.format !== DICTIONARY_FORMAT) {
    fail(file, `Unsupported format: ${String(doc?.format)} (expected ${DICTIONARY_FORMAT})`, 'E_DICT_VERSION');
  }
  if (doc.version !== DICTIONARY_VERSION) fail(file, `Unsupported version: ${String(doc.version)}`, 'E_DICT_VERSION');
  if (typeof doc.name !== 'string' || doc.name === '') fail(file, 'name must be a non-empty string');
  if (!Array.isArray(doc.entries)) fail(file, 'entries must be a list');
  const entries = doc.entries.map((e: Record<string, unknown>, i: number): CompiledEntry => {
    const at = `entries[${i}]`;
    if (typeof e?.['id'] !== 'string') fail(file, `${at}.id must be a string`);
    if (!isKeyList(e['from'])) fail(file, `${at}.from must be a list of key lists`);
    if (typeof e['to'] !== 'string') fail(file, `${at}.to must be a string`);
    if (!CATEGORIES.includes(e['category'] as CompiledEntry['category'])) fail(file, `${at}.category is unknown`);
    const c = e['confidence'];
    if (typeof c !== 'number' || !(c >= 0 && c <= 1)) fail(file, `${at}.confidence must be 0..1`);
    checkGuard(e['when'], file, `${at}.when`);
    checkGuard(e['unless'], file, `${at}.unless`);
    return { ...(e as unknown as CompiledEntry), examples: [] };
  });
  return { name: doc.name, entries };
}
