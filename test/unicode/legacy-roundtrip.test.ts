import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize, normalizeWithEdits } from '../../src/normalize.js';
import { decodeTcvn3 } from '../../src/unicode/legacy/tcvn3.js';
import { decodeVni } from '../../src/unicode/legacy/vni.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/data/corpora/eval/ud-vtb.txt.xz');
const hasShared = existsSync(corpus);
if (!hasShared) console.log('test/unicode/legacy-roundtrip.test.ts: ../shared absent, skipping the corpus round trips');

const LATIN1 = Array.from({ length: 0x5f }, (_, k) => String.fromCharCode(0xa1 + k));
const ASCII_LETTERS = [...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY'];

/** Encoder = inverse of the decoder, found by trying every one- and two-character Latin-1 spelling. */
function invert(decode: (s: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of [...ASCII_LETTERS, ...LATIN1]) {
    const d = decode(a);
    if (d !== a && d.length === 1 && !map.has(d)) map.set(d, a);
  }
  for (const a of [...ASCII_LETTERS, ...LATIN1]) {
    for (const b of LATIN1) {
      const d = decode(a + b);
      if (d.length === 1 && !map.has(d)) map.set(d, a + b);
    }
  }
  // Bytes that are the letter itself (TCVN3 ý = 0xFD = ý in Latin-1), where no other spelling exists.
  for (const a of LATIN1) if (decode(a) === a && !map.has(a)) map.set(a, a);
  return map;
}

const TCVN3 = invert(decodeTcvn3);
const VNI = invert(decodeVni);

/** Encode `text`; `undefined` when a character has no spelling in the encoding. */
function encode(text: string, table: Map<string, string>): string | undefined {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      const enc = table.get(ch);
      if (enc === undefined) return undefined;
      out += enc;
    }
  }
  return out;
}

/** UTF-8 bytes shown as Windows-1252 (undefined bytes as C1 controls, as browsers do). */
function garbleUtf8(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b);
  return out;
}

describe('legacy tables', () => {
  const lower = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
  test.each([...lower])('%s has a TCVN3 and a VNI spelling', (letter) => {
    expect(letter < '\u0080' || TCVN3.has(letter)).toBe(true);
    expect(letter < '\u0080' || VNI.has(letter)).toBe(true);
    expect(letter < '\u0080' || VNI.has(letter.toUpperCase())).toBe(true);
  });
});

describe.skipIf(!hasShared)('legacy round trips on ud-vtb sentences', () => {
  const lines = hasShared
    ? execFileSync('xz', ['-dc', corpus], { maxBuffer: 64 << 20 }).toString('utf8').split('\n').filter((l) => l.length > 40)
    : [];
  const sample = lines.filter((_, k) => k % 10 === 0);

  test.each`
    name             | encodeLine
    ${'tcvn3'}       | ${(l: string) => encode(l, TCVN3)}
    ${'vni'}         | ${(l: string) => encode(l, VNI)}
    ${'cp1252-utf8'} | ${garbleUtf8}
  `('$name: detected and restored exactly', ({ name, encodeLine }) => {
    let tried = 0;
    let restored = 0;
    const failures: string[] = [];
    for (const line of sample) {
      const encoded = encodeLine(line) as string | undefined;
      if (encoded === undefined) continue; // TCVN3 has no capitals with tone marks
      tried++;
      const result = normalizeWithEdits(encoded);
      if (result.text === normalize(line) && result.legacy === name) restored++;
      else if (failures.length < 3) failures.push(`${encoded} → ${result.text}`);
    }
    console.log(`${name}: ${restored}/${tried} sentences restored`, failures);
    expect(tried).toBeGreaterThan(100);
    expect(restored / tried).toBeGreaterThanOrEqual(0.97);
  });
});
