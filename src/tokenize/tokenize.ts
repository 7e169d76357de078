/**
 * The public tokenizer: lossless tokens with UTF-16 ranges, kinds, lookup keys and sentence indices.
 * @module
 */
import { assertString } from '../errors.js';
import type { Token } from '../types.js';
import { forEachToken } from './08-scan.js';
import { TOKEN_KIND_NAMES } from './token-table.js';

/**
 * Split text into lossless tokens: their `text`s join back to the input exactly.
 *
 * Kinds: `syllable` (a letter run that {@link isSyllable} accepts), `word` (other letter runs: English, `TP.HCM`,
 * `U23`), `number` (`1.803`, `94,07%`, `5/5`, `700.000đ`, `10h30`, `-3`), `punctuation` (`...` and `?!` are one
 * token), `space` (one token per run of spaces and tabs), `newline` (`\n`, `\r`, `\r\n`: one token each), `url`,
 * `email` and `symbol` (emoji sequences whole; each lone surrogate alone). Syllables and words carry a `key`:
 * lowercase NFC with canonical tone placement for syllables (`Hoà` and `hòa` share one), lowercase NFC for words.
 * A new sentence starts after a newline, or after `.` `?` `!` `…` (and closing quotes) followed by whitespace.
 * @param text - Any string; odd text (lone surrogates, emoji, CRLF, huge input) never throws.
 * @returns The tokens in order; `tokens.map((t) => t.text).join('') === text`.
 * @throws TypeError when `text` is not a string: ``Expected string for `text`, got `number` ``.
 * @example
 * tokenize('Đạt 98%.').map((t) => `${t.kind}:${t.text}`)
 * //=> ['syllable:Đạt', 'space: ', 'number:98%', 'punctuation:.']
 * tokenize('Xem vnexpress.net')[2]
 * //=> { text: 'vnexpress.net', start: 4, end: 17, kind: 'url', sentence: 0 }
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'text');
  // Sized up front (news averages a little over 2 UTF-16 units per token) and trimmed after: growing an array of
  // millions of objects by `push` costs more than the objects themselves.
  const tokens = new Array<Token>((text.length >> 1) + 16);
  let count = 0;
  forEachToken(text, (kind, start, end, run, sentence) => {
    const name = TOKEN_KIND_NAMES[kind] ?? 'symbol';
    // Syllables and words reuse the cached run's string: millions of tokens then share a few thousand strings,
    // which saves most of the allocation and garbage collection that `slice` would cost.
    tokens[count++] =
      run === undefined
        ? { text: text.slice(start, end), start, end, kind: name, sentence }
        : { text: run.text, start, end, kind: name, key: run.key, sentence };
  });
  tokens.length = count;
  return tokens;
}
