/**
 * The naive baseline: every spun form of every compiled dictionary applied with `String.prototype.replaceAll`,
 * one form after the other, the way a find-and-replace list would (no word boundaries, no context, no scoring).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** [form, replacement] pairs from dist/dictionaries/*.json (every `from` form of every entry). */
export function loadNaivePairs(dictionaryDir) {
  const pairs = [];
  for (const file of readdirSync(dictionaryDir).sort()) {
    if (!file.endsWith('.json') || file === 'index.json') continue;
    const dictionary = JSON.parse(readFileSync(path.join(dictionaryDir, file), 'utf8'));
    for (const entry of dictionary.entries ?? []) {
      for (const form of entry.from) pairs.push([form.join(' '), entry.to]);
    }
  }
  return pairs;
}

/** Apply every pair with replaceAll. */
export function applyNaive(text, pairs) {
  let out = text;
  for (const [form, to] of pairs) out = out.replaceAll(form, to);
  return out;
}
