/**
 * One bench stage in a fresh process (spawned by scripts/bench.mjs with --expose-gc), so that each stage's peak
 * memory is its own. Prints one JSON line: per-run milliseconds and memory figures.
 *
 * Memory method: `process.memoryUsage()` (rss, heapUsed) is read after loading the input and warming up (`before`),
 * then right after each timed call while its result is still referenced (`after`, max over runs); `peakRss` is the
 * kernel's high-water mark VmHWM from /proc/self/status at the end (covers all threads, including pool workers).
 * A synchronous call blocks the event loop, so no sampling happens inside it; VmHWM catches the true peak.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadNaivePairs, applyNaive } from './naive.mjs';
import { loadCreatePool, splitChunks } from './pool.mjs';

const config = JSON.parse(process.argv[2]);
const { stage, textFile, runs, distDir } = config;
const text = readFileSync(textFile, 'utf8');
const gc = globalThis.gc ?? (() => {});

function readHwm() {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function prepare() {
  const lib = await import(pathToFileURL(`${distDir}/index.js`).href);
  const warm = text.slice(0, 1_000_000);
  switch (stage) {
    case 'nfc':
      warm.normalize('NFC');
      return { bytesText: text, run: () => text.normalize('NFC') };
    case 'nfd-nfc': {
      const decomposed = text.normalize('NFD');
      decomposed.slice(0, 1_000_000).normalize('NFC');
      return { bytesText: text, run: () => decomposed.normalize('NFC'), note: `NFD input ${decomposed.length} UTF-16 units` };
    }
    case 'normalize':
    case 'tokenize':
    case 'despin': {
      const fn = lib[stage];
      fn(warm);
      return { bytesText: text, run: () => fn(text) };
    }
    case 'naive': {
      const pairs = loadNaivePairs(`${distDir}/dictionaries`);
      const slice = text.slice(0, config.naiveChars ?? text.length);
      applyNaive(slice.slice(0, 20_000), pairs);
      return { bytesText: slice, run: () => applyNaive(slice, pairs), note: `${pairs.length} forms` };
    }
    case 'chunks': {
      // The pool's work without the pool: the same chunks, one rewriter, this thread.
      const rewriter = lib.createRewriter();
      rewriter.despin(warm);
      const chunks = splitChunks(text, config.chunkBytes);
      const run = () => {
        let count = 0;
        for (const chunk of chunks) count += rewriter.despin(chunk).edits.length;
        return count;
      };
      return { bytesText: text, run, note: `${chunks.length} chunks of ~${config.chunkBytes / 1000} kB` };
    }
    case 'pool': {
      const { createPool, source } = await loadCreatePool(distDir);
      const pool = createPool({ size: config.size, maxQueue: 2 * config.size });
      // One warm-up task per worker (dispatched together, so each worker gets one): loads the dictionaries and the
      // model and warms the JIT in each.
      await Promise.all(Array.from({ length: config.size }, () => pool.despin(warm.slice(0, 200_000))));
      const chunks = splitChunks(text, config.chunkBytes);
      const run = async () => {
        let count = 0;
        for await (const result of pool.map(chunks)) count += result.edits.length;
        return count;
      };
      return { bytesText: text, run, close: () => pool.close(), note: `${chunks.length} chunks of ~${config.chunkBytes / 1000} kB; createPool from ${source}` };
    }
    default:
      throw new Error(`Unknown stage ${stage}`);
  }
}

const prepared = await prepare();
gc();
const before = process.memoryUsage();
const ms = [];
// CPU time of the whole process (all threads) per run: cpu/wall near the number of busy threads means they ran in
// parallel; lower means they waited for a core (other load on the machine).
const cpuMs = [];
let afterRss = 0;
let afterHeap = 0;
for (let i = 0; i < runs; i++) {
  gc();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let result = await prepared.run();
  ms.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuMs.push((cpu.user + cpu.system) / 1000);
  const usage = process.memoryUsage();
  afterRss = Math.max(afterRss, usage.rss);
  afterHeap = Math.max(afterHeap, usage.heapUsed);
  result = undefined;
}
await prepared.close?.();
process.stdout.write(
  `${JSON.stringify({
    stage,
    bytes: Buffer.byteLength(prepared.bytesText, 'utf8'),
    ms,
    cpuMs,
    note: prepared.note,
    memory: { rssBefore: before.rss, heapUsedBefore: before.heapUsed, rssAfter: afterRss, heapUsedAfter: afterHeap, peakRss: readHwm() },
  })}\n`,
);
