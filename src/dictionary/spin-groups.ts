/**
 * Reverse candidates from a real spinner's synonym groups (dictionaries/_spin-groups.json, imported by
 * scripts/import-spin-groups.mjs). A spinner replaces any member of a group by any other, so every member is a
 * possible spun form of every other. Members go into the matcher's trie once each; a (member → alternative) rule
 * is made only when the engine decides a place is worth scoring, so loading stays fast and clean text pays little.
 * These candidates carry a low prior and are decided by the language model: they are never applied on their own.
 * @module
 */
import { DictionaryError } from '../errors.js';
import { isSyllable } from '../syllable.js';
import { syllableKey } from '../unicode/tone.js';

/** The prior of a spinner-group candidate. */
export const SPIN_GROUP_PRIOR = 0.2;
/** Rule ids of spinner-group candidates start with this. */
export const SPIN_GROUPS_NAME = 'spin-groups';

/** Synonym groups flattened for matching. @internal */
export interface SpinGroups {
  /** Member texts (NFC, lowercase). */
  readonly members: readonly string[];
  /** Member syllable keys. */
  readonly keys: readonly (readonly string[])[];
  /** For each member, the indices of every other member it shares a group with. */
  readonly alternatives: readonly (readonly number[])[];
}

/** Parse `_spin-groups.json` (format `vietnorm-spin-groups`, version 1) into its groups. @internal */
export function parseSpinGroups(json: string, file: string): string[][] {
  const doc = JSON.parse(json) as { format?: unknown; version?: unknown; groups?: unknown };
  if (doc.format !== 'vietnorm-spin-groups' || doc.version !== 1) {
    throw new DictionaryError('E_DICT_VERSION', `Unsupported version: ${String(doc.format)} ${String(doc.version)}`, { file });
  }
  if (!Array.isArray(doc.groups)) throw new DictionaryError('E_DICT_PARSE', 'groups must be a list', { file });
  return doc.groups as string[][];
}

/** Flatten synonym groups (Vietnamese members only) for the matcher. @internal */
export function buildSpinGroups(groups: readonly (readonly string[])[]): SpinGroups {
  const index = new Map<string, number>();
  const members: string[] = [];
  const keys: string[][] = [];
  const alternatives: Set<number>[] = [];
  const memberId = (text: string): number => {
    let id = index.get(text);
    if (id === undefined) {
      id = members.length;
      index.set(text, id);
      members.push(text);
      keys.push(text.split(' ').map(syllableKey));
      alternatives.push(new Set());
    }
    return id;
  };
  for (const group of groups) {
    const ids = group.filter((m) => m.split(' ').every((w) => isSyllable(w))).map(memberId);
    for (const a of ids) for (const b of ids) if (a !== b) alternatives[a]?.add(b);
  }
  return { members, keys, alternatives: alternatives.map((s) => [...s]) };
}

/** Serialise flattened groups (`vietnorm-spin-groups-flat`, version 1), written by the build. @internal */
export function serializeSpinGroups(groups: SpinGroups): string {
  return `${JSON.stringify({ format: 'vietnorm-spin-groups-flat', version: 1, ...groups })}\n`;
}

/** Read flattened groups written by {@link serializeSpinGroups}. @internal */
export function parseFlatSpinGroups(json: string, file: string): SpinGroups {
  const doc = JSON.parse(json) as Partial<SpinGroups> & { format?: unknown; version?: unknown };
  if (doc.format !== 'vietnorm-spin-groups-flat' || doc.version !== 1) {
    throw new DictionaryError('E_DICT_VERSION', `Unsupported version: ${String(doc.format)} ${String(doc.version)}`, { file });
  }
  const { members, keys, alternatives } = doc;
  if (!Array.isArray(members) || !Array.isArray(keys) || !Array.isArray(alternatives) || keys.length !== members.length) {
    throw new DictionaryError('E_DICT_PARSE', 'members, keys and alternatives must be lists of one length', { file });
  }
  return { members, keys, alternatives } as SpinGroups;
}
