// Turns corpus lines into short dictionary examples: find a phrase (by tone-folded key, lowercase only),
// cut the line to the clause around it (< 120 chars), and swap the phrase for another text.
import { toSyllableKey } from './tone-key.mjs';

const WORD = /[\p{L}\p{M}]+/gu;
const MAX_CHARS = 118;

/**
 * Old-style tone placement (hòa, khỏe, thủy): the spelling we write `to` in.
 * @param {string} phrase
 * @returns {string}
 */
export function toOldToneStyle(phrase) {
  return phrase
    .split(' ')
    .map((syllable) => {
      const nfd = syllable.normalize('NFD');
      // o+a/e or u+y with no final consonant, tone on the second vowel → move it to the first.
      const m = /^(.*?)([oO]|(?<![qQ])[uU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])$/u.exec(nfd);
      if (!m) return syllable;
      if ((m[2] === 'o' || m[2] === 'O') !== /[aeAE]/.test(m[3])) return syllable;
      return (m[1] + m[2] + m[4] + m[3]).normalize('NFC');
    })
    .join(' ');
}

/** Undo VietNews' spaces around punctuation ("làm , có" → "làm, có"). */
export function tidySpacing(text) {
  return text
    .replace(/\s+([,.;:!?%)\]…])/g, '$1')
    .replace(/([(\[])\s+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Finds the first lowercase occurrence of `phrase` (single spaces between syllables) in `line`.
 * @param {string} line
 * @param {string} phrase
 * @returns {{start: number, end: number} | null}
 */
export function findPhrase(line, phrase) {
  const want = phrase.split(' ').map(toSyllableKey);
  const words = [...line.matchAll(WORD)];
  outer: for (let i = 0; i + want.length <= words.length; i++) {
    for (let k = 0; k < want.length; k++) {
      const w = words[i + k];
      if (w[0] !== w[0].toLowerCase() || toSyllableKey(w[0]) !== want[k]) continue outer;
      if (k > 0) {
        const prev = words[i + k - 1];
        if (w.index !== prev.index + prev[0].length + 1 || line[w.index - 1] !== ' ') continue outer;
      }
    }
    // Reject a match that continues a word joined by a hyphen or digit (not a syllable boundary).
    const first = words[i];
    const last = words[i + want.length - 1];
    const end = last.index + last[0].length;
    if (/[\p{L}\p{M}\p{N}_-]/u.test(line[first.index - 1] ?? '') || /[\p{L}\p{M}\p{N}_-]/u.test(line[end] ?? '')) continue;
    return { start: first.index, end };
  }
  return null;
}

/**
 * Cuts a line to the sentence, then the clause, then a word window around [start, end).
 * @returns {{text: string, start: number, end: number} | null}
 */
export function cutClause(line, start, end) {
  const bounds = [
    /[.!?…]\s+(?=[\p{Lu}"“(])/gu, // sentences
    /[,;:]\s+|\s+[-–]\s+/g, // clauses
  ];
  let from = 0;
  let to = line.length;
  for (const re of bounds) {
    if (to - from <= MAX_CHARS) break;
    const base = from;
    for (const m of line.slice(base, to).matchAll(re)) {
      const at = base + m.index;
      if (at + m[0].length <= start) from = Math.max(from, at + m[0].length);
      else if (at >= end) {
        to = Math.min(to, at + (/[.!?…]/.test(m[0][0]) ? 1 : 0));
        break;
      }
    }
  }
  if (to - from > MAX_CHARS) {
    // Word window: keep whole words, about 6 before and 6 after.
    const before = line.slice(from, start).split(' ');
    const after = line.slice(end, to).split(' ');
    let b = before.slice(-7);
    let a = after.slice(0, 7);
    while (b.join(' ').length + a.join(' ').length + (end - start) > MAX_CHARS && (b.length > 2 || a.length > 2)) {
      if (b.length >= a.length) b = b.slice(1);
      else a = a.slice(0, -1);
    }
    from = start - b.join(' ').length;
    to = end + a.join(' ').length;
  }
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length > MAX_CHARS + 2 || text.length < 12) return null;
  return { text, start: start - from - lead, end: end - from - lead };
}

/**
 * Builds {in, out}: `spun` put where `original` stood, `out` with `to` there.
 * @param {string} line corpus line (NFC)
 * @param {string} original phrase to find
 * @param {string} spun what the spinner wrote
 * @param {string} to the repair as the dictionary writes it
 * @returns {{in: string, out: string} | null}
 */
export function buildPositiveExample(line, original, spun, to) {
  const tidy = tidySpacing(line);
  const hit = findPhrase(tidy, original);
  if (!hit) return null;
  const clause = cutClause(tidy, hit.start, hit.end);
  if (!clause) return null;
  const head = clause.text.slice(0, clause.start);
  const tail = clause.text.slice(clause.end);
  if (/[\t"\\]/.test(clause.text)) return null;
  return { in: head + spun + tail, out: head + to + tail };
}

/**
 * Builds a negative example: the clause around a legitimate use of `phrase`, unchanged.
 * @returns {{in: string, prev: string | null, next: string | null} | null} with the syllables adjacent to it
 */
export function buildNegativeExample(line, phrase) {
  const tidy = tidySpacing(line);
  const hit = findPhrase(tidy, phrase);
  if (!hit) return null;
  const clause = cutClause(tidy, hit.start, hit.end);
  if (!clause || /[\t"\\]/.test(clause.text)) return null;
  const prev = /([\p{L}\p{M}]+) $/u.exec(clause.text.slice(0, clause.start));
  const next = /^ ([\p{L}\p{M}]+)/u.exec(clause.text.slice(clause.end));
  return { in: clause.text, prev: prev ? prev[1].toLowerCase() : null, next: next ? next[1].toLowerCase() : null };
}
