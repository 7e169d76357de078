/**
 * A Transform that repairs text in paragraph-sized pieces: it holds back only the text after the last line
 * break, so a 1 GB input runs in memory bounded by the longest line (and never more than MAX_PENDING).
 * @module
 */
import { StringDecoder } from 'node:string_decoder';
import { Transform } from 'node:stream';
import { findCut } from './rules/split-text.js';

/** A line longer than this is cut at its last space (or at this length) so memory stays bounded. */
const MAX_PENDING = 1 << 20;

function cutPoint(text: string): number {
  const newline = text.lastIndexOf('\n');
  if (newline >= 0) return newline + 1;
  return text.length < MAX_PENDING ? 0 : findCut(text, 0, text.length);
}

/** Create the streaming transform around a text → text function. @internal */
export function createRewriteStream(rewrite: (chunk: string) => string): Transform {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return new Transform({
    readableObjectMode: false,
    decodeStrings: false,
    transform(chunk: unknown, _encoding, callback) {
      try {
        pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
        const cut = cutPoint(pending);
        if (cut > 0) {
          const ready = pending.slice(0, cut);
          pending = pending.slice(cut);
          this.push(rewrite(ready));
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        pending += decoder.end();
        if (pending !== '') this.push(rewrite(pending));
        pending = '';
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
