/**
 * The `when` / `unless` guards of dictionary entries: phrases (keys) that must, or must not, stand right before
 * (`prev`) or after (`next`) a match, plus three special phrases: `<num>` (a number beside the match), `<s>` (in
 * `prev`: the match starts a sentence or a line) and `<,>` (a comma beside it). A guard's phrases are indexed once by
 * the word next to the match (each rule keeps its compiled guards), so a check reads that word's key and looks at the
 * few phrases that end (or start) with it, instead of trying every phrase: some guards list sixty.
 * @module
 */
import { KIND_NEWLINE, KIND_NUMBER, KIND_PUNCTUATION, KIND_SPACE } from '../tokenize/token-table.js';
import { phraseAfter, phraseBefore, type WordChain } from './word-chain.js';

/** One `when` or `unless` guard of an entry, as compiled dictionaries hold it. @internal */
export type KeyGuard = { readonly prev?: readonly (readonly string[])[]; readonly next?: readonly (readonly string[])[] };

/** Guard phrase `<num>`: a number right beside the match (one space between, same sentence). */
const NUMBER_GUARD = '<num>';
/** Guard phrase `<s>` (in `prev`): the match starts a sentence or a line. */
const START_GUARD = '<s>';
/** Guard phrase `<,>`: a comma right beside the match ("Hình như," opening a sentence). */
const COMMA_GUARD = '<,>';

/** The phrases of one side of a guard, indexed by the word next to the match. */
interface GuardSide {
  /** An empty phrase: it always holds. */
  readonly always: boolean;
  readonly number: boolean;
  readonly start: boolean;
  readonly comma: boolean;
  /** Word phrases by their word nearest the match (last word for `prev`, first for `next`). */
  readonly byNear: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A guard indexed for {@link guardHit}, from {@link compileGuard}. @internal */
export interface CompiledGuard {
  readonly prev: GuardSide | undefined;
  readonly next: GuardSide | undefined;
}

function compileSide(phrases: readonly (readonly string[])[] | undefined, side: 'prev' | 'next'): GuardSide | undefined {
  if (phrases === undefined) return undefined;
  let always = false;
  let number = false;
  let start = false;
  let comma = false;
  const byNear = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const only = phrase.length === 1 ? phrase[0] : undefined;
    if (only === NUMBER_GUARD) number = true;
    else if (only === START_GUARD) start = true;
    else if (only === COMMA_GUARD) comma = true;
    else if (phrase.length === 0) always = true;
    else {
      const near = (side === 'prev' ? phrase[phrase.length - 1] : phrase[0]) as string;
      const list = byNear.get(near);
      if (list === undefined) byNear.set(near, [phrase]);
      else list.push(phrase);
    }
  }
  return { always, number, start, comma, byNear };
}

/**
 * Index a guard's phrases by the word next to the match.
 * @example
 * guardHit(chain, first, last, compileGuard({ prev: [['so']] }))
 * @internal
 */
export function compileGuard(guard: KeyGuard): CompiledGuard {
  return { prev: compileSide(guard.prev, 'prev'), next: compileSide(guard.next, 'next') };
}

function commaBeside(chain: WordChain, at: number, step: 1 | -1): boolean {
  const { table, text } = chain;
  let i = at + step;
  while (i >= 0 && i < table.length && table.kinds[i] === KIND_SPACE) i += step;
  if (i < 0 || i >= table.length || table.kinds[i] !== KIND_PUNCTUATION) return false;
  const start = table.starts[i] as number;
  return (table.ends[i] as number) - start === 1 && text.charCodeAt(start) === 0x2c;
}

function isSingleSpaceAt(chain: WordChain, i: number): boolean {
  const { table, text } = chain;
  return table.kinds[i] === KIND_SPACE && (table.ends[i] as number) - (table.starts[i] as number) === 1 && text[table.starts[i] as number] === ' ';
}

function numberBeside(chain: WordChain, at: number, step: 1 | -1): boolean {
  const { table } = chain;
  const n = at + 2 * step;
  return isSingleSpaceAt(chain, at + step) && table.kinds[n] === KIND_NUMBER && table.sentences[n] === table.sentences[at];
}

function startsSentence(chain: WordChain, first: number): boolean {
  const { table, text } = chain;
  let i = first - 1;
  while (i >= 0 && table.kinds[i] === KIND_SPACE) i--;
  if (i < 0 || table.kinds[i] === KIND_NEWLINE) return true;
  if (table.kinds[i] !== KIND_PUNCTUATION) return false;
  const c = text.charCodeAt((table.ends[i] as number) - 1);
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3a || c === 0x2026; // . ? ! : …
}

function prevHolds(chain: WordChain, first: number, side: GuardSide): boolean {
  if (side.always) return true;
  if (side.number && numberBeside(chain, first, -1)) return true;
  if (side.start && startsSentence(chain, first)) return true;
  if (side.comma && commaBeside(chain, first, -1)) return true;
  const near = chain.prev[first] as number;
  if (near < 0 || side.byNear.size === 0) return false;
  const phrases = side.byNear.get(chain.table.keys[near] as string);
  return phrases !== undefined && phrases.some((p) => phraseBefore(chain, first, p));
}

function nextHolds(chain: WordChain, last: number, side: GuardSide): boolean {
  // `<s>` is a `prev` phrase only: on this side it never holds.
  if (side.always) return true;
  if (side.number && numberBeside(chain, last, 1)) return true;
  if (side.comma && commaBeside(chain, last, 1)) return true;
  const near = chain.next[last] as number;
  if (near < 0 || side.byNear.size === 0) return false;
  const phrases = side.byNear.get(chain.table.keys[near] as string);
  return phrases !== undefined && phrases.some((p) => phraseAfter(chain, last, p));
}

/**
 * Which side of `guard` holds around the match of tokens `first`..`last`: 'prev' when one of its `prev` phrases
 * stands right before it, else 'next' for a `next` phrase right after it, else undefined.
 * @example
 * guardHit(chain, 2, 2, compileGuard({ prev: [['so']] })) //=> 'prev' when the word before token 2 is "so"
 * @internal
 */
export function guardHit(chain: WordChain, first: number, last: number, guard: CompiledGuard): 'prev' | 'next' | undefined {
  const { prev, next } = guard;
  if (prev !== undefined && prevHolds(chain, first, prev)) return 'prev';
  if (next !== undefined && nextHolds(chain, last, next)) return 'next';
  return undefined;
}
