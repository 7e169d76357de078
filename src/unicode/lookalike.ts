/**
 * Look-alike letters inside Vietnamese words: Icelandic eth (Ð U+00D0, ð U+00F0) typed for đ/Đ, and Cyrillic
 * letters that look Latin (а, е, о, р, с, …) mixed into Latin words. A letter is replaced only when the word it
 * sits in becomes a valid Vietnamese syllable, so "Ðórr", "með" and Russian words stay as they are.
 * @module
 */
import { assertString } from '../errors.js';
import { isSyllable } from '../syllable.js';

const CYRILLIC = 'аеорсухіАВЕКМНОРСТХІ';

/** Look-alike → Vietnamese letter. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['Ð', 'Đ'],
  ['ð', 'đ'],
  ...[...CYRILLIC].map((c, k): [string, string] => [c, 'aeopcyxiABEKMHOPCTXI'[k] as string]),
]);

/** True when `c` is a Cyrillic letter that looks exactly like a Latin one. @internal */
export function isCyrillicLookalike(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff && CYRILLIC.includes(String.fromCharCode(c));
}

/**
 * Replace every Cyrillic look-alike by its Latin twin, unconditionally: used on text already judged to be legacy
 * Vietnamese, where a Cyrillic letter can only be a disguised Latin one. @internal
 */
export function latinizeLookalikes(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x400 || c > 0x4ff || !isCyrillicLookalike(c)) continue;
    out += text.slice(last, i) + (LOOKALIKES.get(text[i] as string) as string);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when code unit `c` may be a look-alike letter (eth or Cyrillic). @internal */
export function isLookalike(c: number): boolean {
  return c === 0xd0 || c === 0xf0 || (c >= 0x400 && c <= 0x4ff);
}

/**
 * Replace look-alike letters in one word (a run of letters) when that makes it a Vietnamese syllable.
 * Cyrillic letters are replaced only in words that also contain Latin letters (a whole Cyrillic word is Russian,
 * Ukrainian, …, not a disguised Vietnamese one).
 * @param word - One word, NFC.
 * @returns The repaired word, or `word` itself.
 * @throws TypeError when `word` is not a string.
 * @example
 * fixLookalikes('Ðà') //=> 'Đà'
 * fixLookalikes('ðường') //=> 'đường'
 * fixLookalikes('Ðórr') //=> 'Ðórr'
 * fixLookalikes('nаm') //=> 'nam' (Cyrillic а)
 */
export function fixLookalikes(word: string): string {
  assertString(word, 'word');
  let out = '';
  let changed = false;
  let latin = false;
  let cyrillic = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const c = ch.charCodeAt(0);
    const repl = isLookalike(c) ? LOOKALIKES.get(ch) : undefined;
    if (repl !== undefined) {
      changed = true;
      if (c >= 0x400) cyrillic = true;
      out += repl;
    } else {
      if (c < 0x300 || (c > 0x36f && c < 0x400) || c > 0x4ff) latin = true; // combining marks are neither
      out += ch;
    }
  }
  if (!changed || (cyrillic && !latin)) return word;
  if (!isSyllable(out)) return word;
  // A mark that could not compose with the Cyrillic letter composes with the Latin one.
  return out.normalize('NFC');
}
