// Builds candidate (original compound → spun form) pairs: a spinner replaces any member of a synonym group
// by another member, even inside a longer word, so "văn bản" becomes "văn phiên bản". Seeds are multi-syllable
// words; only swaps of a strict part of the word are taken (a whole-word swap gives a real synonym, not debris).
import { readFileSync } from 'node:fs';
import { toSyllableKey } from './tone-key.mjs';

const WORD_SHAPE = /^[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){1,3}$/u;

/**
 * Loads dictionaries/_spin-groups.json into member → alternatives (keyed by tone-folded key).
 * @param {string} file
 * @returns {Map<string, {text: string, alts: Set<string>}>}
 */
export function loadAlternatives(file) {
  const { groups } = JSON.parse(readFileSync(file, 'utf8'));
  const byKey = new Map();
  for (const group of groups) {
    for (const member of group) {
      const key = keyOf(member);
      let slot = byKey.get(key);
      if (!slot) byKey.set(key, (slot = { text: member, alts: new Set() }));
      for (const other of group) if (keyOf(other) !== key) slot.alts.add(other);
    }
  }
  return byKey;
}

/** @param {string} phrase */
export function keyOf(phrase) {
  return phrase.split(' ').map(toSyllableKey).join(' ');
}

/**
 * Yields {original, spun, part, alt} for every strict-part swap of every seed word.
 * @param {Iterable<string>} seeds lowercase words, syllables separated by spaces
 * @param {Map<string, {text: string, alts: Set<string>}>} alternatives
 * @param {{maxAltSyllables?: number}} [options]
 */
export function* generateSwaps(seeds, alternatives, options = {}) {
  const maxAlt = options.maxAltSyllables ?? 3;
  for (const seed of seeds) {
    if (!WORD_SHAPE.test(seed)) continue;
    const syllables = seed.split(' ');
    const n = syllables.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j <= n; j++) {
        if (i === 0 && j === n) continue;
        const part = syllables.slice(i, j).join(' ');
        const slot = alternatives.get(keyOf(part));
        if (!slot) continue;
        for (const alt of slot.alts) {
          if (alt.split(' ').length > maxAlt) continue;
          const spun = [...syllables.slice(0, i), alt, ...syllables.slice(j)].join(' ');
          yield { original: seed, spun, part, alt };
        }
      }
    }
  }
}

/**
 * Reads seed words (one per line), lowercased and NFC, deduplicated by key.
 * @param {string} file
 * @returns {string[]}
 */
export function readSeeds(file) {
  const seen = new Set();
  const out = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const word = raw.trim().normalize('NFC').toLowerCase();
    if (!WORD_SHAPE.test(word)) continue;
    const key = keyOf(word);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}
