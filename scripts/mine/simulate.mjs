// A small stand-in for the engine's example runner, used while curating: every match of a dictionary whose
// guards pass is applied (longest first, left to right, no overlaps), as the compiler's spec check does.
// The real check is test/dictionaries.test.ts; this one lets the miner pick examples that no other entry of
// the same file disturbs.
import { toSyllableKey } from './tone-key.mjs';

const WORD = /[\p{L}\p{M}]+/gu;

const keysOf = (phrase) => phrase.toLowerCase().normalize('NFC').split(' ').map(toSyllableKey);

/**
 * @param {{from: string[], to: string, when?: object, unless?: object}[]} entries
 */
export function compileEntries(entries) {
  const root = new Map();
  entries.forEach((entry, index) => {
    for (const phrase of entry.from) {
      let node = { next: root };
      for (const key of keysOf(phrase)) {
        if (!node.next.has(key)) node.next.set(key, { next: new Map(), ids: [] });
        node = node.next.get(key);
      }
      node.ids.push(index);
    }
  });
  const guard = (g) => g && { prev: (g.prev ?? []).map(keysOf), next: (g.next ?? []).map(keysOf) };
  return { root, entries: entries.map((e) => ({ ...e, whenK: guard(e.when), unlessK: guard(e.unless) })) };
}

function tokenize(text) {
  const words = [...text.normalize('NFC').matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: toSyllableKey(m[0].toLowerCase()) }));
  for (let i = 0; i + 1 < words.length; i++) {
    const gap = text.slice(words[i].end, words[i + 1].start);
    words[i].linked = gap === ' ' || gap === '\u00a0';
  }
  // A letter glued to a digit or hyphen is not a syllable token for our purposes.
  return words;
}

function phraseAt(words, from, keys, dir) {
  let i = from;
  for (let k = 0; k < keys.length; k++) {
    const idx = dir > 0 ? i + k : i - k;
    const key = dir > 0 ? keys[k] : keys[keys.length - 1 - k];
    const w = words[idx];
    if (!w || w.key !== key) return false;
    const link = dir > 0 ? words[idx - 1] : w;
    if (!link?.linked) return false;
  }
  return true;
}

function guardHit(words, first, last, g) {
  if (!g) return false;
  if (g.prev.some((p) => phraseAt(words, first - 1, p, -1))) return true;
  if (g.next.some((p) => phraseAt(words, last + 1, p, 1))) return true;
  return false;
}

/** All guarded matches: {first, last, entry}. */
export function findMatches(text, dict) {
  const words = tokenize(text);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    let node = dict.root.get(words[i].key);
    let j = i;
    while (node) {
      for (const id of node.ids) {
        const e = dict.entries[id];
        if (guardHit(words, i, j, e.unlessK)) continue;
        if (e.whenK && !guardHit(words, i, j, e.whenK)) continue;
        out.push({ first: i, last: j, entry: e, start: words[i].start, end: words[j].end });
      }
      if (!words[j].linked) break;
      j++;
      node = node.next.get(words[j]?.key);
    }
  }
  return out;
}

/** Apply the best non-overlapping matches (longest first, then leftmost). Case: lower/Title/UPPER kept. */
export function applyDictionary(text, dict) {
  const matches = findMatches(text, dict).sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = [];
  for (const m of matches) if (!taken.some((t) => !(m.last < t.first || m.first > t.last))) taken.push(m);
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const m of taken) {
    const orig = text.slice(m.start, m.end);
    let rep = m.entry.to;
    if (orig === orig.toUpperCase() && orig !== orig.toLowerCase() && orig.length > 1) rep = rep.toUpperCase();
    else if (orig[0] !== orig[0].toLowerCase()) rep = rep[0].toUpperCase() + rep.slice(1);
    out = out.slice(0, m.start) + rep + out.slice(m.end);
  }
  return { text: out, matches: taken };
}
