#!/usr/bin/env node
// Imports the synonym groups of a real Vietnamese SEO spinner into dictionaries/_spin-groups.json.
//
// Usage: node scripts/import-spin-groups.mjs [source.txt] [out.json]
// Defaults: ../shared/data/spin/wp-spin-tool-groups.txt → dictionaries/_spin-groups.json
//
// Every member of a group can be replaced by any other member, so the engine turns each group into
// low-prior reverse candidates that only the language model may confirm. Cleaning: strip BOM, NFC, trim,
// lowercase, keep members made only of letters and single spaces, drop duplicates and groups with < 2 members.
// The output is deterministic (groups sorted, one per line) so diffs stay readable; `sha256` is the source file's.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = path.resolve(REPO_ROOT, '../shared/data/spin/wp-spin-tool-groups.txt');
const DEFAULT_OUT = path.join(REPO_ROOT, 'dictionaries/_spin-groups.json');
const SOURCE_NAME = 'github.com/jonbmt99/wp-spin-tool (dataspin/, 26 files, deduplicated)';
const LICENCE_NOTE =
  'Licence of the data not stated; the repository ships an MIT licence file copied from another project. ' +
  'Used as reverse candidates only; see dictionaries/README.md.';
/** Letters (any script, with combining marks) separated by single spaces. */
const MEMBER_SHAPE = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/**
 * Cleans one raw member: BOM, NFC, whitespace collapse, lowercase.
 * @param {string} raw
 * @returns {string}
 */
function cleanMember(raw) {
  return raw.replace(/\uFEFF/g, '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Parses the `a|b|c` line format into cleaned, deduplicated groups.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseSpinGroups(text) {
  const seen = new Set();
  const groups = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const members = [];
    for (const raw of line.split('|')) {
      const member = cleanMember(raw);
      if (member !== '' && MEMBER_SHAPE.test(member) && !members.includes(member)) members.push(member);
    }
    if (members.length < 2) continue;
    members.sort((a, b) => a.localeCompare(b, 'vi'));
    const key = members.join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(members);
  }
  groups.sort((a, b) => a.join('|').localeCompare(b.join('|'), 'vi'));
  return groups;
}

/**
 * Serialises with one group per line (stable, diff-friendly).
 * @param {{format: string, version: number, source: string, licence: string, sha256: string, groups: string[][]}} doc
 * @returns {string}
 */
function stringifyGroups(doc) {
  const head = `{"format":${JSON.stringify(doc.format)},"version":${doc.version},"source":${JSON.stringify(
    doc.source,
  )},"licence":${JSON.stringify(doc.licence)},"sha256":${JSON.stringify(doc.sha256)},"groups":[\n`;
  return head + doc.groups.map((g) => JSON.stringify(g)).join(',\n') + '\n]}\n';
}

function main() {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  const out = process.argv[3] ?? DEFAULT_OUT;
  let bytes;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    console.error(`import-spin-groups: cannot read ${source}: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  const groups = parseSpinGroups(bytes.toString('utf8'));
  const doc = {
    format: 'vietnorm-spin-groups',
    version: 1,
    source: SOURCE_NAME,
    licence: LICENCE_NOTE,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    groups,
  };
  writeFileSync(out, stringifyGroups(doc));
  const members = new Set(groups.flat());
  console.log(`import-spin-groups: ${groups.length} groups, ${members.size} distinct members → ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
