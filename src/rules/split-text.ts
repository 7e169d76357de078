/**
 * Where to cut a long text so that no repair is split: after a line break (matches never cross one), else after a
 * sentence end followed by a space (nor do they cross that), else after a space (a phrase may then straddle the
 * cut: only in a line of hundreds of thousands of characters without a full stop), else anywhere but between the
 * halves of a surrogate pair.
 * @module
 */

/** A cut point in `(from, to]` of `text`. @internal */
export function findCut(text: string, from: number, to: number): number {
  const newline = text.lastIndexOf('\n', to - 1);
  if (newline >= from) return newline + 1;
  for (let i = text.lastIndexOf(' ', to - 1); i > from; i = text.lastIndexOf(' ', i - 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 0x2e || before === 0x3f || before === 0x21) return i + 1; // ". ", "? ", "! "
    if (to - i > 4096) break; // look back only so far for a sentence end
  }
  const space = text.lastIndexOf(' ', to - 1);
  if (space > from) return space + 1;
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff && to - 1 > from ? to - 1 : to;
}
