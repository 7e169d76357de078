// Curation decisions for mined entries, made by reading scripts/mine review output. Keep reasons short.

/** Minimum count of the original compound in the training corpora for a swap entry. */
export const MIN_ORIGINAL_COUNT = 100;
/** At most this many spun forms per entry (the most frequent alternatives first). */
export const MAX_FROM = 40;

/** Originals not to repair to (too generic, or not a word in the sense the spinner swapped). */
export const DROP_ORIGINALS = new Set([]);

/** Alternatives that make forms we do not trust (spun forms containing them are dropped). */
export const DROP_ALTS = new Set([]);

/**
 * A pronoun and an adjective are a predicate in clean text ("giúp cô thon thả hơn", "cậu ốm nặng", "cháu gầy quá"),
 * however rare in the corpora: not a spun "cô bé" / "cậu bé" / "cháu bé" / "em bé".
 */
const PREDICATE_PRONOUNS = ['cô', 'cậu', 'cháu', 'em'];
const PREDICATE_ADJECTIVES = ['gầy', 'ốm', 'còi', 'thon', 'thon thả', 'thanh mảnh', 'nhỏ nhắn', 'nhỏ tuổi', 'khiêm tốn', 'không lớn', 'dong dỏng', 'nhỏ bé'];

/** Individual spun forms to drop (legitimate in some text we know of). */
export const DROP_SPUN = new Set([
  ...PREDICATE_PRONOUNS.flatMap((p) => PREDICATE_ADJECTIVES.map((a) => `${p} ${a}`)),
  'nghe mang', // "nghe mang máng" (to half-remember) is a phrase
  'khám xét bệnh', // "khám xét bệnh viện" (search a hospital)
  'sĩ quan tiền', // "sĩ quan tiền phương / tiền tuyến"
  'phiên bản tình', // "phiên bản tình yêu" and the like
  'con bé dại', // "con bé dại dột"
  'nhà trì', // "nhà trì" in names and "nhà trì trệ"
]);

/**
 * A spun form that contains the original whole ("như thế chấp" for "thế chấp", "rất rất đẹp" for "rất đẹp",
 * "giết người nhà" for "giết người"): the repair would delete a neighbouring word, and "word + original" is very
 * often a legitimate juxtaposition ("như thế chấp nhận được", "giết người nhà"), absent from the corpora only by
 * sparsity. Arguments are tone-folded keys (candidates.mjs keyOf).
 * @param {string} spunKey
 * @param {string} originalKey
 */
export function isDeletionRepair(spunKey, originalKey) {
  return ` ${spunKey} `.includes(` ${originalKey} `);
}

/**
 * A spun form whose repair is what a strong hand-written entry already does inside it ("bên trên cổng" → "trên
 * cổng" is hand-written "bên trên" → "trên" when "cổng thông tin" follows). Such a mined entry adds nothing but a
 * longer span that wins the selection (confidence × words) over the hand entry with a lower prior, and then stays a
 * suggestion. The hand entry's `when` guard must be compatible with the words inside the spun form (a listed phrase
 * starts with them or they start with it), and its `unless` guard must not be hit there.
 * @param {{from: string, to: string, when?: {prev?: string[], next?: string[]}, unless?: {prev?: string[], next?: string[]}}[]} handSwaps
 *   strong hand-written forms, every phrase a tone-folded key
 * @param {string} spunKey
 * @param {string} originalKey
 */
export function redundantWithHand(handSwaps, spunKey, originalKey) {
  const spun = spunKey.split(' ');
  const original = originalKey;
  const startsWith = (a, b) => b.length > 0 && b.every((x, i) => a[i] === x);
  const compatible = (inside, phrases) =>
    inside.length > 0 && phrases.some((p) => { const w = p.split(' '); return startsWith(w, inside) || startsWith(inside, w); });
  for (const h of handSwaps) {
    const from = h.from.split(' ');
    for (let at = 0; at + from.length <= spun.length; at++) {
      if (!startsWith(spun.slice(at), from)) continue;
      if ([...spun.slice(0, at), h.to, ...spun.slice(at + from.length)].join(' ') !== original) continue;
      const before = spun.slice(0, at);
      const after = spun.slice(at + from.length);
      const beforeRev = [...before].reverse();
      const hit = (list, words, rev) => (list ?? []).some((p) => { const w = p.split(' '); return startsWith(words, rev ? [...w].reverse() : w); });
      if (hit(h.unless?.next, after, false) || hit(h.unless?.prev, beforeRev, true)) continue;
      if (h.when) {
        const next = compatible(after, h.when.next ?? []);
        const prev = compatible(beforeRev, (h.when.prev ?? []).map((p) => p.split(' ').reverse().join(' ')));
        if (!next && !prev) continue;
      }
      return true;
    }
  }
  return false;
}
