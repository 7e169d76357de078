/**
 * Plain-text streaming: stdin and large files go through `createRewriter().stream()` chunk by chunk, so memory stays
 * flat whatever the input size. Output is written with back-pressure.
 * @module
 */
import type { Transform } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { stripBoilerplate } from '../boilerplate.js';
import type { EncodingName } from './decode.js';
import { decodeChunks, readChunks, type InputSource } from './input.js';
import { writeText, type CliIo } from './io.js';

/** What a streamed input reports back (edits are not counted when streaming). */
export interface StreamSummary {
  encoding?: EncodingName;
  /** Boilerplate lines removed. */
  removedLines: number;
}

/**
 * Stream one input through a rewriter's transform to stdout.
 * @param source - The input.
 * @param io - The CLI io (stdin is read when `source.file` is undefined; output goes to stdout).
 * @param transform - A fresh `createRewriter(options).stream()`.
 * @param strip - `--strip-boilerplate` (applied to whole lines as they arrive).
 * @param forced - `--encoding`.
 * @returns What was learnt while streaming.
 * @throws VietnormError `E_IO` / `E_ENCODING`.
 * @example
 * await streamInput({ name: '<stdin>' }, io, createRewriter().stream(), false)
 */
export async function streamInput(
  source: InputSource,
  io: CliIo,
  transform: Transform,
  strip: boolean,
  forced?: EncodingName,
): Promise<StreamSummary> {
  const summary: StreamSummary = { removedLines: 0 };
  const decoded = decodeChunks(readChunks(source, io.stdin), source.name, forced, (encoding) => {
    summary.encoding = encoding;
  });
  const text = strip ? stripLines(decoded, summary) : skipEmpty(decoded);
  const utf8 = new StringDecoder('utf8');
  await pipeline(Readable.from(text), transform, async (output: AsyncIterable<string | Uint8Array>) => {
    for await (const chunk of output) {
      await writeText(io.stdout, typeof chunk === 'string' ? chunk : utf8.write(Buffer.from(chunk)));
    }
    await writeText(io.stdout, utf8.end());
  });
  return summary;
}

async function* skipEmpty(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) if (chunk !== '') yield chunk;
}

/** Hold text back to the last line break so boilerplate is judged on whole lines only. */
async function* stripLines(chunks: AsyncIterable<string>, summary: StreamSummary): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const cut = text.lastIndexOf('\n') + 1;
    carry = text.slice(cut);
    if (cut === 0) continue;
    const out = stripPiece(text.slice(0, cut), summary);
    if (out !== '') yield out;
  }
  const out = stripPiece(carry, summary);
  if (out !== '') yield out;
}

function stripPiece(piece: string, summary: StreamSummary): string {
  const { text, removed } = stripBoilerplate(piece);
  summary.removedLines += removed.length;
  return text;
}
