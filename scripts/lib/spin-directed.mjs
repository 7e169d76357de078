/**
 * A seeded spinner that applies curated dictionary entries backwards: where clean text has an entry's repair
 * (`to`), it writes one of the entry's spun forms (`from`), about one place in five. This imitates the spinner
 * families the dictionaries describe (văn bản → văn phiên bản, có → sở hữu), so fitting sees them, not only the
 * synonym-group swaps of scripts/lib/spin.mjs.
 *
 * @example
 *   import { createDirectedSpinner } from './lib/spin-directed.mjs';
 *   const spinner = createDirectedSpinner([{ to: 'văn bản', from: ['văn phiên bản'] }], { seed: 1, rate: 1 });
 *   spinner.spin('Ban hành văn bản mới.').text; //=> 'Ban hành văn phiên bản mới.'
 */
import { createRandom } from './spin.mjs';

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * @param {{ to: string, from: string[] }[]} pairs repairs and their spun forms (space-separated syllables)
 * @param {{ seed?: number, rate?: number }} [options]
 * @returns {{ spin(text: string): { text: string, edits: { start: number, end: number, original: string, replacement: string }[] } }}
 *   edits in spun-text offsets, as in spin.mjs
 */
export function createDirectedSpinner(pairs, options = {}) {
  const rnd = createRandom(options.seed ?? 1);
  const rate = options.rate ?? 0.2;
  const index = new Map();
  let maxLength = 1;
  for (const { to, from } of pairs) {
    const key = to.toLowerCase();
    if (key === '' || !/^[\p{L}\p{M}\p{N} ]+$/u.test(key)) continue;
    const list = index.get(key) ?? [];
    for (const f of from) if (f.toLowerCase() !== key) list.push(f);
    if (list.length > 0) index.set(key, list);
    maxLength = Math.max(maxLength, key.split(' ').length);
  }
  function spin(text) {
    const words = [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const out = [];
    const edits = [];
    let cursor = 0;
    let shift = 0;
    for (let i = 0; i < words.length; ) {
      let found = 0;
      let key = '';
      for (let len = Math.min(maxLength, words.length - i); len >= 1 && found === 0; len--) {
        let ok = true;
        for (let k = i + 1; k < i + len && ok; k++) ok = text.slice(words[k - 1].end, words[k].start) === ' ';
        const candidate = ok ? text.slice(words[i].start, words[i + len - 1].end).toLowerCase() : '';
        if (ok && index.has(candidate)) {
          found = len;
          key = candidate;
        }
      }
      if (found === 0) {
        i++;
        continue;
      }
      const first = words[i];
      const last = words[i + found - 1];
      i += found;
      if (rnd() >= rate) continue;
      const options = index.get(key);
      let replacement = options[Math.floor(rnd() * options.length)];
      const original = text.slice(first.start, last.end);
      if (original[0] !== original[0].toLowerCase()) replacement = replacement[0].toUpperCase() + replacement.slice(1);
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
