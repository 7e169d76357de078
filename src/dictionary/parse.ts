/**
 * Parse and validate a dictionary source. Every failure names the field (`entries[3].to`) and, for YAML text,
 * the line and column, so a broken dictionary is fixed in one look.
 * @module
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { DictionaryError, describeType } from '../errors.js';
import type { Category } from '../types.js';
import type { RawDictionary, RawEntry, RawExample, RawGuard } from './raw.js';

/**
 * The YAML parser, loaded on first use: only dictionary sources need it (the built-ins load from compiled JSON), so
 * importing vietnorm stays fast.
 */
let yaml: typeof Yaml | undefined;
function loadYaml(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** Categories an entry may have. */
export const CATEGORIES: readonly Category[] = ['spin', 'teencode', 'artifact', 'orthography'];

const ENTRY_KEYS = new Set(['from', 'to', 'category', 'confidence', 'when', 'unless', 'examples', 'note']);
const TOP_KEYS = new Set(['name', 'description', 'entries']);
const GUARD_KEYS = new Set(['prev', 'next']);
const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Turns a field path into a 1-based line and column of the source, when the source was text. */
type Locate = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

/** A parsed, schema-checked source and a way back to its lines. @internal */
export interface ParsedSource {
  raw: RawDictionary;
  locate: Locate;
}

/**
 * Parse YAML (or JSON) text, or take an object, and check it against the dictionary schema.
 * @throws {DictionaryError} `E_DICT_PARSE` naming file, line, column and field.
 * @internal
 */
export function parseDictionarySource(source: string | object, file: string | undefined): ParsedSource {
  let value: unknown;
  let locate: Locate = () => undefined;
  if (typeof source === 'string') {
    const { LineCounter, parseDocument } = loadYaml();
    const lineCounter = new LineCounter();
    const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
    const first = doc.errors[0];
    if (first !== undefined) {
      const pos = first.linePos?.[0];
      const message = first.message.split('\n')[0] ?? first.message;
      throw new DictionaryError('E_DICT_PARSE', `Invalid YAML: ${message}`, withFile(file, pos?.line, pos?.col));
    }
    value = doc.toJS();
    locate = (path) => {
      for (let cut = path.length; cut >= 0; cut--) {
        const node = doc.getIn(path.slice(0, cut), true) as { range?: [number, number, number] } | undefined;
        if (node?.range !== undefined) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    };
  } else if (source !== null && typeof source === 'object') {
    value = source;
  } else {
    throw new TypeError(`Expected string or object for \`source\`, got \`${describeType(source)}\``);
  }
  const checker = new Checker(file, locate);
  return { raw: checker.dictionary(value), locate };
}

function withFile(file: string | undefined, line?: number, column?: number): { file?: string; line?: number; column?: number } {
  const location: { file?: string; line?: number; column?: number } = {};
  if (file !== undefined) location.file = file;
  if (line !== undefined) location.line = line;
  if (column !== undefined) location.column = column;
  return location;
}

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

class Checker {
  constructor(
    private readonly file: string | undefined,
    private readonly locate: Locate,
  ) {}

  fail(path: readonly (string | number)[], message: string): never {
    const field = formatPath(path);
    const pos = this.locate(path);
    throw new DictionaryError('E_DICT_PARSE', `${field === '' ? '' : `${field} `}${message}`, {
      ...withFile(this.file, pos?.line, pos?.column),
      field,
    });
  }

  object(value: unknown, path: (string | number)[], allowed: Set<string>): Record<string, unknown> {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(path, `must be a mapping, got \`${describeType(value)}\``);
    }
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.fail([...path, key], `is not a known field (expected one of ${[...allowed].join(', ')})`);
    }
    return value as Record<string, unknown>;
  }

  text(value: unknown, path: (string | number)[], required: boolean): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.fail(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') this.fail(path, `must be a string, got \`${describeType(value)}\``);
    if (required && value.trim() === '') this.fail(path, "can't be empty");
    return value;
  }

  phrases(value: unknown, path: (string | number)[]): string[] {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) this.fail(path, `must be a string or a list of strings, got \`${describeType(value)}\``);
    if (list.length === 0) this.fail(path, "can't be empty");
    return list.map((item, i) => {
      const phrase = this.text(item, typeof value === 'string' ? path : [...path, i], true) as string;
      if (phrase !== phrase.trim() || /\s{2,}|[\t\n\r]/.test(phrase)) {
        this.fail(typeof value === 'string' ? path : [...path, i], 'must be syllables separated by single spaces');
      }
      return phrase;
    });
  }

  guard(value: unknown, path: (string | number)[]): RawGuard | undefined {
    if (value === undefined) return undefined;
    const obj = this.object(value, path, GUARD_KEYS);
    const guard: RawGuard = {};
    if (obj['prev'] !== undefined) guard.prev = this.phrases(obj['prev'], [...path, 'prev']);
    if (obj['next'] !== undefined) guard.next = this.phrases(obj['next'], [...path, 'next']);
    if (guard.prev === undefined && guard.next === undefined) this.fail(path, 'needs `prev` or `next`');
    return guard;
  }

  example(value: unknown, path: (string | number)[]): RawExample {
    const obj = this.object(value, path, new Set(['in', 'out']));
    const example: RawExample = { in: this.text(obj['in'], [...path, 'in'], true) as string };
    const out = this.text(obj['out'], [...path, 'out'], false);
    if (out !== undefined) example.out = out;
    return example;
  }

  entry(value: unknown, path: (string | number)[]): RawEntry {
    const obj = this.object(value, path, ENTRY_KEYS);
    const from = this.phrases(obj['from'] ?? this.fail([...path, 'from'], 'is required'), [...path, 'from']);
    const to = this.text(obj['to'], [...path, 'to'], false);
    if (to === undefined) this.fail([...path, 'to'], 'is required');
    const category = obj['category'];
    if (category === undefined) this.fail([...path, 'category'], 'is required');
    if (!CATEGORIES.includes(category as Category)) {
      this.fail([...path, 'category'], `must be one of ${CATEGORIES.join(', ')}, got \`${String(category)}\``);
    }
    const confidence = obj['confidence'];
    if (confidence === undefined) this.fail([...path, 'confidence'], 'is required');
    if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
      this.fail([...path, 'confidence'], `must be a number from 0 to 1, got \`${String(confidence)}\``);
    }
    const examples = obj['examples'];
    if (examples === undefined) this.fail([...path, 'examples'], 'is required (at least one example)');
    if (!Array.isArray(examples) || examples.length === 0) this.fail([...path, 'examples'], 'must be a non-empty list');
    const entry: RawEntry = {
      from,
      to,
      category: category as Category,
      confidence,
      examples: examples.map((ex, i) => this.example(ex, [...path, 'examples', i])),
    };
    const when = this.guard(obj['when'], [...path, 'when']);
    if (when !== undefined) entry.when = when;
    const unless = this.guard(obj['unless'], [...path, 'unless']);
    if (unless !== undefined) entry.unless = unless;
    const note = this.text(obj['note'], [...path, 'note'], false);
    if (note !== undefined) entry.note = note;
    return entry;
  }

  dictionary(value: unknown): RawDictionary {
    const obj = this.object(value, [], TOP_KEYS);
    const name = this.text(obj['name'], ['name'], true) as string;
    if (!NAME_PATTERN.test(name)) this.fail(['name'], `must be kebab-case (a-z, 0-9, -), got \`${name}\``);
    const entries = obj['entries'];
    if (entries === undefined) this.fail(['entries'], 'is required');
    if (!Array.isArray(entries)) this.fail(['entries'], `must be a list, got \`${describeType(entries)}\``);
    const raw: RawDictionary = { name, entries: entries.map((e, i) => this.entry(e, ['entries', i])) };
    const description = this.text(obj['description'], ['description'], false);
    if (description !== undefined) raw.description = description;
    return raw;
  }
}
