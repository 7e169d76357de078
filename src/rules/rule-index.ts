/**
 * Combine compiled dictionaries into one matcher: syllable tries from every spun form to the rules that repair it
 * (one for the sure rules, one for the others) and from every spinner-group member to its group. Built once per set
 * of dictionaries (createRewriter keeps it) and never while matching.
 * @module
 */
import { SPIN_GROUP_PRIOR, SPIN_GROUPS_NAME, type SpinGroups } from '../dictionary/spin-groups.js';
import { slugify } from '../dictionary/slug.js';
import { SyllableTrie } from '../dictionary/syllable-trie.js';
import { entryOffsetOf } from '../score/entry-offsets.js';
import { isSyllable } from '../syllable.js';
import type { CompiledEntry, Dictionary } from '../types.js';
import { syllableKey } from '../unicode/tone.js';
import { compileGuard, type CompiledGuard, type KeyGuard } from './guards.js';
import { STRONG_PRIOR } from './spin-signals.js';

/**
 * One way to repair one spun form. What only a match needs (the replacement's keys, whether the form is foreign) is
 * worked out on first use: building the matcher of 66,000 forms stays cheap.
 * @internal
 */
export class Rule {
  #toKeys: readonly string[] | undefined;
  #foreign: boolean | undefined;
  #offset: number | undefined;
  #guards: { readonly unless: CompiledGuard | undefined; readonly when: CompiledGuard | undefined } | undefined;

  constructor(
    readonly entry: CompiledEntry,
    /** Keys of the spun form this rule matches. */
    readonly fromKeys: readonly string[],
    /** Position in dictionary order: ties are broken by it. */
    readonly order: number,
    /** A reverse candidate from the spinner's groups: applied only where the language model strongly prefers it. */
    readonly candidateOnly: boolean,
    toKeys?: readonly string[],
  ) {
    this.#toKeys = toKeys;
  }

  /** Keys of the replacement, for the language model. */
  get toKeys(): readonly string[] {
    this.#toKeys ??= phraseKeys(this.entry.to);
    return this.#toKeys;
  }

  /** The spun form contains words that are not Vietnamese syllables (English words, shorthand like "ko"). */
  get foreign(): boolean {
    this.#foreign ??= this.fromKeys.some((k) => !isSyllable(k));
    return this.#foreign;
  }

  /** The entry's `unless` and `when` guards, indexed for matching (guards.ts). */
  get guards(): { readonly unless: CompiledGuard | undefined; readonly when: CompiledGuard | undefined } {
    if (this.#guards === undefined) {
      const { unless, when } = this.entry as { unless?: KeyGuard; when?: KeyGuard };
      this.#guards = {
        unless: unless === undefined ? undefined : compileGuard(unless),
        when: when === undefined ? undefined : compileGuard(when),
      };
    }
    return this.#guards;
  }

  /** The entry's fitted log-odds offset (src/score/entry-offsets.ts), 0 when it has none. */
  get offset(): number {
    this.#offset ??= entryOffsetOf(this.entry);
    return this.#offset;
  }
}

/** The compiled matcher of a set of dictionaries. @internal */
export interface RuleIndex {
  /** The forms of the rules with a prior of STRONG_PRIOR or more (payload: index in `rules`). */
  readonly trie: SyllableTrie;
  /**
   * The forms of the other rules. A document that does not look spun drops their matches (src/rules/pass.ts), so a
   * pass walks this trie, by far the larger, only when it wants them (see {@link findMatches}).
   */
  readonly weakTrie: SyllableTrie;
  /** The spinner groups' members (payload: member index); empty without groups. */
  readonly groupTrie: SyllableTrie;
  readonly rules: readonly Rule[];
  /** Spinner groups whose members are in `groupTrie`, or null. */
  readonly groups: SpinGroups | null;
  /** Rules made on demand from the groups, by `from * 65536 + to`. */
  readonly groupRules: Map<number, Rule>;
  /** Keys of one-word shorthand forms (teencode entries: "ck", "vk", "ko"). */
  readonly shorthand: ReadonlySet<string>;
}

/** The rule repairing group member `from` into member `to`, made once on first use. @internal */
export function groupRule(index: RuleIndex, from: number, to: number): Rule {
  const id = from * 65536 + to;
  let rule = index.groupRules.get(id);
  if (rule === undefined) {
    const groups = index.groups as SpinGroups;
    const fromKeys = groups.keys[from] as readonly string[];
    const toText = groups.members[to] as string;
    const entry: CompiledEntry = {
      id: `${SPIN_GROUPS_NAME}/${slugify(groups.members[from] as string)}--${slugify(toText)}`,
      from: [fromKeys],
      to: toText,
      category: 'spin',
      confidence: SPIN_GROUP_PRIOR,
      examples: [],
    };
    rule = new Rule(entry, fromKeys, index.rules.length + id, true, groups.keys[to] as readonly string[]);
    index.groupRules.set(id, rule);
  }
  return rule;
}

/** Split a phrase on spaces into syllable keys. @internal */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(' ')
    .filter((s) => s !== '')
    .map((s) => syllableKey(s));
}

/**
 * Build the matcher of a list of dictionaries (in priority order), plus the spinner groups' members.
 * @internal
 */
export function buildRuleIndex(dictionaries: readonly Dictionary[], groups: SpinGroups | null = null): RuleIndex {
  // Every syllable after the first of a form can add an edge below the root: size the tries' edge tables for that.
  const strong = (entry: CompiledEntry): boolean => entry.confidence >= STRONG_PRIOR;
  let edges = 0;
  let weakEdges = 0;
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      for (const keys of entry.from) {
        if (strong(entry)) edges += keys.length - 1;
        else weakEdges += keys.length - 1;
      }
    }
  }
  let groupEdges = 0;
  for (const keys of groups?.keys ?? []) groupEdges += keys.length - 1;
  const trie = new SyllableTrie(edges);
  const weakTrie = new SyllableTrie(weakEdges);
  const groupTrie = new SyllableTrie(groupEdges);
  const rules: Rule[] = [];
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      for (const fromKeys of entry.from) {
        (strong(entry) ? trie : weakTrie).insert(fromKeys, rules.length);
        rules.push(new Rule(entry, fromKeys, rules.length, false));
      }
    }
  }
  groups?.keys.forEach((keys, member) => groupTrie.insert(keys, member));
  const shorthand = new Set<string>();
  for (const r of rules) if (r.entry.category === 'teencode' && r.fromKeys.length === 1) shorthand.add(r.fromKeys[0] as string);
  return { trie, weakTrie, groupTrie, rules, groups, groupRules: new Map(), shorthand };
}
