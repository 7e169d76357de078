/**
 * Reverse candidates from a real spinner's synonym groups (dictionaries/_spin-groups.json, imported by
 * scripts/import-spin-groups.mjs). A spinner replaces any member of a group by any other, so every member is a
 * possible spun form of every other. These candidates carry a low prior and are decided by the language model:
 * they are never applied on their own.
 * @module
 */
import { DictionaryError } from '../errors.js';
import { phraseKeys } from '../rules/rule-index.js';
import { isSyllable } from '../syllable.js';
import type { CompiledEntry, Dictionary } from '../types.js';
import { slugify } from './compile.js';

/** The prior of a spinner-group candidate. */
export const SPIN_GROUP_PRIOR = 0.2;
/** Name of the dictionary built from the groups; its rule ids start with it. */
export const SPIN_GROUPS_NAME = 'spin-groups';

/** Parse `_spin-groups.json` (format `vietnorm-spin-groups`, version 1) into its groups. @internal */
export function parseSpinGroups(json: string, file: string): string[][] {
  const doc = JSON.parse(json) as { format?: unknown; version?: unknown; groups?: unknown };
  if (doc.format !== 'vietnorm-spin-groups' || doc.version !== 1) {
    throw new DictionaryError('E_DICT_VERSION', `Unsupported version: ${String(doc.format)} ${String(doc.version)}`, { file });
  }
  if (!Array.isArray(doc.groups)) throw new DictionaryError('E_DICT_PARSE', 'groups must be a list', { file });
  return doc.groups as string[][];
}

/** Turn synonym groups into a candidate dictionary (Vietnamese members only). @internal */
export function buildSpinGroupDictionary(groups: readonly (readonly string[])[]): Dictionary {
  const entries: CompiledEntry[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const members = group.filter((m) => m.split(' ').every((w) => isSyllable(w)));
    for (const from of members) {
      for (const to of members) {
        if (from === to) continue;
        const pair = `${from}\u0000${to}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        entries.push({
          id: `${SPIN_GROUPS_NAME}/${slugify(from)}--${slugify(to)}`,
          from: [phraseKeys(from)],
          to,
          category: 'spin',
          confidence: SPIN_GROUP_PRIOR,
          examples: [],
        });
      }
    }
  }
  return { name: SPIN_GROUPS_NAME, entries };
}
