import { describe, expect, test } from 'vitest';
import { compileDictionary } from '../../src/dictionary/compile.js';
import { applyEdits } from '../../src/rules/apply-edits.js';
import { runEngine, type EngineConfig } from '../../src/rules/engine.js';
import { buildRuleIndex } from '../../src/rules/rule-index.js';
import { buildSpinGroups } from '../../src/dictionary/spin-groups.js';

const DICT = compileDictionary(`name: t
entries:
  - from: [tiến công giá, tấn công giá]
    to: đánh giá
    category: spin
    confidence: 0.97
    examples: [{ in: "tiến công giá", out: "đánh giá" }]
  - from: văn phiên bản
    to: văn bản
    category: spin
    confidence: 0.97
    examples: [{ in: "văn phiên bản", out: "văn bản" }]
  - from: quang quẻ cảnh
    to: quang cảnh
    category: spin
    confidence: 0.97
    examples: [{ in: "quang quẻ cảnh", out: "quang cảnh" }]
  - from: sở hữu
    to: có
    category: spin
    confidence: 0.3
    unless: { prev: [quyền, chủ], next: [trí tuệ] }
    examples: [{ in: "sở hữu 5", out: "có 5" }, { in: "quyền sở hữu" }]
  - from: unique
    to: chất lượng
    category: spin
    confidence: 0.95
    examples: [{ in: "nâng cao unique dịch vụ", out: "nâng cao chất lượng dịch vụ" }]
  - from: ko
    to: không
    category: teencode
    confidence: 0.95
    examples: [{ in: "tôi ko biết", out: "tôi không biết" }]
`);

const config = (over: Partial<EngineConfig> = {}): EngineConfig => ({
  index: buildRuleIndex([DICT]),
  minConfidence: 0.8,
  suggestConfidence: 0.5,
  tone: 'keep',
  normalize: true,
  model: null,
  artifacts: true,
  applyAll: false,
  ...over,
});

describe('runEngine', () => {
  test.each([
    ['Kết quả tiến công giá cao.', 'Kết quả đánh giá cao.'],
    ['Kết quả Tiến Công Giá cao.', 'Kết quả Đánh Giá cao.'],
    ['KẾT QUẢ TIẾN CÔNG GIÁ CAO.', 'KẾT QUẢ ĐÁNH GIÁ CAO.'],
    ['Tiến công giá mức độ hài lòng.', 'Đánh giá mức độ hài lòng.'],
    ['rà soát văn phiên bản quy phạm', 'Rà soát văn bản quy phạm'],
    ['Hệ thống văn phiên bản quy phạm pháp luật. pháp luật để sửa đổi.', 'Hệ thống văn bản quy phạm pháp luật để sửa đổi.'],
    // a phrase begun, broken off by a period and written again: the abandoned fragment goes
    ['Kết quả tiến công giá chỉ số cải cách hành chính. cải cách quản trị công.', 'Kết quả đánh giá chỉ số cải cách quản trị công.'],
    // ...but not a real sentence end before a capital, nor a single repeated word
    ['Kết quả tiến công giá chỉ số cải cách hành chính. Cải cách quản trị công.', 'Kết quả đánh giá chỉ số cải cách hành chính. Cải cách quản trị công.'],
    ['Kết quả tiến công giá tăng nhanh. tăng trưởng chậm lại.', 'Kết quả đánh giá tăng nhanh. Tăng trưởng chậm lại.'],
    ['Cổng Dịch vụ công Quốc gia. ; hướng tới', 'Cổng Dịch vụ công Quốc gia; hướng tới'],
    // a period after an initial or an abbreviation is not debris
    ['Kết quả tiến công giá cao, chị T. , một tiểu thương cho biết.', 'Kết quả đánh giá cao, chị T. , một tiểu thương cho biết.'],
    ['Kết quả tiến công giá cao tại Công ty TNHH. ; hướng tới', 'Kết quả đánh giá cao tại Công ty TNHH. ; hướng tới'],
    ['Kết quả tiến công giá cao của Xinxing Pipes Co. , Ltd. năm nay', 'Kết quả đánh giá cao của Xinxing Pipes Co. , Ltd. năm nay'],
    ['Toàn tỉnh có tổng số một.803 thủ tục.', 'Toàn tỉnh có tổng số 1.803 thủ tục.'],
    // numerals of several words glued to digits, and the second number of a range
    ['Giá vé là hai mươi.000 đồng.', 'Giá vé là 20.000 đồng.'],
    ['Lãi suất tăng lên mười lăm,9%.', 'Lãi suất tăng lên 15,9%.'],
    ['Năm nay thu một trăm năm mươi.000 tỷ.', 'Năm nay thu 150.000 tỷ.'],
    ['Nấu trong 15-trăng tròn phút.', 'Nấu trong 15-20 phút.'],
    // a numeral in running text, or a year before one, is left as written
    ['Có ba mươi người đến dự.', 'Có ba mươi người đến dự.'],
    ['Trong năm hai mươi.000 người đến.', 'Trong năm 20.000 người đến.'],
    ['Kết quả tiến công giá cao. tới hết năm 2021 thì xong.', 'Kết quả đánh giá cao. Tới hết năm 2021 thì xong.'],
    // after a capitalised word a period may close an initial or an abbreviation: no sentence start there
    ['Kết quả tiến công giá cao, anh C. cho biết.', 'Kết quả đánh giá cao, anh C. cho biết.'],
    ['Chú thích ảnh\nquang quẻ cảnh hội nghị.', 'Chú thích ảnh\nQuang cảnh hội nghị.'],
    ['Nâng cao unique, hiệu lực công việc.', 'Nâng cao chất lượng, hiệu lực công việc.'],
    ['This is a unique product for everyone.', 'This is a unique product for everyone.'],
    // an insert stands beside a Vietnamese word (shorthand looked past): not a gloss, a name or code
    ['Sản phẩm của tôi rất ko unique.', 'Sản phẩm của tôi rất không chất lượng.'],
    ['Dòng máy mới (unique) đã về.', 'Dòng máy mới (unique) đã về.'],
    ["const unique = despin('Kết quả tiến công giá cao.');", "const unique = despin('Kết quả đánh giá cao.');"],
    ['Tôi ko biết.', 'Tôi không biết.'],
    // no spin around: the ambiguous entry is not even considered
    ['Ông ấy sở hữu ba căn nhà ở Hà Nội.', 'Ông ấy sở hữu ba căn nhà ở Hà Nội.'],
    // edits are trimmed to the words that change, so the no-break space stays
    ['Đây là văn\u00a0phiên bản đẹp.', 'Đây là văn\u00a0bản đẹp.'],
    // a kept word keeps its case
    ['Kết quả Tiến Công Giá Cao.', 'Kết quả Đánh Giá Cao.'],
    // matches never cross punctuation or line breaks
    ['Văn, phiên bản', 'Văn, phiên bản'],
    ['Văn\nPhiên bản', 'Văn\nPhiên bản'],
  ])('%s', (input, output) => {
    const result = runEngine(input, config());
    expect(result.text).toBe(output);
    expect(applyEdits(input, result.edits)).toBe(output);
    for (const edit of result.edits) {
      expect(edit.original).toBe(input.slice(edit.start, edit.end));
      expect(edit.confidence).toBeGreaterThanOrEqual(0.8);
      expect(edit.reasons.length).toBeGreaterThan(0);
    }
    expect(runEngine(output, config()).text).toBe(output);
  });

  test.each([
    // the spinner wrote a member and its synonym from the groups, with a period between
    ['Tỉnh tiến công giá dẫn đầu. đứng đầu trong cả nước.', 'Tỉnh đánh giá dẫn đầu trong cả nước.'],
    // a synonym after a real sentence end is capitalised: not debris
    ['Tỉnh tiến công giá dẫn đầu. Đứng đầu là Hà Nội.', 'Tỉnh đánh giá dẫn đầu. Đứng đầu là Hà Nội.'],
    // no synonym across the period: the sentence start gets its capital
    ['Tỉnh tiến công giá dẫn đầu. tới cuối năm thì xong.', 'Tỉnh đánh giá dẫn đầu. Tới cuối năm thì xong.'],
  ])('stray period before a synonym (spinner groups): %s', (input, output) => {
    const index = buildRuleIndex([DICT], buildSpinGroups([['dẫn đầu', 'đứng đầu'], ['đến', 'tới']]));
    const result = runEngine(input, config({ index }));
    expect(result.text).toBe(output);
    expect(applyEdits(input, result.edits)).toBe(output);
  });

  test('a lowercase sentence start in clean text is only a suggestion', () => {
    const r = runEngine('Theo quy định. tới hết năm 2021 thì xong.', config());
    expect(r.text).toBe('Theo quy định. tới hết năm 2021 thì xong.');
    expect(r.suggestions.map((s) => [s.original, s.replacement, s.ruleId])).toEqual([['tới', 'Tới', 'vietnorm/sentence-case']]);
  });

  test('a longer but uncertain match never shadows a sure one: sure edits are chosen first', () => {
    const dict = compileDictionary(`name: s
entries:
  - from: tiến công giá
    to: đánh giá
    category: spin
    confidence: 0.97
    examples: [{ in: "tiến công giá", out: "đánh giá" }]
  - from: kết quả tiến công giá
    to: kết quả chấm điểm
    category: spin
    confidence: 0.55
    examples: [{ in: "kết quả tiến công giá", out: "kết quả chấm điểm" }]
`);
    // weight = confidence × words: 0.55 × 5 words outweighs 0.97 × 3 words, but only the short one is sure
    const r = runEngine('Kết quả tiến công giá cao.', config({ index: buildRuleIndex([dict]) }));
    expect(r.text).toBe('Kết quả đánh giá cao.');
    expect(r.suggestions).toEqual([]);
  });

  test.each([
    ['Hình như, tỉnh đã làm xong.', 'Ngoài ra, tỉnh đã làm xong.'],
    ['Hình như tỉnh đã làm xong.', 'Hình như tỉnh đã làm xong.'],
    ['Anh ấy, hình như, không vui.', 'Anh ấy, hình như, không vui.'],
    ['Hình như , tỉnh đã làm xong.', 'Ngoài ra , tỉnh đã làm xong.'],
  ])('guard phrase "<,>": a comma beside the match (%s)', (input, output) => {
    const dict = compileDictionary(`name: c
entries:
  - from: hình như
    to: ngoài ra
    category: spin
    confidence: 0.95
    when: { next: ["<,>"] }
    unless: { prev: ["<,>"] }
    examples: [{ in: "Hình như, tỉnh", out: "Ngoài ra, tỉnh" }, { in: "Anh ấy, hình như, không vui." }]
`);
    expect(runEngine(input, config({ index: buildRuleIndex([dict]) })).text).toBe(output);
  });

  test.each([
    ['Công việc sử dụng nhãn hiệu đã dừng.', 'Việc sử dụng nhãn hiệu đã dừng.', 'Công việc', 'Việc'],
    ['Họ dừng công việc sử dụng nhãn hiệu.', 'Họ dừng việc sử dụng nhãn hiệu.', 'công ', ''],
  ])('a deletion at a sentence start moves the capital onto the kept word (%s)', (input, output, original, replacement) => {
    const dict = compileDictionary(`name: v
entries:
  - from: công việc
    to: việc
    category: spin
    confidence: 0.95
    when: { next: [sử dụng] }
    examples: [{ in: "công việc sử dụng", out: "việc sử dụng" }]
`);
    const r = runEngine(input, config({ index: buildRuleIndex([dict]), artifacts: false }));
    expect(r.text).toBe(output);
    expect(r.edits.map((e) => [e.original, e.replacement])).toEqual([[original, replacement]]);
  });

  test('a substitution confirmed elsewhere by a never-legitimate form says so in its reasons', () => {
    const dict = compileDictionary(`name: f
entries:
  - from: sở hữu thể
    to: có thể
    category: spin
    confidence: 0.97
    examples: [{ in: "sở hữu thể", out: "có thể" }]
  - from: sở hữu
    to: có
    category: spin
    confidence: 0.3
    examples: [{ in: "sở hữu 5", out: "có 5" }]
`);
    const r = runEngine('Bạn sở hữu thể đến. Nhà sở hữu ba phòng.', config({ index: buildRuleIndex([dict]), suggestConfidence: 0 }));
    const ambiguous = [...r.edits, ...r.suggestions].find((e) => e.original === 'sở hữu' && e.start > 20);
    expect(ambiguous?.reasons).toContain('family:confirmed');
    const alone = runEngine('Nhà sở hữu ba phòng.', config({ index: buildRuleIndex([dict]), suggestConfidence: 0 }));
    expect([...alone.edits, ...alone.suggestions].flatMap((e) => e.reasons)).not.toContain('family:confirmed');
  });

  test('edits carry rule ids, categories and reasons', () => {
    const r = runEngine('Kết quả tiến công giá cao.', config());
    expect(r.edits).toEqual([
      expect.objectContaining({ start: 8, end: 17, original: 'tiến công', replacement: 'đánh', ruleId: 't/danh-gia', category: 'spin' }),
    ]);
    expect(r.edits[0]?.reasons).toContain('prior:0.97');
    expect(r.spinScore).toBeGreaterThan(0.5);
  });

  test('offsets point into the input even after normalisation removed characters before them', () => {
    const input = '\uFEFFKết\u200b quả tiến công giá cao.';
    const r = runEngine(input, config());
    expect(r.text).toBe('Kết quả đánh giá cao.');
    expect(applyEdits(input, r.edits)).toBe(r.text);
    const spin = r.edits.find((e) => e.category === 'spin');
    expect(spin?.original).toBe('tiến công');
  });

  test('an ambiguous entry in a spun document is proposed with its evidence', () => {
    const input = 'Kết quả tiến công giá cao, văn phiên bản mới, tỉnh sở hữu 140 cơ quan.';
    const r = runEngine(input, config({ minConfidence: 0.95, suggestConfidence: 0.1 }));
    const all = [...r.edits, ...r.suggestions];
    const soHuu = all.find((e) => e.original === 'sở hữu');
    expect(soHuu).toBeDefined();
    expect(soHuu?.reasons.some((x) => x.startsWith('doc-spin:'))).toBe(true);
    for (const s of r.suggestions) expect(s.original).toBe(input.slice(s.start, s.end));
  });

  test.each(['', ' ', '\n\n', '\ud800', 'a\udc00b', '😀 tiến công giá 👍🏽', 'x\r\ny\r\n', 'văn phiên bản'.repeat(3)])(
    'odd text never throws: %j',
    (input) => {
      const r = runEngine(input, config());
      expect(applyEdits(input, r.edits)).toBe(r.text);
    },
  );
});

describe('guard tokens', () => {
  const dict = compileDictionary(`name: g
entries:
  - from: mon
    to: tháng
    category: spin
    confidence: 0.95
    when: { next: ["<num>"] }
    examples: [{ in: "ngày 15 mon 9", out: "ngày 15 tháng 9" }, { in: "người Mon ở đây" }]
  - from: hình như
    to: ngoài ra
    category: spin
    confidence: 0.95
    unless: { prev: ["<s>"] }
    examples: [{ in: "tỉnh hình như đã làm", out: "tỉnh ngoài ra đã làm" }, { in: "Hình như trời sắp mưa." }]
`);
  const cfg = config({ index: buildRuleIndex([dict]), artifacts: false });

  test.each([
    ['Hạn chót là ngày 15 mon 9 năm nay.', 'Hạn chót là ngày 15 tháng 9 năm nay.'],
    ['Hạn chót là ngày 15 mon, 9 năm nay.', 'Hạn chót là ngày 15 mon, 9 năm nay.'],
    ['Người Mon sống ở Myanmar.', 'Người Mon sống ở Myanmar.'],
    ['Hình như trời sắp mưa.', 'Hình như trời sắp mưa.'],
    ['Trời tối. Hình như sắp mưa.', 'Trời tối. Hình như sắp mưa.'],
    ['Tỉnh hình như đã làm xong.', 'Tỉnh ngoài ra đã làm xong.'],
  ])('%s', (input, output) => {
    expect(runEngine(input, cfg).text).toBe(output);
  });
});
