/**
 * Combine compiled dictionaries into one matcher: a syllable trie from every spun form to the rules that repair it.
 * Built once per set of dictionaries (createRewriter keeps it) and never while matching.
 * @module
 */
import { SyllableTrie } from '../dictionary/syllable-trie.js';
import { isSyllable } from '../syllable.js';
import type { CompiledEntry, Dictionary } from '../types.js';
import { syllableKey } from '../unicode/tone.js';

/** One way to repair one spun form. @internal */
export interface Rule {
  readonly entry: CompiledEntry;
  /** Keys of the spun form this rule matches. */
  readonly fromKeys: readonly string[];
  /** Keys of the replacement, for the language model. */
  readonly toKeys: readonly string[];
  /** The spun form contains words that are not Vietnamese syllables (English words, shorthand like "ko"). */
  readonly foreign: boolean;
  /** Position in dictionary order: ties are broken by it. */
  readonly order: number;
  /** A reverse candidate from the spinner's groups: applied only where the language model strongly prefers it. */
  readonly candidateOnly: boolean;
}

/** The compiled matcher of a set of dictionaries. @internal */
export interface RuleIndex {
  readonly trie: SyllableTrie;
  readonly rules: readonly Rule[];
}

/** Split a phrase on spaces into syllable keys. @internal */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(' ')
    .filter((s) => s !== '')
    .map((s) => syllableKey(s));
}

/**
 * Build the matcher of a list of dictionaries (in priority order), plus candidate-only dictionaries (the spinner
 * groups) after them.
 * @internal
 */
export function buildRuleIndex(dictionaries: readonly Dictionary[], candidates: readonly Dictionary[] = []): RuleIndex {
  const trie = new SyllableTrie();
  const rules: Rule[] = [];
  const all = [...dictionaries.map((d) => [d, false] as const), ...candidates.map((d) => [d, true] as const)];
  for (const [dictionary, candidateOnly] of all) {
    for (const entry of dictionary.entries) {
      const toKeys = phraseKeys(entry.to);
      for (const fromKeys of entry.from) {
        const foreign = fromKeys.some((k) => !isSyllable(k));
        trie.insert(fromKeys, rules.length);
        rules.push({ entry, fromKeys, toKeys, foreign, order: rules.length, candidateOnly });
      }
    }
  }
  return { trie, rules };
}
