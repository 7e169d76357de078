#!/usr/bin/env node
// Evidence for hand-reviewed contextual entries: for each spinner family (original → spun forms), counts the one- and
// two-word contexts right before and after the original and each spun form in the training corpora, and lists the
// contexts where the original is frequent while the spun form is (nearly) absent ("có hiệu lực" 4,000× vs
// "sở hữu hiệu lực" 0×). The output is a candidate list to READ, not entries: a context is only worth an entry when
// the spun phrase is not a legitimate phrase either.
//
// Usage: node scripts/mine/family-contexts.mjs [--families FILE] [--out FILE] [--min-original 30] [--limit-lines N]
//   FILE: original<TAB>spun|spun… per line (default scripts/mine/context-families.tsv)
//   out:  TSV (default /tmp/vietnorm-family-contexts.tsv): family, spun, side, context, original count, spun count,
//         expected spun count (original count × spun/original overall ratio)
// Context tokens: syllable keys as written (lowercase, tone placement folded), "<num>" for a number, "<s>" for the
// start of a line or sentence (prev side), "<,>" for a comma (next side). Never reads corpora/eval.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTrie, insertPhrase, streamXz } from './count.mjs';
import { toOldToneStyle } from './examples.mjs';
import { toSyllableKey } from './tone-key.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(HERE, '../../../shared/data');
const CORPORA = ['baomoi-magizbox.txt.xz', 'viwiki.txt.xz', 'vietnews-train.txt.xz'].map((f) =>
  path.join(SHARED, 'corpora/train', f),
);

const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
const familiesFile = opt('--families', path.join(HERE, 'context-families.tsv'));
const outFile = opt('--out', '/tmp/vietnorm-family-contexts.tsv');
const minOriginal = Number(opt('--min-original', 30));
const limit = Number(opt('--limit-lines', Infinity));

const families = readFileSync(familiesFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [original, spun] = l.split('\t');
    return { original: original.trim(), spun: spun.split('|').map((s) => s.trim()).filter(Boolean) };
  });
const trie = createTrie();
for (const f of families) {
  insertPhrase(trie, f.original);
  for (const s of f.spun) insertPhrase(trie, s);
}
const n = trie.size;
const total = new Float64Array(n);
// tables[id][k]: k = 0 prev1, 1 prev2, 2 next1, 3 next2
const tables = Array.from({ length: n }, () => [new Map(), new Map(), new Map(), new Map()]);
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

// Tokens: words, numbers, and the punctuation we care about; anything else is a break.
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\d[\d.,]*%?)|([.!?;:…])|(,)|(\S)/gu;
function toTokens(line) {
  const keys = ['<s>'];
  for (const m of line.toLowerCase().matchAll(TOKEN)) {
    if (m[1]) {
      const key = toSyllableKey(m[1]);
      if (!surface.has(key)) surface.set(key, m[1]);
      keys.push(key);
    }
    else if (m[2]) keys.push('<num>');
    else if (m[3]) keys.push('<s>');
    else if (m[4]) keys.push('<,>');
    else keys.push(null);
  }
  keys.push(null);
  return keys;
}
const surface = new Map();
const show = (x) => x.split(' ').map((k) => (k.startsWith('<') ? k : toOldToneStyle(surface.get(k) ?? k))).join(' ');
const isWord = (k) => k !== null && k !== '<s>' && k !== '<,>';

function scan(keys) {
  const root = trie.root.next;
  for (let i = 0; i < keys.length; i++) {
    const first = keys[i];
    if (!isWord(first) || first === '<num>') continue;
    let node = root.get(first);
    let j = i + 1;
    while (node) {
      if (node.id >= 0) {
        const t = tables[node.id];
        total[node.id]++;
        const p1 = keys[i - 1];
        const n1 = keys[j];
        if (p1 === '<s>' || isWord(p1)) bump(t[0], p1);
        if (isWord(p1) && isWord(keys[i - 2])) bump(t[1], `${keys[i - 2]} ${p1}`);
        if (n1 === '<,>' || isWord(n1)) bump(t[2], n1);
        if (isWord(n1) && isWord(keys[j + 1])) bump(t[3], `${n1} ${keys[j + 1]}`);
      }
      if (!node.next || j >= keys.length || !isWord(keys[j])) break;
      node = node.next.get(keys[j]);
      j++;
    }
  }
}

for (const file of CORPORA) {
  let seen = 0;
  const t0 = Date.now();
  await streamXz(file, (raw) => {
    if (seen++ >= limit) return;
    scan(toTokens(raw.normalize('NFC')));
  });
  console.error(`family-contexts: ${path.basename(file)} ${seen} lines, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const SIDES = ['prev', 'prev2', 'next', 'next2'];
const rows = [['family', 'spun', 'side', 'context', 'original', 'spunN', 'expected'].join('\t')];
for (const f of families) {
  const o = insertPhrase(trie, f.original);
  for (const s of f.spun) {
    const sid = insertPhrase(trie, s);
    const share = total[sid] / Math.max(1, total[o]);
    for (let k = 0; k < 4; k++) {
      for (const [x, c] of tables[o][k]) {
        if (c < minOriginal) continue;
        const spunN = tables[sid][k].get(x) ?? 0;
        rows.push([f.original, s, SIDES[k], show(x), c, spunN, (c * share).toFixed(1)].join('\t'));
      }
    }
  }
  rows.push(['#total', f.original, total[o], ...f.spun.map((s) => `${s}=${total[insertPhrase(trie, s)]}`)].join('\t'));
}
writeFileSync(outFile, rows.join('\n') + '\n');
console.error(`family-contexts: ${rows.length - 1} rows → ${outFile}`);
