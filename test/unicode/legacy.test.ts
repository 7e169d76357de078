import { describe, expect, test } from 'vitest';
import { decodeCp1252Utf8 } from '../../src/unicode/legacy/cp1252-utf8.js';
import { decodeLegacy, detectLegacy } from '../../src/unicode/legacy/detect.js';
import { decodeTcvn3 } from '../../src/unicode/legacy/tcvn3.js';
import { decodeVni } from '../../src/unicode/legacy/vni.js';

const PHRASE = 'Cộng hòa xã hội chủ nghĩa Việt Nam';

/** Encode Unicode Vietnamese as UTF-8 bytes read as Windows-1252 (the inverse of the repair), for round trips. */
function garbleUtf8(text: string): string {
  const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : String.fromCharCode(b);
  return out;
}

describe('decodeTcvn3', () => {
  test.each`
    input                                    | output
    ${'Céng hßa x· héi chñ nghÜa ViÖt Nam'}  | ${PHRASE}
    ${'§µ N½ng'}                             | ${'Đà Nẵng'}
    ${'Thñ t\u00ADíng'}                     | ${'Thủ tướng'}
    ${'Hµ Néi'}                              | ${'Hà Nội'}
    ${'§éc lËp - Tù do - H¹nh phóc'}         | ${'Độc lập - Tự do - Hạnh phúc'}
    ${'plain ASCII'}                         | ${'plain ASCII'}
  `('$input → $output', ({ input, output }) => {
    expect(decodeTcvn3(input)).toBe(output);
  });
});

describe('decodeVni', () => {
  test.each`
    input                                          | output
    ${'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'}   | ${PHRASE}
    ${'Tröôøng Ñaïi hoïc'}                          | ${'Trường Đại học'}
    ${'ÑOÄC LAÄP'}                                  | ${'ĐỘC LẬP'}
    ${'Haø Noäi'}                                   | ${'Hà Nội'}
    ${'Ñaø Naüng'}                                  | ${'Đà Nẵng'}
    ${'nöôùc'}                                      | ${'nước'}
    ${'plain ASCII'}                                | ${'plain ASCII'}
  `('$input → $output', ({ input, output }) => {
    expect(decodeVni(input)).toBe(output);
  });
});

describe('decodeCp1252Utf8', () => {
  test.each`
    input                   | output
    ${'Tiáº¿ng Viá»‡t'}      | ${'Tiếng Việt'}
    ${garbleUtf8(PHRASE)}   | ${PHRASE}
    ${garbleUtf8('Đường phố Hà Nội, người dân')} | ${'Đường phố Hà Nội, người dân'}
    ${'Café'}               | ${undefined}
    ${'Viá»\u0087t Nam'}    | ${'Việt Nam'}
    ${'Ä\u0090Ã\u00A0 Náºµng'} | ${'Đà Nẵng'}
    ${'ASCII'}              | ${'ASCII'}
    ${'Tiếng'}              | ${undefined}
  `('$input → $output', ({ input, output }) => {
    expect(decodeCp1252Utf8(input)).toBe(output);
  });
});

describe('detectLegacy', () => {
  test.each`
    text                                                           | encoding
    ${'Céng hßa x· héi chñ nghÜa ViÖt Nam'}                        | ${'tcvn3'}
    ${'§éc lËp - Tù do - H¹nh phóc'}                               | ${'tcvn3'}
    ${'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'}                  | ${'vni'}
    ${'Tröôøng Ñaïi hoïc Baùch khoa Haø Noäi'}                     | ${'vni'}
    ${'Tiáº¿ng Viá»‡t'}                                             | ${'cp1252-utf8'}
    ${garbleUtf8('Thủ tướng Chính phủ đã ký quyết định')}          | ${'cp1252-utf8'}
    ${Buffer.from('Đường phố Hà Nội về đêm', 'utf8').toString('latin1')} | ${'cp1252-utf8'}
    ${PHRASE}                                                      | ${undefined}
    ${'Cà phê ngon'}                                               | ${undefined}
    ${'Café crème'}                                                | ${undefined}
    ${'naïve façade'}                                              | ${undefined}
    ${'Müller'}                                                    | ${undefined}
    ${'El niño'}                                                   | ${undefined}
    ${'Crème brûlée à la française, s’il vous plaît'}              | ${undefined}
    ${'Hôtel de Ville à Paris, où la tête est à côté de la forêt'} | ${undefined}
    ${'Je suis allé à l’école, ça va très bien, merci à vous'}      | ${undefined}
    ${'Die Straße in München ist schön, Grüße aus Köln'}           | ${undefined}
    ${'El señor García está en la ciudad, mañana será otro día'}   | ${undefined}
    ${'The quick brown fox'}                                       | ${undefined}
    ${''}                                                          | ${undefined}
    ${'€100 – “quoted” text…'}                                     | ${undefined}
  `('$text → $encoding', ({ text, encoding }) => {
    expect(detectLegacy(text)).toBe(encoding);
  });

  test.each`
    text                                             | encoding         | output
    ${'ViÖt Nam'}                                    | ${'tcvn3'}       | ${'Việt Nam'}
    ${'Vieät Nam'}                                   | ${'vni'}         | ${'Việt Nam'}
    ${'Viá»‡t Nam'}                                  | ${'cp1252-utf8'} | ${'Việt Nam'}
    ${'Caf\u00e9'}                                   | ${'cp1252-utf8'} | ${'Caf\u00e9'}
  `('decodeLegacy($text, $encoding) → $output', ({ text, encoding, output }) => {
    expect(decodeLegacy(text, encoding)).toBe(output);
  });
});

describe('argument checks', () => {
  test.each`
    call                                                          | message
    ${() => decodeTcvn3(1 as unknown as string)}                  | ${'Expected string for `text`, got `number`'}
    ${() => decodeVni([] as unknown as string)}                   | ${'Expected string for `text`, got `array`'}
    ${() => decodeCp1252Utf8(null as unknown as string)}          | ${'Expected string for `text`, got `null`'}
    ${() => detectLegacy(2 as unknown as string)}                 | ${'Expected string for `text`, got `number`'}
    ${() => decodeLegacy('x', 'cp1258' as never)}                 | ${"Expected `encoding` to be one of 'tcvn3', 'vni', 'cp1252-utf8', got `cp1258`"}
  `('throws TypeError: $message', ({ call, message }) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
