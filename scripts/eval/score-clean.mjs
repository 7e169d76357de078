/**
 * False positives on clean text: every token the system changes in clean news is a false positive.
 * Counted as the token edit distance between input and output (so a one-token swap counts 1, a two-token
 * phrase replaced by one token counts 2), per 1,000 input tokens, overall, per category and per rule.
 *
 * @example
 *   scoreClean(['Tôi có nhà.'], (t) => ({ text: t, edits: [] })).perThousand //=> 0
 */
import { contextOf } from './judge.mjs';
import { runSafely } from './score-gold.mjs';
import { toTokenTexts } from './tokens.mjs';
import { tokenDistance } from './distance.mjs';

/**
 * @param {string[]} docs clean documents
 * @param {(text: string) => object} system
 * @returns {object} tokens, changed, perThousand, byCategory, byRule (sorted, with an example each), spinScores
 */
export function scoreClean(docs, system) {
  const log = { failures: [], inconsistent: 0 };
  let tokens = 0;
  let changed = 0;
  const byCategory = new Map();
  const byRule = new Map();
  const spinScores = [];
  for (const doc of docs) {
    const result = runSafely(system, doc, log);
    spinScores.push(result.spinScore);
    const inTokens = toTokenTexts(doc);
    tokens += inTokens.length;
    if (result.text === doc) continue;
    changed += tokenDistance(inTokens, toTokenTexts(result.text));
    for (const e of result.edits) {
      const cost = tokenDistance(toTokenTexts(e.original ?? doc.slice(e.start, e.end)), toTokenTexts(e.replacement));
      const cat = byCategory.get(e.category) ?? { edits: 0, tokens: 0 };
      cat.edits++;
      cat.tokens += cost;
      byCategory.set(e.category, cat);
      const rule = byRule.get(e.ruleId) ?? { ruleId: e.ruleId, category: e.category, edits: 0, tokens: 0, examples: [] };
      rule.edits++;
      rule.tokens += cost;
      if (rule.examples.length < 2) {
        rule.examples.push({ from: doc.slice(e.start, e.end), to: e.replacement, confidence: e.confidence, context: contextOf(doc, e.start, e.end) });
      }
      byRule.set(e.ruleId, rule);
    }
  }
  const per = (n) => (tokens === 0 ? NaN : (1000 * n) / tokens);
  return {
    docs: docs.length,
    tokens,
    changed,
    perThousand: per(changed),
    byCategory: [...byCategory].map(([category, v]) => ({ category, ...v, perThousand: per(v.tokens) })),
    byRule: [...byRule.values()].sort((a, b) => b.tokens - a.tokens || b.edits - a.edits),
    spinScores,
    failures: log.failures,
    inconsistent: log.inconsistent,
  };
}
