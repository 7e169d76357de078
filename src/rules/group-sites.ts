/**
 * The spinner-group members of a text (its group sites), found on demand. Groups hold many common words, so a news
 * text has a site at most of its words, yet a clean text has its verdict after a few hundred sites
 * (group-candidates.ts) and the stray-period rule asks about a few places only (synonyms-across.ts). So the sites
 * are walked from the group trie as far as a reader asks, not for the whole text up front: the dictionary rules
 * walk a trie of their own (match.ts), which is small.
 * @module
 */
import type { SyllableTrie } from '../dictionary/syllable-trie.js';
import { findEdge, findEdgeBelow, type TrieEdges } from '../dictionary/trie-edges.js';
import { KIND_SYLLABLE, KIND_WORD } from '../tokenize/token-table.js';
import { SCRATCH_GROUP_KEY_IDS, SCRATCH_SITE_FIRST, SCRATCH_SITE_LAST, SCRATCH_SITE_MEMBER, type PassScratch } from './pass-scratch.js';
import type { WordChain } from './word-chain.js';

/**
 * The spinner-group members of a pass in text order (by first token, then by length, then in group order). Member `k`
 * is `memberAt(k)` at tokens `firstAt(k)`..`lastAt(k)`, for every `k` that `has(k)`; reading `count` or the arrays
 * walks the whole text first. Valid until the next pass takes the scratch it was made with.
 * @internal
 */
export interface GroupSites {
  /** Number of sites in the whole text. */
  readonly count: number;
  /** Member index of each site (the first `count` elements). */
  readonly member: Int32Array;
  /** First word token of each site. */
  readonly first: Int32Array;
  /** Last word token of each site. */
  readonly last: Int32Array;
  /** True when site `k` exists; walks only as far into the text as that takes. */
  has(k: number): boolean;
  /** Member index of site `k` (after `has(k)`). */
  memberAt(k: number): number;
  /** First word token of site `k` (after `has(k)`). */
  firstAt(k: number): number;
  /** Last word token of site `k` (after `has(k)`). */
  lastAt(k: number): number;
  /**
   * Visit the sites that start at token `first`, in order, until `visit` returns true; returns whether it did.
   * Reads the trie from there without walking the text before it.
   */
  someAt(first: number, visit: (member: number, last: number) => boolean): boolean;
}

/** A token whose key id is not looked up yet (key ids are -1 or more). */
const UNKNOWN_ID = -2;

/** The lazy {@link GroupSites} of one pass. */
class LazySites implements GroupSites {
  private count_ = 0;
  private member_: Int32Array;
  private first_: Int32Array;
  private last_: Int32Array;
  /** The next token to walk from. */
  private next = 0;
  private readonly n: number;
  /** Key ids in the group trie by token, looked up when first needed. */
  private readonly ids: Int32Array;
  /** The packed edges, or undefined to read the insert-side tables (see SyllableTrie.shouldPack). */
  private readonly edges: TrieEdges | undefined;

  constructor(
    private readonly chain: WordChain,
    private readonly trie: SyllableTrie,
    private readonly scratch?: PassScratch,
  ) {
    const n = (this.n = chain.table.length);
    const capacity = Math.max(16, n >> 2);
    const take = (slot: number, length: number): Int32Array =>
      scratch === undefined ? new Int32Array(length) : scratch.atLeast(slot, length);
    this.member_ = take(SCRATCH_SITE_MEMBER, capacity);
    this.first_ = take(SCRATCH_SITE_FIRST, capacity);
    this.last_ = take(SCRATCH_SITE_LAST, capacity);
    this.ids = (scratch === undefined ? new Int32Array(n) : scratch.ints(SCRATCH_GROUP_KEY_IDS, n)).fill(UNKNOWN_ID);
    this.edges = trie.shouldPack(n) ? trie.packedEdges() : undefined;
  }

  get count(): number {
    this.has(Infinity);
    return this.count_;
  }

  get member(): Int32Array {
    this.has(Infinity);
    return this.member_;
  }

  get first(): Int32Array {
    this.has(Infinity);
    return this.first_;
  }

  get last(): Int32Array {
    this.has(Infinity);
    return this.last_;
  }

  has(k: number): boolean {
    while (this.count_ <= k && this.next < this.n) this.walk(this.next++, undefined);
    return k < this.count_;
  }

  memberAt(k: number): number {
    return this.member_[k] as number;
  }

  firstAt(k: number): number {
    return this.first_[k] as number;
  }

  lastAt(k: number): number {
    return this.last_[k] as number;
  }

  someAt(first: number, visit: (member: number, last: number) => boolean): boolean {
    return first >= 0 && first < this.n && this.walk(first, visit);
  }

  /** The key id of token `i` in the group trie (-1: not a word, or no member uses it). */
  private idAt(i: number): number {
    const known = this.ids[i] as number;
    if (known !== UNKNOWN_ID) return known;
    const { kinds, keys, runIds } = this.chain.table;
    const kind = kinds[i];
    const key = kind !== KIND_SYLLABLE && kind !== KIND_WORD ? undefined : keys[i];
    const id = key === undefined ? -1 : this.trie.keyIdOfRun(key, runIds[i] as number);
    this.ids[i] = id;
    return id;
  }

  /** One site: to `visit` when given (true: stop), else appended to the list. */
  private found(member: number, first: number, last: number, visit: ((member: number, last: number) => boolean) | undefined): boolean {
    if (visit !== undefined) return visit(member, last);
    if (this.count_ === this.member_.length) this.grow();
    this.member_[this.count_] = member;
    this.first_[this.count_] = first;
    this.last_[this.count_] = last;
    this.count_++;
    return false;
  }

  /** Walk the trie from token `first` along linked words; true when `visit` stopped the walk. */
  private walk(first: number, visit: ((member: number, last: number) => boolean) | undefined): boolean {
    const links = this.chain.next;
    const edges = this.edges;
    if (edges === undefined) {
      const { head, next, values } = this.trie.payloadLists();
      let node = this.trie.childBeforePacking(0, this.idAt(first));
      for (let at = first; node >= 0; ) {
        for (let k = node < head.length ? (head[node] as number) : -1; k >= 0; k = next[k] as number) {
          if (this.found(values[k] as number, first, at, visit)) return true;
        }
        at = links[at] as number;
        if (at < 0) break;
        node = this.trie.childBeforePacking(node, this.idAt(at));
      }
      return false;
    }
    const { slots, payloads } = edges;
    let edge = findEdge(edges, 0, this.idAt(first));
    for (let at = first; edge >= 0; ) {
      // The only payload is in the slot; a list of several is read from its head.
      let p = slots[edge + 5] as number;
      let k = -1;
      if (p === -2) {
        k = slots[edge + 2] as number;
        p = payloads[2 * k] as number;
      }
      while (p >= 0) {
        if (this.found(p, first, at, visit)) return true;
        if (k < 0) break;
        k = payloads[2 * k + 1] as number;
        p = k < 0 ? -1 : (payloads[2 * k] as number);
      }
      at = links[at] as number;
      if (at < 0) break;
      edge = findEdgeBelow(edges, edge, this.idAt(at));
    }
    return false;
  }

  /** Double the arrays, keeping the sites (the scratch keeps the grown ones for the next pass). */
  private grow(): void {
    const grown = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.member_ = grown(this.member_);
    this.first_ = grown(this.first_);
    this.last_ = grown(this.last_);
    this.scratch?.keep(SCRATCH_SITE_MEMBER, this.member_);
    this.scratch?.keep(SCRATCH_SITE_FIRST, this.first_);
    this.scratch?.keep(SCRATCH_SITE_LAST, this.last_);
  }
}

/**
 * The group sites of a chain, walked from `trie` (payloads: member indices) as far as they are read.
 * @param scratch - Reuse its arrays (the sites are then valid until the next pass takes them).
 * @returns The sites; nothing is walked yet.
 * @example
 * const sites = findGroupSites(chain, index.groupTrie);
 * sites.has(0) ? sites.memberAt(0) : 'no site'
 * @internal
 */
export function findGroupSites(chain: WordChain, trie: SyllableTrie, scratch?: PassScratch): GroupSites {
  return new LazySites(chain, trie, scratch);
}
