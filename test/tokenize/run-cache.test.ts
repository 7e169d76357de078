import { describe, expect, test } from 'vitest';

import { describeLetterRun } from '../../src/tokenize/04-words.js';
import {
  cachedKeyAt,
  cachedKindAt,
  cachedRunIdAt,
  findCachedRun,
  findCachedSlot,
} from '../../src/tokenize/run-cache.js';
import { hashRange } from '../../src/tokenize/run-text.js';

describe('run cache slots', () => {
  test.each(['Hoà', 'bình', 'UBND', 'ﬁx', 'Nguyễn', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'])(
    'a cached run reads back the same kind, key and id from its slot (%s)',
    (run) => {
      const text = `x ${run} y`;
      const start = 2;
      const end = start + run.length;
      const entry = describeLetterRun(text, start, end);
      const slot = findCachedSlot(text, start, end, hashRange(text, start, end));
      expect(slot).toBeGreaterThanOrEqual(0);
      expect([cachedKindAt(slot), cachedKeyAt(slot), cachedRunIdAt(slot)]).toEqual([entry.kind, entry.key, entry.id]);
      expect(findCachedRun(text, start, end, hashRange(text, start, end))).toBe(entry);
    },
  );

  test('a run of the same hash but other text is not found', () => {
    const text = 'zzqqxy';
    expect(findCachedSlot(text, 0, 6, hashRange('Hoà', 0, 3))).toBe(-1);
  });
});
