/**
 * Loading the evaluation datasets: the gold article, the hand-written paragraphs, and lines of the eval
 * corpora (../shared/data/corpora/eval) for synthetic spins and false positives.
 *
 * @example
 *   const paragraphs = loadParagraphs('/work/main'); paragraphs.length >= 40 //=> true
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseGold } from './gold.mjs';

const PARAGRAPH_FIELDS = ['id', 'domain', 'spun', 'gold'];

/**
 * The spun article and its gold repair.
 * @param {string} repoRoot
 * @returns {{ id: string, input: string, gold: string }}
 * @example
 *   loadArticle('.').id //=> 'spun-article'
 */
export function loadArticle(repoRoot) {
  const input = readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8');
  const gold = readFileSync(path.join(repoRoot, 'eval/gold/spun-article.gold.txt'), 'utf8');
  parseGold(gold);
  return { id: 'spun-article', input, gold };
}

/**
 * Every paragraph of eval/paragraphs/*.yaml (or another folder of the same format, such as dev/paragraphs),
 * validated: the four fields are non-empty strings, ids are unique, and the gold notation parses.
 * @param {string} repoRoot
 * @param {string} [folder] relative to repoRoot
 * @returns {{ id: string, domain: string, spun: string, gold: string, file: string }[]}
 * @throws {Error} naming the file and the paragraph on a broken entry
 */
export function loadParagraphs(repoRoot, folder = 'eval/paragraphs') {
  const dir = path.join(repoRoot, folder);
  const out = [];
  const seen = new Set();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(folder, name);
    const list = parseYaml(readFileSync(path.join(dir, name), 'utf8'));
    if (!Array.isArray(list)) throw new Error(`${file}: expected a list of paragraphs`);
    list.forEach((entry, i) => {
      for (const field of PARAGRAPH_FIELDS) {
        if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') {
          throw new Error(`${file}: paragraph ${i + 1}: \`${field}\` must be a non-empty string`);
        }
      }
      if (seen.has(entry.id)) throw new Error(`${file}: duplicate id \`${entry.id}\``);
      seen.add(entry.id);
      try {
        parseGold(entry.gold);
      } catch (error) {
        throw new Error(`${file}: ${entry.id}: ${error.message}`, { cause: error });
      }
      out.push({ id: entry.id, domain: entry.domain, spun: entry.spun.normalize('NFC'), gold: entry.gold.normalize('NFC'), file });
    });
  }
  return out;
}

/**
 * Where ../shared/data is, or undefined when absent (a user's clone).
 * @param {string} repoRoot
 * @returns {string | undefined}
 * @example
 *   findSharedData('/work/main') //=> '/work/shared/data' (or undefined in a user's clone)
 */
export function findSharedData(repoRoot) {
  const dir = path.resolve(repoRoot, '../shared/data');
  return existsSync(path.join(dir, 'corpora/eval')) ? dir : undefined;
}

/** The eval corpora, in a fixed order. */
export const EVAL_CORPORA = ['unc-dantri.txt.xz', 'ud-vtb.txt.xz', 'uud-vietnamnet.txt.xz'];

/**
 * Lines of one xz-compressed corpus (NFC, trimmed, non-empty), read with `xz -dc`.
 * @param {string} file
 * @returns {string[]}
 * @example
 *   readCorpusLines('../shared/data/corpora/eval/ud-vtb.txt.xz').length //=> 3323
 */
export function readCorpusLines(file) {
  const text = execFileSync('xz', ['-dc', file], { maxBuffer: 1 << 30, encoding: 'utf8' });
  return text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Split a line into sentences: after `.`, `!`, `?` or `…` (and closing quotes) followed by a space and an
 * uppercase letter or digit. Good enough to build 5-sentence documents from news lines.
 * @param {string} line
 * @returns {string[]}
 * @example
 *   splitSentences('Tăng 5%. Đạt 94,07%!') //=> ['Tăng 5%.', 'Đạt 94,07%!']
 */
export function splitSentences(line) {
  return line
    .split(/(?<=[.!?…]["”’)]?)\s+(?=["“(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
