/**
 * A proposal of the built-in debris rules (category `artifact`, ids `vietnorm/<rule>`), and the lowercase test they
 * share.
 * @module
 */
import type { Proposal } from './proposal.js';

/**
 * The proposal of built-in debris rule `rule` replacing `start`..`end` by `replacement`.
 * @example
 * makeDebris(10, 12, '', 'stray-period', 0.95, ['before-punctuation']).ruleId //=> 'vietnorm/stray-period'
 * @internal
 */
export function makeDebris(
  start: number,
  end: number,
  replacement: string,
  rule: string,
  prior: number,
  reasons: string[],
): Proposal {
  return {
    start,
    end,
    replacement,
    spanStart: start,
    spanEnd: end,
    ruleId: `vietnorm/${rule}`,
    category: 'artifact',
    prior,
    weight: 1,
    order: -1,
    reasons,
    confidence: prior,
    scoredReasons: [],
  };
}

/**
 * The text starts with a lowercase letter (one that has an uppercase form).
 * @example
 * startsLower('đánh') //=> true
 * startsLower('1.803') //=> false
 * @internal
 */
export function startsLower(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
}
