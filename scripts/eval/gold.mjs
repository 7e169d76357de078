/**
 * Gold texts with alternatives.
 *
 * Notation: `{các|những}` means either wording is right; an alternative may be empty (`{rất |}` = optional
 * word). `\{`, `\}`, `\|` and `\\` are literal characters. Alternatives do not nest and do not span lines.
 * A gold text compiles to a lattice of evaluation tokens (see tokens.mjs); the metric picks, for each system
 * output, the path closest to it.
 *
 * @example
 *   expandGold('Xem {các|những} mục.') //=> ['Xem các mục.', 'Xem những mục.']
 */
import { tokenizeForEval } from './tokens.mjs';

/**
 * Parse a gold text into segments: literal text, or a list of alternatives.
 * @param {string} gold
 * @returns {({ text: string } | { alternatives: string[] })[]}
 * @throws {Error} on an unclosed `{`, a stray `}` or `|` outside braces, or a line break inside braces
 * @example
 *   parseGold('a {b|c}') //=> [{ text: 'a ' }, { alternatives: ['b', 'c'] }]
 */
export function parseGold(gold) {
  const segments = [];
  let literal = '';
  let alternatives = null;
  let current = '';
  for (let i = 0; i < gold.length; i++) {
    let ch = gold[i];
    if (ch === '\\' && i + 1 < gold.length && '{}|\\'.includes(gold[i + 1])) {
      ch = gold[++i];
      if (alternatives === null) literal += ch;
      else current += ch;
      continue;
    }
    if (ch === '{') {
      if (alternatives !== null) throw new Error(`Nested \`{\` in gold at offset ${i}`);
      if (literal !== '') segments.push({ text: literal });
      literal = '';
      alternatives = [];
      current = '';
    } else if (ch === '|' && alternatives !== null) {
      alternatives.push(current);
      current = '';
    } else if (ch === '}' && alternatives !== null) {
      alternatives.push(current);
      segments.push({ alternatives });
      alternatives = null;
    } else if (ch === '}' || ch === '|') {
      throw new Error(`Stray \`${ch}\` in gold at offset ${i}; escape it as \`\\${ch}\``);
    } else if (ch === '\n' && alternatives !== null) {
      throw new Error(`Line break inside \`{…}\` in gold at offset ${i}`);
    } else if (alternatives === null) literal += ch;
    else current += ch;
  }
  if (alternatives !== null) throw new Error('Unclosed `{` in gold');
  if (literal !== '') segments.push({ text: literal });
  return segments;
}

/**
 * Every text the gold accepts (for tests and small golds: the count is the product of the alternatives).
 * @param {string} gold
 * @returns {string[]}
 * @example
 *   expandGold('{|rất }tốt') //=> ['tốt', 'rất tốt']
 */
export function expandGold(gold) {
  let texts = [''];
  for (const seg of parseGold(gold)) {
    const options = 'text' in seg ? [seg.text] : seg.alternatives;
    texts = texts.flatMap((t) => options.map((o) => t + o));
  }
  return texts;
}

/**
 * The first alternative everywhere: the gold's canonical plain text.
 * @param {string} gold
 * @returns {string}
 * @example
 *   firstGoldText('{các|những} cơ quan') //=> 'các cơ quan'
 */
export function firstGoldText(gold) {
  return parseGold(gold)
    .map((seg) => ('text' in seg ? seg.text : seg.alternatives[0]))
    .join('');
}

/**
 * Compile a gold text into a token lattice: `tokens[k]` is a token text and `preds[k]` the tokens that may
 * come right before it (-1 = the start); `finals` are the tokens that may end the text (-1 = empty text).
 * @param {string} gold
 * @returns {{ tokens: string[], preds: number[][], finals: number[] }}
 * @example
 *   compileGold('a {b|} c') //=> { tokens: ['a', 'b', 'c'], preds: [[-1], [0], [1, 0]], finals: [2] }
 */
export function compileGold(gold) {
  const tokens = [];
  const preds = [];
  let frontier = [-1];
  const add = (text, from) => {
    tokens.push(text);
    preds.push(from);
    return tokens.length - 1;
  };
  for (const seg of parseGold(gold.normalize('NFC'))) {
    const options = 'text' in seg ? [seg.text] : seg.alternatives;
    const next = new Set();
    for (const option of options) {
      let from = frontier;
      for (const t of tokenizeForEval(option)) from = [add(t.text, from)];
      for (const k of from) next.add(k);
    }
    frontier = [...next];
  }
  return { tokens, preds, finals: frontier };
}

/**
 * Escape a plain text for use as a gold text (`{`, `}`, `|`, `\` become literal).
 * @param {string} text
 * @returns {string}
 * @example
 *   escapeGold('a|b {c}') //=> 'a\\|b \\{c\\}'
 */
export function escapeGold(text) {
  return text.replace(/[{}|\\]/g, '\\$&');
}
