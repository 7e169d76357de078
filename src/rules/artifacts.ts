/**
 * Spinner debris, repaired by built-in rules of category `artifact` (ids `vietnorm/<rule>`):
 * - `number-word`: a numeral written as a word inside a number or a range, "một.803" → "1.803",
 *   "hai mươi.000" → "20.000", "15-trăng tròn" → "15-20".
 * - `stray-period`: a period the spinner put inside a sentence, "pháp luật. pháp luật để" → "pháp luật để"
 *   (src/rules/stray-period.ts).
 * - `sentence-case`: a sentence that starts in lowercase after ". ", "? ", "! " or a line break gets its capital.
 * @module
 */
import {
  KIND_NEWLINE,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_SPACE,
  KIND_SYLLABLE,
} from '../tokenize/token-table.js';
import { makeDebris as make, startsLower } from './debris.js';
import { findGluedNumeral } from './number-words.js';
import type { Proposal } from './proposal.js';
import { strayPeriod, type SynonymAcross } from './stray-period.js';
import { tokenText, type WordChain } from './word-chain.js';

/** Token `i` is one of `.`, `?`, `!` (and nothing more). */
function isSentenceEnd(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  if ((chain.table.ends[i] as number) - start !== 1) return false;
  const c = chain.text.charCodeAt(start);
  return c === 0x2e || c === 0x3f || c === 0x21;
}

/** Token `i` is one closing quote or bracket: `)`, `]`, `”`, `"`, `'`, `’`, `»`. */
function isCloser(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  if ((chain.table.ends[i] as number) - start !== 1) return false;
  const c = chain.text.charCodeAt(start);
  return c === 0x29 || c === 0x5d || c === 0x201d || c === 0x22 || c === 0x27 || c === 0x2019 || c === 0xbb;
}
/** {@link startsLower} of token `i`, without the token's text for an ASCII first character (most tokens). */
function tokenStartsLower(chain: WordChain, i: number): boolean {
  const start = chain.table.starts[i] as number;
  const c = chain.text.charCodeAt(start);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : startsLower(chain.text.charAt(start));
}

function capitalize(text: string): string {
  const first = text.codePointAt(0) ?? 0;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

/** "một.803" → "1.803", "hai mươi.000" → "20.000", "15-trăng tròn" → "15-20" (src/rules/number-words.ts). */
function numberWords(chain: WordChain, i: number, out: Proposal[]): void {
  const found = findGluedNumeral(chain, i);
  if (found === undefined) return;
  const { table } = chain;
  const start = table.starts[found.first] as number;
  out.push(make(start, table.ends[found.last] as number, String(found.value), 'number-word', 0.95, [`numeral:${found.words}`]));
}

/**
 * A period ends a sentence only after a lowercase syllable, a number or a closing quote or bracket: after a
 * capitalised word it may close an initial or an abbreviation ("anh C. cho biết", "Dexter Shoe Co. với giá").
 */
function endsSentence(chain: WordChain, before: number): boolean {
  const kind = chain.table.kinds[before];
  if (before < 0 || kind === undefined) return false;
  if (kind === KIND_NUMBER) return true;
  if (kind === KIND_PUNCTUATION) return isCloser(chain, before);
  return kind === KIND_SYLLABLE && tokenStartsLower(chain, before);
}

const NO_SYNONYMS: SynonymAcross = () => -1;

/** Find debris proposals in one pass; `synonymAcross` knows the spinner's groups (none by default). @internal */
export function findArtifacts(chain: WordChain, synonymAcross: SynonymAcross = NO_SYNONYMS): Proposal[] {
  const { table } = chain;
  const { kinds, length } = table;
  const out: Proposal[] = [];
  let atSentenceStart = true;
  let afterLineBreak = true;
  for (let i = 0; i < length; i++) {
    const kind = kinds[i];
    if (kind === KIND_NEWLINE) {
      atSentenceStart = true;
      afterLineBreak = true;
      continue;
    }
    if (kind === KIND_SPACE) continue;
    if (kind === KIND_PUNCTUATION) {
      if (strayPeriod(chain, i, out, synonymAcross)) {
        atSentenceStart = false;
        continue;
      }
      atSentenceStart = isSentenceEnd(chain, i) && endsSentence(chain, i - 1);
      afterLineBreak = false;
      continue;
    }
    if (kind === KIND_SYLLABLE) {
      numberWords(chain, i, out);
      if (atSentenceStart && chain.next[i] !== -1) {
        if (tokenStartsLower(chain, i)) {
          const text = tokenText(chain, i);
          const before = i >= 2 ? tokenText(chain, i - 2) : '';
          const p = make(table.starts[i] as number, table.ends[i] as number, capitalize(text), 'sentence-case', afterLineBreak ? 0.55 : 0.6, [
            afterLineBreak ? 'line-start' : `after:${before}`,
          ]);
          out.push({ ...p, spinBoost: true });
        }
      }
    }
    atSentenceStart = false;
    afterLineBreak = false;
  }
  return out;
}
