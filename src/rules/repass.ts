/**
 * A later pass over only the lines that the previous pass changed. In a text that does not look spun (no
 * spinner-group candidates are scored there), everything a pass proposes for a line depends on that line alone: the
 * tokens, word links, guards, the model's windows and the debris rules all stop at a line break, and the document's
 * spin score and families come from the first pass. A line the previous pass left alone therefore gets exactly the
 * proposals it got then, moved by the length change of the lines before it; only the changed lines are read again.
 * A long clean text with one repair in it no longer pays a second pass over all of it. The proposals are put back
 * in the order a full pass makes them (rules, then group candidates, then debris, each line by line), so selection
 * sees the very same list.
 * @module
 */
import type { Edit } from '../types.js';
import type { Proposal } from './proposal.js';

/** The proposals of a pass in the order a full pass makes them: `proposals[0, groupsStart)` from the dictionary
 * rules, `[groupsStart, debrisStart)` spinner-group candidates, the rest debris; each part in line order. @internal */
export interface PassProposals {
  readonly proposals: Proposal[];
  readonly groupsStart: number;
  readonly debrisStart: number;
}

/** Start offsets of the lines of `text` (a line ends after its `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line of `starts` holding offset `at`. */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function moved(p: Proposal, by: number): Proposal {
  return by === 0 ? p : { ...p, start: p.start + by, end: p.end + by, spanStart: p.spanStart + by, spanEnd: p.spanEnd + by };
}

/**
 * The proposals of a full pass over `text`, made by re-running `run` over the lines that `applied` changed only.
 * @param before - The previous pass's text.
 * @param previous - The previous pass's proposals (over `before`).
 * @param applied - The edits that turned `before` into `text` (offsets in `before`, sorted, apart).
 * @param text - The text of this pass.
 * @param run - A pass over a text made of whole lines (the changed ones, in order, each with its line break).
 * @returns The proposals, or undefined when a partial pass would not pay (or an edit touches a line break): then
 * the caller runs a full pass.
 * @example
 * repassChangedLines(before, previous, applied, text, (lines) => proposePass(lines)) //=> the full pass's proposals
 * @internal
 */
export function repassChangedLines(
  before: string,
  previous: PassProposals,
  applied: readonly Edit[],
  text: string,
  run: (lines: string) => PassProposals,
): PassProposals | undefined {
  for (const e of applied) {
    if (e.replacement.includes('\n') || before.slice(e.start, e.end).includes('\n')) return undefined;
  }
  const oldStarts = lineStarts(before);
  const starts = lineStarts(text);
  if (oldStarts.length !== starts.length) return undefined;
  const changed = new Uint8Array(starts.length);
  for (const e of applied) changed[lineOf(oldStarts, e.start)] = 1;
  const endOf = (line: number): number => (line + 1 < starts.length ? (starts[line + 1] as number) : text.length);
  // Where each changed line starts in the text of changed lines, and in this pass's text.
  const parts: string[] = [];
  const lineStartsIn: number[] = [];
  const lineStartsOut: number[] = [];
  const lineIndex: number[] = [];
  let length = 0;
  for (let line = 0; line < starts.length; line++) {
    if (changed[line] !== 1) continue;
    const from = starts[line] as number;
    parts.push(text.slice(from, endOf(line)));
    lineStartsIn.push(length);
    lineStartsOut.push(from);
    lineIndex.push(line);
    length += endOf(line) - from;
  }
  // Re-reading most of the text anyway: a full pass is as cheap and needs no stitching.
  if (length * 2 > text.length) return undefined;
  const fresh = run(parts.join(''));
  const lineOfFresh = (p: Proposal): number => lineOf(lineStartsIn, p.spanStart);
  const stitch = (oldFrom: number, oldTo: number, newFrom: number, newTo: number, out: Proposal[]): void => {
    // Both lists are in line order and never share a line: merge them by line.
    let i = oldFrom;
    let j = newFrom;
    while (i < oldTo || j < newTo) {
      const oldLine = i < oldTo ? lineOf(oldStarts, (previous.proposals[i] as Proposal).spanStart) : Infinity;
      const k = j < newTo ? lineOfFresh(fresh.proposals[j] as Proposal) : -1;
      const newLine = k < 0 ? Infinity : (lineIndex[k] as number);
      if (oldLine < newLine) {
        const p = previous.proposals[i++] as Proposal;
        if (changed[oldLine] !== 1) out.push(moved(p, (starts[oldLine] as number) - (oldStarts[oldLine] as number)));
      } else {
        out.push(moved(fresh.proposals[j++] as Proposal, (lineStartsOut[k] as number) - (lineStartsIn[k] as number)));
      }
    }
  };
  const proposals: Proposal[] = [];
  stitch(0, previous.groupsStart, 0, fresh.groupsStart, proposals);
  const groupsStart = proposals.length;
  stitch(previous.groupsStart, previous.debrisStart, fresh.groupsStart, fresh.debrisStart, proposals);
  const debrisStart = proposals.length;
  stitch(previous.debrisStart, previous.proposals.length, fresh.debrisStart, fresh.proposals.length, proposals);
  return { proposals, groupsStart, debrisStart };
}
