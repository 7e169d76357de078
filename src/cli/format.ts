/**
 * Output formats of the CLI: word-level diff (jsdiff), JSON documents, `--check` verdicts and the summary line.
 * Colours come from picocolors and are used only on a terminal without `NO_COLOR`.
 * @module
 */
import { diffWords } from 'diff';
import pc from 'picocolors';
import type { CliIo } from './io.js';
import type { Repair } from './repair.js';

/** Colour functions; identity functions when colours are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colours for stdout: on when stdout is a TTY and `NO_COLOR` is unset, or when `FORCE_COLOR` is set (not `0`).
 * @param io - The CLI io.
 * @returns picocolors functions.
 * @example
 * pickColors({ ...io, stdoutIsTTY: false }).red('x') //=> 'x'
 */
export function pickColors(io: CliIo): Colors {
  const force = io.env.FORCE_COLOR;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const enabled = force !== undefined && force !== '' ? force !== '0' : io.stdoutIsTTY === true && !noColor;
  return pc.createColors(enabled);
}

/**
 * A word-level diff of one input: a `---`/`+++` header, then each changed line of the input with its line number,
 * deletions as `[-old-]` and insertions as `{+new+}` (red and green without brackets on a colour terminal).
 *
 * @param repair - The repaired input.
 * @param c - Colours from {@link pickColors}.
 * @returns The diff text ending in a newline, or `''` when nothing changed.
 * @example
 * formatDiff(repair, pickColors(io)) //=> '--- a.txt\n+++ a.txt (repaired)\n3: Kết quả [-tiến công-]{+đánh+} giá cao.\n'
 */
export function formatDiff(repair: Repair, c: Colors): string {
  if (repair.input === repair.text) return '';
  const out: string[] = [c.bold(`--- ${repair.name}`), c.bold(`+++ ${repair.name} (repaired)`)];
  const del = (s: string): string => (c.isColorSupported ? c.red(c.strikethrough(s)) : `[-${s}-]`);
  const ins = (s: string): string => (c.isColorSupported ? c.green(s) : `{+${s}+}`);
  let lineNo = 1;
  let segments: { text: string; same: boolean }[] = [];
  let changed = false;
  const flush = (): void => {
    const line = segments.map((seg, i) => (seg.same ? elide(seg.text, i === 0, i === segments.length - 1) : seg.text)).join('');
    // A line whose only change was a removed line break has nothing to show.
    if (changed && line.trim() !== '') out.push(`${c.dim(`${lineNo}:`)} ${line.replace(/\r$/u, '')}`);
    segments = [];
    changed = false;
  };
  for (const change of diffWords(repair.input, repair.text)) {
    const parts = change.value.split('\n');
    const kind = change.removed ? 'del' : change.added ? 'ins' : 'same';
    parts.forEach((part, i) => {
      if (i > 0) {
        if (kind !== 'same') changed = true;
        // A removed line break ends an input line; an inserted one starts a new output line inside the same input line.
        flush();
        if (kind !== 'ins') lineNo++;
      }
      if (part === '') return;
      if (kind === 'same') {
        segments.push({ text: part, same: true });
        return;
      }
      changed = true;
      // Keep the spaces around a change outside the markers: "Văn [-phiên-] bản", not "Văn [-phiên -]bản".
      const core = part.trim();
      const lead = part.slice(0, part.length - part.trimStart().length);
      const trail = part.slice(part.trimEnd().length);
      segments.push({ text: core === '' ? part : lead + (kind === 'del' ? del(core) : ins(core)) + trail, same: false });
    });
  }
  flush();
  return `${out.join('\n')}\n`;
}

/**
 * The `--json` document of one input, on one line: `file`, `encoding`, `text`, `edits`, `suggestions`, `spinScore`
 * and `removed` (boilerplate lines, with `--strip-boilerplate`). Offsets are UTF-16 offsets in the decoded input.
 *
 * @param repair - The repaired input.
 * @returns One line of JSON ending in a newline.
 * @example
 * JSON.parse(formatJsonDocument(repair)).spinScore //=> 0.93
 */
export function formatJsonDocument(repair: Repair): string {
  const doc = {
    file: repair.name,
    encoding: repair.encoding,
    text: repair.text,
    edits: repair.edits,
    suggestions: repair.suggestions,
    spinScore: repair.spinScore,
    removed: repair.removed,
  };
  return `${JSON.stringify(doc)}\n`;
}

/**
 * The `--check` verdict of one input: `spun`, `edits to apply` or `clean`.
 * @param repair - The repaired input.
 * @param threshold - `--spin-threshold`.
 * @returns `{ line, failed }`: the line (with newline) and whether it makes the exit code 1.
 * @example
 * formatVerdict(repair, 0.5).line //=> 'a.txt: spun (spinScore 0.93, 12 edits to apply)\n'
 */
export function formatVerdict(repair: Repair, threshold: number): { line: string; failed: boolean } {
  const changes = repair.edits.length + repair.removed.length;
  const edits = `${changes} edit${changes === 1 ? '' : 's'} to apply`;
  const score = `spinScore ${repair.spinScore.toFixed(2)}`;
  if (repair.spinScore >= threshold) return { line: `${repair.name}: spun (${score}, ${edits})\n`, failed: true };
  if (changes > 0) return { line: `${repair.name}: ${edits} (${score})\n`, failed: true };
  return { line: `${repair.name}: clean (${score})\n`, failed: false };
}

/** Unchanged text kept on each side of a change in `--diff`; longer stretches are cut to `…` at a word boundary. */
const DIFF_CONTEXT = 60;

function elide(text: string, atLineStart: boolean, atLineEnd: boolean): string {
  if (text.length <= DIFF_CONTEXT * (atLineStart || atLineEnd ? 1 : 2) + 10) return text;
  const head = atLineStart ? '' : text.slice(0, text.lastIndexOf(' ', DIFF_CONTEXT) + 1 || DIFF_CONTEXT);
  const tailFrom = text.indexOf(' ', text.length - DIFF_CONTEXT);
  const tail = atLineEnd ? '' : text.slice(tailFrom === -1 ? text.length - DIFF_CONTEXT : tailFrom);
  return `${head}…${tail}`;
}

/** Totals over all inputs of one run. */
export interface RunSummary {
  files: number;
  edits: number;
  spun: number;
  failed: number;
  /** Inputs streamed in text mode, whose edits are not counted. */
  streamed: number;
}

/**
 * The summary line printed on stderr after several inputs.
 * @param summary - The totals.
 * @param threshold - `--spin-threshold`.
 * @returns The line, ending in a newline.
 * @example
 * formatSummary({ files: 2, edits: 4, spun: 1, failed: 0, streamed: 0 }, 0.5)
 * //=> 'vietnorm: 2 files, 4 edits, 1 spun (spinScore >= 0.5)\n'
 */
export function formatSummary(summary: RunSummary, threshold: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(summary.files, 'file'), plural(summary.edits, 'edit'), `${summary.spun} spun (spinScore >= ${threshold})`];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  if (summary.streamed > 0) parts.push(`${summary.streamed} streamed (edits and spin not counted)`);
  return `vietnorm: ${parts.join(', ')}\n`;
}
