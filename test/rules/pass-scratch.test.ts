import { describe, expect, test } from 'vitest';

import { buildConfig } from '../../src/despin.js';
import { flattenText } from '../../src/rules/flat-text.js';
import { findMatches } from '../../src/rules/match.js';
import { PassScratch, releaseScratch, SCRATCH_NEXT, takeScratch } from '../../src/rules/pass-scratch.js';
import { buildWordChain } from '../../src/rules/word-chain.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';
import type { TokenTable } from '../../src/tokenize/token-table.js';

/** The meaningful part of a token table, as plain arrays. */
function rowsOf(table: TokenTable): unknown[] {
  const rows: unknown[] = [];
  for (let i = 0; i < table.length; i++) {
    rows.push([table.kinds[i], table.starts[i], table.ends[i], table.keys[i], table.sentences[i], table.runIds[i]]);
  }
  return rows;
}

const TEXTS = [
  'Kết quả tiến công giá cao. Hình như, anh ấy đã đến.\r\nTP.HCM 10h30 😀 \uD800 ten@mail.com',
  'Một',
  '',
  'Tỉnh Quảng Ninh có tổng số một.803 thủ tục, đạt 94,07%. '.repeat(40),
];

describe('PassScratch', () => {
  test('ints gives exactly the length asked, from one buffer that grows', () => {
    const scratch = new PassScratch();
    const a = scratch.ints(SCRATCH_NEXT, 10);
    a.fill(7);
    const b = scratch.ints(SCRATCH_NEXT, 5);
    expect([a.length, b.length, b[0]]).toEqual([10, 5, 7]);
    expect(b.buffer).toBe(a.buffer);
    expect(scratch.ints(SCRATCH_NEXT, 100_000).length).toBe(100_000);
  });

  test('a refilled token table equals a fresh one, whatever it held before', () => {
    let table: TokenTable | undefined;
    for (const text of [...TEXTS, ...[...TEXTS].reverse()]) {
      table = scanTokens(text, table);
      expect(rowsOf(table)).toEqual(rowsOf(scanTokens(text)));
    }
  });

  test('chains and matches over reused arrays equal those over fresh ones', () => {
    const { index } = buildConfig({ languageModel: false });
    const scratch = new PassScratch();
    for (const text of [...TEXTS, ...[...TEXTS].reverse()]) {
      const reused = buildWordChain(text, (scratch.table = scanTokens(text, scratch.table)), scratch);
      const fresh = buildWordChain(text, scanTokens(text));
      expect([Array.from(reused.next), Array.from(reused.prev)]).toEqual([Array.from(fresh.next), Array.from(fresh.prev)]);
      const a = findMatches(reused, index, scratch);
      const b = findMatches(fresh, index);
      const sites = (m: typeof a): number[][] =>
        Array.from({ length: m.groups.count }, (_, k) => [m.groups.member[k] ?? -1, m.groups.first[k] ?? -1, m.groups.last[k] ?? -1]);
      expect(a.rules.map((m) => [m.rule.order, m.first, m.last, m.guardReason])).toEqual(b.rules.map((m) => [m.rule.order, m.first, m.last, m.guardReason]));
      expect(sites(a)).toEqual(sites(b));
    }
  });
});

describe('flattenText', () => {
  test.each(['', 'a', '\uD800', 'Kết quả tiến công giá cao. 😀'.repeat(50)])('keeps the characters of %j', (text) => {
    const slice = `x${text}y`.slice(1, -1);
    expect(flattenText(slice)).toBe(text);
  });
});

describe('takeScratch', () => {
  test('short texts share one scratch while it is free; long texts and nested calls get their own', () => {
    const a = takeScratch(100);
    const nested = takeScratch(100);
    const long = takeScratch(1_000_000);
    expect([nested === a, long === a]).toEqual([false, false]);
    releaseScratch(nested);
    releaseScratch(long);
    releaseScratch(a);
    const again = takeScratch(50);
    expect(again).toBe(a);
    releaseScratch(again);
  });
});
