// Curation decisions for mined entries, made by reading scripts/mine review output. Keep reasons short.

/** Minimum count of the original compound in the training corpora for a swap entry. */
export const MIN_ORIGINAL_COUNT = 100;
/** At most this many spun forms per entry (the most frequent alternatives first). */
export const MAX_FROM = 40;

/** Originals not to repair to (too generic, or not a word in the sense the spinner swapped). */
export const DROP_ORIGINALS = new Set([]);

/** Alternatives that make forms we do not trust (spun forms containing them are dropped). */
export const DROP_ALTS = new Set([]);

/** Individual spun forms to drop (legitimate in some text we know of). */
export const DROP_SPUN = new Set([
  'nghe mang', // "nghe mang máng" (to half-remember) is a phrase
  'khám xét bệnh', // "khám xét bệnh viện" (search a hospital)
  'sĩ quan tiền', // "sĩ quan tiền phương / tiền tuyến"
  'phiên bản tình', // "phiên bản tình yêu" and the like
  'con bé dại', // "con bé dại dột"
  'nhà trì', // "nhà trì" in names and "nhà trì trệ"
]);
