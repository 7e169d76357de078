/**
 * The spinner-group side of the stray-period rule (src/rules/artifacts.ts): is the word after a period a synonym of
 * the one before it?
 * @module
 */
import type { SynonymAcross } from './artifacts.js';
import type { GroupSites } from './match.js';
import type { RuleIndex } from './rule-index.js';

/**
 * The spinner-group test of the stray-period rule: a member ending right before a period and a synonym of it right
 * after. Sites are in text order of their first token, so both ends are found by binary search, with no index built.
 */
export function synonymsAcross(sites: GroupSites, index: RuleIndex): SynonymAcross {
  const groups = index.groups;
  if (groups === null || sites.count === 0) return () => -1;
  /** The first site whose first token is at least `token`. */
  const lowerBound = (token: number): number => {
    let lo = 0;
    let hi = sites.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sites.first[mid] as number) < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (endsAt, startsAt) => {
    // A member ending at `endsAt` starts at most MAX_MEMBER_TOKENS tokens (words and spaces) before it.
    for (let a = lowerBound(endsAt - MAX_MEMBER_TOKENS); a < sites.count && (sites.first[a] as number) <= endsAt; a++) {
      if (sites.last[a] !== endsAt) continue;
      const synonyms = groups.alternatives[sites.member[a] as number] ?? [];
      for (let b = lowerBound(startsAt); b < sites.count && sites.first[b] === startsAt; b++) {
        if (synonyms.includes(sites.member[b] as number)) return sites.last[b] as number;
      }
    }
    return -1;
  };
}

/** Tokens a spinner-group member spans at most (its words and the spaces between them), for synonymsAcross. */
const MAX_MEMBER_TOKENS = 32;
