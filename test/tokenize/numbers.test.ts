import { describe, expect, test } from 'vitest';

import { describeContent } from './_helpers.js';

describe('numbers are kept whole', () => {
  test.each`
    text                    | expected
    ${'1.803'}              | ${['number:1.803']}
    ${'1.000.000'}          | ${['number:1.000.000']}
    ${'94,07%'}             | ${['number:94,07%']}
    ${'2.5'}                | ${['number:2.5']}
    ${'0,5'}                | ${['number:0,5']}
    ${'5/5'}                | ${['number:5/5']}
    ${'27/4'}               | ${['number:27/4']}
    ${'27/4/2022'}          | ${['number:27/4/2022']}
    ${'10:30'}              | ${['number:10:30']}
    ${'10h30'}              | ${['number:10h30']}
    ${'10h'}                | ${['number:10h']}
    ${'3x4'}                | ${['number:3x4']}
    ${'700.000đ'}           | ${['number:700.000đ']}
    ${'700.000VNĐ'}         | ${['number:700.000VNĐ']}
    ${'100USD'}             | ${['number:100USD']}
    ${'18B'}                | ${['number:18B']}
    ${'5G'}                 | ${['number:5G']}
    ${'20km'}               | ${['number:20km']}
    ${'5‰'}                 | ${['number:5‰']}
    ${'-3'}                 | ${['number:-3']}
    ${'+84'}                | ${['number:+84']}
    ${'−5'}                 | ${['number:−5']}
    ${'nhiệt độ -3'}        | ${['syllable:nhiệt', 'syllable:độ', 'number:-3']}
    ${'0912.345.678'}       | ${['number:0912.345.678']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('what a number does not take', () => {
  test.each`
    text              | expected                                                     | why
    ${'đạt 98%.'}     | ${['syllable:đạt', 'number:98%', 'punctuation:.']}           | ${'sentence-final dot'}
    ${'năm 2021, và'} | ${['syllable:năm', 'number:2021', 'punctuation:,', 'syllable:và']} | ${'comma before a space'}
    ${'1.803.'}       | ${['number:1.803', 'punctuation:.']}                         | ${'dot after the last group'}
    ${'5/'}           | ${['number:5', 'punctuation:/']}                             | ${'separator without digit'}
    ${'2-3 ngày'}     | ${['number:2', 'punctuation:-', 'number:3', 'syllable:ngày']} | ${'a range: the hyphen is no sign'}
    ${'COVID-19'}     | ${['word:COVID', 'punctuation:-', 'number:19']}              | ${'hyphen after letters is no sign'}
    ${'2022nhé'}      | ${['number:2022', 'syllable:nhé']}                           | ${'a syllable is no unit'}
    ${'100 USD'}      | ${['number:100', 'word:USD']}                                | ${'a unit after a space stays apart'}
    ${'5gram'}        | ${['number:5', 'word:gram']}                                 | ${'units are at most 3 letters'}
    ${'một.803'}      | ${['syllable:một', 'punctuation:.', 'number:803']}           | ${'spun number keeps its debris visible'}
    ${'$100'}         | ${['symbol:$', 'number:100']}                                | ${'currency sign before is a symbol'}
  `('$text ($why)', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});
