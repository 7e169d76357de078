/**
 * Evaluation tokens: the units in which errors are counted (DESIGN.md, ERR "counted in tokens").
 *
 * A token is a run of letters/marks/digits (one syllable or word: "đánh", "COVID", "2021"), where a `.` or `,`
 * followed by a digit stays inside the token, so "1.803", "53,5" and the spun "một.803" are one token each;
 * every other non-space character is a token of its own ("%", ".", "(", "…"). Whitespace only separates.
 * Comparison is case-sensitive and on NFC text.
 *
 * @example
 *   tokenizeForEval('tổng số một.803 thủ tục.').map((t) => t.text)
 *   //=> ['tổng', 'số', 'một.803', 'thủ', 'tục', '.']
 */

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+[\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Split `text` into evaluation tokens with their UTF-16 offsets in `text`.
 * The text must already be NFC if offsets are to match the caller's string (see {@link toEvalText}).
 * @param {string} text
 * @returns {{ text: string, start: number, end: number }[]}
 * @example
 *   tokenizeForEval('có 5%') //=> [{ text: 'có', start: 0, end: 2 }, { text: '5', start: 3, end: 4 }, { text: '%', start: 4, end: 5 }]
 */
export function tokenizeForEval(text) {
  const tokens = [];
  for (const m of text.matchAll(TOKEN_RE)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/**
 * The token texts only.
 * @param {string} text
 * @returns {string[]}
 * @example
 *   toTokenTexts('Hòa, 1.803') //=> ['Hòa', ',', '1.803']
 */
export function toTokenTexts(text) {
  return tokenizeForEval(text.normalize('NFC')).map((t) => t.text);
}

/**
 * Join tokens back into readable text: a space between tokens except before closing punctuation and after
 * opening punctuation. Used only to show gold replacements in reports.
 * @param {string[]} tokens
 * @returns {string}
 * @example
 *   joinTokens(['đạt', '98', '%', '.']) //=> 'đạt 98%.'
 */
export function joinTokens(tokens) {
  let out = '';
  for (const t of tokens) {
    if (out === '' || /^[.,;:!?%)\]}”’…]$/u.test(t) || /[(\[{“‘]$/u.test(out)) out += t;
    else out += ' ' + t;
  }
  return out;
}
