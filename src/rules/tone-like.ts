/**
 * Tone-mark style of a replacement: the `tone` option, or with `keep` the style the matched text was written in.
 * @module
 */
import type { ToneStyle } from '../types.js';
import { placeTone } from '../unicode/tone.js';

/** Both tone styles of a replacement text, cached (replacements come from a fixed set of dictionary entries). */
const styled = new Map<string, readonly [string, string]>();

/** The replacement in the tone style to write. @internal */
export function toneLike(original: string, replacement: string, tone: ToneStyle): string {
  let both = styled.get(replacement);
  if (both === undefined) {
    const words = replacement.split(' ');
    both = [words.map((w) => placeTone(w, 'old')).join(' '), words.map((w) => placeTone(w, 'new')).join(' ')];
    if (styled.size > 50_000) styled.clear();
    styled.set(replacement, both);
  }
  if (both[0] === both[1]) return replacement; // no syllable whose style could differ
  const style = tone !== 'keep' ? tone : detectStyle(original);
  return style === undefined ? replacement : style === 'old' ? both[0] : both[1];
}

function detectStyle(text: string): 'old' | 'new' | undefined {
  for (const word of text.split(' ')) {
    const asOld = placeTone(word, 'old');
    const asNew = placeTone(word, 'new');
    if (asOld !== asNew) return word === asOld ? 'old' : word === asNew ? 'new' : undefined;
  }
  return undefined;
}
