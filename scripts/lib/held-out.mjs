/**
 * The training side's held-out slice, shared by the fitting scripts: every HOLDOUT_EVERY-th line of each training
 * corpus, which scripts/build-lm.mjs leaves out of the n-gram counts. And the curated entries of the built
 * dictionaries, for the backwards spinner.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Must equal HOLDOUT_EVERY in scripts/build-lm.mjs. */
export const HOLDOUT_EVERY = 100;
export const TRAIN_CORPORA = ['baomoi-magizbox.txt.xz', 'vietnews-train.txt.xz', 'viwiki.txt.xz'];

/**
 * Sentences of a held-out line for the fitting scripts: cut after . ! ? … before a capital or an opening quote,
 * keeping sentences of 30 characters or more.
 * @param {string} line
 * @returns {string[]}
 */
export function splitHeldOutSentences(line) {
  return line.split(/(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ"“])/u).filter((s) => s.length >= 30);
}

/**
 * Up to `wanted` pieces from the held-out lines of one corpus; `split` turns a line into pieces (default: the line).
 * @param {string} shared the ../shared/data folder
 */
export async function readHeldOut(shared, file, wanted, split = (line) => [line]) {
  const xz = spawn('xz', ['-dc', join(shared, 'corpora/train', file)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const out = [];
  let n = 0;
  for await (const line of createInterface({ input: xz.stdout, crlfDelay: Infinity })) {
    if (n++ % HOLDOUT_EVERY !== HOLDOUT_EVERY - 1) continue;
    out.push(...split(line));
    if (out.length >= wanted) break;
  }
  xz.kill();
  return out.slice(0, wanted);
}

/** Every entry of the compiled dictionaries in `dir` (dist/dictionaries), in file order. */
export function readCompiledEntries(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')).entries);
}

/** `{ to, from }` pairs of the spin entries of the compiled dictionaries in `dir` (dist/dictionaries). */
export function readCuratedPairs(dir) {
  return readCompiledEntries(dir)
    .filter((e) => e.category === 'spin')
    .map((e) => ({ to: e.to, from: e.from.map((k) => k.join(' ')) }));
}
