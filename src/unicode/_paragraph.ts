/**
 * What one paragraph is: Vietnamese (it has a letter only Vietnamese uses), and/or possibly legacy-encoded text.
 * Misplaced tone marks are only repaired in Vietnamese paragraphs, so that Italian "più" or Spanish "Raúl" keep
 * their accents.
 * @internal
 * @module
 */
import { isSyllable } from '../syllable.js';
import { fixLookalikes, isCyrillicLookalike } from './lookalike.js';
import { stripInvisible, toNfc } from './nfc.js';

/** The paragraph has a letter only Vietnamese uses. @internal */
export const PARAGRAPH_VIETNAMESE = 1;
/** The paragraph may be legacy text: only Windows-1252 characters (besides zero-width ones), some above ASCII. */
export const PARAGRAPH_MAYBE_LEGACY = 2;

/**
 * Letters only Vietnamese uses (in NFC): đ Đ, ă Ă, ơ Ơ, ư Ư, ĩ Ĩ, ũ Ũ and everything in U+1EA0–U+1EF9 (ạ, ả, ấ, …).
 * Ð/ð (U+00D0/U+00F0) count too (see classifyParagraph): normalisation may turn them into Đ/đ, and the answer must
 * not change between the first and the second run.
 */
function isVietnameseLetter(c: number): boolean {
  if (c >= 0x1ea0) return c <= 0x1ef9;
  return (
    c === 0x110 || c === 0x111 || c === 0x102 || c === 0x103 || c === 0x1a0 || c === 0x1a1 || c === 0x1af ||
    c === 0x1b0 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169
  );
}

/** Windows-1252 characters above U+00FF (the ones of bytes 0x80–0x9F). @internal */
export function isCp1252High(c: number): boolean {
  return (
    c === 0x152 || c === 0x153 || c === 0x160 || c === 0x161 || c === 0x178 || c === 0x17d || c === 0x17e ||
    c === 0x192 || c === 0x2c6 || c === 0x2dc || (c >= 0x2013 && c <= 0x203a) || c === 0x20ac || c === 0x2122
  );
}

/** Zero-width characters and BOM (not U+00AD, which is a Windows-1252 character). @internal */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * Classify `text.slice(start, end)`: {@link PARAGRAPH_VIETNAMESE} and/or {@link PARAGRAPH_MAYBE_LEGACY}. The answer
 * is that of the paragraph as normalisation leaves it (invisible characters removed, NFC), so that NFD input and a
 * second run get the same answer: a combining mark, or a Vietnamese letter that a mark or invisible character
 * follows, sends the scan to the normalised text. Otherwise it stops at the first Vietnamese letter above U+00FF.
 * @internal
 */
export function classifyParagraph(text: string, start: number, end: number, normalised = false): number {
  let legacy = true;
  let high = false;
  let vietnamese = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (!normalised && (isMark(c) || (isVietnameseLetter(c) && i + 1 < end && isUnstableNext(text.charCodeAt(i + 1))))) {
      const clean = toNfc(stripInvisible(text.slice(start, end)));
      return classifyParagraph(clean, 0, clean.length, true);
    }
    if (c <= 0xff) {
      // Ð/ð may become Đ/đ (and are TCVN3 é): Vietnamese, without ending the legacy check.
      if (c === 0xd0 || c === 0xf0) vietnamese = true;
      high = true;
    } else if (isVietnameseLetter(c)) {
      return PARAGRAPH_VIETNAMESE;
    } else if (isCp1252High(c)) {
      high = true;
    } else if (isCyrillicLookalike(c)) {
      vietnamese = true; // may become a Latin letter (а̣ → ạ); legacy detection latinizes it first
    } else if (!isZeroWidth(c)) {
      legacy = false;
      if (c >= 0x400 && c <= 0x4ff) vietnamese = true; // Cyrillic with marks could still be disguised Latin
    }
  }
  return (legacy && high ? PARAGRAPH_MAYBE_LEGACY : 0) | (vietnamese ? PARAGRAPH_VIETNAMESE : 0);
}

/** A mark or an invisible character after a letter may change that letter in normalisation. */
function isUnstableNext(c: number): boolean {
  return isMark(c) || isZeroWidth(c) || c === 0xad;
}

/** Trim ASCII punctuation and symbols from both ends. */
function trimAscii(word: string): string {
  let a = 0;
  let b = word.length;
  const isEdge = (c: number): boolean => c < 0x80 && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  while (a < b && isEdge(word.charCodeAt(a))) a++;
  while (b > a && isEdge(word.charCodeAt(b - 1))) b--;
  return word.slice(a, b);
}

/**
 * For a paragraph without a Vietnamese-only letter ("Tôi thích muà thu"): do most of its accented words read as
 * Vietnamese syllables (after the repairs that normalisation makes anyway: invisible characters, NFC, look-alikes)?
 * A misplaced mark counts as not Vietnamese, so repairs can only make the answer more true, never flip it.
 * @internal
 */
export function looksVietnamese(text: string, start: number, end: number): boolean {
  let accented = 0;
  let valid = 0;
  for (const raw of text.slice(start, end).split(/[ \t\n\r\f\v]+/)) {
    const token = toNfc(trimAscii(stripInvisible(raw)));
    let marked = false;
    for (let k = 0; k < token.length && !marked; k++) marked = token.charCodeAt(k) >= 0x80;
    if (!marked) continue;
    accented++;
    if (isSyllable(fixLookalikes(token))) valid++;
  }
  return accented >= 2 && valid * 2 >= accented;
}
