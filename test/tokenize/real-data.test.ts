import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

import { tokenize } from '../../src/tokenize/tokenize.js';
import type { Token } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');
const dantriPath = path.join(sharedDir, 'data/corpora/eval/unc-dantri.txt.xz');
const hasShared = existsSync(dantriPath);
if (!hasShared) console.log(`Skipping corpus tokenizer tests: ${dantriPath} is absent (it exists only in CI).`);

/** The first token with this text, if any. */
function findToken(tokens: Token[], text: string): Token | undefined {
  return tokens.find((token) => token.text === text);
}

describe('the spun example article (examples/spun-article.txt)', () => {
  const text = readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8');
  const tokens = tokenize(text);

  test('is tokenized losslessly', () => {
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(tokens.every((t, i) => t.start === (i === 0 ? 0 : tokens[i - 1]?.end))).toBe(true);
  });

  test.each`
    text          | kind
    ${'94,07%'}   | ${'number'}
    ${'5/5'}      | ${'number'}
    ${'53,5%'}    | ${'number'}
    ${'98%'}      | ${'number'}
    ${'803'}      | ${'number'}
    ${'một'}      | ${'syllable'}
    ${'COVID'}    | ${'word'}
    ${'SIPAS'}    | ${'word'}
    ${'Reply'}    | ${'word'}
    ${'…'}        | ${'punctuation'}
  `('has $text as a $kind token', ({ text, kind }: { text: string; kind: string }) => {
    expect(findToken(tokens, text)?.kind).toBe(kind);
  });

  test('keeps the spun number "một.803" as syllable, dot, number in one sentence', () => {
    const at = tokens.findIndex((t) => t.text === 'một' && tokens[tokens.indexOf(t) + 1]?.text === '.');
    const run = tokens.slice(at, at + 3);
    expect(run.map((t) => `${t.kind}:${t.text}`)).toEqual(['syllable:một', 'punctuation:.', 'number:803']);
    expect(new Set(run.map((t) => t.sentence)).size).toBe(1);
  });

  test('splits at spinner debris ". " before a lowercase word', () => {
    const at = tokens.findIndex((t, i) => t.text === 'luật' && tokens[i + 1]?.text === '.');
    expect(tokens[at + 3]?.text).toBe('pháp');
    expect(tokens[at + 3]?.sentence).toBe((tokens[at]?.sentence ?? -1) + 1);
  });

  test('NFD input gives the same kinds, keys and sentences', () => {
    const summarize = (list: Token[]): unknown[] => list.map((t) => [t.kind, t.key, t.sentence]);
    expect(summarize(tokenize(text.normalize('NFD')))).toEqual(summarize(tokens));
  });

  test('keys "tiến công giá" the same wherever it occurs', () => {
    const keys = tokens.filter((t) => t.text.toLowerCase() === 'tiến').map((t) => t.key);
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys)).toEqual(new Set(['tiến']));
  });
});

describe.skipIf(!hasShared)('clean news corpus (unc-dantri, first 2 MB)', () => {
  const text = hasShared
    ? execFileSync('sh', ['-c', `xz -dc "${dantriPath}" | head -c 2000000`], { maxBuffer: 1 << 26 })
        .toString('utf8')
        .replace(/\uFFFD$/u, '')
    : '';

  test('is tokenized losslessly, NFD gives the same keys, and most letter runs are syllables', () => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    const nfdKeys = tokenize(text.normalize('NFD')).map((t) => t.key);
    expect(nfdKeys).toEqual(tokens.map((t) => t.key));
    const letterRuns = tokens.filter((t) => t.kind === 'syllable' || t.kind === 'word');
    const syllables = letterRuns.filter((t) => t.kind === 'syllable').length;
    expect(syllables / letterRuns.length).toBeGreaterThan(0.95);
  });
});
