// Splits corpus lines into sentences of syllable ids and counts their uni-, bi- and trigrams.
// Tokens: letter runs that are Vietnamese syllables get their syllable key; other letter runs (and letter-digit
// mixes) the class <w>; digit runs (with . , / : - between digits) the class <num>. Other punctuation and spaces
// separate tokens and are dropped. `. ? ! ; : …` and line ends close a sentence, which is wrapped in <s> … </s>.

import { NUMBER_KEY, SENTENCE_END, SENTENCE_START, SPECIAL_KEYS, WORD_KEY } from './format.mjs';
import { ID_LIMIT, NgramCounter, packBigram, packTrigram } from './ngram-counter.mjs';

const LETTER = 1;
const DIGIT = 2;
const BOUNDARY = 3;

let classes;

/** One byte per UTF-16 unit: built once, so the scanner never runs a regular expression per character. */
function getClasses() {
  if (classes) return classes;
  classes = new Uint8Array(65536);
  const letter = /^[\p{L}\p{M}]$/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (letter.test(String.fromCharCode(c))) classes[c] = LETTER;
  }
  for (let c = 48; c <= 57; c++) classes[c] = DIGIT;
  for (const ch of '.?!;:\u2026') classes[ch.charCodeAt(0)] = BOUNDARY;
  return classes;
}

function isNumberSeparator(c) {
  return c === 46 || c === 44 || c === 47 || c === 58 || c === 45;
}

export class CorpusCounter {
  /**
   * @param {{ toKey: (word: string) => string, isSyllable: (word: string) => boolean, chunkSize?: number }} options
   */
  constructor({ toKey, isSyllable, chunkSize }) {
    this.toKey = toKey;
    this.isSyllable = isSyllable;
    this.vocab = [...SPECIAL_KEYS];
    this.keyIds = new Map(SPECIAL_KEYS.map((k, i) => [k, i]));
    this.wordIds = new Map();
    this.unigrams = new Float64Array(ID_LIMIT);
    this.bigrams = new NgramCounter(chunkSize);
    this.trigrams = new NgramCounter(chunkSize);
    this.sentence = new Int32Array(1024);
    this.length = 0;
    this.lines = 0;
    this.sentences = 0;
    this.syllables = 0;
    this.overflow = 0;
    this.startId = this.keyIds.get(SENTENCE_START);
    this.endId = this.keyIds.get(SENTENCE_END);
    this.numberId = this.keyIds.get(NUMBER_KEY);
    this.wordId = this.keyIds.get(WORD_KEY);
    this.classes = getClasses();
  }

  /** Id of a letter run, cached by its raw text so syllableKey runs once per distinct form. */
  idOfWord(word) {
    let id = this.wordIds.get(word);
    if (id !== undefined) return id;
    id = this.wordId;
    if (this.isSyllable(word)) {
      const key = this.toKey(word);
      id = this.keyIds.get(key);
      if (id === undefined) {
        if (this.vocab.length < ID_LIMIT) {
          id = this.vocab.length;
          this.vocab.push(key);
          this.keyIds.set(key, id);
        } else {
          this.overflow++;
          id = this.wordId;
        }
      }
    }
    // Non-syllable forms are countless (names, URLs, code); cache only a bounded number of them.
    if (id !== this.wordId || this.wordIds.size < 4_000_000) this.wordIds.set(word, id);
    return id;
  }

  push(id) {
    if (this.length === this.sentence.length) {
      const bigger = new Int32Array(this.sentence.length * 2);
      bigger.set(this.sentence);
      this.sentence = bigger;
    }
    this.sentence[this.length++] = id;
  }

  /** Count the open sentence (if it has any token) and start a new one. */
  closeSentence() {
    if (this.length > 1) {
      this.push(this.endId);
      const s = this.sentence;
      const n = this.length;
      const uni = this.unigrams;
      uni[s[0]]++;
      uni[s[1]]++;
      this.bigrams.add(packBigram(s[0], s[1]));
      for (let i = 2; i < n; i++) {
        uni[s[i]]++;
        this.bigrams.add(packBigram(s[i - 1], s[i]));
        this.trigrams.add(packTrigram(s[i - 2], s[i - 1], s[i]));
      }
      this.sentences++;
    }
    this.length = 0;
    this.push(this.startId);
  }

  addLine(line) {
    this.lines++;
    const cls = this.classes;
    const n = line.length;
    this.length = 0;
    this.push(this.startId);
    let i = 0;
    while (i < n) {
      const k = cls[line.charCodeAt(i)];
      if (k === LETTER || k === DIGIT) {
        let hasLetter = k === LETTER;
        let hasDigit = k === DIGIT;
        let j = i + 1;
        while (j < n) {
          const c = line.charCodeAt(j);
          const kc = cls[c];
          if (kc === LETTER) hasLetter = true;
          else if (kc === DIGIT) hasDigit = true;
          else if (
            hasDigit &&
            !hasLetter &&
            isNumberSeparator(c) &&
            j + 1 < n &&
            cls[line.charCodeAt(j + 1)] === DIGIT
          ) {
            j++;
          } else break;
          j++;
        }
        if (!hasLetter) this.push(this.numberId);
        else if (hasDigit) this.push(this.wordId);
        else {
          const id = this.idOfWord(line.slice(i, j));
          if (id !== this.wordId) this.syllables++;
          this.push(id);
        }
        i = j;
      } else {
        if (k === BOUNDARY) this.closeSentence();
        i++;
      }
    }
    this.closeSentence();
  }
}
