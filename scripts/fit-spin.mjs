#!/usr/bin/env node
// Fit the document spin score (src/score/spin-weights.json) by logistic regression on the TRAINING side: held-out
// lines of ../shared/data/corpora/train (every 100th line, left out of the n-gram counts by build-lm.mjs), cut into
// sentences and grouped into documents of 5 sentences, each used clean (label 0) and spun (label 1) by the seeded
// synthetic spinner with the real spinner's groups, or with the curated entries applied backwards. Features are the
// spin signals per 100 syllables (see src/score/spin-score.ts).
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
const { createInspector } = await import(join(root, 'dist/internal.js'));

const pairs = readCuratedPairs(join(root, 'dist/dictionaries'));
const spinners = [
  createSpinner(readSpinnerGroups(join(shared, 'spin/wp-spin-tool-groups.txt')), { seed: SEED, rate: 0.2 }),
  createDirectedSpinner(pairs, { seed: SEED, rate: 0.2 }),
];
const perCorpus = Math.ceil((DOCS * 5) / TRAIN_CORPORA.length);
const sentences = (await Promise.all(TRAIN_CORPORA.map((f) => readHeldOut(shared, f, perCorpus, splitHeldOutSentences)))).flat();
const inspect = createInspector();
const FEATURES = ['strong', 'foreign', 'hitRate', 'evidenceRate', 'mixtureRate'];
const MIN_SITES = 10; // as in src/score/spin-score.ts
const rows = [];
for (let d = 0; d + 5 <= sentences.length && rows.length < DOCS * 2; d += 5) {
  const clean = sentences.slice(d, d + 5).join(' ');
  const spinner = spinners[(d / 5) % 2];
  for (const [text, y] of [[clean, 0], [spinner.spin(clean).text, 1]]) {
    const s = inspect(text).signals;
    if (s === undefined || s.syllables === 0) continue;
    const per = 100 / Math.max(s.syllables, 20);
    const perSite = 1 / Math.max(s.groupSites, MIN_SITES);
    rows.push({ y, spinner: (d / 5) % 2, x: [s.strongMatches * per, s.foreignWords * per, s.groupHits * perSite, s.groupEvidence * perSite, s.groupMixture * perSite] });
  }
}

function auc(score, only = () => true) {
  const pos = rows.filter((r) => r.y === 1 && only(r)).map(score);
  const neg = rows.filter((r) => r.y === 0).map(score);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / pos.length / neg.length;
}

const { w } = fitLogistic(
  rows.map((r) => [1, ...r.x]),
  rows.map((r) => r.y),
);
const lin = (x) => w[0] + x.reduce((sum, v, k) => sum + v * w[k + 1], 0);
const round = (v) => Math.round(v * 1000) / 1000;
const result = {
  bias: round(w[0]),
  ...Object.fromEntries(FEATURES.map((f, k) => [f, round(w[k + 1])])),
  fitted: {
    command: `node scripts/fit-spin.mjs --docs ${DOCS} --seed ${SEED}`,
    data: `held-out lines (every ${HOLDOUT_EVERY}th) of ${TRAIN_CORPORA.join(', ')}, as ${rows.length / 2} documents of 5 sentences, clean and spun`,
    features: 'per 100 syllables: strong matches, foreign words; per group site (at least 10): group hits, group evidence (log10, capped), mixture log-likelihood ratio',
    aucTrainingSide: round(auc((r) => lin(r.x))),
  },
};
writeFileSync(join(root, 'src/score/spin-weights.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
for (const [k, f] of FEATURES.entries()) console.log(`AUC of ${f} alone: ${auc((r) => r.x[k]).toFixed(4)}`);
for (const [k, name] of ['synonym groups', 'curated entries backwards'].entries()) {
  console.log(`AUC, documents spun with the ${name}: ${auc((r) => lin(r.x), (r) => r.spinner === k).toFixed(4)}`);
}
