import { describe, expect, test } from 'vitest';

import { compileGuard, guardHit, type KeyGuard } from '../../src/rules/guards.js';
import { buildWordChain } from '../../src/rules/word-chain.js';
import { scanTokens } from '../../src/tokenize/08-scan.js';

const TEXT = 'Tăng 5 lần so với năm ngoái, hình như vậy.';
// Tokens: Tăng 0, 5 2, lần 4, so 6, với 8, năm 10, ngoái 12, "," 13, hình 15, như 17, vậy 19, "." 20.
const chain = buildWordChain(TEXT, scanTokens(TEXT));

describe('guardHit', () => {
  test.each`
    at    | guard                                              | side
    ${8}  | ${{ prev: [['so']] }}                              | ${'prev'}
    ${8}  | ${{ prev: [['lần', 'so']] }}                       | ${'prev'}
    ${8}  | ${{ prev: [['tăng', 'so'], ['với']] }}             | ${undefined}
    ${8}  | ${{ next: [['năm', 'nay'], ['năm', 'ngoái']] }}    | ${'next'}
    ${8}  | ${{ next: [['năm', 'nay']] }}                      | ${undefined}
    ${8}  | ${{ prev: [['x']], next: [['năm']] }}              | ${'next'}
    ${8}  | ${{ prev: [['so']], next: [['năm']] }}             | ${'prev'}
    ${4}  | ${{ prev: [['<num>']] }}                           | ${'prev'}
    ${8}  | ${{ prev: [['<num>']] }}                           | ${undefined}
    ${0}  | ${{ prev: [['<s>']] }}                             | ${'prev'}
    ${8}  | ${{ prev: [['<s>']] }}                             | ${undefined}
    ${12} | ${{ next: [['<,>']] }}                             | ${'next'}
    ${15} | ${{ prev: [['<,>']] }}                             | ${'prev'}
    ${19} | ${{ next: [['<s>']] }}                             | ${undefined}
    ${19} | ${{ next: [[]] }}                                  | ${'next'}
    ${0}  | ${{ prev: [['tăng']] }}                            | ${undefined}
  `('token $at, guard $guard: $side', ({ at, guard, side }) => {
    expect(guardHit(chain, at as number, at as number, compileGuard(guard as KeyGuard))).toBe(side);
  });

  test('a phrase that ends with the same word as another is still told apart', () => {
    const guard = compileGuard({ prev: [['tăng', 'so'], ['năm', 'so'], ['lần', 'so']] });
    expect(guardHit(chain, 8, 8, guard)).toBe('prev');
    expect(guardHit(chain, 8, 8, compileGuard({ prev: [['tăng', 'so'], ['năm', 'so']] }))).toBeUndefined();
  });
});
