#!/usr/bin/env node
/**
 * vietnorm benchmark (`npm run bench`, after a build): throughput and memory of normalize, tokenize and despin on a
 * ≥10 MB news text beside the built-in String.prototype.normalize and a naive replaceAll baseline, the worker pool on
 * 1 and 2 workers, cold start, and the CLI on 200 MB through stdin. Each stage runs in its own process.
 *
 *   node scripts/bench.mjs            full run; writes the results block of docs/performance.md
 *   node scripts/bench.mjs --quick    smoke run (1 MB, one run each, 20 MB CLI); does not touch docs/
 *   options: --json (all per-run figures as JSON on stdout), --write / --no-write (docs/performance.md),
 *            --only a,b (stages: normalize,tokenize,despin,nfc,nfd-nfc,naive,spun,pool,cold,cli,profile),
 *            --runs N, --big-runs N, --cli-mb N, --cli-runs N, --profile (CPU profile of despin, "Hot spots")
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byteLength, loadNewsText, loadSpunText, sliceBytes, writeRepeatedFile } from './bench/corpus.mjs';
import { describeMachine } from './bench/machine.mjs';
import { measureCli, measureColdStart } from './bench/process.mjs';
import { profileDespin } from './bench/profile.mjs';
import { renderReport, updateDoc } from './bench/report.mjs';
import { mbPerSecond, median } from './bench/stats.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(repoRoot, 'dist');
const args = parseArgs(process.argv.slice(2));
const quick = args.quick === true;
const log = (line) => process.stderr.write(`${line}\n`);

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const key = arg.slice(2);
    if (['quick', 'json', 'write', 'no-write', 'profile'].includes(key)) out[key] = true;
    else if (['only', 'runs', 'big-runs', 'cli-mb', 'cli-runs'].includes(key)) out[key] = argv[++i];
    else throw new Error(`Unknown option ${arg}`);
  }
  return out;
}

if (!existsSync(path.join(distDir, 'index.js')) || !existsSync(path.join(distDir, 'cli.js'))) {
  log('bench: dist/ is missing; run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(2);
}

const runs = Number(args.runs ?? (quick ? 1 : 5));
const bigRuns = Number(args['big-runs'] ?? (quick ? 1 : 3));
const cliMb = Number(args['cli-mb'] ?? (quick ? 20 : 200));
const cliRuns = Number(args['cli-runs'] ?? (quick ? 1 : 3));
const only = args.only === undefined ? undefined : new Set(args.only.split(','));
const wants = (stage) => only === undefined || only.has(stage);

// Inputs, written to .cache/ so that each stage process reads the same bytes.
const cacheDir = path.join(repoRoot, '.cache');
mkdirSync(cacheDir, { recursive: true });
const news = loadNewsText(repoRoot, 10e6);
const newsText = quick ? sliceBytes(news.text, 1e6) : news.text;
const newsFile = path.join(cacheDir, `bench-news${quick ? '-quick' : ''}.txt`);
writeFileSync(newsFile, newsText);
const spunText = loadSpunText(repoRoot, quick ? 0.2e6 : 2e6);
const spunFile = path.join(cacheDir, `bench-spun${quick ? '-quick' : ''}.txt`);
writeFileSync(spunFile, spunText);
const naiveBytes = quick ? 0.1e6 : 1e6;
const naiveChars = sliceBytes(newsText, naiveBytes).length;
log(`bench: news ${(byteLength(newsText) / 1e6).toFixed(2)} MB from ${news.name}${quick ? ' (quick: first 1 MB)' : ''}`);

/** Wait for dist/ to be complete again (a concurrent `npm run build` empties it for a few seconds). */
async function waitForDist() {
  for (let i = 0; i < 60 && !existsSync(path.join(distDir, 'dictionaries', 'index.json')); i++) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** Run `attempt`, retrying twice after waiting for dist/ (a rebuild during the bench makes a stage fail). */
async function withRetry(name, attempt) {
  for (let tries = 1; ; tries++) {
    await waitForDist();
    try {
      return await attempt();
    } catch (error) {
      if (tries >= 3) throw error;
      log(`  ${name}: failed (${String(error.message).split('\n')[0].slice(0, 160)}), retrying`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

async function runStage(stage, textFile, stageRuns, extra = {}) {
  const config = { stage, textFile, runs: stageRuns, distDir, ...extra };
  const script = path.join(repoRoot, 'scripts/bench/stage.mjs');
  const stdout = await withRetry(extra.label ?? stage, () =>
    execFileSync(process.execPath, ['--expose-gc', script, JSON.stringify(config)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const result = JSON.parse(stdout.trim().split('\n').pop());
  result.medianMs = median(result.ms);
  result.mbPerSecond = mbPerSecond(result.bytes, result.medianMs);
  result.cpuPerWall = median(result.cpuMs.map((cpu, i) => cpu / result.ms[i]));
  log(`  ${(extra.label ?? stage).padEnd(14)} ${result.mbPerSecond.toFixed(2).padStart(8)} MB/s  median ${result.medianMs.toFixed(0)} ms of ${stageRuns}  peak RSS ${(result.memory.peakRss / 2 ** 20).toFixed(0)} MiB  cpu/wall ${result.cpuPerWall.toFixed(2)}${result.note ? `  (${result.note})` : ''}`);
  return { label: extra.label ?? stage, ...result };
}

const results = { date: new Date().toISOString(), command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(), machine: describeMachine(), quick, input: { name: news.name, fallback: news.fallback, bytes: byteLength(newsText) }, stages: {}, notes: [] };
if (news.fallback) results.notes.push('../shared is absent: the news text is the bundled spun article repeated, so figures are not comparable to a clean-news run.');

for (const stage of ['nfc', 'nfd-nfc', 'normalize', 'tokenize']) if (wants(stage)) results.stages[stage] = await runStage(stage, newsFile, runs);
if (wants('despin')) results.stages.despin = await runStage('despin', newsFile, bigRuns);
if (wants('naive')) {
  results.stages.naive = await runStage('naive', newsFile, bigRuns, { naiveChars });
  results.notes.push(`The naive baseline runs on the first ${(results.stages.naive.bytes / 1e6).toFixed(2)} MB of the news text (it is too slow for all of it); its MB/s is that of the slice.`);
}
if (wants('spun')) results.stages.spun = await runStage('despin', spunFile, runs, { label: 'despin (spun)' });
if (wants('pool')) {
  results.stages.chunks = await runStage('chunks', newsFile, bigRuns, { chunkBytes: 64_000, label: 'chunks ×1' });
  for (const size of [1, 2]) results.stages[`pool-${size}`] = await runStage('pool', newsFile, bigRuns, { size, chunkBytes: 64_000, label: `pool ×${size}` });
}
if (wants('cold')) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await withRetry('cold start', () => measureColdStart(distDir)));
  results.coldStart = { samples, medianTotalMs: median(samples.map((s) => s.totalMs)), medianProcessMs: median(samples.map((s) => s.processMs)) };
  log(`  cold start     import + first despin ${results.coldStart.medianTotalMs.toFixed(0)} ms, whole process ${results.coldStart.medianProcessMs.toFixed(0)} ms (median of ${runs})`);
}
if (wants('cli')) {
  const file = writeRepeatedFile(repoRoot, news.text, cliMb * 1e6);
  const samples = [];
  for (let i = 0; i < cliRuns; i++) {
    samples.push(await withRetry('cli', () => measureCli(distDir, file)));
    log(`  cli run ${i + 1}      ${(samples[i].ms / 1000).toFixed(1)} s, peak RSS ${(samples[i].peakRss / 2 ** 20).toFixed(0)} MiB`);
  }
  const bytes = (await import('node:fs')).statSync(file).size;
  const medianMs = median(samples.map((s) => s.ms));
  results.cli = { file: path.relative(repoRoot, file), bytes, samples, medianMs, mbPerSecond: mbPerSecond(bytes, medianMs), peakRss: Math.max(...samples.map((s) => s.peakRss)) };
}
if (args.profile === true || only?.has('profile')) {
  results.profile = await withRetry('profile', () => profileDespin(repoRoot, distDir, newsFile));
  log(`  profile        ${results.profile.file}`);
}

results.loadAverageEnd = describeMachine().loadAverage;
if (args.json === true) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else process.stdout.write(`${renderReport(results)}\n`);
// The Results block is rewritten by full runs (or --write); the Hot spots block by any non-quick run that profiled.
const writeBench = args.write === true || (!quick && args['no-write'] !== true && only === undefined);
const writeProfile = results.profile !== undefined && !quick && args['no-write'] !== true;
if (writeBench || writeProfile) {
  updateDoc(path.join(repoRoot, 'docs/performance.md'), results, { bench: writeBench });
  log(`bench: wrote docs/performance.md (${[writeBench && 'Results', writeProfile && 'Hot spots'].filter(Boolean).join(', ')})`);
}
