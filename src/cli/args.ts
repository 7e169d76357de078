/**
 * Command-line argument parsing for `vietnorm`, on `node:util` parseArgs (built in, no dependency).
 * @module
 */
import { parseArgs } from 'node:util';
import type { ToneStyle } from '../types.js';
import { ENCODING_NAMES, type EncodingName } from './decode.js';

/** What the command prints or does with each input. */
export type OutputMode = 'text' | 'diff' | 'json' | 'jsonl' | 'check' | 'write' | 'explain';

/** Parsed and validated command line. */
export interface CliOptions {
  /** Input files; `-` is stdin; empty means stdin. */
  files: string[];
  mode: OutputMode;
  /** `--explain`: add rule, confidence and reasons of each edit (with `--diff`, alone, or with `--write`). */
  explain: boolean;
  field: string;
  minConfidence?: number;
  spinThreshold: number;
  dicts: string[];
  defaultDictionaries: boolean;
  tone?: ToneStyle;
  stripBoilerplate: boolean;
  encoding?: EncodingName;
  help: boolean;
  version: boolean;
  /** One line per problem found on the command line that does not stop the run (unknown flags). */
  warnings: string[];
}

/**
 * A command line that cannot run (bad value, conflicting modes): print the message and exit 2.
 * @example
 * try { parseCliArgs(['--tone', 'x']) } catch (e) { e instanceof UsageError } //=> true
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Default `--spin-threshold`: inputs with `spinScore` at or above it count as spun. @default 0.5 */
export const DEFAULT_SPIN_THRESHOLD = 0.5;

const OPTIONS = {
  diff: { type: 'boolean' },
  explain: { type: 'boolean' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  field: { type: 'string' },
  check: { type: 'boolean' },
  write: { type: 'boolean', short: 'w' },
  'min-confidence': { type: 'string' },
  'spin-threshold': { type: 'string' },
  dict: { type: 'string', multiple: true, short: 'd' },
  'no-default-dict': { type: 'boolean' },
  tone: { type: 'string' },
  'strip-boilerplate': { type: 'boolean' },
  encoding: { type: 'string', short: 'e' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const KNOWN = new Set(Object.keys(OPTIONS));
const TONES: readonly string[] = ['keep', 'old', 'new'];

/**
 * Parse `vietnorm` arguments. Unknown flags do not stop the run: each becomes one line in `warnings` (the caller
 * reports it and exits 2 at the end), so the named files are still processed.
 *
 * @param argv - Arguments without `node` and the script, e.g. `process.argv.slice(2)`.
 * @returns The validated options.
 * @throws UsageError for a bad value (`--min-confidence 2`, `--tone x`), a missing value or conflicting modes.
 * @example
 * parseCliArgs(['--diff', 'a.txt']).mode //=> 'diff'
 */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const warnings: string[] = [];
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (!KNOWN.has(token.name)) {
      warnings.push(`${token.rawName}: unknown option (ignored), see --help`);
      continue;
    }
    const spec = OPTIONS[token.name as keyof typeof OPTIONS];
    if (spec.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName}: missing value`);
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`${token.rawName}: takes no value`);
    }
  }
  const v = parsed.values;
  const modes: OutputMode[] = [];
  for (const mode of ['diff', 'json', 'jsonl', 'check', 'write'] as const) if (v[mode] === true) modes.push(mode);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be used together`);
  const explain = v.explain === true;
  if (explain && (modes[0] === 'json' || modes[0] === 'jsonl')) {
    throw new UsageError(`--explain cannot be used with --${modes[0]} (its edits already carry the reasons)`);
  }
  const mode: OutputMode = modes[0] ?? (explain ? 'explain' : 'text');
  const field = asString(v.field);
  if (field !== undefined && mode !== 'jsonl') throw new UsageError('--field needs --jsonl');
  const options: CliOptions = {
    files: parsed.positionals,
    mode,
    explain,
    field: field ?? 'text',
    spinThreshold: parseUnit(v['spin-threshold'], '--spin-threshold') ?? DEFAULT_SPIN_THRESHOLD,
    dicts: Array.isArray(v.dict) ? v.dict.filter((d): d is string => typeof d === 'string') : [],
    defaultDictionaries: v['no-default-dict'] !== true,
    stripBoilerplate: v['strip-boilerplate'] === true,
    help: v.help === true,
    version: v.version === true,
    warnings,
  };
  const minConfidence = parseUnit(v['min-confidence'], '--min-confidence');
  if (minConfidence !== undefined) options.minConfidence = minConfidence;
  const tone = asString(v.tone);
  if (tone !== undefined) {
    if (!TONES.includes(tone)) throw new UsageError(`--tone: expected keep, old or new, got \`${tone}\``);
    options.tone = tone as ToneStyle;
  }
  const encoding = asString(v.encoding);
  if (encoding !== undefined) options.encoding = parseEncodingName(encoding);
  if (mode === 'write' && (options.files.length === 0 || options.files.includes('-'))) {
    throw new UsageError('--write needs file names (it cannot write back to stdin)');
  }
  return options;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseUnit(value: unknown, name: string): number | undefined {
  if (typeof value !== 'string') return undefined;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${name}: expected a number from 0 to 1, got \`${value}\``);
  return n;
}

const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  cp1258: 'windows-1258',
  windows1258: 'windows-1258',
  cp1252: 'windows-1252',
  windows1252: 'windows-1252',
  latin1: 'windows-1252',
  abc: 'tcvn3',
  'vni-windows': 'vni',
};

function parseEncodingName(name: string): EncodingName {
  const lower = name.toLowerCase();
  const found = (ENCODING_NAMES as readonly string[]).includes(lower) ? (lower as EncodingName) : ENCODING_ALIASES[lower];
  if (found === undefined) {
    throw new UsageError(`--encoding: unknown encoding \`${name}\` (expected one of ${ENCODING_NAMES.join(', ')})`);
  }
  return found;
}
