import { tokenize } from '../../src/tokenize/tokenize.js';

/** Tokens of `text` as `kind:text` strings, the compact form the tables below compare against. */
export function describeTokens(text: string): string[] {
  return tokenize(text).map((token) => `${token.kind}:${token.text}`);
}

/** The tokens of `text` that are not whitespace, as `kind:text` strings. */
export function describeContent(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind !== 'space' && token.kind !== 'newline')
    .map((token) => `${token.kind}:${token.text}`);
}
