/**
 * One decoded input → its repair: optional boilerplate stripping, then `despin`, with every offset mapped back to
 * the decoded input so explanations and JSON point at the text the user has.
 * @module
 */
import { stripBoilerplate } from '../boilerplate.js';
import type { DespinResult, Edit, TextEdit } from '../types.js';
import type { EncodingName } from './decode.js';

/** The repair of one input, as the formatters need it. */
export interface Repair {
  /** Display name: the file name as given, or `<stdin>`. */
  name: string;
  /** Encoding the input was read in. */
  encoding: EncodingName;
  /** The input had a UTF-8 byte-order mark (kept by `--write`). */
  bom: boolean;
  /** The decoded input (without BOM). */
  input: string;
  /** The repaired text. */
  text: string;
  /** Applied edits, offsets in `input`. */
  edits: Edit[];
  /** Suggested edits, offsets in `input`. */
  suggestions: Edit[];
  spinScore: number;
  /** Boilerplate lines removed (`--strip-boilerplate`), offsets in `input`. */
  removed: TextEdit[];
}

/** Anything that repairs a text, such as `createRewriter(options)`. */
export interface TextRepairer {
  despin(text: string): DespinResult;
}

/** A decoded input. */
export interface DecodedInput {
  name: string;
  text: string;
  encoding: EncodingName;
  bom: boolean;
}

/**
 * Repair one decoded input.
 * @param input - The decoded input.
 * @param repairer - The rewriter.
 * @param strip - Remove boilerplate lines first.
 * @returns The repair.
 * @example
 * repairInput({ name: 'a.txt', text, encoding: 'utf8', bom: false }, createRewriter(), false).edits.length //=> 3
 */
export function repairInput(input: DecodedInput, repairer: TextRepairer, strip: boolean): Repair {
  const stripped = strip ? stripBoilerplate(input.text) : { text: input.text, removed: [] };
  const result = repairer.despin(stripped.text);
  const removed = stripped.removed;
  return {
    name: input.name,
    encoding: input.encoding,
    bom: input.bom,
    input: input.text,
    text: result.text,
    edits: removed.length === 0 ? result.edits : mapEdits(result.edits, removed),
    suggestions: removed.length === 0 ? result.suggestions : mapEdits(result.suggestions, removed),
    spinScore: result.spinScore,
    removed,
  };
}

/**
 * Map edits of the stripped text back to offsets of the original: each removed segment before an offset shifts it
 * by its length. A start at a removal point lands after the removed line, an end before it.
 */
function mapEdits(edits: Edit[], removed: TextEdit[]): Edit[] {
  // Positions of the removals in stripped-text coordinates, with the cumulative removed length up to and including each.
  const at: number[] = [];
  const shift: number[] = [];
  let total = 0;
  for (const r of removed) {
    at.push(r.start - total);
    total += r.end - r.start;
    shift.push(total);
  }
  const map = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = at[mid] ?? 0;
      if (p < offset || (inclusive && p === offset)) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo === 0 ? 0 : (shift[lo - 1] ?? 0));
  };
  return edits.map((edit) => {
    const start = map(edit.start, true);
    const end = edit.end === edit.start ? start : map(edit.end, false);
    return { ...edit, start, end };
  });
}
