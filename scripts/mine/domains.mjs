// Domain keywords used to file a mined entry under the domain whose text it appears in most (by lift over
// the average line). Keys are tone-folded phrases of one or two syllables.
import { keyOf } from './candidates.mjs';

export const DOMAINS = ['admin', 'health', 'real-estate', 'travel', 'commerce', 'tech', 'education'];

const WORDS = {
  admin: 'hành chính|quy định|pháp luật|nghị định|thông tư|ubnd|cơ quan|cán bộ|công chức|thủ tục|chính phủ|quốc hội|luật|tòa án|vi phạm|xử phạt|chính quyền|văn bản|thẩm quyền|hồ sơ|tỉnh ủy|nghị quyết|bộ trưởng|viện kiểm sát|điều tra|bị cáo',
  health: 'bệnh|bác sĩ|bệnh viện|điều trị|sức khỏe|thuốc|bệnh nhân|y tế|triệu chứng|dinh dưỡng|ung thư|virus|vắc xin|cơ thể|phẫu thuật|làn da|mang thai|huyết áp|tiểu đường',
  'real-estate': 'bất động sản|căn hộ|nhà đất|chung cư|mặt bằng|nhà ở|quy hoạch|thửa|sổ đỏ|đô thị|khu đô thị|chủ đầu tư|biệt thự|công trình|xây dựng|mét vuông|diện tích',
  travel: 'du lịch|du khách|khách sạn|tour|điểm đến|tham quan|bãi biển|resort|lữ hành|chuyến bay|hàng không|di tích|lễ hội|nghỉ dưỡng|đảo|chùa|núi',
  commerce: 'sản phẩm|khách hàng|mua|bán|cửa hàng|thương hiệu|thị trường|hàng hóa|tiêu dùng|giá bán|giá cả|khuyến mãi|mua sắm|siêu thị|người tiêu dùng|doanh số|xuất khẩu|thời trang|mặt hàng|kinh doanh',
  tech: 'công nghệ|điện thoại|phần mềm|ứng dụng|internet|máy tính|smartphone|thiết bị|dữ liệu|trực tuyến|camera|màn hình|chip|mạng xã hội|người dùng|trí tuệ nhân tạo|hệ điều hành|website|iphone|samsung|apple|google',
  education: 'học sinh|sinh viên|giáo viên|trường học|giáo dục|đào tạo|kỳ thi|tuyển sinh|đại học|lớp học|điểm thi|nhà trường|phụ huynh|bài giảng|học tập|thí sinh|giảng viên|môn học|học phí',
};

/** @type {Map<string, number>} tone-folded phrase key → domain index */
export const DOMAIN_KEYS = new Map();
DOMAINS.forEach((domain, index) => {
  for (const word of WORDS[domain].split('|')) DOMAIN_KEYS.set(keyOf(word), index);
});

/**
 * Domain hit vector of one tokenised line (keys of its syllables, segments separated by null).
 * @param {(string|null)[]} keys
 * @returns {Uint16Array}
 */
export function countDomainHits(keys) {
  const hits = new Uint16Array(DOMAINS.length);
  for (let i = 0; i < keys.length; i++) {
    const a = keys[i];
    if (a === null) continue;
    const one = DOMAIN_KEYS.get(a);
    if (one !== undefined) hits[one]++;
    const b = keys[i + 1];
    if (b) {
      const two = DOMAIN_KEYS.get(a + ' ' + b);
      if (two !== undefined) hits[two]++;
    }
  }
  return hits;
}

/**
 * The domain whose keywords are most over-represented in the lines of a phrase, or null.
 * @param {number[] | null | undefined} acc keyword hits per domain over the phrase's lines, then the line count
 * @param {number[]} totals the same over all lines with a candidate
 * @returns {string | null}
 */
export function chooseDomain(acc, totals) {
  if (!acc || acc[DOMAINS.length] < 20) return null;
  // Lift over all lines, compared with the phrase's own mean lift: lines with any candidate are longer than
  // average and inflate every lift alike.
  const lifts = DOMAINS.map((d, i) => acc[i] / acc[DOMAINS.length] / (totals[i] / totals[DOMAINS.length]));
  const mean = lifts.reduce((a, b) => a + b, 0) / lifts.length;
  let best = null;
  let bestLift = 2.2 * mean;
  DOMAINS.forEach((d, i) => {
    if (lifts[i] > bestLift) [best, bestLift] = [d, lifts[i]];
  });
  return best;
}
