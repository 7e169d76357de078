// Association of an original's syllables (pointwise mutual information, from VietNews syllable counts): a compound
// word ("văn bản", 5.8 bits) scores high, a chance neighbourhood of two words ("đã có", "biết tiếng") low.
import { readFileSync } from 'node:fs';
import { keyOf } from './candidates.mjs';

const VIETNEWS_SHARE = 55.7 / 88.7; // an original's count covers all three training corpora
const VIETNEWS_TOKENS = 79.5e6;

/**
 * @param {string} file syllable-freq-vietnews.tsv (syllable TAB count)
 * @returns {(original: string, count: number) => number} bits; for three or more syllables the weakest adjacent
 *   pair, with the phrase's own count standing in for the pair's (a lower bound)
 */
export function loadPmi(file) {
  const unigram = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, n] = line.split('\t');
    if (!word || !n) continue;
    const key = keyOf(word);
    unigram.set(key, (unigram.get(key) ?? 0) + Number(n));
  }
  return (original, count) => {
    const n = original.split(' ').map((p) => unigram.get(keyOf(p)) ?? 1);
    let min = Infinity;
    for (let i = 0; i + 1 < n.length; i++) {
      min = Math.min(min, Math.log2((count * VIETNEWS_SHARE * VIETNEWS_TOKENS) / (n[i] * n[i + 1])));
    }
    return min;
  };
}
