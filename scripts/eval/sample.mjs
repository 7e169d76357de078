/**
 * Seeded samples of the eval corpora: clean 5-sentence documents (false positives), the same kind of
 * documents spun (spin-detection AUC) and spun single sentences (synthetic ERR). The corpora's sentences are
 * cut into consecutive blocks of five, the blocks are shuffled with the seed, and disjoint slices of the
 * shuffled list feed each dataset, so a run with the same seed and sizes sees the same text.
 *
 * @example
 *   const s = sampleEvalSets(shared, { seed: 20261130, aucDocs: 300, sentences: 2000, cleanDocs: 4000 });
 */
import path from 'node:path';
import { createRandom, createSpinner, readSpinnerGroups } from '../lib/spin.mjs';
import { EVAL_CORPORA, readCorpusLines, splitSentences } from './datasets.mjs';
import { escapeGold } from './gold.mjs';
import { toTokenTexts } from './tokens.mjs';

const BLOCK = 5;
const MIN_TOKENS = 6;
const MAX_TOKENS = 80;

function shuffleInPlace(list, rnd) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * @param {string} sharedData path of ../shared/data
 * @param {{ seed: number, aucDocs: number, sentences: number, cleanDocs: number, rate?: number }} options
 * @returns {{ aucDocs: { id: string, clean: string, spun: string }[], sentences: { id: string, input: string, gold: string, group: string }[], cleanDocs: string[], cleanSentences: number, corpusSentences: number }}
 */
export function sampleEvalSets(sharedData, options) {
  const blocks = [];
  for (const name of EVAL_CORPORA) {
    const sentences = readCorpusLines(path.join(sharedData, 'corpora/eval', name)).flatMap(splitSentences);
    for (let i = 0; i + BLOCK <= sentences.length; i += BLOCK) blocks.push({ corpus: name.replace(/\.txt\.xz$/, ''), at: i, sentences: sentences.slice(i, i + BLOCK) });
  }
  const corpusSentences = blocks.length * BLOCK;
  shuffleInPlace(blocks, createRandom(options.seed));
  const spinner = createSpinner(readSpinnerGroups(path.join(sharedData, 'spin/wp-spin-tool-groups.txt')), {
    seed: options.seed,
    rate: options.rate ?? 0.2,
  });

  let b = 0;
  const aucDocs = [];
  while (aucDocs.length < options.aucDocs && b < blocks.length) {
    const block = blocks[b++];
    const clean = block.sentences.join(' ');
    aucDocs.push({ id: `${block.corpus}#${block.at}`, clean, spun: block.sentences.map((s) => spinner.spin(s).text).join(' ') });
  }
  const sentences = [];
  while (sentences.length < options.sentences && b < blocks.length) {
    const block = blocks[b++];
    block.sentences.forEach((s, k) => {
      const n = toTokenTexts(s).length;
      if (sentences.length >= options.sentences || n < MIN_TOKENS || n > MAX_TOKENS) return;
      sentences.push({ id: `${block.corpus}#${block.at + k}`, input: spinner.spin(s).text, gold: escapeGold(s), group: block.corpus });
    });
  }
  const cleanDocs = [];
  while (cleanDocs.length < options.cleanDocs && b < blocks.length) cleanDocs.push(blocks[b++].sentences.join(' '));
  return { aucDocs, sentences, cleanDocs, cleanSentences: cleanDocs.length * BLOCK, corpusSentences };
}
