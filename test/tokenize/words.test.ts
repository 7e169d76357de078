import { describe, expect, test } from 'vitest';

import { tokenize } from '../../src/tokenize/tokenize.js';
import { describeContent } from './_helpers.js';

describe('abbreviations with dots are one word', () => {
  test.each`
    text                 | expected
    ${'TP.HCM'}          | ${['word:TP.HCM']}
    ${'Tp.HCM'}          | ${['word:Tp.HCM']}
    ${'PGS.TS'}          | ${['word:PGS.TS']}
    ${'GS.TSKH'}         | ${['word:GS.TSKH']}
    ${'ThS.BS'}          | ${['word:ThS.BS']}
    ${'U.S.'}            | ${['word:U.S.']}
    ${'v.v.'}            | ${['word:v.v.']}
    ${'v.v...'}          | ${['word:v.v.', 'punctuation:..']}
    ${'TP.HCM.'}         | ${['word:TP.HCM', 'punctuation:.']}
    ${'ở TP.HCM, Đà'}    | ${['syllable:ở', 'word:TP.HCM', 'punctuation:,', 'syllable:Đà']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('dots that are not abbreviations', () => {
  test.each`
    text               | expected
    ${'HCM.Theo đó'}   | ${['word:HCM', 'punctuation:.', 'syllable:Theo', 'syllable:đó']}
    ${'Mr.Smith'}      | ${['word:Mr', 'punctuation:.', 'word:Smith']}
    ${'luật.pháp'}     | ${['syllable:luật', 'punctuation:.', 'syllable:pháp']}
    ${'TP.Hà Nội'}     | ${['word:TP', 'punctuation:.', 'syllable:Hà', 'syllable:Nội']}
    ${'Tp.Huế'}        | ${['word:Tp', 'punctuation:.', 'syllable:Huế']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('letter runs', () => {
  test.each`
    text                 | expected
    ${'tiến công giá'}   | ${['syllable:tiến', 'syllable:công', 'syllable:giá']}
    ${'Rate this post'}  | ${['word:Rate', 'word:this', 'word:post']}
    ${'unique'}          | ${['word:unique']}
    ${'PAR Index'}       | ${['word:PAR', 'word:Index']}
    ${'U23'}             | ${['word:U23']}
    ${'mp3'}             | ${['word:mp3']}
    ${'H2O'}             | ${['word:H2O']}
    ${"don't"}           | ${["word:don't"]}
    ${'O’Neil'}          | ${['word:O’Neil']}
    ${'e-mail'}          | ${['syllable:e', 'punctuation:-', 'word:mail']}
    ${'‘6 điều dám làm’'} | ${['punctuation:‘', 'number:6', 'syllable:điều', 'syllable:dám', 'syllable:làm', 'punctuation:’']}
    ${'𝐀𝐁'}             | ${['word:𝐀𝐁']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('keys', () => {
  const keysOf = (text: string): (string | undefined)[] =>
    tokenize(text)
      .filter((token) => token.kind !== 'space')
      .map((token) => token.key);

  test.each`
    text                | same
    ${'Tiến Công Giá'}  | ${'tiến công giá'}
    ${'TIẾN CÔNG GIÁ'}  | ${'tiến công giá'}
    ${'hoà'}            | ${'hòa'}
    ${'HOÀ'}            | ${'hòa'}
    ${'thuỷ khoẻ'}      | ${'thủy khỏe'}
    ${'tiến công giá'.normalize('NFD')} | ${'tiến công giá'}
    ${'UNIQUE'}         | ${'unique'}
    ${'Tp.HCM'}         | ${'TP.HCM'}
  `('$text has the keys of $same', ({ text, same }: { text: string; same: string }) => {
    expect(keysOf(text)).toEqual(keysOf(same));
  });

  test.each`
    text        | key
    ${'Hoà'}    | ${'hòa'}
    ${'THUỶ'}   | ${'thủy'}
    ${'Unique'} | ${'unique'}
    ${'TP.HCM'} | ${'tp.hcm'}
    ${'U23'}    | ${'u23'}
  `('key of $text is $key', ({ text, key }: { text: string; key: string }) => {
    expect(tokenize(text)[0]?.key).toBe(key);
  });

  test.each(['98%', ' ', '\n', '.', 'https://a.com', 'a@b.com', '😀'])('%j has no key', (text) => {
    expect(tokenize(text)[0]?.key).toBeUndefined();
  });
});
