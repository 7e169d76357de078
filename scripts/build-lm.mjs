#!/usr/bin/env node
// Build the syllable trigram language model dictionaries/_lm.bin from the training corpora.
//
//   npm run build && node --max-old-space-size=8192 scripts/build-lm.mjs
//
// or, without touching the shared dist/ (what was used for the committed model):
//   npx tsup --entry.index src/index.ts --out-dir .cache/lmdist --no-dts --format esm --no-config --platform node
//   VIETNORM_DIST=.cache/lmdist/index.js node --max-old-space-size=8192 scripts/build-lm.mjs
//
// Environment (all optional):
//   VIETNORM_DIST   built package entry to take syllableKey/isSyllable from   (default: dist/index.js)
//   LM_DATA         training corpus folder                   (default: ../shared/data/corpora/train)
//   LM_OUT          output file                              (default: dictionaries/_lm.bin)
//   LM_MIN_UNIGRAM, LM_MIN_BIGRAM, LM_MIN_TRIGRAM   pruning thresholds (defaults below)
//   LM_MAX_LINES    stop each corpus after this many lines (development only)
//   LM_ALLOW_FALLBACK=1  key with NFC+lowercase when the package lacks syllableKey/isSyllable (development only)
// Writes the model, its .sha256 next to it, and prints the statistics as JSON (copy them into _lm.md).
// Never reads corpora/eval: the eval corpora measure false positives and must stay unseen.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CorpusCounter } from './lm/corpus-counter.mjs';
import { pruneTable } from './lm/ngram-counter.mjs';
import { writeLanguageModel } from './lm/write-model.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const distEntry = path.resolve(root, env.VIETNORM_DIST ?? 'dist/index.js');
const dataDir = path.resolve(root, env.LM_DATA ?? '../shared/data/corpora/train');
const outFile = path.resolve(root, env.LM_OUT ?? 'dictionaries/_lm.bin');
const minCounts = {
  unigram: Number(env.LM_MIN_UNIGRAM ?? 2),
  bigram: Number(env.LM_MIN_BIGRAM ?? 3),
  trigram: Number(env.LM_MIN_TRIGRAM ?? 8),
};
const maxLines = env.LM_MAX_LINES ? Number(env.LM_MAX_LINES) : Infinity;

async function loadKeying() {
  let lib = {};
  try {
    lib = await import(pathToFileURL(distEntry).href);
  } catch (error) {
    console.error(`build-lm: cannot import ${distEntry}: ${error.message}`);
  }
  if (typeof lib.syllableKey === 'function' && typeof lib.isSyllable === 'function') {
    return { toKey: lib.syllableKey, isSyllable: lib.isSyllable, keying: 'syllableKey+isSyllable' };
  }
  if (env.LM_ALLOW_FALLBACK !== '1') {
    throw new Error(`build-lm: ${distEntry} must export syllableKey and isSyllable (run npm run build first)`);
  }
  console.error('build-lm: WARNING: using the NFC+lowercase fallback keying; do not ship this model');
  // Lowercase Vietnamese letters only, 1-7 of them, at least one vowel: a rough stand-in for isSyllable.
  const consonants = 'bcdđghklmnpqrstvx';
  const shape = /^\p{Ll}{1,7}$/u;
  const toKey = (w) => w.normalize('NFC').toLowerCase();
  const looksLikeSyllable = (w) => {
    const k = toKey(w);
    return shape.test(k) && !/[fjwz]/u.test(k) && [...k].some((ch) => !consonants.includes(ch));
  };
  return {
    toKey: lib.syllableKey ?? toKey,
    isSyllable: lib.isSyllable ?? looksLikeSyllable,
    keying: 'fallback',
  };
}

/**
 * Every HOLDOUT_EVERY-th line of each training corpus (line numbers n with n % HOLDOUT_EVERY === HOLDOUT_EVERY - 1)
 * is left out of the counts: that held-out slice is what scripts/fit-weights.mjs fits the confidence weights on,
 * so the model is never scored on sentences it memorised.
 */
export const HOLDOUT_EVERY = 100;

async function countFile(counter, file) {
  const xz = spawn('xz', ['-dc', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: xz.stdout, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (n % HOLDOUT_EVERY !== HOLDOUT_EVERY - 1) counter.addLine(line);
    if (++n >= maxLines) break;
  }
  if (n >= maxLines) xz.kill();
  else
    await new Promise((resolve, reject) =>
      xz.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`xz -dc ${file} exited ${code}`)))),
    );
  return n;
}

/** How many n-grams a threshold would keep: helps pick LM_MIN_BIGRAM / LM_MIN_TRIGRAM for a 3-8 MB model. */
function countAtLeast(counts) {
  const thresholds = [2, 3, 4, 5, 6, 8, 10, 15, 20, 30];
  const result = {};
  for (const t of thresholds) result[t] = 0;
  for (let i = 0; i < counts.length; i++) {
    for (const t of thresholds) if (counts[i] >= t) result[t]++;
  }
  return result;
}

async function main() {
  const started = performance.now();
  const { toKey, isSyllable, keying } = await loadKeying();
  const counter = new CorpusCounter({ toKey, isSyllable });
  const files = readdirSync(dataDir)
    .filter((f) => f.endsWith('.txt.xz'))
    .sort();
  const corpora = {};
  for (const f of files) {
    const before = { lines: counter.lines, sentences: counter.sentences, syllables: counter.syllables };
    const t = performance.now();
    await countFile(counter, path.join(dataDir, f));
    corpora[f] = {
      lines: counter.lines - before.lines,
      sentences: counter.sentences - before.sentences,
      syllables: counter.syllables - before.syllables,
      seconds: Math.round((performance.now() - t) / 100) / 10,
    };
    console.error(`build-lm: ${f}: ${JSON.stringify(corpora[f])}`);
  }
  const bigrams = counter.bigrams.finish();
  const trigrams = counter.trigrams.finish();
  const counted = {
    vocabulary: counter.vocab.length,
    distinctBigrams: bigrams.keys.length,
    distinctTrigrams: trigrams.keys.length,
    bigramTokens: counter.bigrams.total,
    trigramTokens: counter.trigrams.total,
    vocabularyOverflow: counter.overflow,
  };
  counted.bigramsAtLeast = countAtLeast(bigrams.counts);
  counted.trigramsAtLeast = countAtLeast(trigrams.counts);
  console.error(`build-lm: counted ${JSON.stringify(counted)}`);
  const { bytes, stats } = writeLanguageModel({
    vocab: counter.vocab,
    unigrams: counter.unigrams,
    bigrams: pruneTable(bigrams, minCounts.bigram),
    trigrams: pruneTable(trigrams, minCounts.trigram),
    minCounts,
  });
  writeFileSync(outFile, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(outFile.replace(/\.bin$/, '.sha256'), `${sha256}  ${path.basename(outFile)}\n`);
  const report = {
    keying,
    corpora,
    counted,
    minCounts,
    model: stats,
    sha256,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
