/**
 * The repair pipeline over one text: normalise → tokenise → match → score → select → apply, repeated for a few
 * passes (chained spins), with every edit mapped back to the caller's input offsets. One pass is src/rules/pass.ts.
 * @module
 */
import { normalizeWithEdits } from '../normalize.js';
import type { DespinResult, Edit, TextEdit } from '../types.js';
import { applyEdits, sortEdits } from './apply-edits.js';
import { composeEdits } from './compose-edits.js';
import type { EngineConfig } from './engine-config.js';
import { flattenText } from './flat-text.js';
import { releaseScratch, takeScratch, type PassScratch } from './pass-scratch.js';
import { GROUP_MIN_SPIN, proposePass, type Known, type PassResult, type Range } from './pass.js';
import type { Proposal } from './proposal.js';
import { repassChangedLines } from './repass.js';
import { selectProposals } from './select.js';
import { buildSpanIndex } from './span-index.js';
import { findCut } from './split-text.js';

export type { EngineConfig } from './engine-config.js';

/**
 * Passes per text at most, fresh looks included. A densely spun text needs several: a synonym next to a confident
 * repair waits for the pass after it (pass.ts), and repairs uncover chained spins.
 */
const MAX_PASSES = 8;

const NORMALIZE_RULE = 'vietnorm/normalize';

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
  // The spin score of the text as given, from the very first pass.
  let spinScore: number | undefined;
  // What the first pass of the current round learnt; undefined: the next pass is a fresh look, as a new call would
  // take (its own spin score, nothing settled).
  let first: Known | undefined;
  let changedThisRound = false;
  let suggestions: Edit[] = [];
  let previous: { text: string; result: PassResult; applied: Edit[] } | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fresh = first === undefined;
    const result =
      first === undefined
        ? proposePass(text, pass === 0 ? cfg : lookAgain(cfg), undefined, pass === 0 ? writtenRanges(edits) : [], scratch)
        : ((previous !== undefined ? repass(previous, text, first, cfg, scratch) : undefined) ??
          proposePass(text, cfg, first, writtenRanges(edits), scratch));
    const known: Known = (first ??= { docSpin: result.docSpin, density: result.density, signals: result.signals, families: result.families });
    spinScore ??= result.docSpin;
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
    const offered = composeEdits(input, text, edits, suggested, mergeInto).filter((e) => !base.has(e));
    // A fresh look that changes nothing only confirms the round before it, whose suggestions still know the
    // evidence of the text as given (its spin score, the families its repairs confirmed).
    if (!(fresh && pass > 0 && applied.length === 0)) suggestions = offered;
    if (applied.length === 0) {
      if (fresh || !needsFreshLook(known, changedThisRound, cfg)) break;
      // Running despin again on the result must change nothing: look at the text afresh, as that call would.
      first = undefined;
      previous = undefined;
      changedThisRound = false;
      continue;
    }
    changedThisRound = true;
    previous = { text, result, applied };
    const next = applyEdits(text, applied);
    edits = composeEdits(input, text, edits, applied, mergeInto);
    text = next;
    if (pass === MAX_PASSES - 1) suggestions = [];
  }
  // A later pass can undo an earlier one (a chain that comes back to the text as written): such edits say nothing.
  return { text, edits: edits.filter((e) => e.original !== e.replacement), suggestions, spinScore: spinScore ?? 0 };
}

/** The configuration of a fresh look: the same, except that the caller has had the text's signals already. */
function lookAgain(cfg: EngineConfig): EngineConfig {
  if (cfg.onSignals === undefined) return cfg;
  const { onSignals: _reported, ...rest } = cfg;
  return rest;
}

/**
 * Whether a round of passes that changed the text ends with a fresh look at it. In a spun document a round
 * protects its own repairs from the synonym search (pass.ts `settled`) and keeps the first pass's spin score, so
 * a new call on the result could still find something to change; the fresh look makes that call change nothing.
 * In a document too clean for synonym repairs every pass is line by line and the score barely moves: no look.
 */
function needsFreshLook(first: Known, changed: boolean, cfg: EngineConfig): boolean {
  return changed && !cfg.applyAll && first.docSpin >= GROUP_MIN_SPIN;
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
