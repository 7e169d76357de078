/**
 * Rebuild a text from edits, the way textlint's fixer does: sorted by range, overlapping edits skipped, each
 * applied exactly once. Building forward from slices is the same as applying back to front, in O(n).
 * @module
 */
import { describeType } from '../errors.js';
import type { TextEdit } from '../types.js';

/**
 * Apply edits to a text. Edits are sorted by `start`; one that overlaps an earlier one is skipped.
 * @param text - The text the edits' offsets refer to.
 * @param edits - Edits with UTF-16 offsets in `text` (e.g. `despin(text).edits`).
 * @returns The edited text.
 * @throws {TypeError} When `text` is not a string, `edits` not an array, or an edit has offsets outside `text`.
 * @example
 * applyEdits('văn phiên bản', [{ start: 4, end: 13, original: 'phiên bản', replacement: 'bản' }]) //=> 'văn bản'
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (typeof text !== 'string') throw new TypeError(`Expected string for \`text\`, got \`${describeType(text)}\``);
  if (!Array.isArray(edits)) throw new TypeError(`Expected array for \`edits\`, got \`${describeType(edits)}\``);
  for (const edit of edits) checkEdit(edit, text.length);
  const sorted = sortEdits(edits);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    out += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Sort edits by start, insertions before replacements at the same start; stable otherwise. @internal */
export function sortEdits<T extends TextEdit>(edits: readonly T[]): T[] {
  return edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.i - b.i)
    .map((x) => x.edit);
}

function checkEdit(edit: unknown, length: number): void {
  if (edit === null || typeof edit !== 'object') {
    throw new TypeError(`Expected object for edit, got \`${describeType(edit)}\``);
  }
  const { start, end, replacement } = edit as Partial<TextEdit>;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) > length || (start as number) > (end as number)) {
    throw new TypeError(`Expected 0 <= start <= end <= ${length} for edit offsets, got \`${String(start)}..${String(end)}\``);
  }
  if (typeof replacement !== 'string') {
    throw new TypeError(`Expected string for edit \`replacement\`, got \`${describeType(replacement)}\``);
  }
}
