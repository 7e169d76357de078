/**
 * Stage 6 of tokenisation: sentence boundaries. A new sentence starts at the first token that is not whitespace
 * after either a newline or a run of sentence-final punctuation (`.` `?` `!` `…`, full-width `。？！`), possibly
 * followed by closing quotes or brackets, that is followed by whitespace. Whitespace between sentences belongs to
 * the sentence before it, so sentence indices never point at a sentence made only of blank lines.
 *
 * Spinners leave `. ` before a lowercase continuation (`pháp luật. pháp luật để`); that still splits, and the rule
 * engine repairs the debris. Dots inside abbreviations (`TP.HCM`, `U.S.`), numbers (`1.803`) and URLs never split.
 * @module
 */

/**
 * True for characters that end a sentence and that the scanner groups into one punctuation token (`...`, `?!`).
 * @example
 * isSentenceFinal(0x2026) //=> true ('…')
 * @internal
 */
export function isSentenceFinal(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x3002 || c === 0xff1f || c === 0xff01;
}

/**
 * True for closing quotes and brackets, which may stand between sentence-final punctuation and the whitespace
 * after it (`… tốt.” Sau đó`).
 * @example
 * isSentenceCloser(0x201d) //=> true ('”')
 * @internal
 */
export function isSentenceCloser(c: number): boolean {
  switch (c) {
    case 0x22: case 0x27: case 0x29: case 0x5d: case 0x7d: case 0xbb: case 0x2019: case 0x201d: case 0x203a:
    case 0x300d: case 0x300f: case 0xff09:
      return true;
    default:
      return false;
  } // prettier-ignore
}

/** Nothing but whitespace seen yet. @internal */
export const SENTENCE_START = 3;
/** No boundary pending. @internal */
export const SENTENCE_OPEN = 0;
/** Sentence-final punctuation seen; whitespace next would end the sentence. @internal */
export const SENTENCE_FINAL_SEEN = 1;
/** The sentence has ended; the next non-whitespace token starts a new one. @internal */
export const SENTENCE_ENDED = 2;
