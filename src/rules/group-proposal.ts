/**
 * A candidate repair from the spinner's groups (what the group search of src/rules/group-candidates.ts finds at one
 * place), the most confidence it can reach, and its proposal.
 * @module
 */
import { scoreGroupConfidence, type GroupWeights } from '../score/confidence.js';
import type { RuleMatch } from './match.js';
import type { Proposal } from './proposal.js';
import { groupRule, type RuleIndex } from './rule-index.js';

/**
 * A candidate repair from the groups: member `member` at word tokens `first`..`last` into member `to`. It becomes
 * a proposal ({@link proposeGroupCandidate}) only in documents spun enough for it to be scored.
 * @internal
 */
export interface GroupCandidate {
  readonly first: number;
  readonly last: number;
  readonly member: number;
  readonly to: number;
  /** The model's log10 ratio for the synonym. */
  readonly lmRatio: number;
  /** How many synonyms the spinner could have written here. */
  readonly alternatives: number;
  /** A bigram at an edge of the place is rare in the training corpora. */
  readonly rareEdge: boolean;
  /** Syllables the synonym has more (positive) or fewer (negative) than the text as written. */
  readonly lengthChange: number;
  /** What this place added to the document's mixture evidence (taken out again to judge the rest of the document). */
  readonly mixture: number;
}

/**
 * The proposal of a group candidate: `propose` turns its rule match into one (case, tone, trimming), or gives
 * undefined when it changes nothing.
 * @internal
 */
export function proposeGroupCandidate(
  index: RuleIndex,
  c: GroupCandidate,
  propose: (m: RuleMatch) => Proposal | undefined,
): Proposal | undefined {
  const p = propose({ rule: groupRule(index, c.member, c.to), first: c.first, last: c.last, guardReason: undefined });
  return p === undefined
    ? undefined
    : { ...p, lmRatio: c.lmRatio, alternatives: c.alternatives, rareEdge: c.rareEdge, lengthChange: c.lengthChange };
}

/**
 * The highest confidence a group candidate can be scored with (its family confirmed when that raises it, since the
 * family is only known once its proposal is built), or undefined when its proposal is not scored as a group
 * candidate (a lone foreign word goes by its prior). Below both thresholds, a candidate needs no proposal.
 * @internal
 */
export function bestGroupConfidence(index: RuleIndex, c: GroupCandidate, docSpin: number, hitRate: number, weights: GroupWeights): number | undefined {
  const rule = groupRule(index, c.member, c.to);
  if (rule.foreign && rule.fromKeys.length === 1) return undefined;
  const evidence = {
    lmRatio: c.lmRatio,
    alternatives: c.alternatives,
    docSpin,
    hitRate,
    rareEdge: c.rareEdge,
    lengthChange: c.lengthChange,
    family: weights.family > 0,
    offset: rule.offset,
  };
  return scoreGroupConfidence(evidence, weights).value;
}
