/**
 * Scoring a system on documents with gold repairs: ERR, edit precision/recall, the judged edits (for the
 * calibration table) and the missed repairs.
 *
 * @example
 *   const s = scoreGoldSet([{ id: 'a', input: 'tiến công giá', gold: 'đánh giá' }], runSystem);
 *   s.err //=> 1 when the system repairs it, 0 when it does nothing
 */
import { applyTextEdits, judgeDocument } from './judge.mjs';

/**
 * Run the system on one text without ever throwing: a failure counts as "no change" and is recorded.
 * @param {(text: string) => { text: string, edits: object[], suggestions?: object[], spinScore?: number }} system
 * @param {string} input
 * @param {{ failures: { message: string }[], inconsistent: number }} log
 * @returns {{ text: string, edits: object[], suggestions: object[], spinScore: number }}
 * @example
 *   runSafely(() => { throw new Error('x'); }, 'ko', log).text //=> 'ko' (and log.failures has one entry)
 */
export function runSafely(system, input, log) {
  try {
    const r = system(input);
    const result = { text: r.text, edits: r.edits ?? [], suggestions: r.suggestions ?? [], spinScore: r.spinScore ?? NaN };
    if (applyTextEdits(input, result.edits) !== result.text) log.inconsistent++;
    return result;
  } catch (error) {
    log.failures.push({ message: String(error?.message ?? error) });
    return { text: input, edits: [], suggestions: [], spinScore: NaN };
  }
}

/**
 * ERR = 1 − after / before (DESIGN.md); NaN when there was nothing to repair.
 * @param {number} before
 * @param {number} after
 * @returns {number}
 * @example
 *   computeErr(20, 5) //=> 0.75
 */
export function computeErr(before, after) {
  return before === 0 ? NaN : 1 - after / before;
}

/**
 * Score a set of documents.
 * @param {{ id: string, input: string, gold: string, group?: string }[]} docs
 * @param {(text: string) => object} system
 * @returns {object} totals, per-group ERR, judged edits, missed gold edits, wrong edits and spin scores
 */
export function scoreGoldSet(docs, system) {
  const log = { failures: [], inconsistent: 0 };
  const totals = { docs: docs.length, tokens: 0, before: 0, after: 0, applied: 0, appliedRight: 0, appliedHarmful: 0, appliedSwaps: 0, goldEdits: 0, fixed: 0 };
  const groups = new Map();
  const judged = [];
  const missed = [];
  const wrong = [];
  const spinScores = [];
  for (const doc of docs) {
    const result = runSafely(system, doc.input, log);
    spinScores.push(result.spinScore);
    const j = judgeDocument(doc.input, doc.gold, result);
    totals.tokens += j.tokens;
    totals.before += j.before;
    totals.after += j.after;
    const g = groups.get(doc.group ?? '') ?? { docs: 0, before: 0, after: 0 };
    g.docs++;
    g.before += j.before;
    g.after += j.after;
    groups.set(doc.group ?? '', g);
    for (const e of j.judged) {
      judged.push({ ...e, doc: doc.id });
      if (!e.applied) continue;
      totals.applied++;
      if (e.delta < 0) totals.appliedHarmful++;
      if (e.swap) totals.appliedSwaps++;
      if (e.right) totals.appliedRight++;
      else wrong.push({ doc: doc.id, edit: e.edit, input: doc.input, delta: e.delta });
    }
    for (const ge of j.goldEdits) {
      totals.goldEdits++;
      if (ge.fixed) totals.fixed++;
      else missed.push({ doc: doc.id, ...ge });
    }
  }
  return {
    ...totals,
    err: computeErr(totals.before, totals.after),
    precision: totals.applied === 0 ? NaN : totals.appliedRight / totals.applied,
    precisionNoSwaps: totals.applied - totals.appliedSwaps === 0 ? NaN : totals.appliedRight / (totals.applied - totals.appliedSwaps),
    recall: totals.goldEdits === 0 ? NaN : totals.fixed / totals.goldEdits,
    groups: [...groups].map(([name, v]) => ({ name, ...v, err: computeErr(v.before, v.after) })),
    judged,
    missed,
    wrong,
    spinScores,
    failures: log.failures,
    inconsistent: log.inconsistent,
  };
}
