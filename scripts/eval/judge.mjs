/**
 * Judging a system result against a gold: errors before/after (for ERR), the gold edits a token alignment
 * gives (spun → gold), which gold edits the system fixed, and whether each system edit is right.
 *
 * An edit is "right" when applying it alone moves the text toward the gold (the token distance of its line
 * or paragraph drops). A gold edit is "fixed" when the system edits touching it, applied alone, remove at
 * least its cost from that distance. An edit that changes nothing measurable where the text already matched the
 * gold is a `swap` (one accepted wording for another).
 *
 * @example
 *   deriveGoldEdits('Kết quả tiến công giá cao', 'Kết quả đánh giá cao')
 *   //=> [{ start: 8, end: 17, original: 'tiến công', replacement: 'đánh', cost: 2 }]
 */
import { compileGold } from './gold.mjs';
import { alignToGold, goldDistance } from './distance.mjs';
import { joinTokens, toTokenTexts, tokenizeForEval } from './tokens.mjs';

/**
 * Apply edits (offsets in `text`): sorted by start, overlapping ones skipped, last applied first.
 * @param {string} text
 * @param {{ start: number, end: number, replacement: string }[]} edits
 * @returns {string}
 * @example
 *   applyTextEdits('ko có', [{ start: 0, end: 2, replacement: 'không' }]) //=> 'không có'
 */
export function applyTextEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  let last = -1;
  for (const e of sorted) {
    if (e.start < last || e.start < 0 || e.end > text.length || e.end < e.start) continue;
    kept.push(e);
    last = e.end;
  }
  let out = text;
  for (let k = kept.length - 1; k >= 0; k--) out = out.slice(0, kept[k].start) + kept[k].replacement + out.slice(kept[k].end);
  return out;
}

/**
 * The edits that turn `spun` into the closest `gold` path, in UTF-16 offsets of `spun`, one per run of
 * adjacent token differences; `cost` = the number of token errors in it; `shown` (pure deletions only) is the
 * same edit widened by one token, for reports.
 * @param {string} spun
 * @param {string | ReturnType<typeof compileGold>} gold
 * @returns {{ start: number, end: number, original: string, replacement: string, cost: number }[]}
 */
export function deriveGoldEdits(spun, gold) {
  const toks = tokenizeForEval(spun);
  const { ops } = alignToGold(
    toks.map((t) => t.text.normalize('NFC')),
    gold,
  );
  const edits = [];
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    const outIdx = run.filter((o) => o.op !== 'del').map((o) => o.out);
    let start;
    let end;
    if (outIdx.length > 0) {
      start = toks[Math.min(...outIdx)].start;
      end = toks[Math.max(...outIdx)].end;
    } else {
      const before = run[0].out - 1;
      start = end = before >= 0 ? toks[before].end : 0;
    }
    const replacement = joinTokens(run.filter((o) => o.gold !== null).map((o) => o.gold));
    const edit = { start, end, original: spun.slice(start, end), replacement, cost: run.length };
    // For reports, show a pure deletion with the token after it: "bên trên → trên", not "bên → ".
    const next = toks.find((t) => t.start >= end);
    if (replacement === '' && outIdx.length > 0 && next !== undefined) {
      edit.shown = { original: spun.slice(start, next.end), replacement: next.text };
    }
    edits.push(edit);
    run = [];
  };
  for (const o of ops) {
    if (o.op === 'eq') flush();
    else run.push(o);
  }
  flush();
  return edits;
}

function lineRanges(text) {
  const ranges = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      ranges.push([start, text.length]);
      return ranges;
    }
    ranges.push([start, nl]);
    start = nl + 1;
  }
}

/**
 * Judge one document. Lines of `input` and `gold` are matched one to one when their counts agree
 * (otherwise the document is one unit).
 * @param {string} input the spun text given to the system
 * @param {string} gold the gold text (with `{a|b}` alternatives)
 * @param {{ text: string, edits: object[], suggestions?: object[] }} result the system result (offsets in `input`)
 * @returns {{ before: number, after: number, tokens: number, goldEdits: object[], judged: object[] }}
 * @example
 *   judgeDocument('ko có', 'không có', { text: 'ko có', edits: [] }).before //=> 1
 */
export function judgeDocument(input, gold, result) {
  const inLines = lineRanges(input);
  const goldLines = gold.split('\n');
  const units =
    inLines.length === goldLines.length
      ? inLines.map(([s, e], u) => ({ start: s, end: e, gold: goldLines[u] }))
      : [{ start: 0, end: input.length, gold }];
  for (const unit of units) {
    unit.lattice = compileGold(unit.gold);
    unit.text = input.slice(unit.start, unit.end);
    unit.before = goldDistance(toTokenTexts(unit.text), unit.lattice);
  }
  const before = units.reduce((s, u) => s + u.before, 0);
  const outLines = result.text.split('\n');
  const after =
    outLines.length === units.length
      ? units.reduce((s, u, k) => s + goldDistance(toTokenTexts(outLines[k]), u.lattice), 0)
      : goldDistance(toTokenTexts(result.text), compileGold(gold));
  const tokens = units.reduce((s, u) => s + toTokenTexts(u.text).length, 0);

  const unitOf = (e) => units.find((u) => e.start >= u.start && e.end <= u.end);
  const local = (u, edits) => edits.map((e) => ({ ...e, start: e.start - u.start, end: e.end - u.start }));
  const distanceWith = (u, edits) => goldDistance(toTokenTexts(applyTextEdits(u.text, local(u, edits))), u.lattice);

  const touches = (e, gs, ge) =>
    gs === ge ? e.start <= gs && e.end >= gs : (e.start < ge && e.end > gs) || (e.start === e.end && e.start >= gs && e.start <= ge);
  const goldEdits = [];
  for (const u of units) {
    if (u.before === 0) continue;
    for (const g of deriveGoldEdits(u.text, u.lattice)) {
      const gs = g.start + u.start;
      const ge = g.end + u.start;
      const touching = result.edits.filter((e) => touches(e, gs, ge));
      const fixed = touching.length > 0 && u.before - distanceWith(u, touching) >= g.cost;
      goldEdits.push({ ...g, start: gs, end: ge, fixed, context: contextOf(input, gs, ge) });
    }
  }

  // `swap`: a change that neither helps nor hurts, made where the text already matched the gold (one accepted
  // wording for another, e.g. những → các under {các|những}).
  const judged = [];
  for (const [applied, list] of [[true, result.edits], [false, result.suggestions ?? []]]) {
    for (const edit of list) {
      const u = unitOf(edit);
      const delta = u === undefined ? 0 : u.before - distanceWith(u, [edit]);
      const swap = delta === 0 && !goldEdits.some((g) => touches(edit, g.start, g.end));
      judged.push({ edit, applied, right: delta > 0, delta, swap });
    }
  }
  return { before, after, tokens, goldEdits, judged };
}

/**
 * A short one-line excerpt around [start, end) with the span in ⟦ ⟧.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @returns {string}
 * @example
 *   contextOf('tỷ trọng hồ sơ', 3, 8) //=> '…tỷ ⟦trọng⟧ hồ sơ…'
 */
export function contextOf(text, start, end) {
  const left = text.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
  const right = text.slice(end, end + 40).replace(/\s+/g, ' ');
  return `…${left}⟦${text.slice(start, end)}⟧${right}…`;
}
