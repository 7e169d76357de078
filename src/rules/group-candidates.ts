/**
 * Candidates from the spinner's synonym groups, and the spin evidence they give: where a group member stands at a
 * locally unusual place (a rare edge bigram), each synonym is scored by the language model; a strong preference is
 * evidence of spin, and at the rarest places also a candidate repair.
 * @module
 */
import { LM_SENTENCE_END, LM_SENTENCE_START, scoreReplacement, type LanguageModel } from '../score/lm.js';
import { scoreWindowRatio } from '../score/lm-core.js';
import { createModelIds, MODEL_SKIP, phraseIdsOf } from '../score/lm-context.js';
import type { Match, RuleMatch } from './match.js';
import type { LmWindow, Proposal } from './proposal.js';
import { groupRule, type RuleIndex } from './rule-index.js';
import type { WordChain } from './word-chain.js';

/**
 * Spinner-group candidates are proposed only where the text as written is locally unusual (a bigram at an edge of
 * the span seen at most this often in the training corpora)...
 */
export const GROUP_MAX_EDGE_COUNT: number = 3;
/**
 * ...while the spin score takes evidence from a wider net: places whose edge bigram is merely uncommon, where the
 * model still prefers a synonym by GROUP_MIN_RATIO. Clean text has few such places; spun text has many.
 */
const EVIDENCE_MAX_EDGE_COUNT = 30;
/** A single place adds at most this much (log10 ratio) to the spin evidence. */
const EVIDENCE_RATIO_CAP = 6;
/** ...kept only when the model prefers the replacement by this log10 ratio... */
export const GROUP_MIN_RATIO: number = 2;
/** ...and proposed only in documents at least this spun. */
export const GROUP_MIN_SPIN: number = 0.9;
/** Average log10 cost of one syllable of fluent text under the model (mean over clean news). */
const SYLLABLE_COST = 2;

/**
 * The model's log10 ratio for a replacement, corrected for length: a sum of log-probabilities favours shorter
 * text, so each syllable the replacement lacks is charged the average cost of a syllable in fluent text. Adding
 * words is never rewarded.
 * @internal
 */
export function modelRatio(model: LanguageModel, w: LmWindow): number {
  const raw = scoreReplacement(model, w.left, w.original, w.replacement, w.right);
  return raw + SYLLABLE_COST * Math.min(0, w.replacement.length - w.original.length);
}

/** Marks tokens that carry no model key (spaces, commas, symbols). */
const SKIP = MODEL_SKIP;

/**
 * Where the text as written is fluent (both bigrams at the span's edges are common), a synonym list has no
 * business rewriting it: spinner-group candidates are looked at only where an edge is unusual. Model ids of the
 * tokens are looked up once per pass, so the test allocates nothing.
 */
function createEdgeTest(ids: Int32Array, model: LanguageModel): { minEdgeCount(first: number, last: number): number } {
  const start = model.idOf(LM_SENTENCE_START);
  const end = model.idOf(LM_SENTENCE_END);
  const neighbour = (from: number, step: number, boundary: number): number => {
    let j = from;
    while (j >= 0 && j < ids.length && ids[j] === SKIP) j += step;
    if (j < 0 || j >= ids.length || ids[j] === end) return boundary;
    return ids[j] as number;
  };
  return {
    minEdgeCount(first, last) {
      const before = model.bigramCount(neighbour(first - 1, -1, start), ids[first] as number);
      if (before <= GROUP_MAX_EDGE_COUNT) return before;
      return Math.min(before, model.bigramCount(ids[last] as number, neighbour(last + 1, 1, end)));
    },
  };
}

/** Candidates and evidence of one pass. @internal */
export interface GroupFindings {
  /** Candidate repairs with their word-token span. */
  candidates: { p: Proposal; first: number; last: number }[];
  /** Best model ratio (capped) per span start where a synonym is strongly preferred. */
  hitSpans: Map<number, number>;
  /** Span starts of group members with a rare edge. */
  rareSpans: Set<number>;
}

/**
 * Look at every spinner-group member of a pass. `propose` turns a rule match into a proposal (case, tone, trimming).
 * @internal
 */
export function findGroupCandidates(
  text: string,
  chain: WordChain,
  matches: readonly Match[],
  index: RuleIndex,
  model: LanguageModel,
  propose: (m: RuleMatch) => Proposal | undefined,
): GroupFindings {
  const { table } = chain;
  const groupProposals: { p: Proposal; first: number; last: number }[] = [];
  const hitSpans = new Map<number, number>();
  const rareSpans = new Set<number>();
  const groups = index.groups;
  if (groups === null) return { candidates: groupProposals, hitSpans, rareSpans };
  const memberIds = phraseIdsOf(groups.keys, model);
  const modelIds = createModelIds(table, text, model);
  const edges = createEdgeTest(modelIds.ids, model);
  for (const m of matches) {
    if (m.member === undefined) continue;
    const edgeCount = edges.minEdgeCount(m.first, m.last);
    if (edgeCount > EVIDENCE_MAX_EDGE_COUNT) continue;
    const rare = edgeCount <= GROUP_MAX_EDGE_COUNT;
    if (rare) rareSpans.add(m.first);
    // The same window as modelRatio scores, by ids: the text as written is scored once for all its synonyms.
    const { left: leftIds, right: rightIds } = modelIds.contextIds(m.first, m.last + 1);
    const leftId = leftIds[leftIds.length - 1] as number;
    const rightId = rightIds[0] as number;
    const fromIds = memberIds(m.member);
    let asWritten: number | undefined;
    for (const to of groups.alternatives[m.member] ?? []) {
      const toIds = memberIds(to);
      // A synonym that is no better joined to the words around it than the text as written cannot win a hundredfold:
      // two bigram look-ups spare the full window score for most synonyms.
      const joinBefore = model.bigramCount(leftId, toIds[0] as number);
      if (joinBefore <= edgeCount && joinBefore + model.bigramCount(toIds[toIds.length - 1] as number, rightId) <= edgeCount) continue;
      asWritten ??= model.scoreWindowIds(leftIds, fromIds, rightIds);
      const adjust = SYLLABLE_COST * Math.min(0, toIds.length - fromIds.length);
      const ratio = scoreWindowRatio(model, leftIds, toIds, rightIds, asWritten, adjust, GROUP_MIN_RATIO);
      if (ratio < GROUP_MIN_RATIO) continue;
      hitSpans.set(m.first, Math.max(hitSpans.get(m.first) ?? 0, Math.min(ratio, EVIDENCE_RATIO_CAP)));
      if (!rare) continue;
      const rule = groupRule(index, m.member, to);
      const p = propose({ rule, first: m.first, last: m.last, guardReason: undefined });
      if (p === undefined) continue;
      groupProposals.push({ p: { ...p, lmRatio: ratio }, first: m.first, last: m.last });
    }
  }
  return { candidates: groupProposals, hitSpans, rareSpans };
}
