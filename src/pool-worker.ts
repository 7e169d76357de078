/**
 * The code that runs inside each worker of {@link createPool}, and the messages it exchanges with the pool.
 *
 * Why a source string and not a worker file: tsup bundles `src/index.ts` into `dist/index.js` and `dist/index.cjs`
 * only, so there is no separate worker file in the package. The worker is started with `eval: true` from this string
 * and loads the package bundle itself (the file the pool was loaded from), which gives it the same `despin`, the same
 * built-in dictionaries and the same language model, from ESM and from CommonJS alike.
 * @module
 */
import { VietnormError } from './errors.js';
import type { ErrorCode } from './errors.js';
import type { DespinOptions, DespinResult } from './types.js';

/** Data given to a worker at start. @internal */
export interface PoolWorkerData {
  /** `file:` URL of the package bundle to load (`dist/index.js` or `dist/index.cjs`). */
  entry: string;
  /** Options of every `despin` call in this worker. */
  options: DespinOptions;
}

/** A task sent to a worker. @internal */
export interface PoolRequest {
  id: number;
  text: string;
  /** Per-call options, merged over the pool's options. */
  options?: DespinOptions;
}

/** An error as it crosses the thread boundary. @internal */
export interface PoolErrorData {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

/** A worker's answer to one {@link PoolRequest}. @internal */
export type PoolResponse = { id: number; result: DespinResult } | { id: number; error: PoolErrorData };

/**
 * Source of the worker script (CommonJS script context, as `new Worker(code, { eval: true })` runs it).
 * It loads the bundle once (`require` for `.cjs`, dynamic `import()` otherwise) and makes one rewriter with the pool's
 * options, then answers each request with its result (per-call options go through `despin(text, options)`, which
 * builds its rules again: slower) or with the error that call threw: one bad text never ends the worker.
 * @internal
 */
export const POOL_WORKER_SOURCE: string = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { fileURLToPath } = require('node:url');
const entry = workerData.entry;
const loading = entry.endsWith('.cjs') ? Promise.resolve().then(() => require(fileURLToPath(entry))) : import(entry);
function toErrorData(error) {
  if (error instanceof Error) {
    const data = { name: error.name, message: error.message, stack: error.stack };
    if (typeof error.code === 'string') data.code = error.code;
    return data;
  }
  return { name: 'Error', message: String(error) };
}
// One rewriter for the pool's options: despin(text, options) would compile the rule index again on every call.
let rewriter;
parentPort.on('message', (request) => {
  loading.then(
    (lib) => {
      let response;
      try {
        let result;
        if (request.options === undefined) {
          rewriter ??= lib.createRewriter(workerData.options);
          result = rewriter.despin(request.text);
        } else {
          result = lib.despin(request.text, { ...workerData.options, ...request.options });
        }
        response = { id: request.id, result };
      } catch (error) {
        response = { id: request.id, error: toErrorData(error) };
      }
      parentPort.postMessage(response);
    },
    (error) => parentPort.postMessage({ id: request.id, error: toErrorData(error) }),
  );
});
`;

/**
 * Rebuild a worker's error in the calling thread: a `VietnormError` keeps its `code`, a `TypeError` its class.
 * @param data - The error as the worker sent it.
 * @returns An `Error` to reject the call with.
 * @example
 * fromErrorData({ name: 'TypeError', message: 'Expected string for `text`, got `number`' }) instanceof TypeError //=> true
 * @internal
 */
export function fromErrorData(data: PoolErrorData): Error {
  let error: Error;
  if (data.code !== undefined) error = new VietnormError(data.code as ErrorCode, data.message);
  else if (data.name === 'TypeError') error = new TypeError(data.message);
  else error = new Error(data.message);
  error.name = data.name;
  // Keep the worker's stack: it shows where in despin the error arose.
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}

/**
 * The bundle a worker loads, from the `import.meta.url` of the pool's code: that bundle when it is `index.js`/`index.cjs`,
 * the `index` bundle beside it when the pool is bundled elsewhere (the CLI), `dist/index.js` when run from `src/` (tests).
 * @param here - `import.meta.url` of the pool's code.
 * @returns The `file:` URL of the bundle the workers load.
 * @example
 * resolvePackageEntry('file:///app/node_modules/vietnorm/dist/cli.js') //=> 'file:///app/node_modules/vietnorm/dist/index.js'
 * @internal
 */
export function resolvePackageEntry(here: string): string {
  if (here.endsWith('.ts')) return new URL('../dist/index.js', here).href;
  if (/\/index\.(?:c?js|mjs)$/.test(here)) return here;
  return new URL(here.endsWith('.cjs') ? './index.cjs' : './index.js', here).href;
}
