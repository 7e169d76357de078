import { describe, expect, test } from 'vitest';
import { alignToGold, goldDistance, tokenDistance } from '../../scripts/eval/distance.mjs';
import { compileGold, escapeGold, expandGold, firstGoldText, parseGold } from '../../scripts/eval/gold.mjs';
import { applyTextEdits, deriveGoldEdits, judgeDocument } from '../../scripts/eval/judge.mjs';
import { computeErr, scoreGoldSet } from '../../scripts/eval/score-gold.mjs';
import { scoreClean } from '../../scripts/eval/score-clean.mjs';
import { joinTokens, toTokenTexts } from '../../scripts/eval/tokens.mjs';

describe('toTokenTexts', () => {
  test.each`
    text                                 | tokens
    ${'tổng số một.803 thủ tục.'}        | ${['tổng', 'số', 'một.803', 'thủ', 'tục', '.']}
    ${'đạt 53,5% hồ sơ'}                 | ${['đạt', '53,5', '%', 'hồ', 'sơ']}
    ${'năm 2021. tới hết'}               | ${['năm', '2021', '.', 'tới', 'hết']}
    ${'Quốc gia. ; hướng'}               | ${['Quốc', 'gia', '.', ';', 'hướng']}
    ${'“sáu dám” gồm:'}                  | ${['“', 'sáu', 'dám', '”', 'gồm', ':']}
    ${'a\r\nb\u00a0c'}                   | ${['a', 'b', 'c']}
    ${'Hòa'.normalize('NFD')}            | ${['Hòa']}
    ${'😀 \ud800 x'}                     | ${['😀', '\ud800', 'x']}
    ${''}                                | ${[]}
  `('$text', ({ text, tokens }: { text: string; tokens: string[] }) => {
    expect(toTokenTexts(text)).toEqual(tokens);
  });

  test('joinTokens puts no space before closing punctuation', () => {
    expect(joinTokens(['có', '1.803', 'thủ', 'tục', ',', 'đạt', '98', '%', '.'])).toBe('có 1.803 thủ tục, đạt 98%.');
  });
});

describe('gold notation', () => {
  test.each`
    gold                             | texts
    ${'Xem {các|những} mục.'}        | ${['Xem các mục.', 'Xem những mục.']}
    ${'từ {|thời điểm }năm 2020'}    | ${['từ năm 2020', 'từ thời điểm năm 2020']}
    ${'a \\{b\\|c\\} \\\\ d'}        | ${['a {b|c} \\ d']}
    ${'{x|y} {1|2}'}                 | ${['x 1', 'x 2', 'y 1', 'y 2']}
  `('expandGold($gold)', ({ gold, texts }: { gold: string; texts: string[] }) => {
    expect(expandGold(gold)).toEqual(texts);
  });

  test.each`
    gold             | message
    ${'a {b|c'}      | ${'Unclosed'}
    ${'a } b'}       | ${'Stray `}`'}
    ${'a | b'}       | ${'Stray `|`'}
    ${'{a|{b}}'}     | ${'Nested'}
    ${'{a\n|b}'}     | ${'Line break'}
  `('parseGold rejects $gold', ({ gold, message }: { gold: string; message: string }) => {
    expect(() => parseGold(gold)).toThrow(message);
  });

  test('escapeGold round-trips any text', () => {
    const text = 'a|b {c} \\ d';
    expect(expandGold(escapeGold(text))).toEqual([text]);
    expect(firstGoldText('{các|những} cơ quan')).toBe('các cơ quan');
  });

  test('compileGold builds a lattice with an empty alternative', () => {
    const lattice = compileGold('a {b|} c');
    expect(lattice.tokens).toEqual(['a', 'b', 'c']);
    expect(lattice.preds).toEqual([[-1], [0], [1, 0]]);
    expect(lattice.finals).toEqual([2]);
  });
});

describe('token edit distance', () => {
  test.each`
    a                      | b                            | distance
    ${'a b c'}             | ${'a b c'}                   | ${0}
    ${'a b c'}             | ${'a x c d'}                 | ${2}
    ${''}                  | ${'a b'}                     | ${2}
    ${'Kết quả tiến công giá'} | ${'Kết quả đánh giá'}    | ${2}
    ${'tỷ trọng hồ sơ'}    | ${'tỷ lệ hồ sơ'}             | ${1}
    ${'Đến hết'}           | ${'đến hết'}                 | ${1}
    ${'pháp luật. pháp luật để'} | ${'pháp luật để'}      | ${3}
  `('$a ↔ $b = $distance', ({ a, b, distance }: { a: string; b: string; distance: number }) => {
    expect(tokenDistance(toTokenTexts(a), toTokenTexts(b))).toBe(distance);
    expect(tokenDistance(toTokenTexts(b), toTokenTexts(a))).toBe(distance);
    expect(goldDistance(toTokenTexts(a), escapeGold(b))).toBe(distance);
  });

  test.each`
    output                       | gold                                  | distance
    ${'những cơ quan'}           | ${'{các|những} cơ quan'}              | ${0}
    ${'các cơ quan'}             | ${'{các|những} cơ quan'}              | ${0}
    ${'một số cơ quan'}          | ${'{các|những} cơ quan'}              | ${2}
    ${'từ năm 2020'}             | ${'từ {|thời điểm }năm 2020'}         | ${0}
    ${'từ thời điểm năm 2020'}   | ${'từ {|thời điểm }năm 2020'}         | ${0}
    ${'từ thời năm 2020'}        | ${'từ {|thời điểm }năm 2020'}         | ${1}
    ${'x y'}                     | ${'{a|b c} {d|e}'}                    | ${2}
  `('gold distance of $output to $gold is $distance', ({ output, gold, distance }: { output: string; gold: string; distance: number }) => {
    expect(goldDistance(toTokenTexts(output), gold)).toBe(distance);
  });

  test('goldDistance equals the minimum over the expanded golds', () => {
    const gold = '{Bên cạnh đó|Ngoài ra}, tỉnh {đã |}tăng cường {các|những} công tác';
    for (const output of ['Hình như, tỉnh tăng cường những công việc', 'Ngoài ra tỉnh đã tăng cường', '']) {
      const out = toTokenTexts(output);
      const min = Math.min(...expandGold(gold).map((g) => tokenDistance(out, toTokenTexts(g))));
      expect(goldDistance(out, gold)).toBe(min);
    }
  });

  test.each`
    output          | gold
    ${'a x b b c'}  | ${'a {y|z} b c d'}
    ${'a b'}        | ${'a {b|} c'}
    ${''}           | ${'x {y|} z'}
    ${'p q r'}      | ${''}
  `('alignToGold($output, $gold) is a valid alignment of least cost', ({ output, gold }: { output: string; gold: string }) => {
    const out = toTokenTexts(output);
    const { distance, ops } = alignToGold(out, gold);
    expect(distance).toBe(goldDistance(out, gold));
    expect(ops.filter((o) => o.op !== 'eq')).toHaveLength(distance);
    expect(ops.filter((o) => o.op !== 'del').map((o) => out[o.out])).toEqual(out);
    const path = ops.filter((o) => o.op !== 'ins').map((o) => o.gold);
    expect(expandGold(gold).map((g) => toTokenTexts(g).join(' '))).toContain(path.join(' '));
    for (const o of ops) if (o.op === 'eq') expect(out[o.out]).toBe(o.gold);
  });
});

describe('deriveGoldEdits', () => {
  test.each`
    spun                                            | gold                                        | edits
    ${'Kết quả tiến công giá cao'}                  | ${'Kết quả đánh giá cao'}                   | ${[['tiến công', 'đánh', 2]]}
    ${'toàn tỉnh sở hữu tổng số một.803 thủ tục'}   | ${'toàn tỉnh có tổng số 1.803 thủ tục'}     | ${[['sở hữu', 'có', 2], ['một.803', '1.803', 1]]}
    ${'Quốc gia. ; hướng tới'}                      | ${'Quốc gia; hướng tới'}                    | ${[['.', '', 1]]}
    ${'xử lý lờ ngờ'}                               | ${'xử lý chậm'}                             | ${[['lờ ngờ', 'chậm', 2]]}
    ${'những cơ quan'}                              | ${'{các|những} cơ quan'}                    | ${[]}
    ${'đạt trên 98%'}                               | ${'đạt trên 98%'}                           | ${[]}
  `('$spun', ({ spun, gold, edits }: { spun: string; gold: string; edits: [string, string, number][] }) => {
    const got = deriveGoldEdits(spun, gold);
    expect(got.map((e) => [e.original, e.replacement, e.cost])).toEqual(edits);
    for (const e of got) expect(spun.slice(e.start, e.end)).toBe(e.original);
  });
});

describe('judging a result', () => {
  const input = 'Kết quả tiến công giá đạt tỷ trọng cao.\nTỉnh sở hữu 5 tiêu chí.';
  const gold = 'Kết quả đánh giá đạt tỷ lệ cao.\nTỉnh có 5 tiêu chí.';
  const edit = (from: string, to: string, confidence = 0.9) => {
    const start = input.indexOf(from);
    return { start, end: start + from.length, original: from, replacement: to, ruleId: `t/${to}`, category: 'spin', confidence, reasons: [] };
  };

  test('ERR, right and wrong edits, fixed gold edits', () => {
    const edits = [edit('tiến công giá', 'đánh giá'), edit('5', 'năm')];
    const result = { text: applyTextEdits(input, edits), edits, suggestions: [edit('sở hữu', 'có', 0.6)] };
    const j = judgeDocument(input, gold, result);
    expect(j.before).toBe(5); // tiến công→đánh (2), trọng→lệ (1), sở hữu→có (2)
    expect(j.after).toBe(4); // trọng→lệ, sở hữu→có, and the new năm≠5
    expect(computeErr(j.before, j.after)).toBeCloseTo(0.2);
    expect(j.judged.map((x) => [x.edit.original, x.applied, x.right])).toEqual([
      ['tiến công giá', true, true],
      ['5', true, false],
      ['sở hữu', false, true],
    ]);
    expect(j.goldEdits.map((g) => [g.original, g.fixed])).toEqual([
      ['tiến công', true],
      ['trọng', false],
      ['sở hữu', false],
    ]);
  });

  test('an edit between two accepted wordings is a swap, not right and not harmful', () => {
    const text = 'Những cơ quan sở hữu 5 tiêu chí.';
    const e = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(from) + from.length, original: from, replacement: to, ruleId: 'r', category: 'spin', confidence: 0.9, reasons: [] });
    const edits = [e('Những', 'Các'), e('5', 'năm')];
    const j = judgeDocument(text, '{Các|Những} cơ quan có 5 tiêu chí.', { text: applyTextEdits(text, edits), edits });
    expect(j.judged.map((x) => [x.edit.original, x.right, x.swap, x.delta])).toEqual([
      ['Những', false, true, 0],
      ['5', false, false, -1],
    ]);
  });

  test('scoreGoldSet sums errors over documents and keeps per-group ERR', () => {
    const docs = [
      { id: 'a', input: 'tới nay sở hữu 5', gold: '{Đến|Tới} nay có 5', group: 'g1' },
      { id: 'b', input: 'văn phiên bản', gold: 'văn bản', group: 'g2' },
    ];
    const system = (text: string) => {
      const edits = text.includes('phiên ') ? [{ start: 4, end: 11, original: 'phiên b', replacement: 'b', ruleId: 'x', category: 'spin', confidence: 1, reasons: [] }] : [];
      return { text: applyTextEdits(text, edits), edits, suggestions: [], spinScore: 0 };
    };
    const s = scoreGoldSet(docs, system);
    expect([s.before, s.after]).toEqual([4, 3]); // tới/Tới (1) + sở hữu/có (2) + phiên (1), then only doc a
    expect(s.err).toBeCloseTo(0.25);
    expect([s.applied, s.appliedRight, s.precision]).toEqual([1, 1, 1]);
    expect(s.groups.map((g: { name: string; err: number }) => [g.name, g.err])).toEqual([
      ['g1', 0],
      ['g2', 1],
    ]);
  });

  test('a system that throws counts as no change and is recorded', () => {
    const s = scoreGoldSet([{ id: 'a', input: 'ko', gold: 'không' }], () => {
      throw new Error('boom');
    });
    expect([s.before, s.after, s.failures.length]).toEqual([1, 1, 1]);
  });

  test('scoreClean counts changed tokens per 1,000 and attributes them to rules', () => {
    const docs = ['Anh có quyền sở hữu nhà.', 'Chị đến lúc 9 giờ.'];
    const system = (text: string) => {
      const at = text.indexOf('lúc');
      const edits = at < 0 ? [] : [{ start: at, end: at + 3, original: 'lúc', replacement: 'khi', ruleId: 'r/khi', category: 'spin', confidence: 0.9, reasons: [] }];
      return { text: applyTextEdits(text, edits), edits, suggestions: [], spinScore: 0 };
    };
    const c = scoreClean(docs, system);
    expect([c.tokens, c.changed]).toEqual([13, 1]);
    expect(c.perThousand).toBeCloseTo(1000 / 13);
    expect(c.byRule.map((r: { ruleId: string; edits: number }) => [r.ruleId, r.edits])).toEqual([['r/khi', 1]]);
  });
});
