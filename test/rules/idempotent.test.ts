import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadParagraphs } from '../../scripts/eval/datasets.mjs';
import { createSpinner, readSpinnerGroups } from '../../scripts/lib/spin.mjs';
import { despin } from '../../src/index.js';

/**
 * Dev-set paragraphs (dev/paragraphs) spun by the real spinner's groups at rate 1 (every phrase it knows): texts on
 * which a second despin used to change more, because a round of passes protects its own repairs and keeps the spin
 * score of the text as given, while a new call has neither.
 */
const DENSELY_SPUN: readonly string[] = [
  'Trước kỳ nghỉ ngơi hè, dồi dào địa phương mở lớp dạy dỗ tập bơi free mang đến học trò đái học tập nhằm mục đích ngăn chặn mát lớp nước. Mọi khóa huấn luyện giữ vững 10 buổi, gần như em đc trả lời tính năng nổi, hô hấp với cách giải quyết lúc bị loài chuột rút. Đi theo ngành dạy dỗ, non lớp nước vẫn chính là thủ phạm khiến tử chiến đi đầu ngơi nghỉ trẻ con trong dịp hè. Cha mẹ tất yếu đo lường nhỏ lúc đi vệ sinh con sông, hồ nước and không nên để trẻ em đùa ngay sát ao 1 mình.',
  'Sở Sức khỏe Thành phố.HCM ghi dìm một.052 ca ốm chảy máu trong thời điểm tháng 8, không ngừng ngay sát 40% đối với mon trước. Đa phần người bệnh khi là học viên cùng địa cầu vào gia đoạn công trạng. Doctor lời khuyên lúc ốm cao tiếp tục tại 2 vào ngày, người mắc bệnh sử dụng bệnh viện và để được đi khám. Con người đừng nên tự tiện cần sử dụng aspirin do dược liệu chắc chắn làm tăng trưởng cảnh nguy hiểm chảy máu.',
  'Cách thức mới mẻ của vận dụng biên soạn thảo câu chữ cháp vá công dụng nhắc nhở câu bởi trí não nhân desgin and cập nhật trạng thái thiết yếu tả giờ Việt nam. Các bạn rất có thể xử lí free ví như sẽ sắm mã nguồn mở từ thời điểm năm 2021 trở đi. Đi theo bên hiện đại, vận tốc mở tệp bự mau hơn tầm 40% phân tích version trước. Phầm mềm hiện tại chạy đc tại Windows, macOS gồm cả trình chăm bẵm website.',
];

describe('running despin twice changes nothing more', () => {
  test.each(DENSELY_SPUN.map((t, i) => [i, t] as const))('densely spun text %i', (_, text) => {
    const once = despin(text);
    expect(once.edits.length).toBeGreaterThan(0);
    const twice = despin(once.text);
    expect(twice.edits).toEqual([]);
    expect(twice.text).toBe(once.text);
  });
});

const REPO = path.resolve(__dirname, '../..');
const GROUP_FILE = path.resolve(REPO, '../shared/data/spin/wp-spin-tool-groups.txt');
const hasShared = existsSync(GROUP_FILE);
if (!hasShared) console.log('test/rules/idempotent.test.ts: ../shared absent, skipping the dev paragraphs spun by the real groups');

describe.skipIf(!hasShared)('running despin twice on the dev set spun by the real groups', () => {
  test('every paragraph, spun at rates 0.6 and 1, is a fixed point after one call', () => {
    const groups = readSpinnerGroups(GROUP_FILE);
    const clean = loadParagraphs(REPO, 'dev/paragraphs').map((p) => p.gold.replace(/\{([^|}]*)\|[^}]*\}/g, '$1'));
    const moving: string[] = [];
    for (const rate of [0.6, 1]) {
      const spinner = createSpinner(groups, { seed: 2, rate });
      for (const text of clean) {
        const once = despin(spinner.spin(text).text).text;
        if (despin(once).text !== once) moving.push(once);
      }
    }
    expect(moving).toEqual([]);
  }, 120_000);
});
