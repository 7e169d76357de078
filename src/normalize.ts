/**
 * The normalisation facade: {@link normalize}, {@link normalizeWithEdits} and {@link createNormalizer}.
 * Options are checked here; the work happens in `unicode/_run.ts`.
 * @module
 */
import { describeType } from './errors.js';
import type { NormalizeOptions, NormalizeResult, ToneStyle } from './types.js';
import { runNormalize } from './unicode/_run.js';
import type { Settings } from './unicode/_run.js';

const TONE_STYLES: readonly ToneStyle[] = ['keep', 'old', 'new'];
const LEGACY_MODES: readonly string[] = ['auto', 'off'];

function formatAllowed(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** Validate `options` and turn them into settings; throws TypeError on wrong types or values. */
function readOptions(options: unknown): Settings {
  if (options === undefined) return { toneMode: 0, legacy: true };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected object for \`options\`, got \`${describeType(options)}\``);
  }
  const { tone, legacy } = options as Record<string, unknown>;
  const toneMode = tone === undefined ? 0 : TONE_STYLES.indexOf(tone as ToneStyle);
  if (toneMode < 0) {
    throw new TypeError(`Expected \`tone\` to be one of ${formatAllowed(TONE_STYLES)}, got \`${String(tone)}\``);
  }
  if (legacy !== undefined && !LEGACY_MODES.includes(legacy as string)) {
    throw new TypeError(`Expected \`legacy\` to be one of ${formatAllowed(LEGACY_MODES)}, got \`${String(legacy)}\``);
  }
  return { toneMode, legacy: legacy !== 'off' };
}

/** Throw the TypeError of a non-string `text`. */
function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`Expected string for \`text\`, got \`${describeType(text)}\``);
}

/**
 * Normalise Vietnamese text: remove BOM, zero-width characters and soft hyphens; compose to NFC; replace look-alike
 * letters in Vietnamese words (Ð → Đ); repair misplaced tone marks (lựơng → lượng, cuả → của) and write them in
 * the chosen style; detect and convert legacy encodings (TCVN3, VNI-Windows, UTF-8 read as Windows-1252) when
 * confident. Misplaced marks are repaired only in Vietnamese paragraphs (a letter only Vietnamese uses, or mostly
 * Vietnamese words), so Italian "più" keeps its accent. Idempotent; NFD and NFC input give the same result; odd
 * text (lone surrogates, emoji, CRLF) never throws and is kept.
 * @param text - Any string.
 * @param options - `tone` (`keep` | `old` | `new`, default `keep`) and `legacy` (`auto` | `off`, default `auto`).
 * @returns The normalised text.
 * @throws TypeError when `text` is not a string or an option has a wrong type or value.
 * @example
 * normalize('Thuỷ lựơng baỏ') //=> 'Thuỷ lượng bảo'
 * normalize('hoà bình', { tone: 'old' }) //=> 'hòa bình'
 * normalize('Céng hßa x· héi chñ nghÜa ViÖt Nam') //=> 'Cộng hòa xã hội chủ nghĩa Việt Nam'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  checkText(text);
  return runNormalize(text, readOptions(options), undefined).text;
}

/**
 * Like {@link normalize}, and also report every change as a {@link TextEdit} in input offsets: sorted,
 * non-overlapping, one per changed syllable or removed invisible character; applying them to the input from the
 * last to the first gives `text`.
 * @param text - Any string.
 * @param options - As for {@link normalize}.
 * @returns `{ text, edits, legacy? }`.
 * @throws TypeError when `text` is not a string or an option has a wrong type or value.
 * @example
 * normalizeWithEdits('Xin chào cuả tôi').edits
 * //=> [{ start: 9, end: 12, original: 'cuả', replacement: 'của' }]
 */
export function normalizeWithEdits(text: string, options?: NormalizeOptions): NormalizeResult {
  checkText(text);
  return runNormalize(text, readOptions(options), []);
}

/**
 * Validate `options` once and return a normalising function (for pipelines that call it per document).
 * @param options - As for {@link normalize}.
 * @returns `(text) => normalize(text, options)`.
 * @throws TypeError when an option has a wrong type or value.
 * @example
 * const toOld = createNormalizer({ tone: 'old' });
 * toOld('thuỷ') //=> 'thủy'
 */
export function createNormalizer(options?: NormalizeOptions): (text: string) => string {
  const settings = readOptions(options);
  return (text: string): string => {
    checkText(text);
    return runNormalize(text, settings, undefined).text;
  };
}
