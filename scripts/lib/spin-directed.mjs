/**
 * A seeded spinner that applies curated dictionary entries backwards: where clean text has an entry's repair
 * (`to`), it writes one of the entry's spun forms (`from`), about one place in five. This imitates the spinner
 * families the dictionaries describe (văn bản → văn phiên bản, có → sở hữu), so fitting sees them, not only the
 * synonym-group swaps of createSpinner. Same scan, seed and output shape as spin.mjs.
 *
 * @example
 *   import { createDirectedSpinner } from './lib/spin-directed.mjs';
 *   const spinner = createDirectedSpinner([{ to: 'văn bản', from: ['văn phiên bản'] }], { seed: 1, rate: 1 });
 *   spinner.spin('Ban hành văn bản mới.').text; //=> 'Ban hành văn phiên bản mới.'
 */
import { createPhraseSpinner } from './spin.mjs';

/**
 * @param {{ to: string, from: string[] }[]} pairs repairs and their spun forms (space-separated syllables)
 * @param {{ seed?: number, rate?: number }} [options]
 */
export function createDirectedSpinner(pairs, options = {}) {
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
  return createPhraseSpinner((key) => index.get(key), maxLength, options);
}
