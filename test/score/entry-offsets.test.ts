import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCompiledEntries } from '../../scripts/lib/held-out.mjs';
import { loadSpinGroups } from '../../src/dictionary/load.js';
import { buildRuleIndex, groupRule } from '../../src/rules/rule-index.js';
import { entryOffsetOf, listEntryOffsets } from '../../src/score/entry-offsets.js';
import type { CompiledEntry } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const compiled = join(root, 'dist/dictionaries');
const hasBuild = existsSync(join(compiled, 'index.json'));
if (!hasBuild) console.warn('entry-offsets.test: dist/dictionaries is absent (run `npm run build`): the staleness check is skipped');

/** The built-in entries, and the spinner-group pairs as the engine makes their rules, by id. */
function builtInEntries(): Map<string, CompiledEntry[]> {
  const out = new Map<string, CompiledEntry[]>();
  const add = (e: CompiledEntry): void => void out.set(e.id, [...(out.get(e.id) ?? []), e]);
  for (const e of readCompiledEntries(compiled) as CompiledEntry[]) add(e);
  const index = buildRuleIndex([], loadSpinGroups());
  index.groups?.alternatives.forEach((alternatives, from) => {
    for (const to of alternatives) add(groupRule(index, from, to).entry);
  });
  return out;
}

describe.skipIf(!hasBuild)('src/score/entry-offsets.json (written by scripts/fit-weights.mjs)', () => {
  test('every offset belongs to a built-in entry or group pair as it was fitted: same id, repair and spun forms (else refit)', () => {
    const entries = builtInEntries();
    const stale = [...listEntryOffsets()].filter(([id]) => !(entries.get(id) ?? []).some((e) => entryOffsetOf(e) !== 0));
    expect(stale.map(([id]) => id)).toEqual([]);
    expect(listEntryOffsets().size).toBeGreaterThan(0);
  });
});

describe('entryOffsetOf', () => {
  const [id, record] = [...listEntryOffsets()][0] as [string, { to: string; from: readonly string[]; offset: number }];
  const entry: CompiledEntry = {
    id,
    to: record.to,
    from: record.from.map((f) => f.split(' ')),
    category: 'spin',
    confidence: 0.5,
    examples: [{ in: 'x' }],
  };

  test.each`
    change                                   | over
    ${'none: the fitted offset'}             | ${{}}
    ${'another repair'}                      | ${{ to: `${record.to}x` }}
    ${'another spun form'}                   | ${{ from: [['khác']] }}
    ${'an id no entry was fitted on'}        | ${{ id: 'mine/x' }}
  `('an entry with $change', ({ change, over }: { change: string; over: Partial<CompiledEntry> }) => {
    expect(entryOffsetOf({ ...entry, ...over })).toBe(change.startsWith('none') ? record.offset : 0);
  });
});
