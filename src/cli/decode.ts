/**
 * Input decoding for the CLI: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and legacy 8-bit files.
 * Bytes that are not valid UTF-8 are read as Windows-1258 when that gives Vietnamese, else as Windows-1252: TCVN3
 * and VNI files then look like "Céng hßa" / "Coäng hoøa", which `normalize`'s legacy detection converts.
 * @module
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { VietnormError } from '../errors.js';

/** Encodings `--encoding` accepts. */
export const ENCODING_NAMES = ['utf8', 'utf16le', 'utf16be', 'windows-1258', 'tcvn3', 'vni', 'windows-1252'] as const;

/** One of {@link ENCODING_NAMES}. */
export type EncodingName = (typeof ENCODING_NAMES)[number];

/** What {@link detectEncoding} found. */
export interface DetectedEncoding {
  encoding: EncodingName;
  /** Length of the byte-order mark to skip (0 when none). */
  bom: number;
}

/** A stateful decoder: feed byte chunks, get text; multi-byte characters split across chunks are kept whole. */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

// iconv-lite names. VNI is not a code page of its own: its files are Windows-1252 text that `normalize` converts.
const ICONV_NAMES: Readonly<Record<EncodingName, string>> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  'windows-1258': 'windows1258',
  tcvn3: 'tcvn',
  vni: 'windows1252',
  'windows-1252': 'windows1252',
};

/** How many bytes a stream collects before {@link detectEncoding} decides; also the sample for NUL and code-page checks. */
export const DETECT_BYTES: number = 64 * 1024;

/**
 * Detect the encoding of an input from its bytes (BOM, NUL bytes, UTF-8 validity, then the 8-bit code page).
 *
 * @param head - The first bytes of the input, or all of them.
 * @param name - The input's name, for the error message.
 * @param complete - `head` is the whole input: all of it must be valid UTF-8 to count as UTF-8 (a check at
 *   gigabytes per second). When false, a character cut at the end of `head` is allowed.
 * @returns The encoding and the BOM length.
 * @throws VietnormError `E_ENCODING` when the bytes contain NUL (a binary file) and have no UTF-16 BOM.
 * @example
 * detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'a.txt') //=> { encoding: 'utf8', bom: 3 }
 */
export function detectEncoding(head: Uint8Array, name: string, complete = true): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  const sample = head.length > DETECT_BYTES ? head.subarray(0, DETECT_BYTES) : head;
  if (sample.indexOf(0) !== -1) {
    throw new VietnormError('E_ENCODING', 'binary file (contains NUL bytes), skipped', { file: name });
  }
  if (isUtf8(complete ? head : trimPartialUtf8(head))) return { encoding: 'utf8', bom: 0 };
  // Judge the code page where the non-ASCII text is, which may start after a long ASCII head.
  const from = Math.max(0, head.findIndex((byte) => byte >= 0x80) - 1024);
  const legacy = head.subarray(from, from + DETECT_BYTES);
  return { encoding: looksLikeWindows1258(legacy) ? 'windows-1258' : 'windows-1252', bom: 0 };
}

/**
 * Decode a whole file.
 *
 * @param bytes - The file's bytes.
 * @param name - The input's name, for error messages.
 * @param forced - `--encoding`, when given.
 * @returns The text (NFC for the 8-bit code pages) and the encoding used.
 * @throws VietnormError `E_ENCODING` for a binary file.
 * @example
 * decodeBytes(Buffer.from('Việt', 'utf8'), 'a.txt').text //=> 'Việt'
 */
export function decodeBytes(bytes: Uint8Array, name: string, forced?: EncodingName): { text: string; encoding: EncodingName; bom: boolean } {
  const detected = forced === undefined ? detectEncoding(bytes, name) : { encoding: forced, bom: 0 };
  const decoder = createChunkDecoder(detected.encoding);
  const text = decoder.write(bytes.subarray(detected.bom)) + decoder.end();
  return { text, encoding: detected.encoding, bom: detected.bom > 0 };
}

/**
 * Create a streaming decoder for an encoding. A leading BOM of the encoding is dropped. Windows-1258 writes tones
 * as combining marks, so its output is composed to NFC (each chunk ends on a line break or a base letter).
 *
 * @param encoding - The encoding.
 * @returns A decoder.
 * @example
 * const d = createChunkDecoder('utf8'); d.write(Buffer.from([0xc3])) + d.write(Buffer.from([0xa9])) //=> 'é'
 */
export function createChunkDecoder(encoding: EncodingName): ChunkDecoder {
  const inner = iconv.getDecoder(ICONV_NAMES[encoding]);
  if (encoding !== 'windows-1258') {
    return { write: (chunk) => inner.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => inner.end() ?? '' };
  }
  let pending = '';
  return {
    write(chunk) {
      const text = pending + inner.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      // Hold back the last letter with its marks: a combining tone mark in the next chunk may belong to it.
      let cut = text.length;
      while (cut > 0 && isCombiningMark(text.charCodeAt(cut - 1))) cut--;
      if (cut > 0) cut--;
      pending = text.slice(cut);
      return text.slice(0, cut).normalize('NFC');
    },
    end() {
      const rest = (pending + (inner.end() ?? '')).normalize('NFC');
      pending = '';
      return rest;
    },
  };
}

function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  // The sample may end inside a multi-byte character: drop up to 3 trailing bytes of an unfinished sequence.
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) {
    i--;
    back++;
  }
  return i >= 0 && (bytes[i] ?? 0) >= 0xc0 ? bytes.subarray(0, i) : bytes;
}

const VIETNAMESE_LETTERS = new Set(
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ',
);

/**
 * Windows-1258 gives Vietnamese when, after NFC, words with non-ASCII letters are made of Vietnamese letters only
 * and carry at most one tone. TCVN3 or VNI bytes read this way give "ß", "ø", "¬" or stray combining marks instead.
 */
function looksLikeWindows1258(sample: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), 'windows1258').normalize('NFC');
  let good = 0;
  let bad = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{M}]+/u)) {
    if (!/[^\x00-\x7f]/u.test(word)) continue;
    let ok = true;
    let tones = 0;
    for (const ch of word) {
      if (ch < '\u0080') continue;
      if (!VIETNAMESE_LETTERS.has(ch)) {
        ok = false;
        break;
      }
      if (!'ăâêôơưđ'.includes(ch)) tones++;
    }
    if (ok && tones <= 1) good++;
    else bad++;
  }
  return good > 0 && good >= 9 * bad;
}
