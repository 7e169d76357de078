/**
 * The CLI's view of the outside world, passed into `run` so every flag is testable in-process with fake streams.
 * @module
 */

/** A writable text sink such as `process.stdout`. `once('drain')` is used for back-pressure when present. */
export interface CliWritable {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Everything `run` may touch besides the file system. */
export interface CliIo {
  /** Input when no file (or `-`) is given: a Node readable stream or any async iterable of byte or text chunks. */
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: CliWritable;
  stderr: CliWritable;
  /** stdout is a terminal: colours in `--diff`. */
  stdoutIsTTY?: boolean;
  /** stderr is a terminal: progress bar for several files. */
  stderrIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  env: Record<string, string | undefined>;
  /** Directory that relative file names are resolved against. */
  cwd: string;
  /** Files larger than this are streamed in plain-text mode (default 8 MiB; tests lower it). */
  streamThresholdBytes?: number;
}

/**
 * Write text, waiting for `drain` when the sink asks for it, so a 1 GB stream never piles up in memory.
 * @param sink - The writable.
 * @param text - The text.
 * @returns A promise settled when the sink can take more.
 * @example
 * await writeText(io.stdout, 'xin chào\n')
 */
export async function writeText(sink: CliWritable, text: string): Promise<void> {
  if (text === '') return;
  if (sink.write(text) || sink.once === undefined) return;
  const once = sink.once.bind(sink);
  await new Promise<void>((resolve) => {
    once('drain', resolve);
  });
}

/**
 * Create the real io from `process`.
 * @returns The io of the running process.
 * @example
 * process.exitCode = await run(process.argv.slice(2), createProcessIo())
 */
export function createProcessIo(): CliIo {
  const io: CliIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
  if (process.stderr.columns !== undefined) io.columns = process.stderr.columns;
  // `vietnorm big.txt | head`: the reader went away; stop quietly like other Unix tools instead of a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return io;
}
