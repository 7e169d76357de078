/**
 * Bench inputs: the ≥10 MB news text (dantri from ../shared, cached decompressed under .cache/), a fallback built from
 * the bundled spun article when ../shared is absent, the ~2 MB spun text and the 200 MB CLI input file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, openSync, writeSync, closeSync, renameSync } from 'node:fs';
import path from 'node:path';

/** Bytes of UTF-8 text. */
export function byteLength(text) {
  return Buffer.byteLength(text, 'utf8');
}

/** Repeat `text` (joined by newlines) until it has at least `minBytes` UTF-8 bytes. */
export function repeatToBytes(text, minBytes) {
  const unit = text.endsWith('\n') ? text : `${text}\n`;
  const times = Math.max(1, Math.ceil(minBytes / byteLength(unit)));
  return unit.repeat(times);
}

/** Cut `text` at a line end near `maxBytes` UTF-8 bytes (for --quick and for slices). */
export function sliceBytes(text, maxBytes) {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= maxBytes) return text;
  const cut = buffer.subarray(0, maxBytes).toString('utf8');
  const lineEnd = cut.lastIndexOf('\n');
  // Drop a possibly cut character at the end as well as the partial line.
  return lineEnd > 0 ? cut.slice(0, lineEnd + 1) : cut.replace(/\uFFFD$/u, '');
}

/**
 * The news text: ../shared/data/corpora/eval/unc-dantri.txt.xz decompressed once into .cache/unc-dantri.txt, repeated
 * when it is below `minBytes`; without ../shared, examples/spun-article.txt repeated to `minBytes` (`fallback: true`).
 */
export function loadNewsText(repoRoot, minBytes) {
  const source = path.resolve(repoRoot, '../shared/data/corpora/eval/unc-dantri.txt.xz');
  const cacheDir = path.join(repoRoot, '.cache');
  const cached = path.join(cacheDir, 'unc-dantri.txt');
  if (existsSync(source)) {
    if (!existsSync(cached) || statSync(cached).mtimeMs < statSync(source).mtimeMs) {
      mkdirSync(cacheDir, { recursive: true });
      const text = execFileSync('xz', ['-dc', source], { maxBuffer: 1 << 30 });
      const tmp = `${cached}.tmp-${process.pid}`;
      const fd = openSync(tmp, 'w');
      writeSync(fd, text);
      closeSync(fd);
      renameSync(tmp, cached);
    }
    const text = readFileSync(cached, 'utf8');
    const name = '../shared/data/corpora/eval/unc-dantri.txt.xz (dantri.com.vn news)';
    return { text: byteLength(text) >= minBytes ? text : repeatToBytes(text, minBytes), name, fallback: false };
  }
  const article = readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8');
  return {
    text: repeatToBytes(article, minBytes),
    name: 'FALLBACK: ../shared is absent, examples/spun-article.txt repeated (spun text, not clean news)',
    fallback: true,
  };
}

/** examples/spun-article.txt repeated to about `bytes`. */
export function loadSpunText(repoRoot, bytes) {
  return repeatToBytes(readFileSync(path.join(repoRoot, 'examples/spun-article.txt'), 'utf8'), bytes);
}

/** Write `text` repeated to at least `minBytes` into .cache/bench-cli-<MB>mb.txt (reused when already there). */
export function writeRepeatedFile(repoRoot, text, minBytes) {
  const file = path.join(repoRoot, '.cache', `bench-cli-${Math.round(minBytes / 1e6)}mb.txt`);
  if (existsSync(file) && statSync(file).size >= minBytes) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const unit = Buffer.from(text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  for (let written = 0; written < minBytes; written += unit.length) writeSync(fd, unit);
  closeSync(fd);
  renameSync(tmp, file);
  return file;
}
