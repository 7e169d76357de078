/** Pool helpers of the bench: where `createPool` comes from, and the text cut into chunks for `pool.map`. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `createPool` from dist/index.js; while src/index.ts does not export it yet, src/pool.ts bundled with esbuild into
 * .cache/bench-pool.mjs with `import.meta.url` set to dist/index.js, so its workers load the same dist bundle.
 */
export async function loadCreatePool(distDir) {
  const lib = await import(pathToFileURL(path.join(distDir, 'index.js')).href);
  if (typeof lib.createPool === 'function') return { createPool: lib.createPool, source: 'dist/index.js' };
  const repoRoot = path.resolve(distDir, '..');
  const outfile = path.join(repoRoot, '.cache', 'bench-pool.mjs');
  mkdirSync(path.dirname(outfile), { recursive: true });
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'src/pool.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(distDir, 'index.js')).href) },
  });
  // Stop esbuild's service process, or it outlives this stage process as a zombie.
  await esbuild.stop?.();
  if (!existsSync(outfile)) throw new Error('esbuild did not write .cache/bench-pool.mjs');
  const bundled = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  return { createPool: bundled.createPool, source: 'src/pool.ts (bundled by the bench: dist/index.js has no createPool yet)' };
}

/** Cut text at line ends into chunks of about `chunkBytes` UTF-16 units (one document per chunk in a pipeline). */
export function splitChunks(text, chunkBytes) {
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + chunkBytes);
    const lineEnd = text.indexOf('\n', end);
    end = end === text.length || lineEnd === -1 ? text.length : lineEnd + 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
