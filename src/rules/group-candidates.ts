/**
 * Candidates from the spinner's synonym groups, and the spin evidence they give. Every group member in the text is
 * a *site*: the language model scores the text as written against each synonym in a window of a few syllables. A
 * synonym the model strongly prefers is evidence that the document was spun (clean text has few such sites, spun
 * text many), and the best synonym of each site is a candidate repair whose confidence weighs the model's ratio
 * against how many synonyms the spinner could have picked and how spun the rest of the document looks.
 * @module
 */
import { LM_SENTENCE_END, LM_SENTENCE_START, scoreReplacement, type LanguageModel } from '../score/lm.js';
import { createModelIds, MODEL_SKIP, phraseIdsOf, type ModelIds } from '../score/lm-context.js';
import type { GroupCandidate } from './group-proposal.js';
import type { GroupSites } from './match.js';
import { SCRATCH_MODEL_IDS, type PassScratch } from './pass-scratch.js';
import type { LmWindow } from './proposal.js';
import type { RuleIndex } from './rule-index.js';
import { scoreSite, SYLLABLE_COST, type Verdict } from './score-site.js';
import { SITE_ABSENT, siteCacheOf } from './site-cache.js';
import type { WordChain } from './word-chain.js';

/** A bigram at an edge of a site seen at most this often in the training corpora makes the site "rare". */
export const GROUP_RARE_EDGE_COUNT: number = 3;
/** A site counts as spin evidence when the model prefers a synonym by this log10 ratio... */
export const GROUP_HIT_RATIO: number = 2;
/** ...and its best synonym becomes a candidate repair from this ratio up (its confidence decides the rest). */
export const GROUP_CANDIDATE_RATIO: number = 1;
/**
 * Only one-syllable sites with an edge bigram seen at most this often are scored: where both edges are common, a
 * synonym rarely wins by a factor of 100 (measured on held-out training spins: this keeps 90% of the recall at 60%
 * of the cost).
 */
export const GROUP_SCORED_EDGE_COUNT: number = 300;
/** A single site adds at most this much (log10 ratio) to the spin evidence. */
const EVIDENCE_RATIO_CAP = 6;
/** A text may be judged clean from its first sites once it has this many... */
export const EARLY_MIN_SITES: number = 320;
/** ...checked again every this many sites. */
const EARLY_CHECK_EVERY = 64;

/**
 * The spin evidence of the sites scored so far (hits, their evidence and the mixture); true stops the scoring of the
 * rest of the text, which is then taken as clean (see findGroupCandidates).
 * @internal
 */
export type CleanTest = (sites: number, hits: number, evidence: number, mixture: number) => boolean;

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
 * The smaller count of the two bigrams at a span's edges (with its neighbours in the sentence). Model ids of the
 * tokens are looked up once per pass, so the test allocates nothing.
 */
function createEdgeTest(ids: ModelIds, count: number, model: LanguageModel): { minEdgeCount(first: number, last: number): number } {
  const start = model.idOf(LM_SENTENCE_START);
  const end = model.idOf(LM_SENTENCE_END);
  const neighbour = (from: number, step: number, boundary: number): number => {
    let j = from;
    while (j >= 0 && j < count && ids.idAt(j) === SKIP) j += step;
    if (j < 0 || j >= count || ids.idAt(j) === end) return boundary;
    return ids.idAt(j);
  };
  return {
    minEdgeCount(first, last) {
      const before = model.bigramCount(neighbour(first - 1, -1, start), ids.idAt(first));
      return Math.min(before, model.bigramCount(ids.idAt(last), neighbour(last + 1, 1, end)));
    },
  };
}

/** Candidates and evidence of one pass. @internal */
export interface GroupFindings {
  candidates: GroupCandidate[];
  /** Best model ratio (capped) per span start where a synonym is preferred by at least GROUP_HIT_RATIO. */
  hitSpans: Map<number, number>;
  /** Group members scored (sites): all of them, or those before the text was judged clean. */
  sites: number;
  /** The text was judged clean after this many sites, and the rest was not scored (0: every site was scored). */
  cleanAfter: number;
  /**
   * Sum over the scored sites of log10 of how much more likely the place is if a spinner rewrote one place in five
   * (each synonym's model ratio capped; synonyms the model likes less than the text as written count as nothing)
   * than if nobody touched it: a smooth, unthresholded spin evidence.
   */
  mixture: number;
}

/** The share of group places a spinner rewrites, for the mixture evidence (DESIGN.md: about one phrase in five). */
const SPIN_RATE = 0.2;

/**
 * Score every spinner-group member of a pass, in text order. With `looksClean`, a long text whose first sites (at
 * least EARLY_MIN_SITES) already make it look clean is not scored further: its candidates would not be used (a clean
 * document gets no group repairs), and the model's look-ups are most of the cost of a run. The findings then cover
 * the sites scored. With `scratch`, the per-token model ids go in one of its arrays.
 * @internal
 */
export function findGroupCandidates(
  text: string,
  chain: WordChain,
  members: GroupSites,
  index: RuleIndex,
  model: LanguageModel,
  looksClean?: CleanTest,
  scratch?: PassScratch,
): GroupFindings {
  const { table } = chain;
  const candidates: GroupCandidate[] = [];
  const hitSpans = new Map<number, number>();
  let sites = 0;
  let mixture = 0;
  let evidence = 0;
  let cleanAfter = 0;
  const groups = index.groups;
  if (groups === null) return { candidates, hitSpans, sites, mixture, cleanAfter };
  const memberIds = phraseIdsOf(groups.keys, model);
  // Lazily: a text judged clean from its first sites needs the ids of its first tokens only.
  const modelIds = createModelIds(table, text, model, scratch?.ints(SCRATCH_MODEL_IDS, table.length), true);
  const edges = createEdgeTest(modelIds, table.length, model);
  const cache = siteCacheOf(groups.keys, model);
  const verdict: Verdict = { best: -Infinity, bestTo: -1, likelihood: 0 };
  // Sites are walked as far as they are read: a text judged clean early is never walked further.
  for (let k = 0; members.has(k); k++) {
    const member = members.memberAt(k);
    const first = members.firstAt(k);
    const last = members.lastAt(k);
    const alternatives = groups.alternatives[member] ?? [];
    if (alternatives.length === 0) continue;
    if (looksClean !== undefined && sites >= EARLY_MIN_SITES && sites % EARLY_CHECK_EVERY === 0) {
      if (looksClean(sites, hitSpans.size, evidence, mixture)) {
        cleanAfter = sites;
        break;
      }
    }
    sites++;
    const edgeCount = edges.minEdgeCount(first, last);
    // A member of several syllables is always scored: its spin can sit inside it ("có thể khi là" for "có thể là")
    // where both edges look fluent.
    if (edgeCount > GROUP_SCORED_EDGE_COUNT && first === last) continue;
    // The same window as modelRatio scores, by ids: the text as written is scored once for all its synonyms. A
    // site seen before (same member, same two keys on each side) has the same verdict.
    const { left: leftIds, right: rightIds } = modelIds.contextIds(first, last + 1);
    const key = cache.key;
    key[0] = leftIds.length === 2 ? (leftIds[0] as number) : SITE_ABSENT;
    key[1] = leftIds[leftIds.length - 1] as number;
    key[2] = member;
    key[3] = rightIds[0] as number;
    key[4] = rightIds.length === 2 ? (rightIds[1] as number) : SITE_ABSENT;
    key[5] = edgeCount;
    let slot = cache.find();
    if (slot < 0) {
      slot = -1 - slot;
      scoreSite(model, memberIds, alternatives, member, leftIds, rightIds, edgeCount, verdict);
      cache.store(slot, verdict.best, verdict.bestTo, verdict.likelihood);
    }
    const best = cache.bestOf(slot);
    const bestTo = cache.bestToOf(slot);
    const likelihood = cache.likelihoodOf(slot);
    const siteMixture = Math.log10(1 - SPIN_RATE + (SPIN_RATE / alternatives.length) * likelihood);
    mixture += siteMixture;
    if (bestTo < 0) continue;
    if (best >= GROUP_HIT_RATIO) {
      const before = hitSpans.get(first) ?? 0;
      const now = Math.max(before, Math.min(best, EVIDENCE_RATIO_CAP));
      evidence += now - before;
      hitSpans.set(first, now);
    }
    if (best < GROUP_CANDIDATE_RATIO) continue;
    candidates.push({
      first,
      last,
      member,
      to: bestTo,
      lmRatio: best,
      alternatives: alternatives.length,
      rareEdge: edgeCount <= GROUP_RARE_EDGE_COUNT,
      lengthChange: (groups.keys[bestTo] as readonly string[]).length - (groups.keys[member] as readonly string[]).length,
      mixture: siteMixture,
    });
  }
  return { candidates, hitSpans, sites, mixture, cleanAfter };
}
