/**
 * The normalisation engine. Text is cut into paragraphs (for legacy-encoding detection and the Vietnamese check)
 * and words (runs without ASCII whitespace); only words that can change are looked at, and each change is reported
 * as a small edit in input offsets.
 * @internal
 * @module
 */
import type { LegacyEncoding, NormalizeResult, TextEdit } from '../types.js';
import { pushWordEdits } from './_edits.js';
import { classifyParagraph, looksVietnamese, PARAGRAPH_MAYBE_LEGACY, PARAGRAPH_VIETNAMESE } from './_paragraph.js';
import { findWordToWork, FOUND_WORD } from './_scan.js';
import { NEEDS_NFC, NEEDS_TONE, NEEDS_WORK, normalizeWord } from './_word.js';
import { decodeLegacy, planLegacy, prepareLegacy } from './legacy/detect.js';
import type { LegacyPlan } from './legacy/detect.js';
import { toNfc } from './nfc.js';

/** Checked options: `toneMode` 0 keep, 1 old, 2 new; `legacy` true for auto. @internal */
export interface Settings {
  toneMode: number;
  legacy: boolean;
}

const CACHE_LIMIT = 50_000;

/** Per tone mode (0 keep, 1 old, 2 new) × tone work allowed (0, 1): word → normalised word. */
const caches = Array.from({ length: 6 }, () => new Map<string, string>());

/**
 * Normalise one word, using the cache when no legacy conversion is involved. `repair` says whether misplaced tone
 * marks may be repaired (the word is in a Vietnamese paragraph).
 */
function processWord(word: string, settings: Settings, legacy: LegacyPlan | undefined, repair: boolean): string {
  if (legacy !== undefined) {
    const decoded = decodeLegacy(prepareLegacy(word, legacy.stripSoftHyphens), legacy.encoding);
    return normalizeWord(decoded, settings.toneMode, repair);
  }
  const cache = caches[settings.toneMode * 2 + (repair ? 1 : 0)] as Map<string, string>;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = normalizeWord(word, settings.toneMode, repair);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * After this many words that need NFC, a run without edits composes the whole text at once (the built-in is much
 * faster on NFD text than word by word) and starts again.
 */
const NFC_RESTART_WORDS = 64;

/** The engine: normalised text, edits (when `edits` is given) and the first legacy encoding converted. @internal */
export function runNormalize(
  text: string,
  settings: Settings,
  edits: TextEdit[] | undefined,
  composed = false,
): NormalizeResult {
  let nfcWords = 0;
  const n = text.length;
  let out = '';
  let last = 0;
  let found: LegacyEncoding | undefined;
  let legacy: LegacyPlan | undefined;
  let vietnamese = 0; // 1 yes, 0 no, -1 not known yet (decided when a word first needs it)
  let paragraphStart = 0;
  let paragraphEnd = -1;
  let i = 0;
  while (i < n) {
    if (i > paragraphEnd) {
      // A new paragraph: decide about legacy encoding once for all of it.
      paragraphStart = i;
      paragraphEnd = text.indexOf('\n', i);
      if (paragraphEnd < 0) paragraphEnd = n;
      const kind = classifyParagraph(text, i, paragraphEnd);
      const candidate = settings.legacy && (kind & PARAGRAPH_MAYBE_LEGACY) !== 0;
      legacy = candidate ? planLegacy(text.slice(i, paragraphEnd)) : undefined;
      if (legacy !== undefined) found ??= legacy.encoding;
      // Misplaced tone marks are repaired only in Vietnamese paragraphs (Italian "più" keeps its accent).
      vietnamese = legacy !== undefined || (kind & PARAGRAPH_VIETNAMESE) !== 0 ? 1 : -1;
    }
    // The next word that may change (every word of a legacy paragraph); the others are skipped without allocating.
    i = findWordToWork(text, i, paragraphEnd, settings.toneMode, legacy !== undefined);
    if (i >= paragraphEnd) {
      i = paragraphEnd + 1;
      continue;
    }
    const j = FOUND_WORD.end;
    let flags = FOUND_WORD.flags;
    if ((flags & NEEDS_WORK) !== 0 && vietnamese < 0) {
      vietnamese = looksVietnamese(text, paragraphStart, paragraphEnd) ? 1 : 0;
    }
    // Keep mode outside Vietnamese: tone work would be repairs only, and those are off there.
    if (vietnamese === 0 && settings.toneMode === 0) flags &= ~NEEDS_TONE;
    if ((flags & NEEDS_NFC) !== 0 && edits === undefined && !composed && ++nfcWords > NFC_RESTART_WORDS) {
      return runNormalize(toNfc(text), settings, undefined, true);
    }
    if ((flags & NEEDS_WORK) !== 0 || legacy !== undefined) {
      const word = text.slice(i, j);
      const replacement = processWord(word, settings, legacy, vietnamese === 1);
      if (replacement !== word) {
        out += text.slice(last, i) + replacement;
        last = j;
        if (edits !== undefined) {
          const paragraphLegacy = legacy;
          const tones = vietnamese === 1;
          const normalizePiece = (piece: string): string => processWord(piece, settings, paragraphLegacy, tones);
          pushWordEdits(word, replacement, i, normalizePiece, edits);
        }
      }
    }
    i = j;
  }
  const result: NormalizeResult = { text: last === 0 ? text : out + text.slice(last), edits: edits ?? [] };
  if (found !== undefined) result.legacy = found;
  return result;
}
