/**
 * A one-line progress bar on stderr, shown only when stderr is a terminal and several files are processed.
 * Hand-written (30 lines) rather than a dependency: it needs no terminal library beyond `\r` and erase-line.
 * @module
 */
import type { CliWritable } from './io.js';

/** A progress display; all methods are no-ops when it is disabled. */
export interface Progress {
  /** Show that file `index` (0-based) of the total is being processed. */
  update(index: number, name: string): void;
  /** Erase the bar (before other stderr output and at the end). */
  clear(): void;
}

const BAR_WIDTH = 20;

/**
 * Create a progress bar.
 * @param stderr - Where to draw.
 * @param total - Number of files.
 * @param enabled - Draw at all (stderr is a TTY and `total > 1`).
 * @param columns - Terminal width.
 * @returns The progress display.
 * @example
 * const p = createProgress(io.stderr, 3, true, 80); p.update(0, 'a.txt'); p.clear();
 */
export function createProgress(stderr: CliWritable, total: number, enabled: boolean, columns = 80): Progress {
  if (!enabled || total < 2) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update(index, name) {
      const done = Math.round((index / total) * BAR_WIDTH);
      const head = `[${'#'.repeat(done)}${'-'.repeat(BAR_WIDTH - done)}] ${index + 1}/${total} `;
      const room = Math.max(0, columns - head.length - 1);
      const label = name.length > room ? `…${name.slice(name.length - room + 1)}` : name;
      stderr.write(`\r\x1b[2K${head}${room > 0 ? label : ''}`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}
