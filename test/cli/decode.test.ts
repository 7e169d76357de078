import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { createChunkDecoder, decodeBytes, detectEncoding, DETECT_BYTES } from '../../src/cli/decode.js';
import { decodeChunks } from '../../src/cli/input.js';
import { isVietnormError } from '../../src/errors.js';

const TEXT = 'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập, tự do, hạnh phúc. Người dân được hưởng quyền lợi.\r\n';

/** Windows-1258 keeps ă â ê ô ơ ư đ whole and writes the tone as a combining mark after the letter. */
function toWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const parts = text.normalize('NFD').split(/(?=\P{M})/u);
  const spelled = parts.map((part) => part.replace(tones, '').normalize('NFC') + (part.match(tones) ?? []).join('')).join('');
  return iconv.encode(spelled, 'windows1258');
}

const TCVN3 = iconv.encode(TEXT, 'tcvn');
const VNI = iconv.encode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam.\n', 'windows1252');
const CP1258 = toWindows1258(TEXT);

describe('detectEncoding', () => {
  test.each`
    label                | bytes                                                                  | encoding          | bom
    ${'UTF-8'}           | ${Buffer.from(TEXT, 'utf8')}                                           | ${'utf8'}         | ${0}
    ${'UTF-8 + BOM'}     | ${Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])} | ${'utf8'}         | ${3}
    ${'UTF-16 LE + BOM'} | ${iconv.encode(TEXT, 'utf16le', { addBOM: true })}                     | ${'utf16le'}      | ${2}
    ${'UTF-16 BE + BOM'} | ${iconv.encode(TEXT, 'utf16be', { addBOM: true })}                     | ${'utf16be'}      | ${2}
    ${'Windows-1258'}    | ${CP1258}                                                              | ${'windows-1258'} | ${0}
    ${'TCVN3'}           | ${TCVN3}                                                               | ${'windows-1252'} | ${0}
    ${'VNI-Windows'}     | ${VNI}                                                                 | ${'windows-1252'} | ${0}
    ${'ASCII'}           | ${Buffer.from('plain text\n')}                                         | ${'utf8'}         | ${0}
    ${'empty'}           | ${Buffer.alloc(0)}                                                     | ${'utf8'}         | ${0}
  `('$label → $encoding', ({ bytes, encoding, bom }: { bytes: Buffer; encoding: string; bom: number }) => {
    expect(detectEncoding(bytes, 'x.txt')).toEqual({ encoding, bom });
  });

  test('a NUL byte means a binary file: E_ENCODING naming the file', () => {
    let caught: unknown;
    try {
      detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a.zip');
    } catch (error) {
      caught = error;
    }
    expect(isVietnormError(caught) && caught.code === 'E_ENCODING' && caught.file === 'a.zip').toBe(true);
  });

  test('a UTF-8 character cut at the end of a stream prefix still counts as UTF-8', () => {
    const bytes = Buffer.from('a'.repeat(DETECT_BYTES - 1) + 'ộ', 'utf8').subarray(0, DETECT_BYTES);
    expect(detectEncoding(bytes, 'x', false).encoding).toBe('utf8');
    expect(detectEncoding(bytes, 'x', true).encoding).not.toBe('utf8');
  });

  test('a whole file is UTF-8 only if all of it is: legacy bytes after the first 64 KiB are found', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(DETECT_BYTES * 2)), CP1258]);
    expect(detectEncoding(bytes, 'x').encoding).toBe('windows-1258');
  });
});

describe('decodeBytes', () => {
  test.each`
    label                | bytes                                               | forced            | text
    ${'UTF-8 + BOM'}     | ${Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])} | ${undefined} | ${TEXT}
    ${'UTF-16 LE + BOM'} | ${iconv.encode(TEXT, 'utf16le', { addBOM: true })}  | ${undefined}      | ${TEXT}
    ${'UTF-16 BE + BOM'} | ${iconv.encode(TEXT, 'utf16be', { addBOM: true })}  | ${undefined}      | ${TEXT}
    ${'Windows-1258'}    | ${CP1258}                                           | ${undefined}      | ${TEXT}
    ${'TCVN3 forced'}    | ${TCVN3}                                            | ${'tcvn3'}        | ${TEXT}
    ${'TCVN3 detected'}  | ${TCVN3}                                            | ${undefined}      | ${iconv.decode(TCVN3, 'windows1252')}
    ${'VNI'}             | ${VNI}                                              | ${'vni'}          | ${'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam.\n'}
    ${'forced 1252'}     | ${Buffer.from([0x43, 0xe9])}                        | ${'windows-1252'} | ${'Cé'}
  `('$label', ({ bytes, forced, text }: { bytes: Buffer; forced: 'tcvn3' | undefined; text: string }) => {
    expect(decodeBytes(bytes, 'x.txt', forced).text).toBe(text);
  });

  test('the TCVN3 fallback looks like the mojibake normalize converts', () => {
    expect(decodeBytes(TCVN3, 'x').text.startsWith('Céng hßa')).toBe(true);
  });
});

describe('createChunkDecoder', () => {
  test('keeps a UTF-8 character split across chunks whole', () => {
    const bytes = Buffer.from('Việt', 'utf8');
    const decoder = createChunkDecoder('utf8');
    let text = '';
    for (const byte of bytes) text += decoder.write(Uint8Array.of(byte));
    expect(text + decoder.end()).toBe('Việt');
  });

  test('composes Windows-1258 tone marks whatever the chunk boundaries', () => {
    const bytes = toWindows1258('hòa thuận, người Việt');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createChunkDecoder('windows-1258');
      const text = decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
      expect(text).toBe('hòa thuận, người Việt');
    }
  });
});

describe('decodeChunks', () => {
  async function collect(chunks: Uint8Array[], forced?: 'utf8'): Promise<{ text: string; encoding: string | undefined }> {
    let encoding: string | undefined;
    let text = '';
    const source = (async function* () {
      yield* chunks;
    })();
    for await (const piece of decodeChunks(source, 'x', forced, (e) => (encoding = e))) text += piece;
    return { text, encoding };
  }

  test('detects the encoding from small chunks and strips the BOM', async () => {
    const bytes = iconv.encode(TEXT.repeat(2000), 'utf16le', { addBOM: true });
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) => bytes.subarray(i * 1000, (i + 1) * 1000));
    expect(await collect(chunks)).toEqual({ text: TEXT.repeat(2000), encoding: 'utf16le' });
  });

  test('an empty input gives an empty text', async () => {
    expect(await collect([])).toEqual({ text: '', encoding: 'utf8' });
  });
});
