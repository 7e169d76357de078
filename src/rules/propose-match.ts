/**
 * The proposal of one dictionary rule's match (case and tone style of the text kept, trimmed to the words that
 * change), with the model's window when the model judges it.
 * @module
 */
import { modelContextAt } from '../score/lm-context.js';
import type { EngineConfig } from './engine-config.js';
import { matchCase } from './match-case.js';
import type { RuleMatch } from './match.js';
import type { Proposal } from './proposal.js';
import { toneLike } from './tone-like.js';
import { trimEdit } from './trim-edit.js';
import type { WordChain } from './word-chain.js';

/**
 * A proposal for a rule match: replacement in the matched case and tone style, trimmed to the words that change;
 * undefined when it changes nothing.
 * @example
 * proposeMatch(text, chain, match, cfg)?.replacement //=> 'đánh giá' for "tiến công giá"
 * @internal
 */
export function proposeMatch(text: string, chain: WordChain, m: RuleMatch, cfg: EngineConfig): Proposal | undefined {
  const start = chain.table.starts[m.first] as number;
  const end = chain.table.ends[m.last] as number;
  const original = text.slice(start, end);
  const entry = m.rule.entry;
  const full = toneLike(original, matchCase(original, entry.to), cfg.tone);
  if (full === original) return undefined;
  const edit = trimEdit(chain, m.first, m.last, full);
  if (edit === undefined || text.slice(edit.start, edit.end) === edit.replacement) return undefined;
  const proposal: Proposal = {
    start: edit.start,
    end: edit.end,
    replacement: edit.replacement,
    spanStart: start,
    spanEnd: end,
    ruleId: entry.id,
    category: entry.category,
    prior: entry.confidence,
    weight: m.rule.fromKeys.length,
    order: m.rule.order,
    reasons: m.guardReason === undefined ? [] : [m.guardReason],
    confidence: entry.confidence,
    scoredReasons: [],
    offset: m.rule.offset,
  };
  // The model reads every non-Vietnamese word as one class `<w>`, so its ratio for a lone English word against the
  // Vietnamese one says nothing about this place (it always prefers Vietnamese): such entries ("stress", "album")
  // go by their prior and the document's spin score. Longer forms keep the model: their own words are context.
  if (cfg.model === null || (m.rule.foreign && m.rule.fromKeys.length === 1)) return proposal;
  const { left, right } = modelContextAt(chain.table, text, m.first, m.last + 1);
  return {
    ...proposal,
    lm: { left, original: m.rule.fromKeys, replacement: m.rule.toKeys, right },
    ...(m.rule.candidateOnly ? { fromGroups: true } : {}),
  };
}
