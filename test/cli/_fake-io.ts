/** Fake streams for running the CLI in-process. Not a test file (no `.test.ts`). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io.js';

export interface FakeIoOptions {
  stdin?: string | Uint8Array | (string | Uint8Array)[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  streamThresholdBytes?: number;
}

export function createFakeIo(options: FakeIoOptions = {}): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const chunks = options.stdin === undefined ? [] : Array.isArray(options.stdin) ? options.stdin : [options.stdin];
  const io: CliIo = {
    stdin: (async function* () {
      for (const chunk of chunks) yield chunk;
    })(),
    stdout: { write: (s: string) => (out.push(s), true) },
    stderr: { write: (s: string) => (err.push(s), true) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  if (options.stdoutIsTTY !== undefined) io.stdoutIsTTY = options.stdoutIsTTY;
  if (options.stderrIsTTY !== undefined) io.stderrIsTTY = options.stderrIsTTY;
  if (options.columns !== undefined) io.columns = options.columns;
  if (options.streamThresholdBytes !== undefined) io.streamThresholdBytes = options.streamThresholdBytes;
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A fresh temporary directory, removed by the returned function. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vietnorm-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
