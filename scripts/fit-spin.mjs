#!/usr/bin/env node
// Fit the document spin score (src/score/spin-weights.json) by logistic regression on the TRAINING side: held-out
// lines of ../shared/data/corpora/train (every 100th line, left out of the n-gram counts by build-lm.mjs), cut into
// sentences and grouped into documents of 1, 5, 20 and 80 sentences in turn, each used clean (label 0) and spun
// (label 1) at a rate of 0.08, 0.2 or 0.4 in turn, by the seeded synthetic spinner with the real spinner's groups, or
// with the curated entries applied backwards. Features: src/score/spin-score.ts `spinFeatures` (densities, and the
// spin evidence summed over the text, which is what lets a long text be judged surely).
//
//   npm run build && node scripts/fit-spin.mjs [--docs 800] [--seed 7]
//
// Never reads the eval corpora. Run before scripts/fit-weights.mjs (which uses the spin score as a feature).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HOLDOUT_EVERY, readCuratedPairs, readHeldOut, splitHeldOutSentences, TRAIN_CORPORA } from './lib/held-out.mjs';
import { createDirectedSpinner } from './lib/spin-directed.mjs';
import { fitLogistic } from './lib/logistic.mjs';
import { createSpinner, readSpinnerGroups } from './lib/spin.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const shared = join(root, '../shared/data');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '800' }, seed: { type: 'string', default: '7' } } });
const DOCS = Number(values.docs);
const SEED = Number(values.seed);
if (!existsSync(shared)) {
  console.error('fit-spin: ../shared/data is absent; nothing to fit on');
  process.exit(2);
}
const pairs = readCuratedPairs(join(root, 'dist/dictionaries'));
const groups = readSpinnerGroups(join(shared, 'spin/wp-spin-tool-groups.txt'));
const RATES = [0.08, 0.2, 0.4];
const spinners = RATES.map((rate) => [createSpinner(groups, { seed: SEED, rate }), createDirectedSpinner(pairs, { seed: SEED, rate })]);
/** Document lengths in sentences, in turn: a headline, a passage, an article, a long page. */
const LENGTHS = [1, 5, 20, 80];
const perDoc = LENGTHS.reduce((a, b) => a + b, 0) / LENGTHS.length;
const perCorpus = Math.ceil((DOCS * perDoc) / TRAIN_CORPORA.length);
const byCorpus = await Promise.all(TRAIN_CORPORA.map((f) => readHeldOut(shared, f, perCorpus, splitHeldOutSentences)));
// Interleave the corpora sentence by sentence, so every document length sees news and encyclopaedia text.
const mixed = [];
for (let i = 0; i < perCorpus; i++) for (const list of byCorpus) if (i < list.length) mixed.push(list[i]);
const { createInspector, DENSITY_FEATURES: DENSITIES, spinFeatures } = await import(join(root, 'dist/internal.js'));
const inspect = createInspector({}, { fullSpinEvidence: true });
const FEATURES = ['strong', 'foreign', 'hitRate', 'evidenceRate', 'mixtureRate', 'mixtureTotal', 'sites'];
const rows = [];
for (let d = 0, at = 0; d < DOCS; d++) {
  const length = LENGTHS[d % LENGTHS.length];
  if (at + length > mixed.length) break;
  const clean = mixed.slice(at, at + length).join(' ');
  at += length;
  // Every length meets both spinners and every rate: the spinner changes with each round of lengths, the rate with
  // each second round.
  const kind = Math.floor(d / LENGTHS.length) % 2;
  const spinner = spinners[Math.floor(d / (2 * LENGTHS.length)) % RATES.length][kind];
  for (const [text, y] of [[clean, 0], [spinner.spin(clean).text, 1]]) {
    const s = inspect(text).signals;
    if (s === undefined || s.syllables === 0) continue;
    rows.push({ y, spinner: kind, length, x: spinFeatures(s) });
  }
}

function auc(score, only = () => true, onlyClean = () => true) {
  const pos = rows.filter((r) => r.y === 1 && only(r)).map(score);
  const neg = rows.filter((r) => r.y === 0 && onlyClean(r)).map(score);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / pos.length / neg.length;
}

// Two stages. The densities are fitted on passages of 5 sentences, as before the summed features existed: they
// decide short texts, where a sum is small. Then the summed evidence (mixture and sites) is fitted on texts of every
// length with the densities' score as a fixed offset, so it adds what length makes sure without reshaping what the
// densities say about short texts.
const passages = rows.filter((r) => r.length === 5);
const dense = fitLogistic(
  passages.map((r) => [1, ...r.x.slice(0, DENSITIES)]),
  passages.map((r) => r.y),
).w;
const denseZ = (x) => dense[0] + x.slice(0, DENSITIES).reduce((sum, v, k) => sum + v * dense[k + 1], 0);
const summed = fitLogistic(
  rows.map((r) => [1, denseZ(r.x), ...r.x.slice(DENSITIES)]),
  rows.map((r) => r.y),
  { fixed: { 0: 0, 1: 1 } },
).w;
const w = [...dense, ...summed.slice(2)];
const lin = (x) => w[0] + x.reduce((sum, v, k) => sum + v * w[k + 1], 0);
const round = (v) => Math.round(v * 1000) / 1000;
const result = {
  bias: round(w[0]),
  ...Object.fromEntries(FEATURES.map((f, k) => [f, round(w[k + 1])])),
  fitted: {
    command: `node scripts/fit-spin.mjs --docs ${DOCS} --seed ${SEED}`,
    data: `held-out lines (every ${HOLDOUT_EVERY}th) of ${TRAIN_CORPORA.join(', ')}, as ${rows.length / 2} documents of ${LENGTHS.join(', ')} sentences in turn, clean and spun at rates ${RATES.join(', ')} in turn; densities fitted on the 5-sentence ones, sums on all`,
    features: 'per 100 syllables: strong matches, foreign words; per group site (at least 10): group hits, group evidence (log10, capped), mixture log-likelihood ratio; summed over the text: mixture (per 10), sites (per 100)',
    aucTrainingSide: round(auc((r) => lin(r.x))),
  },
};
writeFileSync(join(root, 'src/score/spin-weights.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
for (const [k, f] of FEATURES.entries()) console.log(`AUC of ${f} alone: ${auc((r) => r.x[k]).toFixed(4)}`);
for (const length of LENGTHS) {
  console.log(`AUC, documents of ${length} sentences: ${auc((r) => lin(r.x), (r) => r.length === length, (r) => r.length === length).toFixed(4)}`);
}
for (const [k, name] of ['synonym groups', 'curated entries backwards'].entries()) {
  console.log(`AUC, documents spun with the ${name}: ${auc((r) => lin(r.x), (r) => r.spinner === k).toFixed(4)}`);
}
