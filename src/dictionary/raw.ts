/**
 * The shape of a dictionary source as written in YAML (or passed as an object). Interfaces only:
 * `parse.ts` checks that a value has this shape and says which field does not.
 * @module
 */
import type { Category } from '../types.js';

/** A context guard as written: phrases that may (or may not) stand right before or after a match. */
export interface RawGuard {
  prev?: string[];
  next?: string[];
}

/** One example of an entry; without `out` the input must stay unchanged. */
export interface RawExample {
  in: string;
  out?: string;
}

/** One entry as written. `from` may be a single string. */
export interface RawEntry {
  from: string | string[];
  to: string;
  category: Category;
  confidence: number;
  when?: RawGuard;
  unless?: RawGuard;
  examples: RawExample[];
  note?: string;
}

/** A dictionary source as written. */
export interface RawDictionary {
  name: string;
  description?: string;
  entries: RawEntry[];
}
