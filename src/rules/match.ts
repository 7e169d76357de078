/**
 * Find every dictionary candidate in one left-to-right pass: from each word, walk the syllable trie along linked
 * words; every rule ending on the way is a candidate (all lengths). Guards are checked here too, so a blocked
 * candidate never reaches scoring.
 * @module
 */
import { findEdge, findEdgeBelow } from '../dictionary/trie-edges.js';
import { GROUP_PAYLOAD, type Rule, type RuleIndex } from './rule-index.js';
import { SCRATCH_KEY_IDS, SCRATCH_SITE_FIRST, SCRATCH_SITE_LAST, SCRATCH_SITE_MEMBER, type PassScratch } from './pass-scratch.js';
import { guardHit } from './guards.js';
import { KIND_SYLLABLE, KIND_WORD } from '../tokenize/token-table.js';
import type { WordChain } from './word-chain.js';

/** A rule that matches tokens `first`..`last` (word token indices, inclusive). @internal */
export interface RuleMatch {
  readonly rule: Rule;
  readonly first: number;
  readonly last: number;
  /** `guard:when.prev` etc. when a `when` guard was met. */
  readonly guardReason: string | undefined;
}

/**
 * The spinner-group members found in a pass, in the order found, as parallel arrays (one pass of a news text
 * finds hundreds of thousands: no object each). Member `k` is `member[k]` at tokens `first[k]`..`last[k]`; its
 * alternatives become rules only if worth scoring.
 * @internal
 */
export interface GroupSites {
  readonly count: number;
  readonly member: Int32Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
}

/** What {@link findMatches} finds: guarded rule matches and spinner-group members, each in text order. @internal */
export interface Matches {
  readonly rules: RuleMatch[];
  readonly groups: GroupSites;
}

/** A growable {@link GroupSites}. */
class SiteList implements GroupSites {
  count = 0;
  member: Int32Array;
  first: Int32Array;
  last: Int32Array;

  constructor(
    capacity: number,
    private readonly scratch?: PassScratch,
  ) {
    const take = (slot: number): Int32Array => (scratch === undefined ? new Int32Array(capacity) : scratch.atLeast(slot, capacity));
    this.member = take(SCRATCH_SITE_MEMBER);
    this.first = take(SCRATCH_SITE_FIRST);
    this.last = take(SCRATCH_SITE_LAST);
  }

  push(member: number, first: number, last: number): void {
    if (this.count === this.member.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.member = grow(this.member);
      this.first = grow(this.first);
      this.last = grow(this.last);
      this.scratch?.keep(SCRATCH_SITE_MEMBER, this.member);
      this.scratch?.keep(SCRATCH_SITE_FIRST, this.first);
      this.scratch?.keep(SCRATCH_SITE_LAST, this.last);
    }
    this.member[this.count] = member;
    this.first[this.count] = first;
    this.last[this.count] = last;
    this.count++;
  }
}

/**
 * Find all guarded rule matches and all spinner-group members of `index` in the chain.
 * @param scratch - Reuse its arrays (the sites are then valid until the next pass takes them).
 * @internal
 */
export function findMatches(chain: WordChain, index: RuleIndex, scratch?: PassScratch): Matches {
  const { table } = chain;
  const { trie, rules } = index;
  const out: RuleMatch[] = [];
  const n = table.length;
  const sites = new SiteList(Math.max(16, n >> 2), scratch);
  const ids = (scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_KEY_IDS, n)).fill(-1);
  const { kinds, keys, runIds } = table;
  for (let i = 0; i < n; i++) {
    // isWordAt, inline.
    const kind = kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) continue;
    const key = keys[i];
    if (key !== undefined) ids[i] = trie.keyIdOfRun(key, runIds[i] as number);
  }
  const { head, next, values } = trie.payloadLists();
  /** The phrases ending at token `at` of a walk from `first`: payload list from `k` (group members, guarded rules). */
  const collect = (k: number, first: number, at: number): void => {
    for (; k >= 0; k = next[k] as number) {
      const p = values[k] as number;
      if (p >= GROUP_PAYLOAD) {
        sites.push(p - GROUP_PAYLOAD, first, at);
        continue;
      }
      const match = checkGuards(chain, rules[p] as Rule, first, at);
      if (match !== undefined) out.push(match);
    }
  };
  if (!trie.shouldPack(n)) {
    // A short text in a process that has read little: the insert-side tables, the same trie.
    for (let first = 0; first < n; first++) {
      let node = trie.childBeforePacking(0, ids[first] as number);
      for (let at = first; node >= 0; ) {
        collect(node < head.length ? (head[node] as number) : -1, first, at);
        at = chain.next[at] as number;
        if (at < 0) break;
        node = trie.childBeforePacking(node, ids[at] as number);
      }
    }
    return { rules: out, groups: sites };
  }
  // Each edge's slot holds the child and the head of its payload list: one read for both.
  const edges = trie.packedEdges();
  const slots = edges.slots;
  for (let first = 0; first < n; first++) {
    const id = ids[first] as number;
    if (id === -1) continue;
    let edge = findEdge(edges, 0, id);
    let at = first;
    while (edge >= 0) {
      collect(slots[edge + 2] as number, first, at);
      at = chain.next[at] as number;
      if (at < 0) break;
      edge = findEdgeBelow(edges, edge, ids[at] as number);
    }
  }
  return { rules: out, groups: sites };
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

