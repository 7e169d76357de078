/**
 * Compose edits across passes: `base` turns the input into `mid`, `next` turns `mid` into the output; the result
 * turns the input into the output directly, so every reported edit has offsets in the caller's input, even after
 * normalisation and several repair passes. An edit of `next` that touches an edit of `base` absorbs it.
 * @module
 */
import type { TextEdit } from '../types.js';

interface Placed<T> {
  edit: T;
  midStart: number;
  midEnd: number;
}

/** Place base edits (sorted, non-overlapping, input offsets) in `mid` offsets. */
function place<T extends TextEdit>(base: readonly T[]): Placed<T>[] {
  let delta = 0;
  return base.map((edit) => {
    const midStart = edit.start + delta;
    delta += edit.replacement.length - (edit.end - edit.start);
    return { edit, midStart, midEnd: midStart + edit.replacement.length };
  });
}

function overlaps(p: Placed<TextEdit>, start: number, end: number): boolean {
  if (p.midStart === p.midEnd) return start < p.midStart && p.midStart < end;
  if (start === end) return p.midStart < start && start < p.midEnd;
  return p.midStart < end && start < p.midEnd;
}

/** True when a base edit lies wholly before `start` in `mid` (an insertion exactly at `start` counts as before). */
function before(p: Placed<TextEdit>, start: number): boolean {
  return p.midStart === p.midEnd ? p.midStart <= start : p.midEnd <= start;
}

function delta(edit: TextEdit): number {
  return edit.replacement.length - (edit.end - edit.start);
}

/**
 * Compose two edit lists in one sweep (both are sorted and non-overlapping). `merge` builds the edit that
 * replaces a `next` edit together with the base edits it absorbed, given its new offsets, original and replacement.
 * @internal
 */
export function composeEdits<B extends TextEdit, N extends TextEdit>(
  input: string,
  mid: string,
  base: readonly B[],
  next: readonly N[],
  merge: (edit: N, absorbed: readonly B[], range: TextEdit) => N,
): (B | N)[] {
  const placed = place(base);
  const sortedNext = [...next].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: (B | N)[] = [];
  let i = 0;
  let shift = 0; // total length change of the base edits passed so far
  for (const edit of sortedNext) {
    while (i < placed.length && before(placed[i] as Placed<B>, edit.start) && !overlaps(placed[i] as Placed<B>, edit.start, edit.end)) {
      const p = placed[i] as Placed<B>;
      out.push(p.edit);
      shift += delta(p.edit);
      i++;
    }
    const shiftBefore = shift;
    const absorbed: B[] = [];
    let midStart = edit.start;
    let midEnd = edit.end;
    while (i < placed.length && overlaps(placed[i] as Placed<B>, edit.start, edit.end)) {
      const p = placed[i] as Placed<B>;
      absorbed.push(p.edit);
      midStart = Math.min(midStart, p.midStart);
      midEnd = Math.max(midEnd, p.midEnd);
      shift += delta(p.edit);
      i++;
    }
    const start = midStart - shiftBefore;
    const end = Math.max(start, midEnd - shift);
    const replacement = mid.slice(midStart, edit.start) + edit.replacement + mid.slice(edit.end, midEnd);
    out.push(merge(edit, absorbed, { start, end, original: input.slice(start, end), replacement }));
  }
  for (; i < placed.length; i++) out.push((placed[i] as Placed<B>).edit);
  return out;
}
