/**
 * Arrays that one call of the engine reuses from pass to pass and from piece to piece. A pass over a 256 kB piece
 * fills a token table and several per-token arrays of a few hundred kB each; fresh ones for every pass cost the
 * allocation, the page faults of memory never touched before, and the collector's time to free them again. A
 * scratch lives as long as one call, except that calls on short texts (a line at a time) share one, which is small;
 * a nested call (from a callback during a call) gets its own.
 * @module
 */
import type { TokenTable } from '../tokenize/token-table.js';

/** Slots of {@link PassScratch.ints}: each caller its own, so that arrays alive at the same time never share one. */
export const SCRATCH_NEXT = 0;
/** @internal */
export const SCRATCH_PREV = 1;
/** @internal */
export const SCRATCH_MODEL_IDS = 3;
/** @internal */
export const SCRATCH_SITE_MEMBER = 4;
/** @internal */
export const SCRATCH_SITE_FIRST = 5;
/** @internal */
export const SCRATCH_SITE_LAST = 6;
/** @internal */
export const SCRATCH_GROUP_KEY_IDS = 7;

/**
 * Reusable arrays of one engine call. What a pass takes from it is valid until the next pass takes the same slot.
 * @example
 * const scratch = new PassScratch();
 * scratch.ints(SCRATCH_NEXT, 3).length //=> 3
 * @internal
 */
export class PassScratch {
  /** The token table of the current pass (scanTokens refills it). */
  table: TokenTable | undefined;
  private readonly buffers: (Int32Array | undefined)[] = [];

  /**
   * An Int32Array of exactly `length` elements from `slot`, with whatever an earlier pass left in it: callers fill
   * what they read.
   */
  ints(slot: number, length: number): Int32Array {
    let buffer = this.buffers[slot];
    if (buffer === undefined || buffer.length < length) {
      // Some room to spare, so that a slightly longer next piece does not allocate again.
      buffer = new Int32Array(length + (length >> 3) + 16);
      this.buffers[slot] = buffer;
    }
    return buffer.length === length ? buffer : buffer.subarray(0, length);
  }

  /**
   * The buffer of `slot` when it holds at least `length` elements (its whole length, more perhaps), else a new one of
   * `length` that the slot keeps: for lists that grow, like the spinner-group sites.
   */
  atLeast(slot: number, length: number): Int32Array {
    let buffer = this.buffers[slot];
    if (buffer === undefined || buffer.length < length) {
      buffer = new Int32Array(length);
      this.buffers[slot] = buffer;
    }
    return buffer;
  }

  /** Let `slot` keep `buffer` (a grown list), so that the next pass starts from its size. */
  keep(slot: number, buffer: Int32Array): void {
    this.buffers[slot] = buffer;
  }
}

/** Texts up to this length share one scratch across calls: its arrays stay a few hundred kB at most. */
const SHARED_MAX_LENGTH = 1 << 14;
let shared: PassScratch | undefined;
let sharedInUse = false;

/**
 * A scratch for one engine call on a text of `length` characters: the shared one for a short text when no other call
 * holds it, else a new one. Give it back with {@link releaseScratch}.
 * @example
 * const scratch = takeScratch(text.length);
 * try { run(text, scratch); } finally { releaseScratch(scratch); }
 * @internal
 */
export function takeScratch(length: number): PassScratch {
  if (length > SHARED_MAX_LENGTH || sharedInUse) return new PassScratch();
  sharedInUse = true;
  return (shared ??= new PassScratch());
}

/**
 * End the use of a scratch from {@link takeScratch}.
 * @example
 * releaseScratch(scratch); // the shared scratch is free for the next call
 * @internal
 */
export function releaseScratch(scratch: PassScratch): void {
  if (scratch === shared) sharedInUse = false;
}
