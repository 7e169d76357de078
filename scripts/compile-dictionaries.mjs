#!/usr/bin/env node
// Compile dictionaries/*.yaml (the human-edited sources) into dist/dictionaries/*.json (the versioned format
// loaded at run time, no YAML parser needed). Every example of every entry runs here: a wrong entry fails the build.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compileDictionary, serializeDictionary, isVietnormError } = await import(join(root, 'dist/index.js'));

const sourceDir = join(root, 'dictionaries');
const outDir = join(root, 'dist/dictionaries');
mkdirSync(outDir, { recursive: true });

const files = readdirSync(sourceDir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .sort();
const names = [];
let entries = 0;
let failed = false;
const started = performance.now();
for (const file of files) {
  const path = `dictionaries/${file}`;
  const text = readFileSync(join(sourceDir, file), 'utf8');
  try {
    const dict = compileDictionary(text, { file: path });
    if (names.includes(dict.name)) throw new Error(`${path}: duplicate dictionary name \`${dict.name}\``);
    const sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(outDir, `${dict.name}.json`), serializeDictionary(dict, { source: path, sha256 }));
    names.push(dict.name);
    entries += dict.entries.length;
  } catch (error) {
    failed = true;
    console.error(`vietnorm: ${isVietnormError(error) ? error.message : error.stack}`);
  }
}
if (failed) process.exit(1);
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify({ dictionaries: names }, null, 2)}\n`);

// The spinner groups, flattened once here (member keys and alternatives) into dist/spin-groups.json, so loading
// them costs one JSON.parse.
const internal = await import(join(root, 'dist/internal.js'));
const groupsFile = join(sourceDir, '_spin-groups.json');
const groups = internal.buildSpinGroups(internal.parseSpinGroups(readFileSync(groupsFile, 'utf8'), groupsFile));
writeFileSync(join(root, 'dist/spin-groups.json'), internal.serializeSpinGroups(groups));
console.log(
  `compiled ${names.length} dictionaries, ${entries} entries, in ${Math.round(performance.now() - started)} ms`,
);
