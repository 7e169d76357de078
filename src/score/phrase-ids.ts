/**
 * Model ids of fixed phrases (the spinner groups' members), looked up once per phrase and model.
 * @module
 */
import type { LanguageModel } from './lm.js';

const phraseIdCaches = new WeakMap<readonly (readonly string[])[], { model: LanguageModel; ids: (readonly number[] | undefined)[] }>();

/**
 * Model ids of phrase `i` of `phrases` (each a list of keys), looked up on first use and kept as long as `phrases`
 * lives: the spinner groups' members are asked for in every pass of every text.
 * @param phrases - The phrases (kept in a WeakMap, never changed).
 * @param model - The model whose ids to use.
 * @returns A function from phrase index to the ids of its keys (-1 for keys the model does not know).
 * @example
 * phraseIdsOf([['đánh', 'giá']], lm)(0) //=> [id('đánh'), id('giá')]
 * @internal
 */
export function phraseIdsOf(phrases: readonly (readonly string[])[], model: LanguageModel): (i: number) => readonly number[] {
  let cache = phraseIdCaches.get(phrases);
  if (cache === undefined || cache.model !== model) {
    // A packed array of the final length: a sparse one would fall back to a slow dictionary.
    cache = { model, ids: new Array<readonly number[] | undefined>(phrases.length).fill(undefined) };
    phraseIdCaches.set(phrases, cache);
  }
  const ids = cache.ids;
  return (i) => {
    let found = ids[i];
    if (found === undefined) {
      found = (phrases[i] as readonly string[]).map((k) => model.idOf(k));
      ids[i] = found;
    }
    return found;
  };
}
