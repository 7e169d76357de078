/**
 * The spinner-group side of the stray-period rule (src/rules/artifacts.ts): is the word after a period a synonym of
 * the one before it?
 * @module
 */
import type { SynonymAcross } from './stray-period.js';
import type { GroupSites } from './match.js';
import type { RuleIndex } from './rule-index.js';

/**
 * The spinner-group test of the stray-period rule: a member ending right before a period and a synonym of it right
 * after. The sites of the few tokens asked about are read from the group trie (GroupSites.someAt), so a text whose
 * sites were not walked to the end (judged clean early) is not walked for this.
 * @example
 * const synonymAcross = synonymsAcross(matches.groups, index);
 * synonymAcross(lastWordBeforePeriod, firstWordAfter) //=> the synonym's last token, or -1
 * @internal
 */
export function synonymsAcross(sites: GroupSites, index: RuleIndex): SynonymAcross {
  const groups = index.groups;
  if (groups === null) return () => -1;
  return (endsAt, startsAt) => {
    let found = -1;
    /** A member starting at `startsAt` among `synonyms`: its last token goes to `found`. */
    const synonymAfter = (synonyms: readonly number[]): boolean =>
      sites.someAt(startsAt, (member, last) => {
        if (!synonyms.includes(member)) return false;
        found = last;
        return true;
      });
    // A member ending at `endsAt` starts at most MAX_MEMBER_TOKENS tokens (words and spaces) before it. The sites
    // of those few tokens are read from the trie: the pass's walk may not have come this far.
    for (let first = Math.max(0, endsAt - MAX_MEMBER_TOKENS); first <= endsAt; first++) {
      if (sites.someAt(first, (member, last) => last === endsAt && synonymAfter(groups.alternatives[member] ?? []))) return found;
    }
    return -1;
  };
}

/** Tokens a spinner-group member spans at most (its words and the spaces between them), for synonymsAcross. */
const MAX_MEMBER_TOKENS = 32;
