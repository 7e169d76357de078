/**
 * Golden hashes of despin's output, for speed work that must not change results: SHA-256 over JSON.stringify of
 * every result (text, edits, suggestions, spinScore) of a varied set of calls, per part and over all. Run it with
 * the build before a change and after; the hashes must be equal.
 *
 *   node scripts/bench/golden.mjs [--dist dist/index.js] [--news .cache/unc-dantri.txt]
 *
 * Parts: the first 4 MB of the news text in one call; its first 3,000 lines, one call each; the spun article; the
 * eval and dev paragraphs (spun); 200 synthetic spun sentences, one call each and all in one (needs ../shared for the
 * spinner's groups: skipped with a note without it); odd texts (CRLF, emoji, lone surrogates, NFD, empty).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findSharedData, loadParagraphs } from '../eval/datasets.mjs';
import { createSpinner, readSpinnerGroups } from '../lib/spin.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? path.resolve(argv[at + 1]) : fallback;
};
const distFile = arg('dist', path.join(repoRoot, 'dist/index.js'));
const newsFile = arg('news', path.join(repoRoot, '.cache/unc-dantri.txt'));
if (!existsSync(newsFile)) {
  console.error(`No news text at ${newsFile}: pass --news <file> (a few MB of clean Vietnamese news, one paragraph a line)`);
  process.exit(1);
}

const { despin } = await import(pathToFileURL(distFile).href);
const news = readFileSync(newsFile, 'utf8');
const lines = news.split('\n').slice(0, 3000);
const parts = {};
const all = createHash('sha256');
let part = createHash('sha256');
const add = (result) => {
  const json = JSON.stringify([result.text, result.edits, result.suggestions, result.spinScore]);
  part.update(json);
  all.update(json);
};
const close = (name) => {
  parts[name] = part.digest('hex').slice(0, 12);
  part = createHash('sha256');
};

add(despin(news.slice(0, 4_000_000)));
close('4mb');
for (const line of lines) add(despin(line));
close('lines');
add(despin(readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8')));
close('article');
for (const p of [...loadParagraphs(repoRoot, 'eval/paragraphs'), ...loadParagraphs(repoRoot, 'dev/paragraphs')]) add(despin(p.spun));
close('paragraphs');
const shared = findSharedData(repoRoot);
const spun = [];
if (shared === undefined) {
  console.error('note: ../shared/data not found, the synthetic part is skipped');
} else {
  const spinner = createSpinner(readSpinnerGroups(path.join(shared, 'spin/wp-spin-tool-groups.txt')), { seed: 7, rate: 0.3 });
  for (const line of news.split('\n').slice(2600, 3000)) if (line.length > 30 && spun.length < 200) spun.push(spinner.spin(line).text);
  for (const s of spun) add(despin(s));
  close('synthetic');
  add(despin(spun.join('\n')));
  close('synthetic-joined');
}
const odd = [
  'a\r\n😀\uD800 tiến công giá\r\nhai mươi.000',
  lines.slice(0, 40).join('\r\n'),
  lines.slice(40, 80).join('\n').normalize('NFD'),
  '\uDC00\uD800x 👨‍👩‍👧 Hà Nội 🇻🇳 ngày hôm nay\u0300\u0301 \uFEFF',
  `${spun.slice(0, 20).join('\r\n').normalize('NFD')} 😀\uD83D`,
  '',
  ' ',
  '\n\n\n',
  'hoà hòa thuỷ thủy',
];
for (const text of odd) add(despin(text));
close('odd');
console.log(JSON.stringify(parts), all.digest('hex'));
