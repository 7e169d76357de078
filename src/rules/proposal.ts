/**
 * A proposed edit inside one pass, before selection: offsets in the pass's text.
 * @module
 */
import type { Category } from '../types.js';

/** Keys around and inside a proposal, for the language model. @internal */
export interface LmWindow {
  readonly left: readonly string[];
  readonly original: readonly string[];
  readonly replacement: readonly string[];
  readonly right: readonly string[];
}

/** One candidate edit of one pass. @internal */
export interface Proposal {
  /** The edit: offsets in the pass's text (trimmed to the words that change). */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /**
   * The whole matched span, which selection keeps apart from other proposals (an edit trimmed to its middle word
   * still claims the words around it that its rule matched).
   */
  readonly spanStart: number;
  readonly spanEnd: number;
  readonly ruleId: string;
  readonly category: Category;
  /** The rule's prior confidence. */
  readonly prior: number;
  /** How many words it covers: selection prefers covering more text with confident edits. */
  readonly weight: number;
  /** Dictionary order, for deterministic ties. */
  readonly order: number;
  /** Reasons known before scoring (guards, rule-specific facts). */
  readonly reasons: readonly string[];
  /** Present when the language model can judge this proposal. */
  readonly lm?: LmWindow;
  /** Comes from the spinner's synonym groups rather than a curated entry. */
  readonly fromGroups?: boolean;
  /**
   * Debris whose repair is only likely in spun text (a lowercase sentence start): its confidence grows from the
   * prior towards 0.95 with the document spin score.
   */
  readonly spinBoost?: boolean;
  /** The language model's log10 ratio, when already computed. */
  readonly lmRatio?: number;
  /** Spinner-group candidates: how many synonyms the spinner could have written at this place. */
  readonly alternatives?: number;
  /** The entry's (or spinner-group pair's) fitted log-odds offset (src/score/entry-offsets.ts), 0 when it has none. */
  readonly offset?: number;
  /** Spinner-group candidates: a bigram at an edge of the place is rare in the training corpora. */
  readonly rareEdge?: boolean;
  /** Spinner-group candidates: syllables the synonym has more (positive) or fewer (negative) than the text. */
  readonly lengthChange?: number;
  /**
   * The same substitution (original → replacement, as edited) is made elsewhere in the document by a form that is
   * never legitimate: spinners apply their synonym map consistently, so the family is confirmed here too.
   */
  readonly family?: boolean;
  /** Filled in by scoring. */
  confidence: number;
  scoredReasons: string[];
}
