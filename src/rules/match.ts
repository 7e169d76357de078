/**
 * Find every dictionary candidate in one left-to-right pass: from each word, walk the syllable trie along linked
 * words; every rule ending on the way is a candidate (all lengths). Guards are checked here too, so a blocked
 * candidate never reaches scoring.
 * @module
 */
import { GROUP_PAYLOAD, type Rule, type RuleIndex } from './rule-index.js';
import { KIND_NEWLINE, KIND_NUMBER, KIND_PUNCTUATION, KIND_SPACE } from '../tokenize/token-table.js';
import { SCRATCH_KEY_IDS, SCRATCH_SITE_FIRST, SCRATCH_SITE_LAST, SCRATCH_SITE_MEMBER, type PassScratch } from './pass-scratch.js';
import { isWordAt, phraseAfter, phraseBefore, type WordChain } from './word-chain.js';

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

type KeyGuard = { readonly prev?: readonly (readonly string[])[]; readonly next?: readonly (readonly string[])[] };

/** Guard phrase `<num>`: a number right beside the match (one space between, same sentence). */
const NUMBER_GUARD = '<num>';
/** Guard phrase `<s>` (in `prev`): the match starts a sentence or a line. */
const START_GUARD = '<s>';
/** Guard phrase `<,>`: a comma right beside the match ("Hình như," opening a sentence). */
const COMMA_GUARD = '<,>';

function commaBeside(chain: WordChain, at: number, step: 1 | -1): boolean {
  const { table, text } = chain;
  let i = at + step;
  while (i >= 0 && i < table.length && table.kinds[i] === KIND_SPACE) i += step;
  if (i < 0 || i >= table.length || table.kinds[i] !== KIND_PUNCTUATION) return false;
  const start = table.starts[i] as number;
  return (table.ends[i] as number) - start === 1 && text.charCodeAt(start) === 0x2c;
}

function isSingleSpaceAt(chain: WordChain, i: number): boolean {
  const { table, text } = chain;
  return table.kinds[i] === KIND_SPACE && (table.ends[i] as number) - (table.starts[i] as number) === 1 && text[table.starts[i] as number] === ' ';
}

function numberBeside(chain: WordChain, at: number, step: 1 | -1): boolean {
  const { table } = chain;
  const n = at + 2 * step;
  return isSingleSpaceAt(chain, at + step) && table.kinds[n] === KIND_NUMBER && table.sentences[n] === table.sentences[at];
}

function startsSentence(chain: WordChain, first: number): boolean {
  const { table, text } = chain;
  let i = first - 1;
  while (i >= 0 && table.kinds[i] === KIND_SPACE) i--;
  if (i < 0 || table.kinds[i] === KIND_NEWLINE) return true;
  if (table.kinds[i] !== KIND_PUNCTUATION) return false;
  const c = text.charCodeAt((table.ends[i] as number) - 1);
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3a || c === 0x2026; // . ? ! : …
}

function phraseBeside(chain: WordChain, first: number, last: number, phrase: readonly string[], side: 'prev' | 'next'): boolean {
  if (phrase.length === 1 && phrase[0] === NUMBER_GUARD) return side === 'prev' ? numberBeside(chain, first, -1) : numberBeside(chain, last, 1);
  if (phrase.length === 1 && phrase[0] === START_GUARD) return side === 'prev' && startsSentence(chain, first);
  if (phrase.length === 1 && phrase[0] === COMMA_GUARD) return side === 'prev' ? commaBeside(chain, first, -1) : commaBeside(chain, last, 1);
  return side === 'prev' ? phraseBefore(chain, first, phrase) : phraseAfter(chain, last, phrase);
}

function guardHit(chain: WordChain, first: number, last: number, guard: KeyGuard): 'prev' | 'next' | undefined {
  if (guard.prev?.some((p) => phraseBeside(chain, first, last, p, 'prev'))) return 'prev';
  if (guard.next?.some((p) => phraseBeside(chain, first, last, p, 'next'))) return 'next';
  return undefined;
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
  for (let i = 0; i < n; i++) {
    if (isWordAt(table, i)) ids[i] = trie.keyIdOfRun(table.keys[i] as string, table.runIds[i] as number);
  }
  const { head, next, values } = trie.payloadLists();
  for (let first = 0; first < n; first++) {
    if (ids[first] === -1) continue;
    let node = 0;
    let at = first;
    while (at >= 0) {
      node = trie.child(node, ids[at] as number);
      if (node < 0) break;
      for (let k = node < head.length ? (head[node] as number) : -1; k >= 0; k = next[k] as number) {
        const p = values[k] as number;
        if (p >= GROUP_PAYLOAD) {
          sites.push(p - GROUP_PAYLOAD, first, at);
          continue;
        }
        const rule = rules[p] as Rule;
        const match = checkGuards(chain, rule, first, at);
        if (match !== undefined) out.push(match);
      }
      at = chain.next[at] as number;
    }
  }
  return { rules: out, groups: sites };
}

function checkGuards(chain: WordChain, rule: Rule, first: number, last: number): RuleMatch | undefined {
  const { unless, when } = rule.entry as { unless?: KeyGuard; when?: KeyGuard };
  if (unless !== undefined && guardHit(chain, first, last, unless) !== undefined) return undefined;
  let guardReason: string | undefined;
  if (when !== undefined) {
    const hit = guardHit(chain, first, last, when);
    if (hit === undefined) return undefined;
    guardReason = `guard:when.${hit}`;
  }
  return { rule, first, last, guardReason };
}

