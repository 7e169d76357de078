/**
 * One pass of the repair pipeline over a text: tokenise, match the rules and the spinner's groups, judge the
 * document's spin, and score every proposal (src/rules/engine.ts runs the passes and applies their choices).
 * @module
 */
import { scoreSpin, scoreSpinDensity, MIN_SITES, type SpinSignals } from '../score/spin-score.js';
import { DEFAULT_GROUP_WEIGHTS } from '../score/confidence.js';
import { scanTokens } from '../tokenize/08-scan.js';
import { findArtifacts } from './artifacts.js';
import type { EngineConfig } from './engine-config.js';
import { findVietnameseSentences, foreignInsert, gluedToWord } from './foreign.js';
import { findGroupCandidates } from './group-candidates.js';
import { bestGroupConfidence, proposeGroupCandidate } from './group-proposal.js';
import { addWeakMatches, findMatches } from './match.js';
import type { PassScratch } from './pass-scratch.js';
import { proposeMatch } from './propose-match.js';
import type { Proposal } from './proposal.js';
import type { PassProposals } from './repass.js';
import { scoreProposal } from './score-proposal.js';
import { buildSpanIndex } from './span-index.js';
import { spinSignals, STRONG_PRIOR } from './spin-signals.js';
import { synonymsAcross } from './synonyms-across.js';
import { buildWordChain } from './word-chain.js';

/** In a dictionary example, entries of another entry apply only from this prior up (see EngineConfig.exampleOf). */
const EXAMPLE_MIN_PRIOR = 0.5;
/**
 * Below this prior an entry is not sure on its own (ambiguous forms, and mined entries nobody read one by one): it
 * is only considered in documents that look spun. In clean text this also spares the model's scoring of them, and
 * the matching: the rule index keeps the entries below STRONG_PRIOR in a trie of their own (`weakTrie`), walked
 * only in documents that look spun, so this must stay STRONG_PRIOR.
 */
const AMBIGUOUS_PRIOR = STRONG_PRIOR;
const AMBIGUOUS_MIN_SPIN = 0.15;
/** Spinner-group candidates are scored only in documents at least this spun without the place's own evidence. */
export const GROUP_MIN_SPIN: number = 0.15;
/**
 * A long text whose first group sites give a spin score below this is taken as clean, and its other sites are not
 * scored: far below GROUP_MIN_SPIN and AMBIGUOUS_MIN_SPIN, so the rest of the text would have to be spun heavily to
 * change anything.
 */
const CLEAN_EARLY_SPIN = 0.02;

/** Tokens (words and the spaces between them) on each side that the model's context window covers. */
const CONTEXT_TOKENS = 4;

/** What a pass proposes, and what it learnt of the document. @internal */
export interface PassResult extends PassProposals {
  proposals: Proposal[];
  /** The document's spin score (is it spun at all: gates what is scored, and is reported). */
  docSpin: number;
  /** How densely it looks spun (the confidence models' `doc-spin` feature). */
  density: number;
  /** The spin-score signals of the text as given (the first pass's): later passes read a partly repaired text. */
  signals: SpinSignals;
  /** Substitutions confirmed by never-legitimate forms in the text as given. */
  families: Set<string>;
}

/** What the document's first pass knew, kept for the later passes. */
export type Known = Pick<PassResult, 'docSpin' | 'density' | 'signals' | 'families'>;

/** The substitution a proposal makes, "original→replacement" in lowercase (as edited: trimmed to what changes). */
function familyOf(text: string, p: Proposal): string {
  return `${text.slice(p.start, p.end).toLowerCase()}→${p.replacement.toLowerCase()}`;
}

/** A curated rule's proposal and its word-token span. */
interface Curated {
  p: Proposal;
  first: number;
  last: number;
}

/** A character range of the current text that an earlier pass wrote: statistics don't rewrite our own output. */
export type Range = readonly [number, number];

/**
 * One pass over `text`; `known` is what the first pass learnt (undefined in the first pass), `settled` the ranges
 * that earlier passes wrote.
 * @internal
 */
export function proposePass(
  text: string,
  cfg: EngineConfig,
  known: Known | undefined,
  settled: readonly Range[],
  scratch: PassScratch,
): PassResult {
  const table = scanTokens(text, scratch.table);
  scratch.table = table;
  const chain = buildWordChain(text, table, scratch);
  // The rules below AMBIGUOUS_PRIOR are matched only once the document's spin says they may apply (see below).
  const matches = findMatches(chain, cfg.index, scratch, false);
  const model = cfg.model === null ? null : cfg.model();
  const vietnamese = findVietnameseSentences(table);
  const base = spinSignals(chain, matches.rules, vietnamese);
  // Spinner-group candidates first: the model's verdict on them is also evidence of spin for the whole document.
  // Later passes keep the first pass's spin score: in a document too clean for group repairs they need no scoring.
  const wanted = !cfg.applyAll && (known === undefined || known.docSpin >= GROUP_MIN_SPIN);
  const looksClean =
    known === undefined && cfg.fullSpinEvidence !== true
      ? (sites: number, hits: number, evidence: number, mixture: number) =>
          scoreSpin({ ...base, groupSites: sites, groupHits: hits, groupEvidence: evidence, groupMixture: mixture }) < CLEAN_EARLY_SPIN
      : undefined;
  const found =
    model !== null && wanted
      ? findGroupCandidates(text, chain, matches.groups, cfg.index, model, looksClean, scratch)
      : { candidates: [], hitSpans: new Map<number, number>(), sites: 0, mixture: 0 };
  const { hitSpans } = found;
  let evidence = 0;
  for (const r of hitSpans.values()) evidence += r;
  const passSignals: SpinSignals = { ...base, groupHits: hitSpans.size, groupEvidence: evidence, groupSites: found.sites, groupMixture: found.mixture };
  if (known === undefined) cfg.onSignals?.(passSignals);
  // The document's spin is a property of the text as given: later passes keep the first pass's evidence.
  const signals = known?.signals ?? passSignals;
  const docSpin = known?.docSpin ?? scoreSpin(signals);
  const density = known?.density ?? scoreSpinDensity(signals);
  const curated: Curated[] = [];
  const wantWeak = cfg.applyAll || docSpin >= AMBIGUOUS_MIN_SPIN;
  for (const m of wantWeak ? addWeakMatches(chain, cfg.index, matches.rules) : matches.rules) {
    if (gluedToWord(chain, m)) continue;
    if (m.rule.foreign && !foreignInsert(chain, cfg.index, m, vietnamese)) continue;
    if (!cfg.applyAll && m.rule.entry.confidence < AMBIGUOUS_PRIOR && docSpin < AMBIGUOUS_MIN_SPIN) continue;
    if (cfg.exampleOf !== undefined && m.rule.entry !== cfg.exampleOf && m.rule.entry.confidence < EXAMPLE_MIN_PRIOR) continue;
    const p = proposeMatch(text, chain, m, cfg);
    if (p !== undefined) curated.push({ p, first: m.first, last: m.last });
  }
  const families =
    known?.families ??
    new Set(curated.filter((c) => c.p.prior >= STRONG_PRIOR && c.p.category === 'spin').map((c) => familyOf(text, c.p)));
  for (const c of curated) {
    if (c.p.prior < STRONG_PRIOR && families.has(familyOf(text, c.p))) c.p = { ...c.p, family: true };
    scoreProposal(c.p, model, cfg, density);
  }
  const proposals = curated.map((c) => c.p);
  const groupsStart = proposals.length;
  if (docSpin >= GROUP_MIN_SPIN) {
    // A synonym judged in a context that a confident repair is about to change waits for the next pass; one that
    // would rewrite what an earlier pass wrote is dropped.
    const firm = curated.filter((c) => c.p.confidence >= cfg.minConfidence);
    // Near a firm repair: some firm c with c.first <= g.last + CONTEXT_TOKENS and c.last >= g.first - CONTEXT_TOKENS.
    const nearFirm = buildSpanIndex(firm.length, (i) => (firm[i] as Curated).first, (i) => (firm[i] as Curated).last);
    const written = buildSpanIndex(settled.length, (i) => (settled[i] as Range)[0], (i) => (settled[i] as Range)[1]);
    for (const g of found.candidates) {
      // The document must look spun without this place's own evidence: a rare but legitimate phrase ("hò hẹn")
      // would otherwise vouch for its own rewrite.
      const own = hitSpans.get(g.first);
      const loo = {
        ...signals,
        groupMixture: signals.groupMixture - g.mixture,
        ...(own === undefined ? {} : { groupHits: Math.max(0, signals.groupHits - 1), groupEvidence: Math.max(0, signals.groupEvidence - own) }),
      };
      if (Math.min(docSpin, scoreSpin(loo)) < GROUP_MIN_SPIN) continue;
      const without = Math.min(density, scoreSpinDensity(loo));
      const hitRate = loo.groupHits / Math.max(loo.groupSites, MIN_SITES);
      if (nearFirm.overlaps(g.first - CONTEXT_TOKENS - 1, g.last + CONTEXT_TOKENS + 1)) continue;
      // Most candidates of a spun-looking document are too weak to be applied or suggested: their proposal (case,
      // tone, trimming) is not built.
      const atMost = bestGroupConfidence(cfg.index, g, without, hitRate, cfg.groupWeights ?? DEFAULT_GROUP_WEIGHTS);
      if (atMost !== undefined && atMost < cfg.minConfidence && atMost < cfg.suggestConfidence) continue;
      const gp = proposeGroupCandidate(cfg.index, g, (m) => proposeMatch(text, chain, m, cfg));
      if (gp === undefined || written.overlaps(gp.start, gp.end)) continue;
      const p = families.has(familyOf(text, gp)) ? { ...gp, family: true } : gp;
      scoreProposal(p, model, cfg, without, hitRate);
      proposals.push(p);
    }
  }
  const debrisStart = proposals.length;
  if (cfg.artifacts) {
    for (const a of findArtifacts(chain, synonymsAcross(matches.groups, cfg.index))) {
      scoreProposal(a, model, cfg, density);
      proposals.push(a);
    }
  }
  return { proposals, groupsStart, debrisStart, docSpin, density, signals, families };
}
