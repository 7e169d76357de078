/**
 * The document's spin-score signals, counted in the first pass (src/score/spin-score.ts turns them into a score).
 * @module
 */
import type { SpinSignals } from '../score/spin-score.js';
import type { SentenceSet } from './foreign.js';
import type { RuleMatch } from './match.js';
import type { WordChain } from './word-chain.js';

/** Priors from here up mark forms that (nearly) never occur in clean text: they drive the spin score. @internal */
export const STRONG_PRIOR: number = 0.9;

/** Token `i` is three or more of the letters a-z and nothing else (a lowercase English-looking word). */
function isLowerLatinWord(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  const end = chain.table.ends[i] as number;
  if (end - start < 3) return false;
  for (let k = start; k < end; k++) {
    const c = chain.text.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * Signals of the document spin score that the text and its rule matches give, gathered in the first pass; the
 * spinner-group evidence (zero here) is filled in from the sites the language model scores.
 * @internal
 */
export function spinSignals(chain: WordChain, matches: readonly RuleMatch[], vietnamese: SentenceSet): SpinSignals {
  const { table } = chain;
  let foreignWords = 0;
  for (const i of chain.words) {
    if (isLowerLatinWord(chain, i) && vietnamese.has(table.sentences[i] as number)) foreignWords++;
  }
  const strongStarts = new Set<number>();
  for (const m of matches) {
    const e = m.rule.entry;
    if (e.confidence >= STRONG_PRIOR && (e.category === 'spin' || e.category === 'teencode')) {
      strongStarts.add(m.first);
    }
  }
  return {
    syllables: chain.syllables,
    strongMatches: strongStarts.size,
    foreignWords,
    groupHits: 0,
    groupEvidence: 0,
    groupSites: 0,
    groupMixture: 0,
  };
}
