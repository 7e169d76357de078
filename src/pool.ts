/**
 * A worker-thread pool for {@link despin}: for pipelines that outgrow one core.
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolveOptions } from './despin-options.js';
import { assertString, describeType } from './errors.js';
import { POOL_WORKER_SOURCE, fromErrorData, resolvePackageEntry } from './pool-worker.js';
import type { PoolRequest, PoolResponse, PoolWorkerData } from './pool-worker.js';
import type { DespinOptions, DespinResult } from './types.js';

/** Options of {@link createPool}. */
export interface PoolOptions {
  /**
   * Number of worker threads.
   * @default os.availableParallelism()
   */
  size?: number;
  /** Options of every `despin` call (validated at once, like {@link despin}'s). */
  despin?: DespinOptions;
  /**
   * Tasks that may wait for a free worker; further `despin` calls wait for room before they are queued.
   * @default 2 × size
   */
  maxQueue?: number;
}

/** Counts of a pool's work, for monitoring. */
export interface PoolStats {
  /** Worker threads. */
  size: number;
  /** Tasks being processed by a worker. */
  running: number;
  /** Tasks queued for a worker (at most `maxQueue`). */
  queued: number;
  /** Calls waiting for room in the queue (backpressure). */
  waiting: number;
}

/** A pool of worker threads running {@link despin}. Create with {@link createPool}. */
export interface DespinPool {
  /**
   * Despin one text on a free worker; rejects with that call's error only (the pool keeps working).
   * Per-call `options` are merged over the pool's; they make the worker build its rules again for that call (slow).
   */
  despin(text: string, options?: DespinOptions): Promise<DespinResult>;
  /** Despin many texts: results in input order, at most `size + maxQueue` texts read ahead of the consumer. */
  map(texts: Iterable<string> | AsyncIterable<string>): AsyncIterable<DespinResult>;
  /** Current counts of running, queued and waiting tasks. */
  stats(): PoolStats;
  /** Finish the queued work, then stop the workers; later `despin` calls reject. */
  close(): Promise<void>;
}

interface Task {
  request: PoolRequest;
  resolve: (result: DespinResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

/**
 * Start a pool of worker threads, each with the built-in dictionaries and language model loaded once.
 * Workers load the package bundle (`dist/index.js` or `dist/index.cjs`); idle workers do not keep the process alive.
 * @param options - `size`, `despin` options, `maxQueue`.
 * @returns The pool; call `close()` when done.
 * @throws TypeError when an option has a wrong type or value (`despin` options are checked as by {@link despin}).
 * @example
 * const pool = createPool({ size: 2 });
 * for await (const result of pool.map(['Kết quả tiến công giá cao.'])) console.log(result.text);
 * //=> 'Kết quả đánh giá cao.'
 * await pool.close();
 */
export function createPool(options: PoolOptions = {}): DespinPool {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`Expected object for \`options\`, got \`${describeType(options)}\``);
  }
  const size = positiveInteger(options.size, 'size', availableParallelism());
  const maxQueue = positiveInteger(options.maxQueue, 'maxQueue', 2 * size);
  const despinOptions = options.despin ?? {};
  resolveOptions(despinOptions);
  const workerData: PoolWorkerData = { entry: resolvePackageEntry(import.meta.url), options: despinOptions };
  const queue: Task[] = [];
  const waiting: (() => void)[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  function startWorker(): Slot {
    const slot: Slot = { worker: new Worker(POOL_WORKER_SOURCE, { eval: true, workerData }), task: undefined };
    slot.worker.unref();
    slot.worker.on('message', (response: PoolResponse) => {
      const task = slot.task;
      slot.task = undefined;
      slot.worker.unref();
      if (task !== undefined && task.request.id === response.id) {
        if ('error' in response) task.reject(fromErrorData(response.error));
        else task.resolve(response.result);
      }
      dispatch();
    });
    // A worker that dies (out of memory, a crash) fails only its own task and is replaced.
    slot.worker.on('error', (error: Error) => failWorker(slot, error));
    slot.worker.on('exit', (code) => failWorker(slot, new Error(`Worker stopped with exit code ${code}`)));
    return slot;
  }

  function failWorker(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    const task = slot.task;
    slot.task = undefined;
    task?.reject(error);
    if (closed) slots.splice(index, 1);
    else slots[index] = startWorker();
    void slot.worker.terminate();
    dispatch();
  }

  function dispatch(): void {
    // Only after close() can the last worker go without a replacement: nothing is left to run the queue.
    if (slots.length === 0) for (const task of queue.splice(0)) task.reject(new Error('The pool is closed'));
    for (const slot of slots) {
      if (slot.task !== undefined) continue;
      const task = queue.shift();
      if (task === undefined) break;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage(task.request);
      waiting.shift()?.();
    }
    if (closed && queue.length === 0 && waiting.length === 0 && slots.every((slot) => slot.task === undefined)) {
      drained?.();
    }
  }

  async function despin(text: string, callOptions?: DespinOptions): Promise<DespinResult> {
    assertString(text, 'text');
    if (callOptions !== undefined) resolveOptions({ ...despinOptions, ...callOptions });
    if (closed) throw new Error('The pool is closed');
    // Backpressure: wait for room; calls made before close() still run.
    while (queue.length >= maxQueue) await new Promise<void>((resolve) => waiting.push(resolve));
    const request: PoolRequest = callOptions === undefined ? { id: nextId++, text } : { id: nextId++, text, options: callOptions };
    return new Promise<DespinResult>((resolve, reject) => {
      queue.push({ request, resolve, reject });
      dispatch();
    });
  }

  let drained: (() => void) | undefined;
  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= (async () => {
      closed = true;
      await new Promise<void>((resolve) => {
        drained = resolve;
        dispatch();
      });
      const workers = slots.splice(0).map((slot) => slot.worker);
      await Promise.all(workers.map((worker) => worker.terminate()));
    })();
    return closing;
  }

  for (let i = 0; i < size; i++) slots.push(startWorker());
  return {
    despin,
    map: (texts) => mapOrdered(toIterator(texts), despin, size + maxQueue),
    stats: () => ({
      size,
      running: slots.filter((slot) => slot.task !== undefined).length,
      queued: queue.length,
      waiting: waiting.length,
    }),
    close,
  };
}

type Settled = { ok: true; value: DespinResult } | { ok: false; error: unknown };

/** Ordered results with at most `limit` texts in flight; pulls from `texts` only when there is room. */
async function* mapOrdered(
  iterator: Iterator<string> | AsyncIterator<string>,
  run: (text: string) => Promise<DespinResult>,
  limit: number,
): AsyncGenerator<DespinResult> {
  const window: Promise<Settled>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && window.length < limit) {
        const next = await iterator.next();
        if (next.done === true) done = true;
        else window.push(run(next.value).then((value) => ({ ok: true, value }), (error: unknown) => ({ ok: false, error })));
      }
      const head = window.shift();
      if (head === undefined) return;
      const settled = await head;
      if (!settled.ok) throw settled.error;
      yield settled.value;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

function toIterator(texts: Iterable<string> | AsyncIterable<string>): Iterator<string> | AsyncIterator<string> {
  const source = texts as Partial<Iterable<string> & AsyncIterable<string>> | null;
  if (typeof source === 'object' && source !== null) {
    if (typeof source[Symbol.asyncIterator] === 'function') return (texts as AsyncIterable<string>)[Symbol.asyncIterator]();
    if (typeof source[Symbol.iterator] === 'function') return (texts as Iterable<string>)[Symbol.iterator]();
  }
  throw new TypeError(`Expected iterable of strings for \`texts\`, got \`${describeType(texts)}\``);
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`Expected positive integer for \`${name}\`, got \`${typeof value === 'number' ? value : describeType(value)}\``);
  }
  return value;
}
