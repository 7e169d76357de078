// Lookup keys for counting: lowercase, NFC, tone placement folded (hòa and hoà give the same key),
// diacritics otherwise kept. Cached, because corpus text repeats the same few hundred thousand spellings.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_OF = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };
const cache = new Map();

/**
 * Key of one syllable: base letters without the tone mark, then a tone digit (0 = level tone).
 * @param {string} syllable lowercase syllable
 * @returns {string}
 */
export function toSyllableKey(syllable) {
  let key = cache.get(syllable);
  if (key !== undefined) return key;
  const nfd = syllable.normalize('NFD');
  let tone = '0';
  const base = nfd.replace(TONE_MARKS, (mark) => {
    tone = TONE_OF[mark];
    return '';
  });
  key = base.normalize('NFC') + tone;
  if (cache.size < 2_000_000) cache.set(syllable, key);
  return key;
}

/**
 * Key of a phrase (syllables separated by single spaces).
 * @param {string} phrase
 * @returns {string[]}
 */
export function toPhraseKeys(phrase) {
  return phrase.toLowerCase().normalize('NFC').split(' ').map(toSyllableKey);
}
