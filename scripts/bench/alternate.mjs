/**
 * A/B of two builds of despin in one process, their calls alternated (A B, B A, A B, …), so both meet the same load
 * of a shared, noisy machine: the difference of two builds shows where runs in separate processes minutes apart
 * drown it. Each build is its own module instance (its own caches), warmed up before timing.
 *
 *   node scripts/bench/alternate.mjs --a <old dist/index.js> [--b dist/index.js] [--mode one|lines] [--rounds 8]
 *        [--news .cache/unc-dantri.txt]
 *
 * `one`: the news text in one call (steady state: after a 1 MB call and one full call); `lines`: its first 3,000
 * lines, one call each. Prints MB/s of every round, the best and the median of each build, and their ratios.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const a = arg('a', undefined);
if (a === undefined) {
  console.error('Usage: node scripts/bench/alternate.mjs --a <old dist/index.js> [--b dist/index.js] [--mode one|lines] [--rounds 8]');
  process.exit(1);
}
const b = arg('b', path.join(repoRoot, 'dist/index.js'));
const mode = arg('mode', 'one');
const rounds = Number(arg('rounds', '8'));
const news = readFileSync(path.resolve(arg('news', path.join(repoRoot, '.cache/unc-dantri.txt'))), 'utf8');

const builds = [
  { name: 'A', despin: (await import(pathToFileURL(path.resolve(a)).href)).despin, mbs: [] },
  { name: 'B', despin: (await import(pathToFileURL(path.resolve(b)).href)).despin, mbs: [] },
];
let bytes;
let run;
if (mode === 'lines') {
  const lines = news.split('\n').slice(0, 3000);
  bytes = Buffer.byteLength(lines.join('\n'));
  run = (despin) => lines.forEach((line) => despin(line));
  for (const build of builds) run(build.despin);
} else {
  const text = news.slice(0, 10_000_000);
  bytes = Buffer.byteLength(text);
  run = (despin) => despin(text);
  for (const build of builds) {
    build.despin(text.slice(0, 1_000_000));
    build.despin(text);
  }
}
for (let r = 0; r < rounds; r++) {
  for (const build of r % 2 === 0 ? builds : [...builds].reverse()) {
    const start = performance.now();
    run(build.despin);
    build.mbs.push(bytes / 1e3 / (performance.now() - start));
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const build of builds) {
  console.log(`${build.name} MB/s ${build.mbs.map((x) => x.toFixed(2)).join(' ')} | best ${Math.max(...build.mbs).toFixed(2)} median ${median(build.mbs).toFixed(2)}`);
}
const [A, B] = builds;
console.log(`B/A best ${(Math.max(...B.mbs) / Math.max(...A.mbs)).toFixed(3)} median ${(median(B.mbs) / median(A.mbs)).toFixed(3)}`);
