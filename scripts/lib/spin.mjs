/**
 * A seeded synthetic spinner: rewrites clean Vietnamese the way SEO spinners do, from synonym groups
 * (`a|b|c` per line, e.g. ../shared/data/spin/wp-spin-tool-groups.txt).
 *
 * How it spins (DESIGN.md, "Synthetic spun text"): scan the words left to right; at each word take the
 * longest phrase (whole syllables only) that is a member of some group; with probability `rate` (default
 * 0.2, "about one phrase in five") replace it by another member of one of its groups; either way, continue
 * after the phrase. The same seed gives the same output, so training (colleagues fitting weights) and
 * evaluation (scripts/eval.mjs) are repeatable.
 *
 * @example
 *   import { createSpinner, parseSpinnerGroups, readSpinnerGroups } from './lib/spin.mjs';
 *   const spinner = createSpinner(parseSpinnerGroups('có|sở hữu\nđánh|tiến công'), { seed: 7, rate: 1 });
 *   spinner.spin('Tôi có một con mèo.').text;
 *   //=> 'Tôi sở hữu một con mèo.'
 */
import { readFileSync } from 'node:fs';

/** Words: letters, marks and digits. Members with other characters are not used. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const MEMBER_OK_RE = /^[\p{L}\p{M}\p{N} ]+$/u;
const MAX_PHRASE = 8;

/**
 * Create a seeded pseudo-random generator (mulberry32): a function returning floats in [0, 1).
 * @param {number} seed any integer
 * @returns {() => number}
 * @example
 *   const rnd = createRandom(1); rnd() === createRandom(1)(); //=> true
 */
export function createRandom(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Parse spinner groups: one group per line, members separated by `|`; strips a BOM, applies NFC,
 * drops empty members, members with punctuation, and groups left with fewer than two members.
 * @param {string} text
 * @returns {string[][]} groups of members
 * @example
 *   parseSpinnerGroups('\uFEFFcó|sở hữu|\nx') //=> [['có', 'sở hữu']]
 */
export function parseSpinnerGroups(text) {
  const groups = [];
  for (const line of text.replace(/^\uFEFF/, '').normalize('NFC').split(/\r?\n/)) {
    const seen = new Set();
    const members = [];
    for (const raw of line.split('|')) {
      const member = raw.trim().replace(/\s+/g, ' ');
      const key = member.toLowerCase();
      if (member === '' || !MEMBER_OK_RE.test(member) || seen.has(key)) continue;
      seen.add(key);
      members.push(member);
    }
    if (members.length >= 2) groups.push(members);
  }
  return groups;
}

/**
 * Read and parse a spinner group file.
 * @param {string} file
 * @returns {string[][]}
 * @example
 *   readSpinnerGroups('../shared/data/spin/wp-spin-tool-groups.txt').length //=> about 11,000
 */
export function readSpinnerGroups(file) {
  return parseSpinnerGroups(readFileSync(file, 'utf8'));
}

/**
 * The scan both spinners share: left to right, the longest phrase (whole words joined by single spaces, at most
 * `maxLength` words) whose lowercase form `choices` knows; with probability `rate` it is replaced by
 * `choices(key)` (a list to pick from at random, or undefined to leave it), keeping a capital first letter.
 * @param {(key: string) => string[] | undefined} choices replacements for a phrase key, undefined when unknown
 * @param {number} maxLength longest phrase, in words
 * @param {{ seed?: number, rate?: number }} [options]
 * @returns {{ spin(text: string): { text: string, edits: { start: number, end: number, original: string, replacement: string }[] } }}
 */
export function createPhraseSpinner(choices, maxLength, options = {}) {
  const rnd = createRandom(options.seed ?? 1);
  const rate = options.rate ?? 0.2;
  function spin(text) {
    const words = [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    const out = [];
    const edits = [];
    let cursor = 0; // in the input
    let shift = 0; // spun offset − input offset
    let i = 0;
    while (i < words.length) {
      let found = 0;
      let options = undefined;
      // Longest phrase first: words joined by exactly one space in the input.
      for (let len = Math.min(maxLength, words.length - i); len >= 1 && found === 0; len--) {
        let ok = true;
        for (let k = i + 1; k < i + len && ok; k++) ok = text.slice(words[k - 1].end, words[k].start) === ' ';
        if (!ok) continue;
        const known = choices(text.slice(words[i].start, words[i + len - 1].end).toLowerCase());
        if (known !== undefined) {
          found = len;
          options = known;
        }
      }
      if (found === 0) {
        i++;
        continue;
      }
      const first = words[i];
      const last = words[i + found - 1];
      i += found;
      if (rnd() >= rate || options.length === 0) continue;
      let replacement = options[Math.floor(rnd() * options.length)];
      const original = text.slice(first.start, last.end);
      if (original[0] !== original[0].toLowerCase() && replacement[0] === replacement[0].toLowerCase()) {
        replacement = replacement[0].toUpperCase() + replacement.slice(1);
      }
      out.push(text.slice(cursor, first.start), replacement);
      const start = first.start + shift;
      edits.push({ start, end: start + replacement.length, original, replacement });
      shift += replacement.length - original.length;
      cursor = last.end;
    }
    out.push(text.slice(cursor));
    return { text: out.join(''), edits };
  }
  return { spin };
}

/**
 * Create a spinner over `groups`.
 * @param {string[][]} groups from {@link parseSpinnerGroups}
 * @param {{ seed?: number, rate?: number }} [options] `seed` default 1; `rate` = chance that a found phrase is
 *   replaced, default 0.2
 * @returns {{ spin(text: string): { text: string, edits: { start: number, end: number, original: string, replacement: string }[] } }}
 *   `edits` are offsets in the spun text: `original` is the clean text, `replacement` the spun text there
 * @example
 *   createSpinner([['tháng', 'mon']], { seed: 1, rate: 1 }).spin('Tháng 5').text //=> 'Mon 5'
 */
export function createSpinner(groups, options = {}) {
  /** phrase key (lowercase syllables joined by one space) → indexes of groups that contain it */
  const index = new Map();
  let maxLength = 1;
  groups.forEach((members, g) => {
    for (const member of members) {
      const key = member.toLowerCase();
      const list = index.get(key);
      if (list === undefined) index.set(key, [g]);
      else if (!list.includes(g)) list.push(g);
      maxLength = Math.max(maxLength, key.split(' ').length);
    }
  });
  /** Every other member of every group the phrase belongs to. */
  const choices = (key) => {
    const groupIds = index.get(key);
    if (groupIds === undefined) return undefined;
    const out = [];
    for (const g of groupIds) for (const m of groups[g]) if (m.toLowerCase() !== key) out.push(m);
    return out;
  };
  return createPhraseSpinner(choices, Math.min(maxLength, MAX_PHRASE), options);
}
