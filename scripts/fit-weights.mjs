#!/usr/bin/env node
// Fit the confidence model's weights (src/score/weights.json) and the per-entry offsets (src/score/entry-offsets.json)
// by logistic regression on the TRAINING side:
// held-out lines of ../shared/data/corpora/train (every 100th line, which scripts/build-lm.mjs leaves out of the
// n-gram counts), grouped into documents of 5 lines, 5 sentences or 1 sentence, each used clean and spun by the seeded synthetic spinner with
// the real spinner's groups or with the curated entries applied backwards. Every candidate despin proposes is a sample: features from its reasons (prior,
// lm ratio, document spin score, guard), label = it restores exactly what the spinner replaced.
//
// Plus the team's dev set (dev/paragraphs/*.yaml, hand-spun paragraphs with gold repairs, distinct from the held-out
// eval/): every candidate there is a sample too, labelled like the evaluation does (applying it alone brings the text
// closer to the gold), with weight --dev-weight, because it is the only data spun the way real spinners spin.
//
//   npm run build && node scripts/fit-weights.mjs [--docs 6000] [--seed 11] [--dev-weight 7] [--rates 0.08,0.15,0.25,0.4]
//
// Curated entries with at least 10 samples also get an offset of their own (scripts/lib/entry-offsets.mjs), fitted
// beside the shared weights in two alternating rounds.
//
// Never reads the eval corpora or eval/.
//
// The samples are the candidates despin returns, and where candidates overlap the current weights decide which one
// comes back: a second run after a refit therefore moves the weights a little (about 0.003 on each), it does not
// reproduce them exactly.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HOLDOUT_EVERY, readCompiledEntries, readCuratedPairs, readHeldOut, splitHeldOutSentences, TRAIN_CORPORA } from './lib/held-out.mjs';
import { createDirectedSpinner } from './lib/spin-directed.mjs';
import { loadParagraphs } from './eval/datasets.mjs';
import { judgeDocument } from './eval/judge.mjs';
import { fitWithEntryOffsets } from './lib/entry-offsets.mjs';
import { fitLogistic } from './lib/logistic.mjs';
import { createSpinner, readSpinnerGroups } from './lib/spin.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const shared = join(root, '../shared/data');
const { values } = parseArgs({
  options: { docs: { type: 'string', default: '6000' }, seed: { type: 'string', default: '11' }, 'dev-weight': { type: 'string', default: '7' },
    rates: { type: 'string', default: '0.08,0.15,0.25,0.4' },
  },
});
const DEV_WEIGHT = Number(values['dev-weight']);
/** Entries with at least this many samples get an offset; the penalty is worth `l2` samples (entry-offsets.mjs). */
const ENTRY_OFFSET_OPTIONS = { minSamples: 10, l2: 5 };
/** Offsets smaller than this are left out of src/score/entry-offsets.json. */
const MIN_OFFSET = 0.05;
const DOCS = Number(values.docs);
const SEED = Number(values.seed);
// Spin rates, taken in turn by document: real spinners rewrite anything from a few places in a hundred to half of
// them, and a fit on one rate cannot learn how the document's evidence (hit rate, spin score) should scale.
const RATES = values.rates.split(',').map(Number);
if (RATES.some((r) => !(r > 0 && r <= 1))) {
  console.error(`fit-weights: --rates must be numbers in (0, 1], got ${values.rates}`);
  process.exit(2);
}

if (!existsSync(shared)) {
  console.error('fit-weights: ../shared/data is absent; nothing to fit on');
  process.exit(2);
}
const { despin } = await import(join(root, 'dist/index.js'));

/** The number in an edit's reason `tag:value` ("lm:+2.30" → 2.3), or undefined. */
function reasonValue(edit, tag) {
  const r = edit.reasons.find((x) => x.startsWith(`${tag}:`));
  return r === undefined ? undefined : Number(r.slice(tag.length + 1));
}

function groupFeatures(edit) {
  const get = (tag) => reasonValue(edit, tag);
  const lm = get('lm');
  const alternatives = get('alternatives');
  const spin = get('doc-spin');
  const hitRate = get('hit-rate');
  if (lm === undefined || alternatives === undefined || spin === undefined || hitRate === undefined) return undefined;
  const CLIP_G = 6;
  return {
    x: [
      Math.max(-CLIP_G, Math.min(CLIP_G, lm)),
      Math.log(Math.max(1, alternatives)),
      spin - 0.5,
      hitRate,
      edit.reasons.includes('edge:rare') ? 1 : 0,
      Math.max(0, -(get('length') ?? 0)),
      Math.max(0, get('length') ?? 0),
      edit.reasons.includes('family:confirmed') ? 1 : 0,
    ],
  };
}

function features(edit) {
  const get = (tag) => reasonValue(edit, tag);
  const prior = get('prior');
  const lm = get('lm');
  const spin = get('doc-spin');
  if (prior === undefined || spin === undefined) return undefined;
  const q = Math.min(0.999, Math.max(0.001, prior));
  return {
    x: [
      Math.log(q / (1 - q)),
      lm ?? 0,
      spin - 0.5,
      edit.reasons.some((r) => r.startsWith('guard:when')) ? 1 : 0,
      edit.reasons.includes('family:confirmed') ? 1 : 0,
      Math.max(0, -(get('length') ?? 0)),
      Math.max(0, get('length') ?? 0),
      (spin - 0.5) * (1 - prior),
    ],
    hasLm: lm !== undefined,
  };
}

const groups = readSpinnerGroups(join(shared, 'spin/wp-spin-tool-groups.txt'));
// Two spinners, alternating by document: the real spinner's synonym groups, and the curated entries applied
// backwards (the families the dictionaries describe).
const pairs = readCuratedPairs(join(root, 'dist/dictionaries'));
const spinners = RATES.map((rate) => [createSpinner(groups, { seed: SEED, rate }), createDirectedSpinner(pairs, { seed: SEED, rate })]);
const perCorpus = Math.ceil((DOCS * 5) / TRAIN_CORPORA.length);
const lines = (
  await Promise.all(TRAIN_CORPORA.map((f) => readHeldOut(shared, f, perCorpus, (line) => (line.length >= 40 ? [line] : []))))
).flat();
// Documents of three sizes, in turn, because confidence depends on how sure the spin score can be: a whole
// article (5 lines), a short passage (5 sentences) and a single sentence.
const documents = [];
for (let d = 0; d + 5 <= lines.length && documents.length < DOCS; d += 5) {
  const block = lines.slice(d, d + 5);
  const size = documents.length % 3;
  if (size === 0) documents.push(block.join('\n'));
  else if (size === 1) documents.push(block.flatMap(splitHeldOutSentences).slice(0, 5).join(' '));
  else documents.push(block.flatMap(splitHeldOutSentences)[0] ?? block[0]);
}
const samples = [];
const groupSamples = [];
let spunDocs = 0;
for (const [d, clean] of documents.entries()) {
  const byRate = spinners[Math.floor(d / 2) % spinners.length] ?? spinners[0];
  const spun = byRate[d % 2].spin(clean);
  if (spun.edits.length > 0) spunDocs++;
  for (const [text, truth] of [[clean, []], [spun.text, spun.edits]]) {
    const r = despin(text, { minConfidence: 1, suggestConfidence: 0 });
    for (const e of [...r.edits, ...r.suggestions]) {
      if (e.category !== 'spin' && e.category !== 'teencode') continue;
      const fromGroups = e.reasons.includes('source:spin-groups');
      const f = fromGroups ? groupFeatures(e) : features(e);
      if (f === undefined) continue;
      // Right = inside a place the spinner changed, and applying it there gives back what the spinner replaced
      // (edits are trimmed to the words that change, so they can be smaller than the spinner's phrase).
      const right = truth.some((t) => {
        if (e.start < t.start || e.end > t.end) return false;
        const spun = text.slice(t.start, t.end);
        const repaired = spun.slice(0, e.start - t.start) + e.replacement + spun.slice(e.end - t.start);
        return repaired.toLowerCase() === t.original.toLowerCase();
      });
      (fromGroups ? groupSamples : samples).push({ ...f, y: right ? 1 : 0, rule: e.ruleId });
    }
  }
}

// The team's dev set: real-style spins, labelled by the gold.
const devDocs = existsSync(join(root, 'dev/paragraphs')) ? loadParagraphs(root, 'dev/paragraphs') : [];
let devSamples = 0;
for (const doc of devDocs) {
  const r = despin(doc.spun, { minConfidence: 1, suggestConfidence: 0 });
  for (const j of judgeDocument(doc.spun, doc.gold, r).judged) {
    const e = j.edit;
    if (e.category !== 'spin' && e.category !== 'teencode') continue;
    const fromGroups = e.reasons.includes('source:spin-groups');
    const f = fromGroups ? groupFeatures(e) : features(e);
    if (f === undefined) continue;
    (fromGroups ? groupSamples : samples).push({ ...f, y: j.right ? 1 : 0, weight: DEV_WEIGHT, rule: e.ruleId });
    devSamples++;
  }
}

// Logistic regression (Newton's method, small L2 penalty); the lm feature is clipped as at run time. The prior enters
// as an offset with weight 1: it is the curated belief of the entry's author, and the synthetic spins (made from
// the spinner's groups) do not exercise the curated syllable-in-compound entries enough to re-weight it.
const CLIP = 6;
const Y = samples.map((s) => s.y);
// Each entry with enough samples also gets an offset of its own (scripts/lib/entry-offsets.mjs), fitted in turn with
// the shared weights; so does each spinner-group pair (member → synonym) with enough samples.
const curated = fitWithEntryOffsets(
  samples.map((s) => ({ ...s, key: s.rule })),
  (s) => [1, s.x[0], Math.max(-CLIP, Math.min(CLIP, s.x[1])), s.x[2], s.x[3], s.x[4], s.x[5], s.x[6], s.x[7]],
  fitLogistic,
  { fixed: { 1: 1 }, ...ENTRY_OFFSET_OPTIONS },
);
const { w, logLoss } = curated;
// Spinner-group candidates: no prior; the model's ratio, how many synonyms the spinner could have picked, the
// document's spin score and share of group places the model would change (both without the place's own evidence)
// and a rare edge bigram. A pair's samples are pooled by rule id, which names one pair but for a few slug clashes
// ("có" and "cỏ"): those pairs get no offset.
const internal = await import(join(root, 'dist/internal.js'));
const groupIndex = internal.buildRuleIndex([], internal.loadSpinGroups());
const pairsById = new Map();
groupIndex.groups.alternatives.forEach((alternatives, from) => {
  for (const to of alternatives) {
    const { id, to: text, from: forms } = internal.groupRule(groupIndex, from, to).entry;
    pairsById.set(id, pairsById.has(id) ? null : { to: text, from: forms.map((k) => k.join(' ')) });
  }
});
const GY = groupSamples.map((s) => s.y);
const group = fitWithEntryOffsets(
  groupSamples.map((s) => ({ ...s, key: pairsById.get(s.rule) ? s.rule : undefined })),
  (s) => [1, ...s.x],
  fitLogistic,
  ENTRY_OFFSET_OPTIONS,
);
const round = (v) => Math.round(v * 1000) / 1000;
const result = {
  bias: round(w[0]),
  prior: round(w[1]),
  lm: round(w[2]),
  docSpin: round(w[3]),
  guard: round(w[4]),
  family: round(w[5]),
  shorter: round(w[6]),
  longer: round(w[7]),
  ambiguousSpin: round(w[8]),
  lmClip: CLIP,
  group: {
    bias: round(group.w[0]),
    lm: round(group.w[1]),
    alternatives: round(group.w[2]),
    docSpin: round(group.w[3]),
    hitRate: round(group.w[4]),
    rareEdge: round(group.w[5]),
    shorter: round(group.w[6]),
    longer: round(group.w[7]),
    family: round(group.w[8]),
    lmClip: CLIP,
    samples: GY.length,
    positives: GY.reduce((a, b) => a + b, 0),
    meanLogLoss: round(group.logLoss),
  },
  fitted: {
    command: `node scripts/fit-weights.mjs --docs ${DOCS} --seed ${SEED} --dev-weight ${DEV_WEIGHT} --rates ${values.rates}`,
    data: `held-out lines (every ${HOLDOUT_EVERY}th) of ${TRAIN_CORPORA.join(', ')}; ${documents.length} documents (5 lines, 5 sentences or 1 sentence, in turn), clean and spun at rates ${RATES.join(', ')} in turn (${spunDocs} with spins); dev set: ${devDocs.length} paragraphs, ${devSamples} candidates, weight ${DEV_WEIGHT}`,
    samples: samples.length,
    positives: Y.reduce((a, b) => a + b, 0),
    meanLogLoss: round(logLoss),
  },
};
writeFileSync(join(root, 'src/score/weights.json'), `${JSON.stringify(result, null, 2)}\n`);

// The offsets, with each entry's repair and spun forms: the engine applies an offset only to the entry it was fitted
// on (test/score/entry-offsets.test.ts fails when an entry changed since the fit).
const entries = new Map(readCompiledEntries(join(root, 'dist/dictionaries')).map((e) => [e.id, e]));
const kept = {};
const described = (id) => {
  const entry = entries.get(id);
  return entry === undefined ? pairsById.get(id) ?? undefined : { to: entry.to, from: entry.from.map((k) => k.join(' ')) };
};
for (const [id, o] of [...curated.offsets, ...group.offsets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const what = described(id);
  if (what === undefined || Math.abs(o.offset) < MIN_OFFSET) continue;
  kept[id] = { ...what, offset: round(o.offset), samples: o.samples, right: o.positives };
}
const offsetFile = {
  fitted: {
    command: result.fitted.command,
    data: result.fitted.data,
    rule: `curated entries and spinner-group pairs with at least ${ENTRY_OFFSET_OPTIONS.minSamples} samples; L2 penalty ${ENTRY_OFFSET_OPTIONS.l2}; offsets below ${MIN_OFFSET} left out`,
  },
  offsets: kept,
};
writeFileSync(join(root, 'src/score/entry-offsets.json'), `${JSON.stringify(offsetFile, null, 2)}\n`);
console.error(`fit-weights: ${Object.keys(kept).length} offsets (entries and group pairs) written to src/score/entry-offsets.json`);
console.log(JSON.stringify(result, null, 2));
