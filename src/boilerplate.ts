/**
 * Removal of web-page debris lines (WordPress and Vietnamese news-site widgets) that scrapers keep with the article.
 * Whole lines only, and only lines that are nothing but debris: a sentence that merely mentions "bình luận" stays.
 * @module
 */
import { assertString } from './errors.js';
import type { TextEdit } from './types.js';

/** Result of {@link stripBoilerplate}. */
export interface StripBoilerplateResult {
  /** The text without the debris lines. */
  text: string;
  /** The removed lines (with their line break), as edits of the input with an empty replacement, sorted. */
  removed: TextEdit[];
}

/** Exact debris lines, compared lowercase, NFC, with surrounding spaces and trailing `:`/`.`/`*`/`»`/`>` cut. */
const DEBRIS_LINES: ReadonlySet<string> = new Set([
  'rate this post',
  'click to rate this post!',
  'submit rating',
  'leave a reply',
  'leave a reply cancel reply',
  'cancel reply',
  'leave a comment',
  'your email address will not be published',
  'your email address will not be published. required fields are marked',
  'required fields are marked',
  'related posts',
  'related articles',
  'you may also like',
  'share this',
  'like this',
  'like loading',
  'loading',
  'chia sẻ',
  'chia sẻ bài viết',
  'chia sẻ bài viết này',
  'bình luận',
  'gửi bình luận',
  'viết bình luận',
  'để lại bình luận',
  'để lại một bình luận',
  'để lại một trả lời',
  'hủy trả lời',
  'huỷ trả lời',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'có thể bạn quan tâm',
  'xem thêm',
  'đánh giá bài viết',
  'chú thích ảnh',
  'ảnh minh họa',
  'ảnh minh hoạ',
]);

/** Words a share-button row is made of; a row needs at least one of {@link SHARE_NETWORKS} as well. */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'on', 'via', 'this', 'chia', 'sẻ', 'qua', 'copy', 'link', 'sao', 'chép', 'liên', 'kết', 'print', 'in',
  'gửi', 'pin', 'it', 'like', 'thích', 'save', 'lưu', 'x',
]);

/** Social networks and share channels that only appear together on share-button rows. */
const SHARE_NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'pinterest', 'linkedin', 'email', 'e-mail', 'mail', 'zalo', 'tweet', 'messenger',
  'whatsapp', 'telegram', 'reddit', 'tumblr', 'viber', 'skype', 'vk', 'google+', 'threads',
]);

/** Longest line (in UTF-16 units) that is checked at all: debris lines are short, articles are not. */
const MAX_DEBRIS_LENGTH = 160;

// Rating widgets ("4.5/5 - (12 bình chọn)", "[Total: 0 Average: 0]"), image file names ("Logo_X_512x512",
// "anh-1.jpg") and "Xem thêm: <title>" link rows. Applied only to short lines, never per token.
const RATING = /^(?:\d(?:[.,]\d+)?\/5\s*-\s*\(\d+\s*(?:bình chọn|votes?|phiếu)\)|\[total:\s*\d+\s+average:\s*[\d.,]+\]|vote count:\s*\d+)$/u;
const IMAGE_NAME = /^[\p{L}\p{N}_-]*(?:_\d+x\d+|\.(?:jpe?g|png|webp|gif))$/u;
const SEE_ALSO = /^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*(?::|>>|»)\s*\S/u;
const SEE_ALSO_MAX_WORDS = 30;

/**
 * Remove whole lines that are web-page debris: "Rate this post", "Leave a Reply", "Your email address will not be
 * published. Required fields are marked *", "Chia sẻ", "Bình luận", "Tin liên quan", "Xem thêm: …" link rows,
 * share-button rows ("Facebook Twitter Zalo"), rating widgets and image file names. Conservative: a line is removed
 * only when all of it is debris. Never throws on odd text.
 *
 * @param text - The article text (any line endings).
 * @returns The text without those lines, and the removed lines as edits of `text`.
 * @throws TypeError when `text` is not a string.
 * @example
 * stripBoilerplate('Tin chính.\nRate this post\nHết.').text
 * //=> 'Tin chính.\nHết.'
 */
export function stripBoilerplate(text: string): StripBoilerplateResult {
  assertString(text, 'text');
  const removed: TextEdit[] = [];
  const kept: string[] = [];
  let keptFrom = 0;
  let lineStart = 0;
  const length = text.length;
  while (lineStart < length) {
    let lineEnd = text.indexOf('\n', lineStart);
    const next = lineEnd === -1 ? length : lineEnd + 1;
    if (lineEnd === -1) lineEnd = length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (contentEnd - lineStart <= MAX_DEBRIS_LENGTH && isDebrisLine(text.slice(lineStart, contentEnd))) {
      // The last line has no break of its own: take the break before it instead, so no dangling newline stays.
      let start = lineStart;
      if (next === length && lineEnd === length && start > keptFrom) {
        start -= text.charCodeAt(start - 2) === 13 && start >= 2 ? 2 : 1;
      }
      kept.push(text.slice(keptFrom, start));
      removed.push({ start, end: next, original: text.slice(start, next), replacement: '' });
      keptFrom = next;
    }
    lineStart = next;
  }
  if (removed.length === 0) return { text, removed };
  kept.push(text.slice(keptFrom));
  return { text: kept.join(''), removed };
}

/**
 * True when one line (without its line break) is nothing but web-page debris.
 * @param line - One line of text.
 * @returns Whether {@link stripBoilerplate} removes it.
 * @example
 * isDebrisLine('Leave a Reply') //=> true
 * isDebrisLine('Bình luận của độc giả rất sôi nổi.') //=> false
 */
export function isDebrisLine(line: string): boolean {
  const key = toLineKey(line);
  if (key === '') return false;
  if (DEBRIS_LINES.has(key)) return true;
  if (RATING.test(key) || IMAGE_NAME.test(key)) return true;
  if (SEE_ALSO.test(key)) return key.split(/\s+/u).length <= SEE_ALSO_MAX_WORDS;
  return isShareRow(key);
}

function toLineKey(line: string): string {
  let key = line.normalize('NFC').toLowerCase().trim();
  // Cut trailing markers widgets add: "Chia sẻ:", "Bình luận (0)", "Xem thêm >>", "Required fields are marked *".
  key = key.replace(/(?:\s*(?:\(\d+\)|[:.*»>…]+))+$/u, '').replace(/^\d+\s+(?=bình luận$)/u, '');
  return key.replace(/\s+/gu, ' ');
}

function isShareRow(key: string): boolean {
  const words = key.split(/[\s|,·•/]+/u);
  let networks = 0;
  for (const word of words) {
    if (word === '') continue;
    if (SHARE_NETWORKS.has(word)) networks++;
    else if (!SHARE_WORDS.has(word)) return false;
  }
  return networks > 0;
}
