import { describe, expect, test } from 'vitest';

import { describeContent } from './_helpers.js';

describe('URLs', () => {
  test.each`
    text                                                   | expected
    ${'https://vnexpress.net/a-b-123.html'}                | ${['url:https://vnexpress.net/a-b-123.html']}
    ${'http://example.com'}                                | ${['url:http://example.com']}
    ${'ftp://files.example.org/x'}                         | ${['url:ftp://files.example.org/x']}
    ${'www.dantri.com.vn'}                                 | ${['url:www.dantri.com.vn']}
    ${'www.example.co'}                                    | ${['url:www.example.co']}
    ${'vnexpress.net'}                                     | ${['url:vnexpress.net']}
    ${'24h.com.vn'}                                        | ${['url:24h.com.vn']}
    ${'VnExpress.NET/thoi-su'}                             | ${['url:VnExpress.NET/thoi-su']}
    ${'localhost.vn:8080/a?b=1#c'}                         | ${['url:localhost.vn:8080/a?b=1#c']}
    ${'https://vi.wikipedia.org/wiki/Hà_Nội'}              | ${['url:https://vi.wikipedia.org/wiki/Hà_Nội']}
    ${'https://en.wikipedia.org/wiki/Foo_(bar)'}           | ${['url:https://en.wikipedia.org/wiki/Foo_(bar)']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('what a URL does not take', () => {
  test.each`
    text                                       | expected
    ${'xem vnexpress.net.'}                    | ${['syllable:xem', 'url:vnexpress.net', 'punctuation:.']}
    ${'(xem https://a.com/x).'}                | ${['punctuation:(', 'syllable:xem', 'url:https://a.com/x', 'punctuation:)', 'punctuation:.']}
    ${'“https://a.com/x”'}                     | ${['punctuation:“', 'url:https://a.com/x', 'punctuation:”']}
    ${'https://a.com/x, rồi'}                  | ${['url:https://a.com/x', 'punctuation:,', 'syllable:rồi']}
    ${'https:// a'}                            | ${['word:https', 'punctuation::', 'punctuation:/', 'punctuation:/', 'syllable:a']}
    ${'hành chính.cực tốt'}                    | ${['syllable:hành', 'syllable:chính', 'punctuation:.', 'syllable:cực', 'syllable:tốt']}
    ${'năm nay.me'}                            | ${['syllable:năm', 'syllable:nay', 'punctuation:.', 'syllable:me']}
    ${'vnexpress.nethế'}                       | ${['word:vnexpress', 'punctuation:.', 'word:nethế']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});

describe('e-mail addresses', () => {
  test.each`
    text                                  | expected
    ${'ten.ho@gmail.com'}                 | ${['email:ten.ho@gmail.com']}
    ${'a_b+tag@sub.example.com.vn'}       | ${['email:a_b+tag@sub.example.com.vn']}
    ${'0912abc@yahoo.com'}                | ${['email:0912abc@yahoo.com']}
    ${'Liên hệ: toasoan@dantri.com.vn.'}  | ${['syllable:Liên', 'syllable:hệ', 'punctuation::', 'email:toasoan@dantri.com.vn', 'punctuation:.']}
    ${'ai@ đó'}                           | ${['syllable:ai', 'punctuation:@', 'syllable:đó']}
    ${'a@b'}                              | ${['syllable:a', 'punctuation:@', 'word:b']}
  `('$text', ({ text, expected }: { text: string; expected: string[] }) => {
    expect(describeContent(text)).toEqual(expected);
  });
});
