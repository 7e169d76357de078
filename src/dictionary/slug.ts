/**
 * Rule-id slugs: lowercase ASCII, diacritics folded, words joined by `-` ("đánh giá" → "danh-gia").
 * @module
 */

/** Make a rule-id slug. @internal */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entry'
  );
}
