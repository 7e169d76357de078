import { describe, expect, test } from 'vitest';
import { readNumeral } from '../../src/rules/numerals.js';

describe('readNumeral', () => {
  test.each([
    ['một', 1],
    ['không', 0],
    ['mười', 10],
    ['mười lăm', 15],
    ['mười một', 11],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['bốn mươi lăm', 45],
    ['ba mươi tư', 34],
    ['chín mươi chín', 99],
    ['hai trăm', 200],
    ['một trăm năm mươi', 150],
    ['ba trăm hai mươi', 320],
    ['một trăm linh năm', 105],
    ['chín trăm chín mươi chín', 999],
    ['đôi mươi', 20],
    ['trăng tròn', 20],
  ])('%s → %i', (phrase, value) => {
    expect(readNumeral(phrase.split(' '))).toBe(value);
  });

  test.each([
    [''],
    ['hai người'],
    ['một mươi'],
    ['mươi'],
    ['trăm'],
    ['một trăm năm'],
    ['hai mươi mốt người'],
    ['năm hai mươi'],
    ['không trăm'],
  ])('%j is not one numeral', (phrase) => {
    expect(readNumeral(phrase === '' ? [] : phrase.split(' '))).toBeUndefined();
  });
});
