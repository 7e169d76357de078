#!/usr/bin/env node
/**
 * vietnorm's evaluation harness (`npm run eval` = build + this script). Measures `despin` from the built
 * package on the gold datasets in eval/ and on seeded samples of ../shared/data/corpora/eval, prints the
 * figures and optionally writes docs/quality.md and a JSON file.
 *
 *   node scripts/eval.mjs [--quick] [--out docs/quality.md] [--json [eval/.cache/last.json]]
 *                         [--module dist/index.js] [--seed 20261130] [--no-thresholds]
 *
 * Exit code: 0 after a run (targets missed or not), 2 on a usage error or when the module has no `despin`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { computeAuc } from './eval/auc.mjs';
import { findSharedData, loadArticle, loadParagraphs } from './eval/datasets.mjs';
import { firstGoldText } from './eval/gold.mjs';
import { parseArgs } from './eval/args.mjs';
import { renderReport, renderSummary } from './eval/report.mjs';
import { sampleEvalSets } from './eval/sample.mjs';
import { scoreClean } from './eval/score-clean.mjs';
import { scoreGoldSet } from './eval/score-gold.mjs';
import { createSystem, describeSystem, safeScore } from './eval/system.mjs';
import { buildReliability, topMissed, topWrong } from './eval/summarize.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = { full: { sentences: 2000, aucDocs: 300, cleanDocs: 4000 }, quick: { sentences: 400, aucDocs: 100, cleanDocs: 800 } };
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const THRESHOLD_SUBSET = { sentences: 1000, cleanDocs: 1500 };
const THRESHOLD_BUDGET_S = 45;

const note = (msg) => process.stderr.write(`eval: ${msg}\n`);

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    note(error.message);
    return 2;
  }
  if (args.help) {
    process.stdout.write('Usage: node scripts/eval.mjs [--quick] [--out FILE] [--json [FILE]] [--module FILE] [--seed N] [--no-thresholds]\n');
    return 0;
  }
  const started = Date.now();
  const modulePath = path.resolve(REPO, args.module);
  let lib;
  try {
    lib = await import(pathToFileURL(modulePath).href);
  } catch (error) {
    note(`cannot load ${args.module}: ${error.message} (run \`npm run build\` first)`);
    return 2;
  }
  if (typeof lib.despin !== 'function') {
    note(`${args.module} does not export \`despin\` (run \`npm run build\` first)`);
    return 2;
  }
  const despinWith = (options) => createSystem(lib, options);
  const system = despinWith(undefined);

  const provenance = describeSystem(REPO, modulePath);
  const article = loadArticle(REPO);
  const paragraphs = loadParagraphs(REPO);
  const shared = findSharedData(REPO);
  const sizes = args.quick ? SIZES.quick : SIZES.full;
  let sample;
  if (shared === undefined) note('../shared/data is absent: skipping the synthetic spins and the clean-text false positives');
  else sample = sampleEvalSets(shared, { seed: args.seed, ...sizes });

  const articleDocs = [{ id: article.id, input: article.input, gold: article.gold }];
  const paragraphDocs = paragraphs.map((p) => ({ id: p.id, input: p.spun, gold: p.gold, group: p.domain }));
  const syntheticDocsOf = (s) => s.aucDocs.map((d) => ({ id: d.id, input: d.spun, gold: d.clean.replace(/[{}|\\]/g, '\\$&') }));

  const f = { meta: { module: args.module, date: new Date().toISOString(), node: process.versions.node, seed: args.seed, quick: args.quick, shared: shared !== undefined, timings: {}, ...provenance } };
  const timed = (name, fn) => {
    note(name);
    const t0 = performance.now();
    const value = fn();
    f.meta.timings[name] = (performance.now() - t0) / 1000;
    return value;
  };
  const scored = timed('gold article and paragraphs', () => ({ article: scoreGoldSet(articleDocs, system), paragraphs: scoreGoldSet(paragraphDocs, system) }));
  // The paragraphs' gold texts as input: clean text full of legitimate uses of spun-looking words.
  const traps = timed('clean paragraphs', () => scoreGoldSet(paragraphDocs.map((d) => ({ ...d, input: firstGoldText(d.gold) })), system));
  f.cleanParagraphs = {
    docs: traps.docs,
    tokens: traps.tokens,
    errors: traps.after,
    perThousand: (1000 * traps.after) / traps.tokens,
    edits: traps.wrong.slice(0, 15).map((w) => ({ doc: w.doc, from: w.input.slice(w.edit.start, w.edit.end), to: w.edit.replacement, ruleId: w.edit.ruleId, confidence: w.edit.confidence })),
  };
  if (sample) {
    scored.syntheticSentences = timed(`${sample.sentences.length} synthetic sentences`, () => scoreGoldSet(sample.sentences, system));
    scored.syntheticDocs = timed(`${sample.aucDocs.length} spun documents`, () => scoreGoldSet(syntheticDocsOf(sample), system));
    f.meta.sizes = { ...sizes, cleanSentences: sample.cleanSentences };
  }
  const pick = ({ judged, missed, wrong, failures, spinScores, ...rest }) => rest;
  for (const [k, v] of Object.entries(scored)) f[k] = pick(v);

  if (sample) {
    let despinMs = 0;
    const clocked = (text) => {
      const t0 = performance.now();
      try {
        return system(text);
      } finally {
        despinMs += performance.now() - t0;
      }
    };
    const clean = timed(`${sample.cleanDocs.length} clean documents`, () => scoreClean(sample.cleanDocs, clocked));
    const bytes = sample.cleanDocs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    f.throughput = { bytes, ms: despinMs, mbPerSec: bytes / 1e6 / (despinMs / 1000) };
    const { spinScores, byRule, failures, ...rest } = clean;
    f.clean = { ...rest, offenders: byRule.slice(0, 15) };
    scored.clean = clean;
    const finite = (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : 0);
    const spunScores = scored.syntheticDocs.spinScores.map(finite);
    const cleanScores = timed('clean documents for AUC', () => sample.aucDocs.map((d) => safeScore(system, d.clean)));
    const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
    f.auc = { value: computeAuc(cleanScores, spunScores), clean: cleanScores.length, spun: spunScores.length, meanClean: mean(cleanScores), meanSpun: mean(spunScores) };
  }

  const goldSets = [scored.article, scored.paragraphs, scored.syntheticSentences].filter(Boolean);
  const judged = goldSets.flatMap((s) => s.judged);
  f.reliability = buildReliability(judged);
  const sourceOf = (j) => (j.edit.ruleId.startsWith('spin-groups/') ? 'spinner groups' : j.edit.ruleId.startsWith('vietnorm/') ? 'built-in rules' : 'dictionary entries');
  f.reliabilityBySource = ['dictionary entries', 'spinner groups', 'built-in rules'].map((source) => ({
    source,
    rows: buildReliability(judged.filter((j) => sourceOf(j) === source)),
  }));
  const applied = judged.filter((j) => j.applied);
  const appliedRight = applied.filter((j) => j.right).length;
  const swaps = applied.filter((j) => j.swap).length;
  f.appliedRight = {
    edits: applied.length,
    right: appliedRight,
    harmful: applied.filter((j) => j.delta < 0).length,
    swaps,
    rate: applied.length ? appliedRight / applied.length : NaN,
    rateNoSwaps: applied.length - swaps ? appliedRight / (applied.length - swaps) : NaN,
  };
  const missedRows = (sets) =>
    topMissed(sets.filter(Boolean).flatMap((s) => s.missed)).map((m) => ({ key: m.key, count: m.count, example: { context: m.example.context, doc: m.example.doc } }));
  f.missed = missedRows([scored.article, scored.paragraphs]);
  f.missedSynthetic = missedRows([scored.syntheticSentences]);
  f.wrong = topWrong(goldSets.flatMap((s) => s.wrong)).map((w) => ({
    key: w.key,
    count: w.count,
    harmful: w.harmful,
    example: { from: w.example.input.slice(w.example.edit.start, w.example.edit.end), to: w.example.edit.replacement, doc: w.example.doc },
  }));
  const allFailures = Object.values(scored).flatMap((s) => s.failures ?? []);
  f.failures = allFailures.length;
  f.firstFailure = allFailures[0]?.message;
  f.inconsistent = Object.values(scored).reduce((s, x) => s + (x.inconsistent ?? 0), 0);

  if (args.thresholds) {
    // Subsets keep the whole run under two minutes; the default-threshold figures above use the full samples.
    // Scale the subsets down when despin is slow, so that the six extra runs fit in THRESHOLD_BUDGET_S.
    const perPass = f.throughput ? (THRESHOLD_SUBSET.cleanDocs / sizes.cleanDocs) * (f.throughput.ms / 1000) * 1.6 : 0;
    const scale = perPass > 0 ? Math.min(1, Math.max(0.15, THRESHOLD_BUDGET_S / (THRESHOLDS.length * perPass))) : 1;
    const sub = sample && {
      sentences: sample.sentences.slice(0, Math.round(THRESHOLD_SUBSET.sentences * scale)),
      cleanDocs: sample.cleanDocs.slice(0, Math.round(THRESHOLD_SUBSET.cleanDocs * scale)),
    };
    if (sub) f.meta.thresholdSizes = { sentences: sub.sentences.length, cleanDocs: sub.cleanDocs.length };
    f.thresholds = timed('other thresholds', () =>
      THRESHOLDS.map((t) => {
        const sys = despinWith({ minConfidence: t, suggestConfidence: Math.min(t, 0.5) });
        return {
          minConfidence: t,
          articleErr: scoreGoldSet(articleDocs, sys).err,
          paragraphsErr: scoreGoldSet(paragraphDocs, sys).err,
          syntheticErr: sub ? scoreGoldSet(sub.sentences, sys).err : NaN,
          cleanPerThousand: sub ? scoreClean(sub.cleanDocs, sys).perThousand : NaN,
        };
      }),
    );
  }
  f.meta.seconds = (Date.now() - started) / 1000;

  process.stdout.write(renderSummary(f));
  if (args.out) {
    writeFileSync(path.resolve(REPO, args.out), renderReport(f));
    note(`wrote ${args.out}`);
  }
  if (args.json) {
    const file = path.resolve(REPO, args.json);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(f, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2) + '\n');
    note(`wrote ${args.json}`);
  }
  return 0;
}

process.exitCode = await main();
