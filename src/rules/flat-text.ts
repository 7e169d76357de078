/**
 * A flat copy of a text for the scanners. V8 keeps a slice of 13 or more characters as a view into its parent
 * (`input.slice(…)` for each piece of a long text, `split('\n')` for each line), and every `charCodeAt` on such a view
 * first finds its way to the parent: the tokenizer, the normaliser and the rules read each character several times,
 * so one copy up front costs far less than those indirections (about a tenth of the tokenizer's time).
 * @module
 */

/**
 * The same characters as `text`, in a string of its own (a sequential string for V8): joining two parts builds a
 * fresh string, where a concatenation or a slice would only make another view.
 * @param text - Any string.
 * @returns A string equal to `text`.
 * @example
 * flattenText(longText.slice(5, 300000)) === longText.slice(5, 300000) //=> true
 * @internal
 */
export function flattenText(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}
