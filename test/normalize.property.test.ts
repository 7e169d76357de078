import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, normalizeWithEdits } from '../src/normalize.js';
import type { TextEdit, ToneStyle } from '../src/types.js';
import { isSyllable } from '../src/syllable.js';
import { placeTone, syllableKey } from '../src/unicode/tone.js';

const PARAMS = { seed: 42, numRuns: 300 };

/** Vietnamese-looking pieces, including misplaced marks, look-alikes, invisible chars and legacy bytes. */
const PIECES = [
  'Việt', 'Nam', 'hoà', 'hòa', 'thuỷ', 'thủy', 'khoẻ', 'khỏe', 'quý', 'già', 'giữa', 'người', 'lựơng', 'baỏ', 'cuả',
  'hòai', 'Ðà', 'ð', 'ÐÓ', 'HOÀ', 'Thuỷ', 'Café', 'crème', 'naïve', 'Müller', 'ViÖt', 'Coäng', 'hoøa', 'Tiáº¿ng',
  'Viá»‡t', 'website', 'COVID-19', '1.803', ' ', ' ', ' ', '\n', '\r\n', '\t', ',', '.', '“', '”', '\uFEFF', '\u200B',
  '\u200D', '\u00AD', '\u0301', '\u0302', '\u0323', '😀', '👨\u200D👩', '\uD800', '\uDC00', 'а', 'о', 'hоà', 'più', 'Raúl',
];

const vietnameseish = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
/** Arbitrary UTF-16, lone surrogates included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), vietnameseish);
const toneStyle = fc.constantFrom<ToneStyle>('keep', 'old', 'new');

function applyBackToFront(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (let k = edits.length - 1; k >= 0; k--) {
    const e = edits[k] as TextEdit;
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  }
  return out;
}

describe('normalize properties (fast-check, seed 42)', () => {
  test('never throws, on any UTF-16 string', () => {
    fc.assert(
      fc.property(anyText, toneStyle, (text, tone) => {
        normalize(text, { tone });
        normalizeWithEdits(text, { tone });
      }),
      PARAMS,
    );
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(anyText, toneStyle, (text, tone) => {
        const once = normalize(text, { tone });
        expect(normalize(once, { tone })).toBe(once);
      }),
      PARAMS,
    );
  });

  test('NFD input gives the same result as NFC input', () => {
    fc.assert(
      fc.property(anyText, toneStyle, (text, tone) => {
        expect(normalize(text.normalize('NFD'), { tone })).toBe(normalize(text.normalize('NFC'), { tone }));
      }),
      PARAMS,
    );
  });

  test('edits are sorted, non-overlapping, in input offsets, and rebuild the text', () => {
    fc.assert(
      fc.property(anyText, toneStyle, (text, tone) => {
        const { text: out, edits } = normalizeWithEdits(text, { tone });
        expect(out).toBe(normalize(text, { tone }));
        let end = 0;
        for (const e of edits) {
          expect(e.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(e.start, e.end)).toBe(e.original);
          expect(e.original).not.toBe(e.replacement);
          end = e.end;
        }
        expect(applyBackToFront(text, edits)).toBe(out);
      }),
      PARAMS,
    );
  });

  test('the old and new styles convert into each other', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        const oldStyle = normalize(text, { tone: 'old' });
        expect(normalize(normalize(oldStyle, { tone: 'new' }), { tone: 'old' })).toBe(oldStyle);
      }),
      PARAMS,
    );
  });
});

describe('syllable properties (fast-check, seed 42)', () => {
  const word = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }));

  test('syllableKey is lowercase, idempotent and the same for both styles', () => {
    fc.assert(
      fc.property(word, (w) => {
        const key = syllableKey(w);
        expect(syllableKey(key)).toBe(key);
        expect(syllableKey(placeTone(w, 'new'))).toBe(key);
        expect(syllableKey(placeTone(w, 'old'))).toBe(key);
      }),
      PARAMS,
    );
  });

  test('a valid syllable stays valid in both styles', () => {
    fc.assert(
      fc.property(word, (w) => {
        if (!isSyllable(w)) return;
        expect(isSyllable(placeTone(w, 'old'))).toBe(true);
        expect(isSyllable(placeTone(w, 'new'))).toBe(true);
      }),
      PARAMS,
    );
  });
});
