/**
 * The two string helpers of the run cache: a hash of a range of code units (FNV-1a, also computed inline by the
 * tokenizer's scanners) and a copy of a slice that does not keep its parent string alive.
 * @module
 */

/**
 * A copy of `value` that shares no memory with the string it was sliced from. V8 represents a slice of 13 or more
 * characters as a view of its parent, so caching such a slice would keep a whole 100 MB input alive.
 * @example
 * detachString(hugeText.slice(5, 30)) //=> the same 25 characters, in their own string
 * @internal
 */
export function detachString(value: string): string {
  // The concatenation is flattened into a fresh string before `slice`, so the result views that string only.
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** FNV-1a offset basis (as a signed 32-bit integer). @internal */
export const FNV_OFFSET: number = 0x811c9dc5 | 0;
/** FNV-1a prime. @internal */
export const FNV_PRIME = 0x01000193;

/**
 * FNV-1a hash of the UTF-16 code units of `text[start, end)`.
 * @example
 * hashRange('xin chào', 4, 8) === hashRange('chào', 0, 4) //=> true
 * @internal
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
