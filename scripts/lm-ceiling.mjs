#!/usr/bin/env node
// How far the syllable trigram model alone can take spinner-group repairs: an upper bound for the synthetic-sentence
// ERR of issue #5, with no spin score, no threshold tuning and no selection in the way.
//
// Held-out training lines (the slice the model never counted) are spun by the synthetic spinner with the real
// spinner's groups at one phrase in five. At every spun place the model compares each synonym of the written member
// with the member as written (scoreReplacement: log10 ratio over the window); at every group member of the CLEAN
// line it does the same. For each ratio threshold T it prints:
//   recall      share of spun places where the best synonym is the original and scores >= T (what a repair at T
//               could restore at best);
//   wrong       spun places where another synonym wins with >= T (a wrong repair);
//   clean/1000  places of the clean lines where some synonym scores >= T, per 1,000 tokens (what a repair at T
//               would damage in clean text, before any document-level gate).
//
//   npm run build && node scripts/lm-ceiling.mjs [--lines 1200] [--seed 5]
//
// Never reads the eval corpora.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readHeldOut } from './lib/held-out.mjs';
import { createSpinner, readSpinnerGroups } from './lib/spin.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const shared = join(root, '../shared/data');
const { values } = parseArgs({ options: { lines: { type: 'string', default: '1200' }, seed: { type: 'string', default: '5' } } });
if (!existsSync(shared)) {
  console.error('lm-ceiling: ../shared/data is absent; nothing to measure');
  process.exit(2);
}
const { getDefaultLanguageModel, scoreReplacement, modelContextAt, scanTokens } = await import(join(root, 'dist/internal.js'));
const model = getDefaultLanguageModel();
const groups = readSpinnerGroups(join(shared, 'spin/wp-spin-tool-groups.txt'));
const synonymsOf = new Map();
for (const group of groups) {
  for (const member of group) {
    const key = member.toLowerCase();
    const set = synonymsOf.get(key) ?? new Set();
    for (const other of group) if (other.toLowerCase() !== key) set.add(other.toLowerCase());
    synonymsOf.set(key, set);
  }
}

/** The model keys of a phrase. */
function keysOf(phrase) {
  const table = scanTokens(phrase);
  const keys = [];
  for (let i = 0; i < table.length; i++) if (table.keys[i]) keys.push(table.keys[i]);
  return keys;
}

/** The model's context keys around characters start..end of text. */
function contextOf(text, start, end) {
  const table = scanTokens(text);
  let first = -1;
  let last = -1;
  for (let i = 0; i < table.length; i++) {
    if (first < 0 && table.starts[i] >= start) first = i;
    if (table.ends[i] <= end) last = i;
  }
  return modelContextAt(table, text, first, last + 1);
}

/** The best synonym of `written` at start..end of text, and its log10 ratio against the text as written. */
function bestSynonym(text, start, end, written) {
  const { left, right } = contextOf(text, start, end);
  const from = keysOf(written);
  let best = -Infinity;
  let to;
  for (const synonym of synonymsOf.get(written.toLowerCase()) ?? []) {
    const ratio = scoreReplacement(model, left, from, keysOf(synonym), right);
    if (ratio > best) [best, to] = [ratio, synonym];
  }
  return { best, to };
}

const lines = (await readHeldOut(shared, 'vietnews-train.txt.xz', Number(values.lines))).filter((l) => l.length > 40);
const spinner = createSpinner(groups, { seed: Number(values.seed), rate: 0.2 });
const everyPlace = createSpinner(groups, { seed: Number(values.seed), rate: 1 });
const spun = [];
const clean = [];
let tokens = 0;
for (const line of lines) {
  tokens += line.split(/\s+/).length;
  const r = spinner.spin(line);
  for (const e of r.edits) {
    const { best, to } = bestSynonym(r.text, e.start, e.end, e.replacement);
    spun.push({ best, right: to === e.original.toLowerCase() });
  }
  // Every group member of the clean line: the all-places spinner finds them; offsets back in the clean line.
  let shift = 0;
  for (const e of everyPlace.spin(line).edits) {
    const start = e.start - shift;
    shift += e.replacement.length - e.original.length;
    clean.push(bestSynonym(line, start, start + e.original.length, e.original).best);
  }
}
console.log(`${lines.length} held-out lines, ${tokens} tokens; ${spun.length} spun places, ${clean.length} clean group places`);
console.log('T (log10)  recall  wrong  clean places per 1,000 tokens');
for (const t of [1, 2, 3, 4, 5]) {
  const recall = spun.filter((s) => s.best >= t && s.right).length / spun.length;
  const wrong = spun.filter((s) => s.best >= t && !s.right).length;
  const damage = (clean.filter((b) => b >= t).length / tokens) * 1000;
  console.log(`${String(t).padEnd(10)} ${recall.toFixed(3)}   ${String(wrong).padEnd(6)} ${damage.toFixed(2)}`);
}
