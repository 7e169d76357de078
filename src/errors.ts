/**
 * Stable error codes of {@link VietnormError}.
 * - `E_OPTION`: an option has a wrong type or value.
 * - `E_DICT_PARSE`: a dictionary source is not valid YAML/JSON or breaks the schema.
 * - `E_DICT_SPEC`: an example of a dictionary entry does not give its expected output.
 * - `E_DICT_VERSION`: a compiled dictionary or model has an unknown format or version.
 * - `E_IO`: a file cannot be read or written.
 * - `E_ENCODING`: input bytes cannot be decoded.
 */
export type ErrorCode = 'E_OPTION' | 'E_DICT_PARSE' | 'E_DICT_SPEC' | 'E_DICT_VERSION' | 'E_IO' | 'E_ENCODING';

/** Where a {@link VietnormError} happened, when known. */
export interface ErrorLocation {
  /** File name (as given by the caller). */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Field path, e.g. `entries[3].to`. */
  field?: string;
}

/** The error class of vietnorm: a stable `code`, an optional location and `cause`. */
export class VietnormError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VietnormError';
    this.code = code;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.field = location.field;
  }
}

/** A dictionary could not be compiled or loaded. `message` starts with `file:line:column:` when known. */
export class DictionaryError extends VietnormError {
  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(code, formatLocated(message, location), location, options);
    this.name = 'DictionaryError';
  }
}

/** True when `value` is a {@link VietnormError}. */
export function isVietnormError(value: unknown): value is VietnormError {
  return value instanceof VietnormError;
}

function formatLocated(message: string, location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column));
  return parts.length > 0 ? `${parts.join(':')}: ${message}` : message;
}

/** Describe a value's type for messages: `number`, `null`, `array`, `object`. @internal */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Throw a TypeError unless `value` is a string. @internal */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected string for \`${name}\`, got \`${describeType(value)}\``);
  }
}
