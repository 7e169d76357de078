import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSharedData, loadArticle, loadParagraphs, splitSentences } from '../../scripts/eval/datasets.mjs';
import { expandGold, firstGoldText } from '../../scripts/eval/gold.mjs';
import { deriveGoldEdits, judgeDocument } from '../../scripts/eval/judge.mjs';
import { sampleEvalSets } from '../../scripts/eval/sample.mjs';

const REPO = path.resolve(__dirname, '../..');
const DOMAINS = ['admin-legal', 'news', 'health', 'real-estate', 'travel', 'commerce', 'technology', 'education'];

describe('gold datasets', () => {
  const paragraphs = loadParagraphs(REPO);

  test('at least 40 paragraphs, 5 or more in each of the eight domains', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(40);
    for (const d of DOMAINS) expect(paragraphs.filter((p) => p.domain === d).length).toBeGreaterThanOrEqual(5);
    expect(new Set(paragraphs.map((p) => p.domain))).toEqual(new Set(DOMAINS));
  });

  test.each(loadParagraphs(REPO).map((p) => [p.id, p] as const))('%s: spun differs from every accepted gold, by whole tokens', (_id, p) => {
    const j = judgeDocument(p.spun, p.gold, { text: p.spun, edits: [] });
    expect(j.before).toBeGreaterThanOrEqual(2);
    expect(j.before / j.tokens).toBeLessThan(0.35);
    expect(expandGold(p.gold).length).toBeLessThan(100_000);
    for (const e of deriveGoldEdits(p.spun, p.gold)) expect(p.spun.slice(e.start, e.end)).toBe(e.original);
    expect(firstGoldText(p.gold)).toBe(firstGoldText(p.gold).normalize('NFC'));
  });

  test('paragraphs keep legitimate uses of spun-looking words in their golds', () => {
    const golds = paragraphs.map((p) => firstGoldText(p.gold)).join('\n');
    for (const phrase of ['quyền sở hữu', 'sở hữu trí tuệ', 'đóng góp phần lớn', 'hình như trời sắp mưa', 'bên trên nóc tủ', 'tiện nghi hiện đại', 'mũi tiến công']) {
      expect(golds).toContain(phrase);
    }
  });

  test('the article gold keeps the line structure and the site boilerplate', () => {
    const { input, gold } = loadArticle(REPO);
    const inLines = input.replace(/\n$/, '').split('\n');
    const goldLines = gold.replace(/\n$/, '').split('\n');
    expect(goldLines).toHaveLength(inLines.length);
    for (const k of [0, 2, 6, 8, inLines.length - 3, inLines.length - 1]) expect(goldLines[k]).toBe(inLines[k]);
    const j = judgeDocument(input, gold, { text: input, edits: [] });
    expect(j.before).toBeGreaterThan(100);
    expect(j.goldEdits.some((e) => e.original === 'một.803' && e.replacement === '1.803')).toBe(true);
  });

  test('the spun article in examples/ is the shared reference sample', () => {
    const shared = path.resolve(REPO, '../shared/samples/spun-article-quang-ninh.txt');
    if (!existsSync(shared)) return;
    expect(readFileSync(path.join(REPO, 'examples/spun-article.txt'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  test.each`
    line                                                         | sentences
    ${'Năm 2021 tăng 5%. Tỉnh đạt 94,07%! Vì sao? "Đúng" vậy.'}  | ${['Năm 2021 tăng 5%.', 'Tỉnh đạt 94,07%!', 'Vì sao?', '"Đúng" vậy.']}
    ${'Có 1.803 thủ tục. 2022 thì sao'}                          | ${['Có 1.803 thủ tục.', '2022 thì sao']}
    ${'ông Nguyễn Văn A. nói'}                                   | ${['ông Nguyễn Văn A. nói']}
  `('splitSentences($line)', ({ line, sentences }: { line: string; sentences: string[] }) => {
    expect(splitSentences(line)).toEqual(sentences);
  });
});

const shared = findSharedData(REPO);
if (shared === undefined) console.log('test/eval/datasets.test.ts: ../shared absent, skipping the corpus samples');

describe.skipIf(shared === undefined)('seeded corpus samples', () => {
  test('the same seed gives the same samples; they are disjoint and spun', () => {
    const sizes = { aucDocs: 20, sentences: 50, cleanDocs: 30 };
    const a = sampleEvalSets(shared as string, { seed: 7, ...sizes });
    const b = sampleEvalSets(shared as string, { seed: 7, ...sizes });
    const c = sampleEvalSets(shared as string, { seed: 8, ...sizes });
    expect(a).toEqual(b);
    expect(c.cleanDocs).not.toEqual(a.cleanDocs);
    expect([a.aucDocs.length, a.sentences.length, a.cleanDocs.length]).toEqual([20, 50, 30]);
    const ids = new Set(a.aucDocs.map((d) => d.clean));
    for (const d of a.cleanDocs) expect(ids.has(d)).toBe(false);
    expect(a.aucDocs.filter((d) => d.spun !== d.clean).length).toBeGreaterThan(15);
  });
});

describe('eval/paragraphs/_gold-edits.jsonl', () => {
  test('is up to date with the datasets (rebuild: node scripts/eval/annotate.mjs)', async () => {
    const { renderGoldEdits, GOLD_EDITS_FILE } = await import('../../scripts/eval/annotate.mjs');
    expect(readFileSync(path.join(REPO, GOLD_EDITS_FILE), 'utf8')).toBe(renderGoldEdits(REPO));
  });
});
