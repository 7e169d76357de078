#!/usr/bin/env node
// Seeds for the swap miner taken from the training corpora themselves (no word list needed): frequent bigrams,
// and trigrams that extend a frequent bigram, counted by tone-folded key.
// Usage: node --max-old-space-size=8000 scripts/mine/count-ngrams.mjs [--min N] > seeds.txt
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamXz, toLineKeys } from './count.mjs';
import { toOldToneStyle } from './examples.mjs';
import { toSyllableKey } from './tone-key.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(HERE, '../../../shared/data');
const CORPORA = ['baomoi-magizbox.txt.xz', 'viwiki.txt.xz', 'vietnews-train.txt.xz'].map((f) =>
  path.join(SHARED, 'corpora/train', f),
);
const MIN = process.argv.includes('--min') ? Number(process.argv[process.argv.indexOf('--min') + 1]) : 100;
const TRIGRAM_AFTER = 40; // start counting trigrams of a bigram once the bigram has been seen this often
const SYLLABLE = /^[\p{Ll}\p{M}]+$/u;

const surface = new Map();
const bigrams = new Map();
const trigrams = new Map();
for (const file of CORPORA) {
  await streamXz(file, (raw) => {
    const line = raw.normalize('NFC').toLowerCase();
    for (const word of line.split(/[^\p{L}\p{M}]+/u)) {
      if (word && SYLLABLE.test(word)) {
        const key = toSyllableKey(word);
        if (!surface.has(key)) surface.set(key, word);
      }
    }
    const keys = toLineKeys(line);
    for (let i = 0; i + 1 < keys.length; i++) {
      const a = keys[i];
      const b = keys[i + 1];
      if (a === null || b === null) continue;
      const bi = a + ' ' + b;
      const n = (bigrams.get(bi) ?? 0) + 1;
      bigrams.set(bi, n);
      const c = keys[i + 2];
      if (c && n >= TRIGRAM_AFTER) {
        const tri = bi + ' ' + c;
        trigrams.set(tri, (trigrams.get(tri) ?? 0) + 1);
      }
    }
  });
  console.error(`ngrams: ${path.basename(file)}: ${bigrams.size} bigrams, ${trigrams.size} trigrams`);
}
const spell = (k) => toOldToneStyle(k.split(' ').map((s) => surface.get(s) ?? s).join(' '));
const out = [];
for (const table of [bigrams, trigrams]) {
  for (const [k, n] of table) if (n >= MIN && k.split(' ').every((s) => surface.has(s))) out.push(`${spell(k)}\t${n}`);
}
process.stdout.write(out.map((l) => l.split('\t')[0]).join('\n') + '\n');
console.error(`ngrams: ${out.length} seeds with count >= ${MIN}`);
