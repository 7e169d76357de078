/**
 * The `--help` text. Kept beside the flags' documentation in docs/cli.md; update both together.
 * @module
 */
import { DEFAULT_SPIN_THRESHOLD } from './args.js';
import { ENCODING_NAMES } from './decode.js';

/**
 * The usage text printed by `vietnorm --help`.
 * @param version - The package version.
 * @returns The text, ending in a newline.
 * @example
 * formatHelp('0.1.0').startsWith('vietnorm 0.1.0') //=> true
 */
export function formatHelp(version: string): string {
  return `vietnorm ${version}: repair machine-spun Vietnamese text and normalise Vietnamese text

Usage: vietnorm [options] [file ...]
  With no file, or with "-", reads standard input. By default prints the repaired text on stdout.

Output (choose one; default: the repaired text):
  --diff                 word-level diff of the changes (coloured on a terminal, plain when piped or NO_COLOR)
  --explain              each edit with its rule, confidence and reasons (alone, or with --diff / --write / --check)
  --json                 one JSON object per input and per line: file, encoding, text, edits, suggestions,
                         spinScore, removed
  --jsonl                input is JSON Lines: repair each record's text field, keep the other fields,
                         add spinScore and edits (a streaming map step for pipelines)
  --field NAME           the field --jsonl repairs (default: text)
  --check                print nothing on stdout, one verdict per input on stderr; exit 1 if any input looks
                         spun or has edits left to apply
  -w, --write            repair files in place (atomically, only when changed; the result is UTF-8)

Repair:
  --min-confidence N     apply edits with confidence >= N (0..1; default 0.8)
  --spin-threshold N     spinScore from which --check and the summary call an input spun (0..1; default ${DEFAULT_SPIN_THRESHOLD})
  -d, --dict FILE        also use this dictionary (YAML source, compiled on the fly; repeatable)
  --no-default-dict      do not use the built-in dictionaries
  --tone keep|old|new    tone-mark placement of the output: keep as written, old (hòa, thủy) or new (hoà, thuỷ)
  --strip-boilerplate    remove web-page debris lines ("Rate this post", "Leave a Reply", "Chia sẻ", …)

Input:
  -e, --encoding NAME    read inputs in this encoding instead of detecting it:
                         ${ENCODING_NAMES.join(', ')}

  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 success; 1 --check found spin or edits to apply; 2 usage, I/O, encoding or dictionary error.
Documentation: docs/cli.md
`;
}
