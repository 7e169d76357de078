#!/usr/bin/env node
// Context mining for spinner families whose spun form is itself a word ("có" → "sở hữu", "khi" → "lúc"):
// counts the words right before and after each original and each spun form in the training corpora, and
// keeps the contexts X where "spun X" (or "X spun") is absent although the original's share predicts it
// often (expected ≥ MIN_EXPECTED occurrences), so its absence is evidence, not sparsity.
//
// Usage: node scripts/mine/mine-contexts.mjs [--out DIR]
// Writes DIR/contexts.json and DIR/contexts-extra.txt (phrases for a sampling pass of mine-entries.mjs --extra).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTrie, findPhrases, insertPhrase, streamXz, toLineKeys } from './count.mjs';
import { toOldToneStyle } from './examples.mjs';
import { toSyllableKey } from './tone-key.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(HERE, '../../../shared/data');
const CORPORA = ['baomoi-magizbox.txt.xz', 'viwiki.txt.xz', 'vietnews-train.txt.xz'].map((f) =>
  path.join(SHARED, 'corpora/train', f),
);
const MIN_ORIGINAL = 40;
const MIN_EXPECTED = 6;

const out = process.argv[2] === '--out' ? process.argv[3] : '/tmp/vietnorm-mine';
mkdirSync(out, { recursive: true });
const families = readFileSync(path.join(HERE, 'families.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [original, spun] = l.split('\t');
    return { original: original.trim(), spun: spun.split('|').map((s) => s.trim()) };
  });
const trie = createTrie();
for (const f of families) {
  insertPhrase(trie, f.original);
  for (const s of f.spun) insertPhrase(trie, s);
}
const total = new Uint32Array(trie.size);
const before = Array.from({ length: trie.size }, () => new Map());
const after = Array.from({ length: trie.size }, () => new Map());
const surface = new Map();
for (const file of CORPORA) {
  await streamXz(file, (raw) => {
    const line = raw.normalize('NFC');
    const keys = toLineKeys(line);
    findPhrases(trie, keys, (id, start, end) => {
      total[id]++;
      const p = keys[start - 1];
      const n = keys[end];
      if (p) before[id].set(p, (before[id].get(p) ?? 0) + 1);
      if (n) after[id].set(n, (after[id].get(n) ?? 0) + 1);
      if ((p && !surface.has(p)) || (n && !surface.has(n))) {
        // Rare path: learn spellings of context keys from this line's words.
        for (const word of line.toLowerCase().split(/[^\p{L}\p{M}]+/u)) {
          if (word && !surface.has(toSyllableKey(word))) surface.set(toSyllableKey(word), word);
        }
      }
    });
  });
  console.error(`contexts: ${path.basename(file)} done`);
}
function fromKey(key) {
  return toOldToneStyle(surface.get(key) ?? key);
}
const results = [];
const extra = new Set();
for (const f of families) {
  const o = insertPhrase(trie, f.original);
  for (const s of f.spun) {
    const sid = insertPhrase(trie, s);
    const share = total[sid] / Math.max(1, total[o]);
    for (const [side, table] of [['next', after], ['prev', before]]) {
      for (const [x, n] of table[o]) {
        if (n < MIN_ORIGINAL) continue;
        const spunN = table[sid].get(x) ?? 0;
        const expected = n * share;
        if (expected < MIN_EXPECTED || spunN > expected / 40) continue;
        const word = fromKey(x);
        const origPhrase = side === 'next' ? `${f.original} ${word}` : `${word} ${f.original}`;
        const spunPhrase = side === 'next' ? `${s} ${word}` : `${word} ${s}`;
        results.push({ family: f.original, spunWord: s, side, x: word, origPhrase, spunPhrase, n, spunN, expected });
        extra.add(origPhrase);
        extra.add(spunPhrase);
      }
    }
  }
}
results.sort((a, b) => b.expected - a.expected);
writeFileSync(path.join(out, 'contexts.json'), JSON.stringify({ totals: families.map((f) => [f.original, total[insertPhrase(trie, f.original)]]), results }, null, 0));
writeFileSync(path.join(out, 'contexts-extra.txt'), [...extra].join('\n') + '\n');
console.error(`contexts: ${results.length} contexts, ${extra.size} phrases`);
