#!/usr/bin/env node
/**
 * Write the known gold edits of every hand-written paragraph (and of the spun article) to
 * eval/paragraphs/_gold-edits.jsonl: one line per document, `{id, edits: [{start, end, original,
 * replacement, cost}]}`, offsets in the spun text. Derived by a token alignment spun → closest gold (the
 * harness derives the same at run time); committed so reviewers can read them. Rebuild after editing a
 * paragraph:  node scripts/eval/annotate.mjs   (test/eval/datasets.test.ts fails while the file is stale)
 *
 * @example
 *   node scripts/eval/annotate.mjs --check   # exit 1 when the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticle, loadParagraphs } from './datasets.mjs';
import { judgeDocument } from './judge.mjs';

/**
 * The JSONL text of the gold edits.
 * @param {string} repoRoot
 * @returns {string}
 */
export function renderGoldEdits(repoRoot) {
  const article = loadArticle(repoRoot);
  const docs = [{ id: article.id, spun: article.input, gold: article.gold }, ...loadParagraphs(repoRoot)];
  return docs
    .map((d) => {
      const { goldEdits } = judgeDocument(d.spun, d.gold, { text: d.spun, edits: [] });
      const edits = goldEdits.map(({ start, end, original, replacement, cost }) => ({ start, end, original, replacement, cost }));
      return JSON.stringify({ id: d.id, edits });
    })
    .join('\n') + '\n';
}

/** Path of the generated file, relative to the repository. */
export const GOLD_EDITS_FILE = 'eval/paragraphs/_gold-edits.jsonl';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const text = renderGoldEdits(repo);
  const file = path.join(repo, GOLD_EDITS_FILE);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing counts as stale
    }
    process.exitCode = current === text ? 0 : 1;
    if (current !== text) process.stderr.write(`${GOLD_EDITS_FILE} is stale: run node scripts/eval/annotate.mjs\n`);
  } else {
    writeFileSync(file, text);
    process.stderr.write(`wrote ${GOLD_EDITS_FILE}\n`);
  }
}
