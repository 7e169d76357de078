#!/usr/bin/env node
// Runs every example of the given dictionary files with the real engine (bundled from src/ by esbuild, see
// dictionaries/README.md) and lists every failure, not only the first as the compiler does.
// Usage: node scripts/mine/check-dicts.mjs [--engine /tmp/vn-check/engine.mjs] dictionaries/*.yaml
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const at = args.indexOf('--engine');
const enginePath = at >= 0 ? args.splice(at, 2)[1] : '/tmp/vn-check/engine.mjs';
const engine = await import(enginePath);
let failures = 0;
let entriesTotal = 0;
for (const file of args) {
  const raw = parse(readFileSync(file, 'utf8'));
  let dictionary;
  try {
    dictionary = engine.compileDictionary(raw, { runExamples: false, file });
  } catch (error) {
    console.log(`${file}: ${error.message}`);
    failures++;
    continue;
  }
  const cfg = { index: engine.buildRuleIndex([dictionary]), minConfidence: 0, suggestConfidence: 0, tone: 'keep',
    normalize: true, model: null, artifacts: false, applyAll: true };
  raw.entries.forEach((entry, i) => {
    for (const ex of entry.examples ?? []) {
      const want = (ex.out ?? ex.in).normalize('NFC');
      const got = engine.runEngine(ex.in, cfg).text;
      if (got !== want) {
        failures++;
        console.log(`${file} entries[${i}] ${entry.to}: "${ex.in}"\n   want "${want}"\n   got  "${got}"`);
      }
    }
  });
  entriesTotal += raw.entries.length;
  console.log(`${file}: ${raw.entries.length} entries`);
}
console.log(`${entriesTotal} entries, ${failures} failures`);
process.exitCode = failures ? 1 : 0;
