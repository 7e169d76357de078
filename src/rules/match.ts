/**
 * Find every dictionary candidate in one left-to-right pass: from each word, walk the syllable trie along linked
 * words; every rule ending on the way is a candidate (all lengths). Guards are checked here too, so a blocked
 * candidate never reaches scoring.
 * @module
 */
import { findEdge, findEdgeBelow } from '../dictionary/trie-edges.js';
import { findGroupSites, type GroupSites } from './group-sites.js';
import type { Rule, RuleIndex } from './rule-index.js';
import { SCRATCH_KEY_IDS, type PassScratch } from './pass-scratch.js';
import { guardHit } from './guards.js';
import { KIND_SYLLABLE, KIND_WORD } from '../tokenize/token-table.js';
import type { WordChain } from './word-chain.js';

export type { GroupSites } from './group-sites.js';

/** A rule that matches tokens `first`..`last` (word token indices, inclusive). @internal */
export interface RuleMatch {
  readonly rule: Rule;
  readonly first: number;
  readonly last: number;
  /** `guard:when.prev` etc. when a `when` guard was met. */
  readonly guardReason: string | undefined;
}

/** What {@link findMatches} finds: guarded rule matches in text order, and the spinner-group members. @internal */
export interface Matches {
  readonly rules: RuleMatch[];
  /** Walked as far as they are read (see group-sites.ts). */
  readonly groups: GroupSites;
}

/**
 * Find all guarded rule matches of `index` in the chain, and its spinner-group members (walked as they are read).
 * @param scratch - Reuse its arrays (the matches and sites are then valid until the next pass takes them).
 * @internal
 */
export function findMatches(chain: WordChain, index: RuleIndex, scratch?: PassScratch): Matches {
  const { table } = chain;
  const { trie, rules } = index;
  const out: RuleMatch[] = [];
  const n = table.length;
  const ids = (scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_KEY_IDS, n)).fill(-1);
  const { kinds, keys, runIds } = table;
  for (let i = 0; i < n; i++) {
    // isWordAt, inline.
    const kind = kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) continue;
    const key = keys[i];
    if (key !== undefined) ids[i] = trie.keyIdOfRun(key, runIds[i] as number);
  }
  const groups = findGroupSites(chain, index.groupTrie, scratch);
  /** The rules ending at token `at` of a walk from `first`, guards checked. */
  const collect = (rule: number, first: number, at: number): void => {
    const match = checkGuards(chain, rules[rule] as Rule, first, at);
    if (match !== undefined) out.push(match);
  };
  const links = chain.next;
  if (!trie.shouldPack(n)) {
    // A short text in a process that has read little: the insert-side tables, the same trie.
    const { head, next, values } = trie.payloadLists();
    for (let first = 0; first < n; first++) {
      let node = trie.childBeforePacking(0, ids[first] as number);
      for (let at = first; node >= 0; ) {
        for (let k = node < head.length ? (head[node] as number) : -1; k >= 0; k = next[k] as number) collect(values[k] as number, first, at);
        at = links[at] as number;
        if (at < 0) break;
        node = trie.childBeforePacking(node, ids[at] as number);
      }
    }
    return { rules: out, groups };
  }
  // Each edge's slot holds the child and its payloads (the only one, or the head of the list): one read for both.
  const edges = trie.packedEdges();
  const { slots, payloads } = edges;
  for (let first = 0; first < n; first++) {
    const id = ids[first] as number;
    if (id === -1) continue;
    let edge = findEdge(edges, 0, id);
    let at = first;
    while (edge >= 0) {
      const only = slots[edge + 5] as number;
      if (only >= 0) collect(only, first, at);
      else if (only === -2) {
        for (let k = slots[edge + 2] as number; k >= 0; k = payloads[2 * k + 1] as number) collect(payloads[2 * k] as number, first, at);
      }
      at = links[at] as number;
      if (at < 0) break;
      edge = findEdgeBelow(edges, edge, ids[at] as number);
    }
  }
  return { rules: out, groups };
}

function checkGuards(chain: WordChain, rule: Rule, first: number, last: number): RuleMatch | undefined {
  const { unless, when } = rule.guards;
  if (unless !== undefined && guardHit(chain, first, last, unless) !== undefined) return undefined;
  let guardReason: string | undefined;
  if (when !== undefined) {
    const hit = guardHit(chain, first, last, when);
    if (hit === undefined) return undefined;
    guardReason = `guard:when.${hit}`;
  }
  return { rule, first, last, guardReason };
}

