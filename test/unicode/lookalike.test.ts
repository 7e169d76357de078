import { describe, expect, test } from 'vitest';
import { fixLookalikes } from '../../src/unicode/lookalike.js';

describe('fixLookalikes', () => {
  test.each`
    word            | output
    ${'Ðà'}         | ${'Đà'}
    ${'ÐÀ'}         | ${'ĐÀ'}
    ${'ðường'}      | ${'đường'}
    ${'Ðông'}       | ${'Đông'}
    ${'Ðórr'}       | ${'Ðórr'}
    ${'með'}        | ${'með'}
    ${'Ðað'}        | ${'Ðað'}
    ${'n\u0430m'}   | ${'nam'}
    ${'\u0441ó'}    | ${'có'}
    ${'\u0440ос'}   | ${'\u0440ос'}
    ${'\u0441\u0430о'} | ${'\u0441\u0430о'}
    ${'Việt'}       | ${'Việt'}
    ${''}           | ${''}
  `('$word → $output', ({ word, output }) => {
    expect(fixLookalikes(word)).toBe(output);
  });
});

test('fixLookalikes throws TypeError on a non-string', () => {
  expect(() => fixLookalikes(5 as unknown as string)).toThrow('Expected string for `word`, got `number`');
});
