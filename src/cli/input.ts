/**
 * Opening inputs: resolving names, turning file-system failures into one-line `E_IO` errors, reading whole inputs
 * and decoding byte streams chunk by chunk.
 * @module
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VietnormError } from '../errors.js';
import { createChunkDecoder, decodeBytes, detectEncoding, DETECT_BYTES, type ChunkDecoder, type EncodingName } from './decode.js';
import type { DecodedInput } from './repair.js';

/** Files above this size are streamed in plain-text mode instead of read whole. */
export const STREAM_THRESHOLD_BYTES: number = 8 * 1024 * 1024;

/** Name shown for standard input. */
export const STDIN_NAME = '<stdin>';

/** An input to process: a file (absolute path plus the name as given) or stdin. */
export interface InputSource {
  name: string;
  /** Absolute path; undefined for stdin. */
  file?: string;
  /** Size in bytes (files only). */
  size?: number;
}

/**
 * Check that a file exists and is a regular file.
 * @param name - The name as given on the command line.
 * @param cwd - Directory to resolve it against.
 * @returns The input source.
 * @throws VietnormError `E_IO`: missing file, directory, no permission.
 * @example
 * await openInput('a.txt', '/work') //=> { name: 'a.txt', file: '/work/a.txt', size: 120 }
 */
export async function openInput(name: string, cwd: string): Promise<InputSource> {
  const file = path.resolve(cwd, name);
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new VietnormError('E_IO', 'is a directory', { file: name });
    return { name, file, size: info.size };
  } catch (error) {
    throw toIoError(error, name);
  }
}

/**
 * Read and decode a whole input.
 * @param source - From {@link openInput}, or stdin when `file` is undefined.
 * @param stdin - The stdin iterable.
 * @param forced - `--encoding`.
 * @returns The decoded input.
 * @throws VietnormError `E_IO` or `E_ENCODING` (binary file).
 * @example
 * (await readInput({ name: 'a.txt', file: '/work/a.txt' }, io.stdin)).text //=> 'Xin chào\n'
 */
export async function readInput(source: InputSource, stdin: AsyncIterable<Uint8Array | string>, forced?: EncodingName): Promise<DecodedInput> {
  let bytes: Uint8Array;
  try {
    bytes = source.file === undefined ? await readAll(stdin) : await readFile(source.file);
  } catch (error) {
    throw toIoError(error, source.name);
  }
  return { name: source.name, ...decodeBytes(bytes, source.name, forced) };
}

/**
 * The byte chunks of an input: a file read stream or stdin, string chunks turned into UTF-8 bytes.
 * @param source - The input.
 * @param stdin - The stdin iterable.
 * @returns Byte chunks.
 * @example
 * for await (const chunk of readChunks(source, io.stdin)) total += chunk.length
 */
export async function* readChunks(source: InputSource, stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const iterable: AsyncIterable<Uint8Array | string> = source.file === undefined ? stdin : createReadStream(source.file);
  try {
    for await (const chunk of iterable) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  } catch (error) {
    throw toIoError(error, source.name);
  }
}

/**
 * Decode byte chunks to text chunks, detecting the encoding from the first {@link DETECT_BYTES} bytes.
 * @param chunks - Byte chunks.
 * @param name - The input's name, for errors.
 * @param forced - `--encoding`.
 * @param onEncoding - Told the encoding once it is known.
 * @returns Text chunks.
 * @throws VietnormError `E_ENCODING` for a binary input.
 * @example
 * for await (const text of decodeChunks(readChunks(source, io.stdin), source.name)) out.push(text)
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  forced?: EncodingName,
  onEncoding?: (encoding: EncodingName) => void,
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  let head: Uint8Array[] = [];
  let headLength = 0;
  const start = (complete: boolean): string => {
    const bytes = Buffer.concat(head);
    head = [];
    const found = forced === undefined ? detectEncoding(bytes, name, complete) : { encoding: forced, bom: 0 };
    onEncoding?.(found.encoding);
    decoder = createChunkDecoder(found.encoding);
    return decoder.write(bytes.subarray(found.bom));
  };
  for await (const chunk of chunks) {
    if (decoder !== undefined) {
      yield decoder.write(chunk);
      continue;
    }
    head.push(chunk);
    headLength += chunk.length;
    if (headLength >= DETECT_BYTES) yield start(false);
  }
  if (decoder === undefined) yield start(true);
  yield (decoder as ChunkDecoder | undefined)?.end() ?? '';
}

async function readAll(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stdin) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(parts);
}

const IO_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a directory in the path',
  EMFILE: 'too many open files',
};

/**
 * Turn a file-system error into a one-line `E_IO` {@link VietnormError} (kept as is when it already is one).
 * @param error - What was thrown.
 * @param name - The file name as given.
 * @returns The error to report.
 * @example
 * toIoError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.txt').message //=> 'no such file'
 */
export function toIoError(error: unknown, name: string): unknown {
  if (error instanceof VietnormError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return error;
  return new VietnormError('E_IO', IO_MESSAGES[code] ?? `${code}`, { file: name }, { cause: error });
}
