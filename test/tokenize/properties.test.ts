import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { scanTokens } from '../../src/tokenize/08-scan.js';
import { TOKEN_KIND_NAMES } from '../../src/tokenize/token-table.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import type { Token } from '../../src/types.js';

/** Fixed seed, so a failure reproduces on every machine. */
const PARAMETERS = { seed: 42, numRuns: 1000 };

/** Pieces that reach every branch of the scanner: syllables, abbreviations, numbers, links, emoji, broken UTF-16. */
const PIECES = [
  'tiến', 'Công', 'GIÁ', 'hoà', 'nghiêng', 'website', 'TP', 'HCM', 'U', 'S', 'v', 'đ', 'h', 'x', 'www', 'com', 'vn',
  'http', 'a', '1', '803', '07', '2022', '.', ',', ':', ';', '/', '@', '%', '-', '+', '_', '?', '!', '…', '(', ')',
  '“', '”', "'", '’', '#', '*', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u00A0', '😀', '👍', '🏽', '🇻', '🇳', '\u200D',
  '\uFE0F', '\u20E3', '\u0301', '\u0323', '\uD800', '\uDC00', '\uFEFF', '𝐀',
]; // prettier-ignore

const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const codeUnitText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(piecesText, codeUnitText, fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Throw unless `tokens` cover `text` exactly, in order, with no empty token. */
function checkLossless(text: string, tokens: Token[]): void {
  let offset = 0;
  for (const token of tokens) {
    expect(token.start).toBe(offset);
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.text).toBe(text.slice(token.start, token.end));
    offset = token.end;
  }
  expect(offset).toBe(text.length);
}

describe('tokenize properties (fast-check, seed 42)', () => {
  test('is lossless and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        checkLossless(text, tokens);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
      }),
      PARAMETERS,
    );
  });

  test('never splits a surrogate pair and keys exactly syllables and words', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const token of tokenize(text)) {
          const before = text.charCodeAt(token.start - 1);
          const first = text.charCodeAt(token.start);
          expect(before >= 0xd800 && before <= 0xdbff && first >= 0xdc00 && first <= 0xdfff).toBe(false);
          expect(token.key !== undefined).toBe(token.kind === 'syllable' || token.kind === 'word');
        }
      }),
      PARAMETERS,
    );
  });

  test('sentence indices start at 0 and rise by at most 1', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previous = 0;
        for (const token of tokenize(text)) {
          expect(token.sentence - previous).toBeGreaterThanOrEqual(0);
          expect(token.sentence - previous).toBeLessThanOrEqual(1);
          previous = token.sentence;
        }
      }),
      PARAMETERS,
    );
  });

  test('NFD input gives the kinds and keys of NFC input', () => {
    fc.assert(
      fc.property(piecesText, (text) => {
        const nfc = text.normalize('NFC');
        const summarize = (tokens: Token[]): unknown[] => tokens.map((t) => [t.kind, t.key, t.sentence]);
        expect(summarize(tokenize(nfc.normalize('NFD')))).toEqual(summarize(tokenize(nfc)));
      }),
      PARAMETERS,
    );
  });

  test('scanTokens gives the same tokens as tokenize', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const table = scanTokens(text);
        const rows: unknown[] = [];
        for (let i = 0; i < table.length; i++) {
          rows.push([TOKEN_KIND_NAMES[table.kinds[i] ?? 99], table.starts[i], table.ends[i], table.keys[i], table.sentences[i]]);
        }
        expect(rows).toEqual(tokenize(text).map((t) => [t.kind, t.start, t.end, t.key, t.sentence]));
      }),
      PARAMETERS,
    );
  });
});
