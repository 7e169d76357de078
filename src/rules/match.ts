/**
 * Find every dictionary candidate in one left-to-right pass: from each word, walk the syllable trie along linked
 * words; every rule ending on the way is a candidate (all lengths). Guards are checked here too, so a blocked
 * candidate never reaches scoring. The sure rules and the others are in two tries: a pass over a document that does
 * not look spun drops the others' matches, and walks only the first, which is small.
 * @module
 */
import type { SyllableTrie } from '../dictionary/syllable-trie.js';
import { findEdge, findEdgeBelow } from '../dictionary/trie-edges.js';
import { findGroupSites, type GroupSites } from './group-sites.js';
import type { Rule, RuleIndex } from './rule-index.js';
import type { PassScratch } from './pass-scratch.js';
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
 * Find the guarded rule matches of `index` in the chain, and its spinner-group members (walked as they are read).
 * @param scratch - Reuse its arrays (the sites are then valid until the next pass takes them).
 * @param weak - Also the rules below STRONG_PRIOR (`index.weakTrie`); without them, {@link addWeakMatches} adds
 * them later, in the same order.
 * @internal
 */
export function findMatches(chain: WordChain, index: RuleIndex, scratch?: PassScratch, weak = true): Matches {
  const strong = walkRules(chain, index.trie, index.rules);
  return { rules: weak ? addWeakMatches(chain, index, strong) : strong, groups: findGroupSites(chain, index.groupTrie, scratch) };
}

/**
 * The matches of `strong` (from {@link findMatches} without weak rules) and of the weak rules, in the order that
 * findMatches with them gives: by first token, then by last, then in dictionary order.
 * @example
 * const strong = findMatches(chain, index, scratch, false).rules;
 * addWeakMatches(chain, index, strong) //=> the same list as findMatches(chain, index).rules
 * @internal
 */
export function addWeakMatches(chain: WordChain, index: RuleIndex, strong: readonly RuleMatch[]): RuleMatch[] {
  const weak = walkRules(chain, index.weakTrie, index.rules);
  if (strong.length === 0) return weak;
  const before = (a: RuleMatch, b: RuleMatch): boolean =>
    a.first !== b.first ? a.first < b.first : a.last !== b.last ? a.last < b.last : a.rule.order < b.rule.order;
  const out: RuleMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < strong.length || j < weak.length) {
    if (j >= weak.length || (i < strong.length && before(strong[i] as RuleMatch, weak[j] as RuleMatch))) out.push(strong[i++] as RuleMatch);
    else out.push(weak[j++] as RuleMatch);
  }
  return out;
}

/**
 * The guarded matches of the rules in `trie` (payloads: indices in `rules`), by first token, then by last, then in
 * dictionary order (a node's payloads are in insertion order).
 */
function walkRules(chain: WordChain, trie: SyllableTrie, rules: readonly Rule[]): RuleMatch[] {
  const { table } = chain;
  const out: RuleMatch[] = [];
  const n = table.length;
  const { kinds, keys, runIds } = table;
  // The key id of token `i` (isWordAt, inline; the kind first, most tokens are not words): looked up by run, so
  // asking twice costs an array read.
  const idAt = (i: number): number => {
    const kind = kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) return -1;
    const key = keys[i];
    return key === undefined ? -1 : trie.keyIdOfRun(key, runIds[i] as number);
  };
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
      let node = trie.childBeforePacking(0, idAt(first));
      for (let at = first; node >= 0; ) {
        for (let k = node < head.length ? (head[node] as number) : -1; k >= 0; k = next[k] as number) collect(values[k] as number, first, at);
        at = links[at] as number;
        if (at < 0) break;
        node = trie.childBeforePacking(node, idAt(at));
      }
    }
    return out;
  }
  // Each edge's slot holds the child and its payloads (the only one, or the head of the list): one read for both.
  const edges = trie.packedEdges();
  const { slots, payloads } = edges;
  for (let first = 0; first < n; first++) {
    const id = idAt(first);
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
      edge = findEdgeBelow(edges, edge, idAt(at));
    }
  }
  return out;
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

