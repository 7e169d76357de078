// Runs a dictionary over a text the way the compiler runs examples: every guarded match applied, no threshold.
// Uses the real engine when a bundle of src/ exists (see dictionaries/README.md), the simulator otherwise.
import { existsSync } from 'node:fs';
import { applyDictionary, compileEntries } from './simulate.mjs';

/**
 * @param {string} enginePath bundle exporting compileDictionary, buildRuleIndex and runEngine
 * @returns {Promise<(name: string, entries: object[]) => (text: string) => {text: string, matches: number}>}
 */
export async function loadRunner(enginePath) {
  const engine = existsSync(enginePath) ? await import(enginePath) : null;
  console.error(engine ? `emit: checking examples with ${enginePath}` : 'emit: checking examples with the simulator');

  /** Returns text → output with every guarded match of `entries` applied (name: dictionary name). */
  function makeRunner(name, entries) {
    if (!engine) {
      const dict = compileEntries(entries);
      return (text) => {
        const r = applyDictionary(text, dict);
        return { text: r.text, matches: r.matches.length };
      };
    }
    const raw = {
      name,
      entries: entries.map((e) => ({
        from: e.from, to: e.to, category: e.category ?? 'spin', confidence: e.confidence ?? 0.9,
        ...(e.when ? { when: e.when } : {}), ...(e.unless ? { unless: e.unless } : {}),
        examples: e.examples ?? [{ in: 'x' }],
      })),
    };
    const dictionary = engine.compileDictionary(raw, { runExamples: false });
    const cfg = { index: engine.buildRuleIndex([dictionary]), minConfidence: 0, suggestConfidence: 0, tone: 'keep',
      normalize: true, model: null, artifacts: false, applyAll: true };
    return (text) => {
      const r = engine.runEngine(text, cfg);
      return { text: r.text, matches: r.edits.length };
    };
  }
  return makeRunner;
}
