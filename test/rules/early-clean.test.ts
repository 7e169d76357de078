import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createInspector } from '../../src/internal.js';

// Clean news prose written for this test (no spun forms), long enough once repeated for the spin score to be sure.
const CLEAN = [
  'Theo báo cáo của Sở Giao thông vận tải, trong quý ba thành phố đã hoàn thành việc nâng cấp 12 tuyến đường nội đô.',
  'Các công trình này giúp giảm ùn tắc vào giờ cao điểm và rút ngắn thời gian di chuyển của người dân.',
  'Ông Nguyễn Văn Hùng, giám đốc sở, cho biết năm tới thành phố sẽ tiếp tục đầu tư vào hệ thống xe buýt điện.',
  'Người dân có thể tra cứu lộ trình và giờ chạy của các tuyến xe trên ứng dụng của thành phố.',
  'Trong khi đó, giá vé tháng dành cho học sinh và sinh viên vẫn được giữ nguyên như năm ngoái.',
  'Nhiều hộ kinh doanh dọc các tuyến đường mới cho biết lượng khách đã tăng rõ rệt sau khi công trình hoàn thành.',
].join(' ');
const SPUN = readFileSync(new URL('../../examples/spun-article.txt', import.meta.url), 'utf8');

describe('a long text judged clean early', () => {
  const gated = createInspector();
  const full = createInspector({}, { fullSpinEvidence: true });

  test('a long clean text is taken as clean from its first sites, with the same result', () => {
    const text = Array.from({ length: 30 }, () => CLEAN).join('\n');
    const early = gated(text);
    const whole = full(text);
    expect(early.signals?.groupSites ?? 0).toBeLessThan(whole.signals?.groupSites ?? 0);
    expect(early.spinScore).toBeLessThan(0.02);
    expect(whole.spinScore).toBeLessThan(0.02);
    expect(early.text).toBe(whole.text);
    expect(early.text).toBe(text);
  });

  test('a spun text is scored to the end', () => {
    const text = [SPUN, SPUN, SPUN].join('\n');
    const early = gated(text);
    const whole = full(text);
    expect(early.signals?.groupSites).toBe(whole.signals?.groupSites);
    expect(early.spinScore).toBeGreaterThan(0.9);
    expect(early.text).toBe(whole.text);
  });

  test('a short clean text is scored to the end', () => {
    expect(gated(CLEAN).signals?.groupSites).toBe(full(CLEAN).signals?.groupSites);
  });
});
