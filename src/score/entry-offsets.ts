/**
 * Fitted corrections of single curated entries. The confidence model's weights are shared by all entries; an entry
 * whose candidates were right more or less often than the shared model predicted, on enough held-out training
 * samples, gets an offset to its log-odds (`scripts/fit-weights.mjs`, `scripts/lib/entry-offsets.mjs`): evidence
 * in place of the hand-set prior where there is evidence. The reason tag is `entry:±x`.
 * @module
 */
import fitted from './entry-offsets.json';
import type { CompiledEntry } from '../types.js';

interface OffsetRecord {
  readonly to: string;
  readonly from: readonly string[];
  readonly offset: number;
}

const OFFSETS: ReadonlyMap<string, OffsetRecord> = new Map(Object.entries(fitted.offsets as Record<string, OffsetRecord>));

/**
 * The fitted log-odds offset of an entry: 0 when it has none, or when the entry is not the one it was fitted on
 * (same id, other repair or spun forms: a user's dictionary of the same name, or an entry edited since the fit).
 * @example
 *   entryOffsetOf({ id: 'spin-common/den', to: 'đến', from: [['tới']], ... }) //=> about -1 (right far less often than its prior says)
 * @internal
 */
export function entryOffsetOf(entry: CompiledEntry): number {
  const record = OFFSETS.get(entry.id);
  if (record === undefined || record.to !== entry.to || record.from.length !== entry.from.length) return 0;
  return entry.from.every((keys, i) => keys.join(' ') === record.from[i]) ? record.offset : 0;
}

/** Every fitted offset, by entry id (for tests and reports). @internal */
export function listEntryOffsets(): ReadonlyMap<string, OffsetRecord> {
  return OFFSETS;
}
