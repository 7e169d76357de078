/**
 * The repair pipeline over one text: normalise → tokenise → match → score → select → apply, repeated for a few
 * passes (chained spins), with every edit mapped back to the caller's input offsets.
 * @module
 */
import { normalizeWithEdits } from '../normalize.js';
import {
  DEFAULT_GROUP_WEIGHTS,
  DEFAULT_WEIGHTS,
  scoreConfidence,
  scoreGroupConfidence,
  type ConfidenceWeights,
  type GroupWeights,
} from '../score/confidence.js';
import { MIN_SITES, scoreSpin, scoreSpinDensity, type SpinSignals } from '../score/spin-score.js';
import type { LanguageModel } from '../score/lm.js';
import { modelContextAt } from '../score/lm-context.js';
import { scanTokens } from '../tokenize/08-scan.js';
import type { CompiledEntry, DespinResult, Edit, TextEdit, ToneStyle } from '../types.js';
import { applyEdits, sortEdits } from './apply-edits.js';
import { findArtifacts, type SynonymAcross } from './artifacts.js';
import { composeEdits } from './compose-edits.js';
import { foreignInsert, gluedToWord, vietnameseSentences } from './foreign.js';
import { bestGroupConfidence, findGroupCandidates, modelRatio, proposeGroupCandidate } from './group-candidates.js';
import { matchCase } from './match-case.js';
import { findMatches, type GroupSites, type RuleMatch } from './match.js';
import { releaseScratch, takeScratch, type PassScratch } from './pass-scratch.js';
import type { Proposal } from './proposal.js';
import type { RuleIndex } from './rule-index.js';
import { repassChangedLines, type PassProposals } from './repass.js';
import { selectProposals } from './select.js';
import { buildSpanIndex } from './span-index.js';
import { flattenText } from './flat-text.js';
import { findCut } from './split-text.js';
import { spinSignals, STRONG_PRIOR } from './spin-signals.js';
import { trimEdit } from './trim-edit.js';
import { toneLike } from './tone-like.js';
import { buildWordChain, type WordChain } from './word-chain.js';

/** Everything one run needs; built once by createRewriter. @internal */
export interface EngineConfig {
  readonly index: RuleIndex;
  readonly minConfidence: number;
  readonly suggestConfidence: number;
  readonly tone: ToneStyle;
  readonly normalize: boolean;
  /** The language model, fetched on first use; null to score without one. */
  readonly model: (() => LanguageModel | null) | null;
  /** Run the built-in debris rules. */
  readonly artifacts: boolean;
  /** Dictionary examples: apply every guarded match, no statistics, no thresholds. */
  readonly applyAll: boolean;
  /**
   * With applyAll, the entry whose example runs: other entries below EXAMPLE_MIN_PRIOR are not applied in it, since
   * at run time such an entry never applies on its own (the model and the spin score decide).
   */
  readonly exampleOf?: CompiledEntry;
  readonly weights?: ConfidenceWeights;
  readonly groupWeights?: GroupWeights;
  /** Receives the spin-score signals of each document (for the fitting and evaluation scripts). */
  readonly onSignals?: (signals: SpinSignals) => void;
  /**
   * Score every spinner-group site even in a long text that looks clean from its first sites (for fitting the spin
   * model on whole texts); by default such a text is taken as clean there (see findGroupCandidates).
   */
  readonly fullSpinEvidence?: boolean;
  /** Every pass reads the whole text (by default a later pass over a clean text reads the lines that changed: for tests). */
  readonly fullPasses?: boolean;
}

const MAX_PASSES = 3;
/** In a dictionary example, entries of another entry apply only from this prior up (see EngineConfig.exampleOf). */
const EXAMPLE_MIN_PRIOR = 0.5;
/**
 * Below this prior an entry is not sure on its own (ambiguous forms, and mined entries nobody read one by one): it
 * is only considered in documents that look spun. In clean text this also spares the model's scoring of them.
 */
const AMBIGUOUS_PRIOR = STRONG_PRIOR;
const AMBIGUOUS_MIN_SPIN = 0.15;
/** Spinner-group candidates are scored only in documents at least this spun without the place's own evidence. */
const GROUP_MIN_SPIN = 0.15;
/**
 * A long text whose first group sites give a spin score below this is taken as clean, and its other sites are not
 * scored: far below GROUP_MIN_SPIN and AMBIGUOUS_MIN_SPIN, so the rest of the text would have to be spun heavily to
 * change anything.
 */
const CLEAN_EARLY_SPIN = 0.02;

/** Confidence that spin-boosted debris repairs reach in a fully spun document. */
const SPIN_BOOST_CEILING = 0.95;
/** Tokens (words and the spaces between them) on each side that the model's context window covers. */
const CONTEXT_TOKENS = 4;

const NORMALIZE_RULE = 'vietnorm/normalize';

/** A proposal for a rule match: replacement in the matched case and tone style, trimmed to the words that change. */
function proposeMatch(text: string, chain: WordChain, m: RuleMatch, cfg: EngineConfig): Proposal | undefined {
  const start = chain.table.starts[m.first] as number;
  const end = chain.table.ends[m.last] as number;
  const original = text.slice(start, end);
  const entry = m.rule.entry;
  const full = toneLike(original, matchCase(original, entry.to), cfg.tone);
  if (full === original) return undefined;
  const edit = trimEdit(chain, m.first, m.last, full);
  if (edit === undefined || text.slice(edit.start, edit.end) === edit.replacement) return undefined;
  const proposal: Proposal = {
    start: edit.start,
    end: edit.end,
    replacement: edit.replacement,
    spanStart: start,
    spanEnd: end,
    ruleId: entry.id,
    category: entry.category,
    prior: entry.confidence,
    weight: m.rule.fromKeys.length,
    order: m.rule.order,
    reasons: m.guardReason === undefined ? [] : [m.guardReason],
    confidence: entry.confidence,
    scoredReasons: [],
    offset: m.rule.offset,
  };
  // The model reads every non-Vietnamese word as one class `<w>`, so its ratio for a lone English word against the
  // Vietnamese one says nothing about this place (it always prefers Vietnamese): such entries ("stress", "album")
  // go by their prior and the document's spin score. Longer forms keep the model: their own words are context.
  if (cfg.model === null || (m.rule.foreign && m.rule.fromKeys.length === 1)) return proposal;
  const { left, right } = modelContextAt(chain.table, text, m.first, m.last + 1);
  return {
    ...proposal,
    lm: { left, original: m.rule.fromKeys, replacement: m.rule.toKeys, right },
    ...(m.rule.candidateOnly ? { fromGroups: true } : {}),
  };
}

interface PassResult extends PassProposals {
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
type Known = Pick<PassResult, 'docSpin' | 'density' | 'signals' | 'families'>;

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
type Range = readonly [number, number];

function proposePass(
  text: string,
  cfg: EngineConfig,
  known: Known | undefined,
  settled: readonly Range[],
  scratch: PassScratch,
): PassResult {
  const table = scanTokens(text, scratch.table);
  scratch.table = table;
  const chain = buildWordChain(text, table, scratch);
  const matches = findMatches(chain, cfg.index, scratch);
  const model = cfg.model === null ? null : cfg.model();
  const vietnamese = vietnameseSentences(table);
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
  for (const m of matches.rules) {
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
    score(c.p, model, cfg, density);
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
      score(p, model, cfg, without, hitRate);
      proposals.push(p);
    }
  }
  const debrisStart = proposals.length;
  if (cfg.artifacts) {
    for (const a of findArtifacts(chain, synonymsAcross(matches.groups, cfg.index))) {
      score(a, model, cfg, density);
      proposals.push(a);
    }
  }
  return { proposals, groupsStart, debrisStart, docSpin, density, signals, families };
}

/**
 * The spinner-group test of the stray-period rule: a member ending right before a period and a synonym of it right
 * after. Sites are in text order of their first token, so both ends are found by binary search, with no index built.
 */
function synonymsAcross(sites: GroupSites, index: RuleIndex): SynonymAcross {
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

function score(p: Proposal, model: LanguageModel | null, cfg: EngineConfig, docSpin: number, hitRate = 0): void {
  if (cfg.applyAll) {
    p.confidence = 1;
    p.scoredReasons = [...p.reasons, 'example'];
    return;
  }
  if (p.category === 'artifact') {
    const boosted = p.spinBoost === true ? p.prior + (SPIN_BOOST_CEILING - p.prior) * docSpin : p.prior;
    p.confidence = Math.round(boosted * 1000) / 1000;
    p.scoredReasons = [`prior:${p.prior.toFixed(2)}`, ...(p.spinBoost === true ? [`doc-spin:${docSpin.toFixed(2)}`] : []), ...p.reasons];
    return;
  }
  if (p.fromGroups === true && p.lmRatio !== undefined && p.alternatives !== undefined) {
    const scored = scoreGroupConfidence(
      {
        lmRatio: p.lmRatio,
        alternatives: p.alternatives,
        docSpin,
        hitRate,
        rareEdge: p.rareEdge === true,
        lengthChange: p.lengthChange ?? 0,
        family: p.family === true,
        offset: p.offset ?? 0,
      },
      cfg.groupWeights ?? DEFAULT_GROUP_WEIGHTS,
    );
    p.confidence = scored.value;
    p.scoredReasons = [...scored.reasons, ...p.reasons, 'source:spin-groups'];
    return;
  }
  const w = p.lm;
  const lmRatio = p.lmRatio ?? (w !== undefined && model !== null ? modelRatio(model, w) : undefined);
  const scored = scoreConfidence(
    {
      prior: p.prior,
      lmRatio,
      docSpin,
      guardMet: p.reasons.some((r) => r.startsWith('guard:when')),
      family: p.family === true,
      lengthChange: w === undefined || lmRatio === undefined ? 0 : w.replacement.length - w.original.length,
      offset: p.offset ?? 0,
    },
    cfg.weights ?? DEFAULT_WEIGHTS,
  );
  p.confidence = scored.value;
  p.scoredReasons = [...scored.reasons, ...p.reasons, ...(p.fromGroups === true ? ['source:spin-groups'] : [])];
}

function toEdit(text: string, p: Proposal): Edit {
  return {
    start: p.start,
    end: p.end,
    original: text.slice(p.start, p.end),
    replacement: p.replacement,
    ruleId: p.ruleId,
    category: p.category,
    confidence: p.confidence,
    reasons: p.scoredReasons,
  };
}

function normalizationEdit(edit: TextEdit): Edit {
  const reason =
    edit.replacement === '' ? 'invisible' : edit.original.normalize('NFC') === edit.replacement ? 'nfc' : 'orthography';
  return { ...edit, ruleId: NORMALIZE_RULE, category: 'orthography', confidence: 1, reasons: [reason] };
}

function mergeInto(edit: Edit, absorbed: readonly Edit[], range: TextEdit): Edit {
  const after = absorbed.map((a) => `after:${a.ruleId}`);
  return { ...edit, ...range, reasons: after.length === 0 ? edit.reasons : [...edit.reasons, ...new Set(after)] };
}

/** Texts longer than this are repaired in pieces cut at line breaks: memory stays bounded on a 100 MB input. */
const PIECE_LENGTH = 1 << 18;

/**
 * Run the whole pipeline on one text. A long text is cut at line breaks into pieces of about PIECE_LENGTH, each
 * repaired on its own (matches never cross a line break); offsets are shifted back and the spin score is the
 * length-weighted mean of the pieces'.
 * @internal
 */
export function runEngine(input: string, cfg: EngineConfig): DespinResult {
  // Arrays shared by the passes of this call (and by calls on short texts: see pass-scratch.ts).
  const scratch = takeScratch(input.length);
  try {
    return input.length <= PIECE_LENGTH ? runPiece(input, cfg, scratch) : runPieces(input, cfg, scratch);
  } finally {
    releaseScratch(scratch);
  }
}

function runPieces(input: string, cfg: EngineConfig, scratch: PassScratch): DespinResult {
  const texts: string[] = [];
  const edits: Edit[] = [];
  const suggestions: Edit[] = [];
  let spin = 0;
  for (let start = 0; start < input.length; ) {
    const end = start + PIECE_LENGTH >= input.length ? input.length : findCut(input, start, start + PIECE_LENGTH);
    const piece = runPiece(input.slice(start, end), cfg, scratch);
    texts.push(piece.text);
    for (const e of piece.edits) edits.push({ ...e, start: e.start + start, end: e.end + start });
    for (const e of piece.suggestions) suggestions.push({ ...e, start: e.start + start, end: e.end + start });
    spin += piece.spinScore * (end - start);
    start = end;
  }
  return { text: texts.join(''), edits, suggestions, spinScore: Math.round((spin / input.length) * 1000) / 1000 };
}

function runPiece(given: string, cfg: EngineConfig, scratch: PassScratch): DespinResult {
  // The same characters, read faster (see flat-text.ts): offsets and results do not change.
  const input = flattenText(given);
  const normalized = cfg.normalize ? normalizeWithEdits(input, { tone: cfg.tone }) : { text: input, edits: [] };
  let text = normalized.text;
  let edits: Edit[] = sortEdits(normalized.edits.map(normalizationEdit));
  let first: Known | undefined;
  let suggestions: Edit[] = [];
  let previous: { text: string; result: PassResult; applied: Edit[] } | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result =
      (previous !== undefined && first !== undefined ? repass(previous, text, first, cfg, scratch) : undefined) ??
      proposePass(text, cfg, first, writtenRanges(edits), scratch);
    first ??= { docSpin: result.docSpin, density: result.density, signals: result.signals, families: result.families };
    // Edits sure enough to apply are chosen first, so a longer but uncertain match never shadows them; suggestions
    // fill the places left free.
    const sure = selectProposals(result.proposals.filter((p) => cfg.applyAll || p.confidence >= cfg.minConfidence));
    const taken = buildSpanIndex(sure.length, (i) => (sure[i] as Proposal).spanStart, (i) => (sure[i] as Proposal).spanEnd);
    const free = (p: Proposal): boolean => !taken.overlaps(p.spanStart, p.spanEnd);
    const unsure = cfg.applyAll
      ? []
      : selectProposals(result.proposals.filter((p) => p.confidence >= cfg.suggestConfidence && p.confidence < cfg.minConfidence && free(p)));
    const applied = sure.map((p) => toEdit(text, p));
    const suggested = unsure.map((p) => toEdit(text, p));
    // Suggestions are mapped to input offsets like edits; the base edits that come back unabsorbed are dropped.
    const base = new Set<Edit>(edits);
    suggestions = composeEdits(input, text, edits, suggested, mergeInto).filter((e) => !base.has(e));
    if (applied.length === 0) break;
    previous = { text, result, applied };
    const next = applyEdits(text, applied);
    edits = composeEdits(input, text, edits, applied, mergeInto);
    text = next;
    if (pass === MAX_PASSES - 1) suggestions = [];
  }
  // A later pass can undo an earlier one (a chain that comes back to the text as written): such edits say nothing.
  return { text, edits: edits.filter((e) => e.original !== e.replacement), suggestions, spinScore: first?.docSpin ?? 0 };
}

/**
 * A later pass over the lines the previous one changed only (see repass.ts), where that gives the same proposals as a
 * full pass: in a document too clean for spinner-group candidates (the only part of a pass that looks across a line
 * break, and the only one that reads `settled`), outside dictionary examples. Undefined: run a full pass.
 */
function repass(
  previous: { text: string; result: PassResult; applied: Edit[] },
  text: string,
  known: Known,
  cfg: EngineConfig,
  scratch: PassScratch,
): PassResult | undefined {
  if (cfg.fullPasses === true || cfg.applyAll || known.docSpin >= GROUP_MIN_SPIN) return undefined;
  const found = repassChangedLines(previous.text, previous.result, previous.applied, text, (lines) => proposePass(lines, cfg, known, [], scratch));
  return found === undefined ? undefined : { ...known, ...found };
}

/** Where the repairs made so far stand in the current text (normalisation aside). */
function writtenRanges(edits: readonly Edit[]): Range[] {
  const out: Range[] = [];
  let shift = 0;
  for (const e of edits) {
    const start = e.start + shift;
    if (e.category !== 'orthography') out.push([start, start + e.replacement.length]);
    shift += e.replacement.length - (e.end - e.start);
  }
  return out;
}
