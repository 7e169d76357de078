/**
 * `--jsonl`: a streaming map step for pipelines. Each input line is a JSON object whose text field is repaired;
 * every other field is kept and `spinScore` and `edits` are added. One line in, one line out, in order.
 * @module
 */
import type { EncodingName } from './decode.js';
import { decodeChunks, readChunks, type InputSource } from './input.js';
import { writeText, type CliIo } from './io.js';
import { repairInput, type TextRepairer } from './repair.js';

/** Options of {@link repairJsonLines}. */
export interface JsonLinesOptions {
  /** Field holding the text. */
  field: string;
  strip: boolean;
  /** `--encoding`. */
  encoding?: EncodingName;
}

/** Counts of one `--jsonl` input. */
export interface JsonLinesSummary {
  records: number;
  edits: number;
  /** Records at or above the spin threshold are not judged here; the scores are summed for the caller. */
  spun: number;
  /** Lines that could not be processed (bad JSON, not an object, field of the wrong type). */
  errors: number;
}

/**
 * Repair a JSON Lines input record by record, writing each result as soon as it is ready.
 * Blank lines are skipped. A bad line gives one line on stderr naming the input and the line number; the record is
 * dropped when it is not JSON and passed through unchanged when only its field has the wrong type.
 * A record whose field is missing or `null` is passed through with `spinScore: 0` and `edits: []`.
 *
 * @param source - The input.
 * @param io - The CLI io.
 * @param repairer - The rewriter.
 * @param options - Field name and boilerplate stripping.
 * @param spinThreshold - Records at or above it count as spun in the summary.
 * @returns Counts, including how many lines failed.
 * @throws VietnormError `E_IO` / `E_ENCODING` for the input as a whole.
 * @example
 * // in: {"id":1,"text":"tiến công giá cao"}
 * // out: {"id":1,"text":"đánh giá cao","spinScore":0.9,"edits":[…]}
 */
export async function repairJsonLines(
  source: InputSource,
  io: CliIo,
  repairer: TextRepairer,
  options: JsonLinesOptions,
  spinThreshold: number,
): Promise<JsonLinesSummary> {
  const summary: JsonLinesSummary = { records: 0, edits: 0, spun: 0, errors: 0 };
  let lineNo = 0;
  let carry = '';
  const handle = async (line: string): Promise<void> => {
    lineNo++;
    const out = repairRecord(line.endsWith('\r') ? line.slice(0, -1) : line, lineNo);
    if (out !== undefined) await writeText(io.stdout, out);
  };
  const fail = (line: number, message: string): undefined => {
    summary.errors++;
    void writeText(io.stderr, `vietnorm: ${source.name}:${line}: ${message}\n`);
    return undefined;
  };
  const repairRecord = (line: string, n: number): string | undefined => {
    if (line.trim() === '') return undefined;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      return fail(n, `invalid JSON (${error instanceof Error ? error.message : String(error)}), line skipped`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      return fail(n, 'expected a JSON object, line skipped');
    }
    const fields = record as Record<string, unknown>;
    const value = fields[options.field];
    summary.records++;
    if (value === undefined || value === null) return `${JSON.stringify({ ...fields, spinScore: 0, edits: [] })}\n`;
    if (typeof value !== 'string') {
      fail(n, `expected string for \`${options.field}\`, got \`${Array.isArray(value) ? 'array' : typeof value}\`, record passed through`);
      return `${line}\n`;
    }
    // Offsets of the added edits are in the field's original text, also with --strip-boilerplate.
    const result = repairInput({ name: source.name, text: value, encoding: 'utf8', bom: false }, repairer, options.strip);
    summary.edits += result.edits.length;
    if (result.spinScore >= spinThreshold) summary.spun++;
    return `${JSON.stringify({ ...fields, [options.field]: result.text, spinScore: result.spinScore, edits: result.edits })}\n`;
  };
  for await (const chunk of decodeChunks(readChunks(source, io.stdin), source.name, options.encoding)) {
    const text = carry + chunk;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      await handle(text.slice(from, nl));
      from = nl + 1;
    }
    carry = text.slice(from);
  }
  if (carry !== '') await handle(carry);
  return summary;
}
