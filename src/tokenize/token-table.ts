/**
 * The struct-of-arrays token store the scanner writes into. One typed-array slot per token keeps the hot loop free of
 * per-token object allocation; {@link tokenize} turns a table into `Token` objects when a caller wants those.
 * @module
 */
import type { TokenKind } from '../types.js';

/** Numeric codes of {@link TokenKind}, the values stored in {@link TokenTable.kinds}. @internal */
export const KIND_SYLLABLE = 0;
/** @internal */
export const KIND_WORD = 1;
/** @internal */
export const KIND_NUMBER = 2;
/** @internal */
export const KIND_PUNCTUATION = 3;
/** @internal */
export const KIND_SPACE = 4;
/** @internal */
export const KIND_NEWLINE = 5;
/** @internal */
export const KIND_URL = 6;
/** @internal */
export const KIND_EMAIL = 7;
/** @internal */
export const KIND_SYMBOL = 8;

/** Kind names indexed by their numeric code: `TOKEN_KIND_NAMES[KIND_URL] === 'url'`. @internal */
export const TOKEN_KIND_NAMES: readonly TokenKind[] = [
  'syllable',
  'word',
  'number',
  'punctuation',
  'space',
  'newline',
  'url',
  'email',
  'symbol',
];

/**
 * Tokens of one text as parallel arrays. Only the first `length` slots are meaningful; all arrays, `keys` included,
 * may be longer.
 * Token `i` covers `text.slice(starts[i], ends[i])`; `ends[i] === starts[i + 1]`, so the table is lossless.
 * @internal
 */
export interface TokenTable {
  /** Number of tokens. */
  length: number;
  /** Kind code per token (`KIND_*`). */
  kinds: Uint8Array;
  /** Start offset per token (UTF-16, inclusive). */
  starts: Int32Array;
  /** End offset per token (UTF-16, exclusive). */
  ends: Int32Array;
  /** Lookup key for `syllable` and `word` tokens, `undefined` for the others. */
  keys: (string | undefined)[];
  /** 0-based sentence index per token. */
  sentences: Int32Array;
  /** Id of the cached letter run that gave the key (`CachedRun.id` in run-cache.ts), or -1. */
  runIds: Int32Array;
}

/**
 * Create an empty table with room for about `capacity` tokens (it grows as needed).
 * @example
 * const table = createTokenTable(100);
 * table.length //=> 0
 * @internal
 */
export function createTokenTable(capacity: number): TokenTable {
  const size = Math.max(16, capacity | 0);
  return {
    length: 0,
    kinds: new Uint8Array(size),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    keys: new Array<string | undefined>(size).fill(undefined),
    sentences: new Int32Array(size),
    runIds: new Int32Array(size),
  };
}

/** Double the typed arrays of `table`, keeping its tokens. */
function growTokenTable(table: TokenTable): void {
  const size = table.kinds.length * 2;
  const kinds = new Uint8Array(size);
  kinds.set(table.kinds);
  const starts = new Int32Array(size);
  starts.set(table.starts);
  const ends = new Int32Array(size);
  ends.set(table.ends);
  const sentences = new Int32Array(size);
  sentences.set(table.sentences);
  const runIds = new Int32Array(size);
  runIds.set(table.runIds);
  // Slots are written by index; a pre-filled (packed) array avoids the cost of `push` growing it token by token.
  table.keys = table.keys.concat(new Array<string | undefined>(size - table.keys.length).fill(undefined));
  table.kinds = kinds;
  table.starts = starts;
  table.ends = ends;
  table.sentences = sentences;
  table.runIds = runIds;
}

/**
 * Append one token to `table`.
 * @example
 * pushToken(table, KIND_SPACE, 0, 1, undefined, 0);
 * table.length //=> 1
 * @internal
 */
export function pushToken(
  table: TokenTable,
  kind: number,
  start: number,
  end: number,
  key: string | undefined,
  sentence: number,
  runId = -1,
): void {
  const i = table.length;
  if (i === table.kinds.length) growTokenTable(table);
  table.kinds[i] = kind;
  table.starts[i] = start;
  table.ends[i] = end;
  table.sentences[i] = sentence;
  table.keys[i] = key;
  table.runIds[i] = runId;
  table.length = i + 1;
}
