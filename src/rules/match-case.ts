/**
 * Keep the case pattern of the matched text in its replacement: lower, First, Title Each, UPPER.
 * @module
 */

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function capitalize(word: string): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + word.slice(head.length);
}

/** A word whose first letter is a capital and whose other letters are not all capitals (not an acronym). */
function titledWord(word: string): boolean {
  const letters = [...word].filter(isLetter);
  const first = letters[0];
  if (first === undefined || !isUpper(first)) return false;
  return letters.length === 1 || !letters.every(isUpper);
}

/**
 * Give `replacement` the case pattern of `original`. A lowercase original leaves the replacement as written
 * (dictionaries write proper nouns with their capitals).
 * @internal
 */
export function matchCase(original: string, replacement: string): string {
  const words = original.split(/\s+/).filter((w) => w !== '');
  let letters = 0;
  let upper = 0;
  let titled = 0;
  for (const word of words) {
    let first = true;
    for (const ch of word) {
      if (!isLetter(ch)) continue;
      letters++;
      if (isUpper(ch)) {
        upper++;
        if (first) titled++;
      }
      first = false;
    }
  }
  if (upper === 0) return replacement;
  if (letters > 1 && upper === letters) return replacement.toUpperCase();
  // Word for word when the counts agree: a capital inside the phrase stays on its word ("bệnh viện Nhiều khoa" →
  // "bệnh viện Đa khoa"), and an acronym the spinner put in ("VAT thu nhập" → "thuế thu nhập") gives no case.
  const out = replacement.split(' ');
  if (words.length > 1 && out.length === words.length) {
    return out.map((w, k) => (titledWord(words[k] as string) ? capitalize(w) : w)).join(' ');
  }
  if (words.length > 1 && titled === words.length) return out.map(capitalize).join(' ');
  const firstWord = words[0] ?? '';
  const firstLetter = [...firstWord].find(isLetter);
  return firstLetter !== undefined && isUpper(firstLetter) ? capitalize(replacement) : replacement;
}
