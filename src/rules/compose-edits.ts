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

/** Map a `mid` offset to the input; `side` settles a deletion that sits exactly at the offset. */
function toInput(placed: readonly Placed<TextEdit>[], pos: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const p of placed) {
    const zero = p.midStart === p.midEnd;
    const before = zero ? (side === 'start' ? p.midEnd <= pos : p.midEnd < pos) : p.midEnd <= pos;
    if (!before) break;
    delta += p.edit.replacement.length - (p.edit.end - p.edit.start);
  }
  return pos - delta;
}

/**
 * Compose two edit lists. `merge` builds the edit that replaces a `next` edit together with the base edits it
 * absorbed (given its new offsets, original and replacement).
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
  const used = new Uint8Array(placed.length);
  const out: (B | N)[] = [];
  for (const edit of next) {
    const absorbed: Placed<B>[] = [];
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i] as Placed<B>;
      if (used[i] === 0 && overlaps(p, edit.start, edit.end)) {
        absorbed.push(p);
        used[i] = 1;
      }
    }
    let midStart = edit.start;
    let midEnd = edit.end;
    for (const p of absorbed) {
      midStart = Math.min(midStart, p.midStart);
      midEnd = Math.max(midEnd, p.midEnd);
    }
    const start = toInput(placed, midStart, 'start');
    const end = Math.max(start, toInput(placed, midEnd, 'end'));
    const replacement = mid.slice(midStart, edit.start) + edit.replacement + mid.slice(edit.end, midEnd);
    const range: TextEdit = { start, end, original: input.slice(start, end), replacement };
    out.push(merge(edit, absorbed.map((p) => p.edit), range));
  }
  placed.forEach((p, i) => {
    if (used[i] === 0) out.push(p.edit);
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
