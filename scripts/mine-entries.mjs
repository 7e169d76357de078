#!/usr/bin/env node
// Mines spun-compound candidates for the built-in dictionaries.
//
// Usage: node scripts/mine-entries.mjs --seeds FILE [--out DIR] [--extra FILE] [--limit-lines N]
//
// 1. Seeds (multi-syllable phrases, one per line: the corpora's frequent n-grams from scripts/mine/count-ngrams.mjs
//    plus scripts/mine/group-seeds.mjs) × the spinner's groups (dictionaries/_spin-groups.json) → (original, spun)
//    pairs where a strict part of the phrase is swapped ("văn bản" → "văn phiên bản"). With --extra only, pass
//    --seeds /dev/null.
// 2. One streaming pass over ../shared/data/corpora/train/*.txt.xz counts every original and spun form
//    (tone placement folded, case folded), keeps a few sample lines per phrase and the domain keywords of the
//    lines an original occurs in. Phrases from --extra (one per line) are counted too, for hand-written entries.
// 3. Writes DIR/mined.json (everything) and DIR/review.tsv (pairs whose original is frequent and spun form
//    rare), sorted by the original's count. Curation and YAML output: scripts/mine/emit-yaml.mjs.
// Never reads corpora/eval. Output goes outside the repo by default: it holds corpus text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSwaps, loadAlternatives, readSeeds } from './mine/candidates.mjs';
import { createTrie, findPhrases, insertPhrase, streamXz, toLineKeys } from './mine/count.mjs';
import { countDomainHits, DOMAINS } from './mine/domains.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(REPO_ROOT, '../shared/data');
const CORPORA = ['baomoi-magizbox.txt.xz', 'viwiki.txt.xz', 'vietnews-train.txt.xz'].map((f) =>
  path.join(SHARED, 'corpora/train', f),
);
const MAX_SAMPLES = 6;

function parseArgs(argv) {
  const args = { out: '/tmp/vietnorm-mine', seeds: null, extra: null, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (flag === '--out') args.out = value;
    else if (flag === '--seeds') args.seeds = value;
    else if (flag === '--extra') args.extra = value;
    else if (flag === '--limit-lines') args.limit = Number(value);
    else throw new Error(`Unknown flag \`${flag}\``);
  }
  if (args.seeds === null) throw new Error('Missing `--seeds FILE` (see dictionaries/README.md)');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.out, { recursive: true });
  const alternatives = loadAlternatives(path.join(REPO_ROOT, 'dictionaries/_spin-groups.json'));
  const trie = createTrie();
  const pairs = [];
  for (const swap of generateSwaps(readSeeds(args.seeds), alternatives)) {
    pairs.push({ ...swap, o: insertPhrase(trie, swap.original), s: insertPhrase(trie, swap.spun) });
  }
  const originalIds = new Set(pairs.map((p) => p.o));
  if (args.extra) {
    for (const line of readFileSync(args.extra, 'utf8').split('\n')) {
      const phrase = line.trim().toLowerCase().normalize('NFC');
      if (phrase && !phrase.startsWith('#')) originalIds.add(insertPhrase(trie, phrase));
    }
  }
  console.error(`mine: ${pairs.length} pairs, ${trie.size} phrases`);
  const counts = new Uint32Array(trie.size);
  const samples = new Map();
  const domainHits = new Map();
  const lineTotals = new Float64Array(DOMAINS.length + 1);
  for (const file of CORPORA) {
    const corpus = path.basename(file, '.txt.xz');
    let seen = 0;
    const started = Date.now();
    await streamXz(file, (raw) => {
      if (seen++ >= args.limit) return;
      const line = raw.normalize('NFC');
      const keys = toLineKeys(line);
      let lineHits = null;
      findPhrases(trie, keys, (id) => {
        counts[id]++;
        if (line.length >= 25 && line.length <= 400) {
          let list = samples.get(id);
          if (!list) samples.set(id, (list = []));
          if (list.length < MAX_SAMPLES && !list.some((s) => s.line === line)) list.push({ corpus, line });
        }
        if (originalIds.has(id)) {
          if (!lineHits) {
            lineHits = countDomainHits(keys);
            for (let d = 0; d < DOMAINS.length; d++) lineTotals[d] += lineHits[d];
            lineTotals[DOMAINS.length]++;
          }
          let acc = domainHits.get(id);
          if (!acc) domainHits.set(id, (acc = new Float64Array(DOMAINS.length + 1)));
          for (let d = 0; d < DOMAINS.length; d++) acc[d] += lineHits[d];
          acc[DOMAINS.length]++;
        }
      });
    });
    console.error(`mine: ${corpus}: ${seen} lines in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const phraseInfo = (id) => ({
    text: trie.phrases[id],
    count: counts[id],
    samples: samples.get(id) ?? [],
    domains: domainHits.has(id) ? Array.from(domainHits.get(id)) : null,
  });
  // Phrases never seen are left out (a missing phrase has count 0), and so are pairs whose original is rare:
  // with a million candidates the file would not fit in one string otherwise.
  // Only what the emitter can use: pairs with a frequent original and a spun form seen at most 3 times; samples
  // of originals (positive examples) and of rare spun forms (guards, negative examples).
  const keptPairs = pairs.filter((p) => counts[p.o] >= 100 && counts[p.s] <= 3);
  const keptOriginals = new Set(keptPairs.map((p) => p.o));
  if (args.extra) for (const id of originalIds) keptOriginals.add(id);
  const phrases = {};
  for (const id of keptOriginals) phrases[trie.phrases[id]] = phraseInfo(id);
  for (const p of keptPairs) if (counts[p.s] > 0) phrases[trie.phrases[p.s]] = phraseInfo(p.s);
  if (!args.extra) for (const info of Object.values(phrases)) info.samples = info.samples.slice(0, 4);
  const mined = {
    domains: DOMAINS,
    lineTotals: Array.from(lineTotals),
    pairs: keptPairs.map(({ original, spun, part, alt }) => ({ original, spun, part, alt })),
    phrases,
  };
  writeFileSync(path.join(args.out, 'mined.json'), JSON.stringify(mined));
  const review = pairs
    .filter((p) => counts[p.o] >= 20 && counts[p.s] * 200 <= counts[p.o])
    .sort((a, b) => counts[b.o] - counts[a.o])
    .map((p) => [p.original, p.spun, counts[p.o], counts[p.s], p.part, p.alt].join('\t'));
  writeFileSync(path.join(args.out, 'review.tsv'), 'original\tspun\tcount\tspunCount\tpart\talt\n' + review.join('\n') + '\n');
  console.error(`mine: ${review.length} review rows → ${args.out}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
