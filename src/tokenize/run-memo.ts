/**
 * Memos indexed by tokenizer run id (`TokenTable.runIds`): a text repeats a few thousand letter runs many times, so
 * what is worked out for a run's key (a model id, a trie key id, whether it is marked) is kept by its run id.
 * @module
 */

/** The least length a run-id memo grows to. */
const MIN_LENGTH = 1024;

/**
 * `memo` when it has a slot for `runId`, else a copy at least twice as long (and at least {@link MIN_LENGTH}) with
 * the same values and zeros after them (0 means "not worked out yet" in every memo).
 * @example
 * fitRunId(new Int32Array(0), 5000).length //=> 8192
 * @internal
 */
export function fitRunId(memo: Int32Array<ArrayBuffer>, runId: number): Int32Array<ArrayBuffer>;
export function fitRunId(memo: Uint8Array<ArrayBuffer>, runId: number): Uint8Array<ArrayBuffer>;
export function fitRunId(memo: Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>, runId: number): Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> {
  if (runId < memo.length) return memo;
  let length = Math.max(memo.length, MIN_LENGTH);
  while (length <= runId) length *= 2;
  const grown = memo instanceof Int32Array ? new Int32Array(length) : new Uint8Array(length);
  grown.set(memo);
  return grown;
}
