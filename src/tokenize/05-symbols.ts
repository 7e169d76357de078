/**
 * Stage 5 of tokenisation: symbols. An emoji stays one token with everything that modifies it: variation selectors
 * and other combining marks (`❤️`, keycaps `1️⃣`), skin-tone modifiers, tag sequences (subdivision flags), pairs of
 * regional indicators (country flags) and ZWJ sequences (`👨‍👩‍👧`). A lone surrogate is a symbol token of its own,
 * so broken UTF-16 neither throws nor swallows its neighbours.
 * @module
 */
import { CLASS_HIGH_SURROGATE, CLASS_JOINER, CLASS_MARK, CLASS_MASK, CLASS_OTHER } from './01-classify.js';

const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;

/** Code point at `i` when `i` starts a valid surrogate pair, else -1. */
function pairAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (!(high >= 0xd800 && high <= 0xdbff)) return -1;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return -1;
  return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
}

/** True for supplementary code points that extend the emoji before them: skin tones and tag characters. */
function isAstralExtender(codePoint: number): boolean {
  return (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0xe0020 && codePoint <= 0xe007f);
}

/** True for supplementary code points that are variation selectors (U+E0100–U+E01EF). */
function isAstralSelector(codePoint: number): boolean {
  return codePoint >= 0xe0100 && codePoint <= 0xe01ef;
}

/**
 * Length (code units) of the symbol that starts at `i` and can follow a ZWJ: a non-letter BMP character or a valid
 * surrogate pair. 0 when nothing joinable starts there.
 */
function joinableWidth(text: string, i: number, classes: Uint8Array): number {
  if (i >= text.length) return 0;
  if (pairAt(text, i) >= 0) return 2;
  const cls = (classes[text.charCodeAt(i)] ?? 0) & CLASS_MASK;
  return cls === CLASS_OTHER ? 1 : 0;
}

/**
 * Scan one symbol token starting at `start`. Returns its end (> start).
 * @example
 * scanSymbol('👍🏽!', 0, getClassTable()) //=> 4
 * scanSymbol('\uD800x', 0, getClassTable()) //=> 1
 * @internal
 */
export function scanSymbol(text: string, start: number, classes: Uint8Array): number {
  const first = text.charCodeAt(start);
  const firstClass = (classes[first] ?? 0) & CLASS_MASK;
  let i = start + 1;
  let base = first;
  if (firstClass === CLASS_HIGH_SURROGATE) {
    base = pairAt(text, start);
    if (base < 0) return start + 1; // lone high surrogate
    i = start + 2;
  } else if (firstClass !== CLASS_OTHER) {
    // A stray mark, joiner or lone low surrogate: one token each, nothing to extend.
    return first >= 0xdc00 && first <= 0xdfff ? start + 1 : scanStray(text, start, classes);
  }
  if (base >= REGIONAL_INDICATOR_FIRST && base <= REGIONAL_INDICATOR_LAST) {
    const next = pairAt(text, i);
    if (next >= REGIONAL_INDICATOR_FIRST && next <= REGIONAL_INDICATOR_LAST) return i + 2;
    return i;
  }
  return extendSymbol(text, i, classes);
}

/** A stray combining mark or ZWJ (after a space, at the start): it and the marks after it form one token. */
function scanStray(text: string, start: number, classes: Uint8Array): number {
  let i = start + 1;
  while (i < text.length && ((classes[text.charCodeAt(i)] ?? 0) & CLASS_MASK) === CLASS_MARK) i++;
  return i;
}

/** Extend a symbol ending at `i` by its modifiers and ZWJ-joined parts. */
function extendSymbol(text: string, i: number, classes: Uint8Array): number {
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = (classes[c] ?? 0) & CLASS_MASK;
    if (cls === CLASS_MARK) {
      i++;
    } else if (cls === CLASS_JOINER) {
      const width = joinableWidth(text, i + 1, classes);
      if (width === 0) return i + 1; // a trailing ZWJ still belongs to the emoji it follows
      i += 1 + width;
    } else if (cls === CLASS_HIGH_SURROGATE) {
      const codePoint = pairAt(text, i);
      if (codePoint < 0 || !(isAstralExtender(codePoint) || isAstralSelector(codePoint))) return i;
      i += 2;
    } else {
      return i;
    }
  }
  return i;
}

/**
 * Scan a keycap emoji (`1️⃣`, `#️⃣`: a digit, `#` or `*` followed by U+FE0F and/or U+20E3) at `start`.
 * Returns its end, or -1 when no keycap starts there.
 * @example
 * scanKeycap('1️⃣', 0, getClassTable()) //=> 3
 * scanKeycap('12', 0, getClassTable()) //=> -1
 * @internal
 */
export function scanKeycap(text: string, start: number, classes: Uint8Array): number {
  const next = text.charCodeAt(start + 1);
  if (next !== 0xfe0f && next !== 0x20e3) return -1;
  return extendSymbol(text, start + 1, classes);
}
