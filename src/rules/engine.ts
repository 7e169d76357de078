/**
 * The repair pipeline over one text: normalise → tokenise → match → score → select → apply, repeated for a few
 * passes (chained spins), with every edit mapped back to the caller's input offsets.
 * @module
 */
import { normalizeWithEdits } from '../normalize.js';
import { scoreConfidence, type ConfidenceWeights, DEFAULT_WEIGHTS } from '../score/confidence.js';
import { scoreSpin, type SpinSignals } from '../score/spin-score.js';
import { scanTokens } from '../tokenize/08-scan.js';
import { KIND_PUNCTUATION, KIND_SYLLABLE, KIND_WORD, type TokenTable } from '../tokenize/token-table.js';
import type { DespinResult, Edit, TextEdit, ToneStyle } from '../types.js';
import { placeTone } from '../unicode/tone.js';
import { applyEdits, sortEdits } from './apply-edits.js';
import { findArtifacts } from './artifacts.js';
import { composeEdits } from './compose-edits.js';
import { matchCase } from './match-case.js';
import { findMatches, type Match, type RuleMatch } from './match.js';
import type { LmWindow, Proposal } from './proposal.js';
import { groupRule, type RuleIndex } from './rule-index.js';
import { selectProposals } from './select.js';
import { findCut } from './split-text.js';
import { trimEdit } from './trim-edit.js';
import { LM_SENTENCE_END, LM_SENTENCE_START, scoreReplacement, type LanguageModel } from '../score/lm.js';
import { modelContextAt, modelKeyAt } from '../score/lm-context.js';
import { buildWordChain, tokenText, type WordChain } from './word-chain.js';

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
  readonly weights?: ConfidenceWeights;
  /** Receives the spin-score signals of each document (for the fitting and evaluation scripts). */
  readonly onSignals?: (signals: SpinSignals) => void;
}

const MAX_PASSES = 3;
/** Priors from here up mark forms that (nearly) never occur in clean text: they drive the spin score. */
const STRONG_PRIOR = 0.9;
/**
 * Below this prior an entry is not sure on its own (ambiguous forms, and mined entries nobody read one by one): it
 * is only considered in documents that look spun. In clean text this also spares the model's scoring of them.
 */
const AMBIGUOUS_PRIOR = STRONG_PRIOR;
const AMBIGUOUS_MIN_SPIN = 0.15;

/**
 * Spinner-group candidates are proposed only where the text as written is locally unusual (a bigram at an edge of
 * the span seen at most this often in the training corpora)...
 */
const GROUP_MAX_EDGE_COUNT = 3;
/**
 * ...while the spin score takes evidence from a wider net: places whose edge bigram is merely uncommon, where the
 * model still prefers a synonym by GROUP_MIN_RATIO. Clean text has few such places; spun text has many.
 */
const EVIDENCE_MAX_EDGE_COUNT = 30;
/** A single place adds at most this much (log10 ratio) to the spin evidence. */
const EVIDENCE_RATIO_CAP = 6;
/** ...kept only when the model prefers the replacement by this log10 ratio... */
const GROUP_MIN_RATIO = 2;
/** ...and proposed only in documents at least this spun. */
const GROUP_MIN_SPIN = 0.9;
/** Confidence that spin-boosted debris repairs reach in a fully spun document. */
const SPIN_BOOST_CEILING = 0.95;
/** Tokens (words and the spaces between them) on each side that the model's context window covers. */
const CONTEXT_TOKENS = 4;
/** Average log10 cost of one syllable of fluent text under the model (mean over clean news). */
const SYLLABLE_COST = 2;

const NORMALIZE_RULE = 'vietnorm/normalize';

/** Both tone styles of a replacement text, cached (replacements come from a fixed set of dictionary entries). */
const styled = new Map<string, readonly [string, string]>();

function toneLike(original: string, replacement: string, tone: ToneStyle): string {
  let both = styled.get(replacement);
  if (both === undefined) {
    const words = replacement.split(' ');
    both = [words.map((w) => placeTone(w, 'old')).join(' '), words.map((w) => placeTone(w, 'new')).join(' ')];
    if (styled.size > 50_000) styled.clear();
    styled.set(replacement, both);
  }
  if (both[0] === both[1]) return replacement; // no syllable whose style could differ
  const style = tone !== 'keep' ? tone : detectStyle(original);
  return style === undefined ? replacement : style === 'old' ? both[0] : both[1];
}

function detectStyle(text: string): 'old' | 'new' | undefined {
  for (const word of text.split(' ')) {
    const asOld = placeTone(word, 'old');
    const asNew = placeTone(word, 'new');
    if (asOld !== asNew) return word === asOld ? 'old' : word === asNew ? 'new' : undefined;
  }
  return undefined;
}

function hasNonAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Share of marked Vietnamese syllables per sentence: entries made of foreign words apply only in Vietnamese. */
function vietnameseSentences(table: TokenTable): Set<number> {
  const all = new Map<number, number>();
  const marked = new Map<number, number>();
  for (let i = 0; i < table.length; i++) {
    const kind = table.kinds[i];
    if (kind !== KIND_SYLLABLE && kind !== KIND_WORD) continue;
    const s = table.sentences[i] as number;
    all.set(s, (all.get(s) ?? 0) + 1);
    if (kind === KIND_SYLLABLE && hasNonAscii(table.keys[i] ?? '')) marked.set(s, (marked.get(s) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [s, m] of marked) if (m >= 2 && m >= (all.get(s) ?? 0) * 0.3) out.add(s);
  return out;
}

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
  };
  if (cfg.model === null) return proposal;
  const { left, right } = modelContextAt(chain.table, text, m.first, m.last + 1);
  return {
    ...proposal,
    lm: { left, original: m.rule.fromKeys, replacement: m.rule.toKeys, right },
    ...(m.rule.candidateOnly ? { fromGroups: true } : {}),
  };
}

interface PassResult {
  proposals: Proposal[];
  docSpin: number;
}

/** A hyphen glued to either end makes the match part of a longer word ("check-in", "A-level"). */
function gluedToWord(chain: WordChain, m: Match): boolean {
  const joiner = (i: number): boolean => chain.table.kinds[i] === KIND_PUNCTUATION && /^[-‐‑]$/.test(tokenText(chain, i));
  return joiner(m.first - 1) || (m.last + 1 < chain.table.length && joiner(m.last + 1));
}

/**
 * The run of foreign words right beside a match on one side (shorthand like "ck" beside "vk" is chat, not a
 * foreign language, and is skipped): how many, and whether one of them is lowercase.
 */
function foreignRun(chain: WordChain, index: RuleIndex, from: number, step: 1 | -1): { count: number; lower: boolean } {
  const links = step < 0 ? chain.prev : chain.next;
  let count = 0;
  let lower = false;
  for (let i = links[from] as number; i >= 0; i = links[i] as number) {
    if (chain.table.kinds[i] !== KIND_WORD) break;
    if (index.shorthand.has(chain.table.keys[i] ?? '')) continue;
    count++;
    const text = tokenText(chain, i);
    if (text === text.toLowerCase()) lower = true;
  }
  return { count, lower };
}

/**
 * Entries made of foreign words ("unique", "review", "ko") repair a word a spinner or a chat dropped into
 * Vietnamese: inside a Vietnamese sentence ("a unique product" is English), and lowercase unless it starts the
 * sentence before a lowercase word: a capitalised "New" or "Bank" inside a sentence is a name.
 */
function foreignInsert(chain: WordChain, index: RuleIndex, m: RuleMatch, vietnamese: Set<number>): boolean {
  const { table } = chain;
  if (!vietnamese.has(table.sentences[m.first] as number)) return false;
  const before = chain.prev[m.first] as number;
  const after = chain.next[m.last] as number;
  // Part of a foreign phrase: two or more foreign words on one side, or foreign words on both sides, with a
  // lowercase one among them ("heated tobacco product", "US News and World report"). One name or loanword beside
  // it does not count ("Ford demo nghiệm", "ôtô color bạc", "đẹp wa shop ơi").
  const left = foreignRun(chain, index, m.first, -1);
  const right = foreignRun(chain, index, m.last, 1);
  if (left.count >= 2 && left.lower) return false;
  if (right.count >= 2 && right.lower) return false;
  if (left.count >= 1 && right.count >= 1 && (left.lower || right.lower)) return false;
  for (let i = m.first; i >= 0 && i <= m.last; i = chain.next[i] as number) {
    const text = tokenText(chain, i);
    if (text === text.toLowerCase()) continue;
    const sentenceStart = i === m.first && before < 0 && table.kinds[i - 1] !== KIND_PUNCTUATION;
    const titled = text.slice(1) === text.slice(1).toLowerCase();
    const afterText = after < 0 ? undefined : tokenText(chain, after);
    const lowerNext = afterText !== undefined && afterText === afterText.toLowerCase();
    if (!(sentenceStart && titled && lowerNext)) return false;
  }
  return true;
}

/** Signals of the document spin score, gathered in the first pass. */
function spinSignals(
  chain: WordChain,
  matches: readonly Match[],
  vietnamese: Set<number>,
  group: { hits: number; evidence: number; rare: number },
): SpinSignals {
  const { table } = chain;
  let syllables = 0;
  let foreignWords = 0;
  for (let i = 0; i < table.length; i++) {
    const kind = table.kinds[i];
    if (kind === KIND_SYLLABLE) syllables++;
    else if (kind === KIND_WORD && vietnamese.has(table.sentences[i] as number) && /^[a-z]{3,}$/.test(tokenText(chain, i))) {
      foreignWords++;
    }
  }
  const strongStarts = new Set<number>();
  for (const m of matches) {
    const e = m.rule?.entry;
    if (e !== undefined && e.confidence >= STRONG_PRIOR && (e.category === 'spin' || e.category === 'teencode')) {
      strongStarts.add(m.first);
    }
  }
  return {
    syllables,
    strongMatches: strongStarts.size,
    foreignWords,
    groupHits: group.hits,
    groupEvidence: group.evidence,
    rareEdges: group.rare,
  };
}

/**
 * The model's log10 ratio for a replacement, corrected for length: a sum of log-probabilities favours shorter
 * text, so each syllable the replacement lacks is charged the average cost of a syllable in fluent text. Adding
 * words is never rewarded.
 */
function modelRatio(model: LanguageModel, w: LmWindow): number {
  const raw = scoreReplacement(model, w.left, w.original, w.replacement, w.right);
  return raw + SYLLABLE_COST * Math.min(0, w.replacement.length - w.original.length);
}

/** A character range of the current text that an earlier pass wrote: statistics don't rewrite our own output. */
type Range = readonly [number, number];

function touches(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some(([s, e]) => s < end && start < e);
}

function proposePass(text: string, cfg: EngineConfig, knownSpin: number | undefined, settled: readonly Range[]): PassResult {
  const table = scanTokens(text);
  const chain = buildWordChain(text, table);
  const matches = findMatches(chain, cfg.index);
  const model = cfg.model === null ? null : cfg.model();
  const vietnamese = vietnameseSentences(table);
  // Spinner-group candidates first: the model's verdict on them is also evidence of spin for the whole document.
  const groupProposals: { p: Proposal; first: number; last: number }[] = [];
  // Best model ratio per span start where a synonym is preferred; spans with a rare edge, for the spin score.
  const hitSpans = new Map<number, number>();
  const rareSpans = new Set<number>();
  if (model !== null && !cfg.applyAll && cfg.index.groups !== null) {
    const edges = createEdgeTest(chain, model);
    for (const m of matches) {
      if (m.member === undefined) continue;
      const edgeCount = edges.minEdgeCount(m.first, m.last);
      if (edgeCount > EVIDENCE_MAX_EDGE_COUNT) continue;
      const propose = edgeCount <= GROUP_MAX_EDGE_COUNT;
      if (propose) rareSpans.add(m.first);
      const { left, right } = modelContextAt(table, text, m.first, m.last + 1);
      const fromKeys = cfg.index.groups.keys[m.member] as readonly string[];
      const leftId = model.idOf(left[left.length - 1] as string);
      const rightId = model.idOf(right[0] as string);
      for (const to of cfg.index.groups.alternatives[m.member] ?? []) {
        const toKeys = cfg.index.groups.keys[to] as readonly string[];
        // A synonym that is no better joined to the words around it than the text as written cannot win a hundredfold:
        // two bigram look-ups spare the full window score for most synonyms.
        const joins =
          model.bigramCount(leftId, model.idOf(toKeys[0] as string)) +
          model.bigramCount(model.idOf(toKeys[toKeys.length - 1] as string), rightId);
        if (joins <= edgeCount) continue;
        const ratio = modelRatio(model, { left, original: fromKeys, replacement: toKeys, right });
        if (ratio < GROUP_MIN_RATIO) continue;
        hitSpans.set(m.first, Math.max(hitSpans.get(m.first) ?? 0, Math.min(ratio, EVIDENCE_RATIO_CAP)));
        if (!propose) continue;
        const rule = groupRule(cfg.index, m.member, to);
        const p = proposeMatch(text, chain, { rule, first: m.first, last: m.last, guardReason: undefined }, cfg);
        if (p === undefined) continue;
        groupProposals.push({ p: { ...p, lmRatio: ratio }, first: m.first, last: m.last });
      }
    }
  }
  let evidence = 0;
  for (const r of hitSpans.values()) evidence += r;
  const signals = spinSignals(chain, matches, vietnamese, { hits: hitSpans.size, evidence, rare: rareSpans.size });
  if (knownSpin === undefined) cfg.onSignals?.(signals);
  const docSpin = knownSpin ?? scoreSpin(signals);
  const curated: { p: Proposal; first: number; last: number }[] = [];
  for (const m of matches) {
    if (m.rule === undefined || gluedToWord(chain, m)) continue;
    if (m.rule.foreign && !foreignInsert(chain, cfg.index, m, vietnamese)) continue;
    if (!cfg.applyAll && m.rule.entry.confidence < AMBIGUOUS_PRIOR && docSpin < AMBIGUOUS_MIN_SPIN) continue;
    const p = proposeMatch(text, chain, m, cfg);
    if (p === undefined) continue;
    score(p, model, cfg, docSpin);
    curated.push({ p, first: m.first, last: m.last });
  }
  const proposals = curated.map((c) => c.p);
  if (docSpin >= GROUP_MIN_SPIN) {
    // A synonym judged in a context that a confident repair is about to change waits for the next pass; one that
    // would rewrite what an earlier pass wrote is dropped.
    const firm = curated.filter((c) => c.p.confidence >= cfg.minConfidence);
    for (const g of groupProposals) {
      if (touches(settled, g.p.start, g.p.end)) continue;
      // The document must look spun without this place's own evidence: a rare but legitimate phrase ("hò hẹn")
      // would otherwise vouch for its own rewrite.
      const without = scoreSpin({
        ...signals,
        groupHits: signals.groupHits - 1,
        groupEvidence: signals.groupEvidence - (hitSpans.get(g.first) ?? 0),
        rareEdges: Math.max(0, signals.rareEdges - 1),
      });
      if (without < GROUP_MIN_SPIN) continue;
      if (firm.some((c) => c.first <= g.last + CONTEXT_TOKENS && g.first <= c.last + CONTEXT_TOKENS)) continue;
      score(g.p, model, cfg, docSpin);
      proposals.push(g.p);
    }
  }
  if (cfg.artifacts) {
    for (const a of findArtifacts(chain)) {
      score(a, model, cfg, docSpin);
      proposals.push(a);
    }
  }
  return { proposals, docSpin };
}

/** Marks tokens that carry no model key (spaces, commas, symbols). */
const SKIP = -3;

/**
 * Where the text as written is fluent (both bigrams at the span's edges are common), a synonym list has no
 * business rewriting it: spinner-group candidates are looked at only where an edge is unusual. Model ids of the
 * tokens are looked up once per pass, so the test allocates nothing.
 */
function createEdgeTest(chain: WordChain, model: LanguageModel): { minEdgeCount(first: number, last: number): number } {
  const start = model.idOf(LM_SENTENCE_START);
  const end = model.idOf(LM_SENTENCE_END);
  const { table, text } = chain;
  const ids = new Int32Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const key = modelKeyAt(table, text, i);
    ids[i] = key === null ? SKIP : model.idOf(key);
  }
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

function score(p: Proposal, model: LanguageModel | null, cfg: EngineConfig, docSpin: number): void {
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
  const w = p.lm;
  const lmRatio = p.lmRatio ?? (w !== undefined && model !== null ? modelRatio(model, w) : undefined);
  const scored = scoreConfidence(
    { prior: p.prior, lmRatio, docSpin, guardMet: p.reasons.some((r) => r.startsWith('guard:when')) },
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
  if (input.length <= PIECE_LENGTH) return runPiece(input, cfg);
  const texts: string[] = [];
  const edits: Edit[] = [];
  const suggestions: Edit[] = [];
  let spin = 0;
  for (let start = 0; start < input.length; ) {
    const end = start + PIECE_LENGTH >= input.length ? input.length : findCut(input, start, start + PIECE_LENGTH);
    const piece = runPiece(input.slice(start, end), cfg);
    texts.push(piece.text);
    for (const e of piece.edits) edits.push({ ...e, start: e.start + start, end: e.end + start });
    for (const e of piece.suggestions) suggestions.push({ ...e, start: e.start + start, end: e.end + start });
    spin += piece.spinScore * (end - start);
    start = end;
  }
  return { text: texts.join(''), edits, suggestions, spinScore: Math.round((spin / input.length) * 1000) / 1000 };
}

function runPiece(input: string, cfg: EngineConfig): DespinResult {
  const normalized = cfg.normalize ? normalizeWithEdits(input, { tone: cfg.tone }) : { text: input, edits: [] };
  let text = normalized.text;
  let edits: Edit[] = sortEdits(normalized.edits.map(normalizationEdit));
  let docSpin: number | undefined;
  let suggestions: Edit[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = proposePass(text, cfg, docSpin, writtenRanges(edits));
    docSpin = result.docSpin;
    const floor = cfg.applyAll ? 0 : cfg.suggestConfidence;
    const chosen = selectProposals(result.proposals.filter((p) => p.confidence >= floor));
    const applied = chosen.filter((p) => cfg.applyAll || p.confidence >= cfg.minConfidence).map((p) => toEdit(text, p));
    const suggested = chosen.filter((p) => !cfg.applyAll && p.confidence < cfg.minConfidence).map((p) => toEdit(text, p));
    // Suggestions are mapped to input offsets like edits; the base edits that come back unabsorbed are dropped.
    const known = new Set<Edit>(edits);
    suggestions = composeEdits(input, text, edits, suggested, mergeInto).filter((e) => !known.has(e));
    if (applied.length === 0) break;
    const next = applyEdits(text, applied);
    edits = composeEdits(input, text, edits, applied, mergeInto);
    text = next;
    if (pass === MAX_PASSES - 1) suggestions = [];
  }
  // A later pass can undo an earlier one (a chain that comes back to the text as written): such edits say nothing.
  return { text, edits: edits.filter((e) => e.original !== e.replacement), suggestions, spinScore: docSpin ?? 0 };
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
