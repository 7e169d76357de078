/**
 * Shared public types of vietnorm. Interfaces only: no runtime code lives here.
 * @module
 */

/** Tone-mark placement style. `keep` leaves each syllable as written; `old` writes hòa, thủy, khỏe; `new` writes hoà, thuỷ, khoẻ. */
export type ToneStyle = 'keep' | 'old' | 'new';

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /**
   * Tone-mark placement style.
   * @default 'keep'
   */
  tone?: ToneStyle;
  /**
   * Detect and convert legacy encodings (TCVN3/ABC, VNI-Windows, UTF-8 read as Windows-1252).
   * @default 'auto'
   */
  legacy?: 'auto' | 'off';
}

/**
 * One replacement in a text, in UTF-16 offsets of that text. Normalisation reports its changes in this shape;
 * {@link Edit} extends it with the rule engine's explanation.
 */
export interface TextEdit {
  /** Start offset (UTF-16 code units, 0-based, inclusive) in the input. */
  start: number;
  /** End offset (UTF-16 code units, exclusive) in the input. */
  end: number;
  /** `input.slice(start, end)`. */
  original: string;
  /** The text that replaces `original`. */
  replacement: string;
}

/** Result of {@link normalizeWithEdits}. */
export interface NormalizeResult {
  /** The normalised text. */
  text: string;
  /** Sorted, non-overlapping changes with offsets in the input; `applyEdits(input, edits) === text`. */
  edits: TextEdit[];
  /** The legacy encoding that was detected and converted, if any. */
  legacy?: LegacyEncoding;
}

/** Legacy encodings that {@link normalize} can detect in text. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'cp1252-utf8';

/** Kinds of {@link Token}. */
export type TokenKind =
  | 'syllable'
  | 'word'
  | 'number'
  | 'punctuation'
  | 'space'
  | 'newline'
  | 'url'
  | 'email'
  | 'symbol';

/** A lossless token: the texts of all tokens of a string join back to that string. */
export interface Token {
  /** The exact source text. */
  text: string;
  /** Start offset (UTF-16, inclusive). */
  start: number;
  /** End offset (UTF-16, exclusive). */
  end: number;
  /** What the token is. */
  kind: TokenKind;
  /** For syllables: the lookup key (lowercase, NFC, canonical tone placement). */
  key?: string;
  /** 0-based index of the sentence the token belongs to. */
  sentence: number;
}

/** Categories of dictionary entries and edits. */
export type Category = 'spin' | 'teencode' | 'artifact' | 'orthography';

/** An edit proposed or made by {@link despin}: a {@link TextEdit} with its explanation. */
export interface Edit extends TextEdit {
  /** `dictionary-name/slug-of-to`, or `vietnorm/<rule>` for built-in rules. */
  ruleId: string;
  /** What kind of repair this is. */
  category: Category;
  /** Confidence in 0..1. */
  confidence: number;
  /** Short tags saying why, e.g. `prior:0.90`, `lm:+4.2`, `doc-spin:0.97`, `guard:unless.next`. */
  reasons: string[];
}

/** Options of {@link despin} and {@link createRewriter}. */
export interface DespinOptions {
  /**
   * Edits with at least this confidence are applied (docs/quality.md has the share of right edits per confidence band).
   * @default 0.8
   */
  minConfidence?: number;
  /**
   * Edits with at least this confidence (and below `minConfidence`) are reported as suggestions.
   * @default 0.5
   */
  suggestConfidence?: number;
  /** Extra compiled dictionaries, from {@link compileDictionary}. */
  dictionaries?: Dictionary[];
  /**
   * Use the built-in dictionaries.
   * @default true
   */
  defaultDictionaries?: boolean;
  /**
   * Tone-mark placement style of the output.
   * @default 'keep'
   */
  tone?: ToneStyle;
  /**
   * Run {@link normalize} first (its changes are reported as edits of category `orthography`).
   * @default true
   */
  normalize?: boolean;
  /**
   * Use the statistical language model for confidence.
   * @default true
   */
  languageModel?: boolean;
}

/** Result of {@link despin}. */
export interface DespinResult {
  /** The repaired text: `applyEdits(input, edits) === text`. */
  text: string;
  /** Applied edits, sorted by `start`, non-overlapping, offsets in the input. */
  edits: Edit[];
  /** Edits not applied (confidence between `suggestConfidence` and `minConfidence`), offsets in the input. */
  suggestions: Edit[];
  /** How likely the document is spun, 0..1. */
  spinScore: number;
}

/** A compiled dictionary, ready for matching. Create with {@link compileDictionary} or {@link loadCompiledDictionary}. */
export interface Dictionary {
  /** Dictionary name; rule ids start with it. */
  readonly name: string;
  /** The compiled entries, in source order. */
  readonly entries: readonly CompiledEntry[];
}

/** Context guard of an entry: phrases (space-separated syllables) that may stand right before or after the match. */
export interface Guard {
  prev?: string[];
  next?: string[];
}

/** One example of an entry: `out` absent means the input must stay unchanged. */
export interface EntryExample {
  in: string;
  out?: string;
}

/** A validated, compiled dictionary entry. */
export interface CompiledEntry {
  /** `dictionary-name/slug-of-to` (made unique within the dictionary). */
  readonly id: string;
  /** Spun forms as lists of syllable keys. */
  readonly from: readonly (readonly string[])[];
  /** The replacement text, NFC. */
  readonly to: string;
  readonly category: Category;
  /** Prior confidence 0..1. */
  readonly confidence: number;
  /** Guard phrases as lists of syllable keys. */
  readonly when?: { readonly prev?: readonly (readonly string[])[]; readonly next?: readonly (readonly string[])[] };
  readonly unless?: { readonly prev?: readonly (readonly string[])[]; readonly next?: readonly (readonly string[])[] };
  readonly examples: readonly EntryExample[];
}
