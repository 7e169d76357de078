/**
 * `--explain`: one line per edit, suggestion and removed boilerplate line, with position, rule, confidence, reasons.
 * @module
 */
import type { Edit } from '../types.js';
import type { Colors } from './format.js';
import type { Repair } from './repair.js';

/**
 * One line per applied edit and per suggestion: position, change, rule, category, confidence and reasons.
 *
 * @param repair - The repaired input.
 * @param c - Colours.
 * @returns The lines, each ending in a newline (`''` when there are none).
 * @example
 * formatExplanation(repair, c) //=> 'a.txt:3:9: tiến công → đánh  applied  spin-admin/danh-gia  spin  0.97  prior:0.97 lm:+4.1\n'
 */
export function formatExplanation(repair: Repair, c: Colors): string {
  const lineStarts = findLineStarts(repair.input);
  const rows: { start: number; text: string }[] = [];
  const show = (s: string): string => (s === '' ? '(nothing)' : s);
  const describe = (edit: Edit, tag: string): void => {
    const { line, column } = locate(lineStarts, edit.start);
    const change = `${c.red(show(edit.original))} → ${c.green(show(edit.replacement))}`;
    const reasons = edit.reasons.length > 0 ? `  ${c.dim(edit.reasons.join(' '))}` : '';
    const text = `${repair.name}:${line}:${column}: ${change}  ${tag}  ${edit.ruleId}  ${edit.category}  ${edit.confidence.toFixed(2)}${reasons}\n`;
    rows.push({ start: edit.start, text });
  };
  for (const edit of repair.edits) describe(edit, 'applied');
  for (const edit of repair.suggestions) describe(edit, c.yellow('suggestion'));
  for (const removed of repair.removed) {
    // A removed last line starts with the line break before it; point at the line itself.
    const start = removed.start + (removed.original.startsWith('\r\n') ? 2 : removed.original.startsWith('\n') ? 1 : 0);
    const { line } = locate(lineStarts, start);
    rows.push({ start, text: `${repair.name}:${line}:1: ${c.red(removed.original.trim())} → (line removed)  applied  vietnorm/boilerplate\n` });
  }
  // One list in text order, so the explanation reads top to bottom (sort is stable for equal starts).
  rows.sort((a, b) => a.start - b.start);
  return rows.map((row) => row.text).join('');
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
