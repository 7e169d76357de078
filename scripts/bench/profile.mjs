/**
 * CPU profile of despin over the news text: `node --cpu-prof` in a child process, then the functions with the most
 * self time (samples attributed to the function itself, not its callees), mapped back to src/ through the source map.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function loadSourceMaps(distDir) {
  const maps = new Map();
  for (const file of ['index.js', 'cli.js']) {
    const mapFile = path.join(distDir, `${file}.map`);
    if (existsSync(mapFile)) maps.set(pathToFileURL(path.join(distDir, file)).href, new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))));
  }
  return maps;
}

function locate(callFrame, maps, repoRoot) {
  const { url, lineNumber, columnNumber } = callFrame;
  const map = maps.get(url);
  if (map !== undefined) {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(fileURLToPath(url)), entry.originalSource);
      return `${path.relative(repoRoot, source)}:${entry.originalLine + 1}`;
    }
  }
  if (url === '') return '(native)';
  return `${url.startsWith('file:') ? path.relative(repoRoot, fileURLToPath(url)) : url}:${lineNumber + 1}`;
}

/** Profile one despin of `textFile`; returns the top `top` functions by self time. */
export async function profileDespin(repoRoot, distDir, textFile, top = 15) {
  const dir = path.join(repoRoot, '.cache', 'profile');
  mkdirSync(dir, { recursive: true });
  const name = `despin-${Date.now()}.cpuprofile`;
  const code = [
    "const { readFileSync } = require('node:fs');",
    `import(${JSON.stringify(pathToFileURL(path.join(distDir, 'index.js')).href)}).then((lib) => {`,
    `  const text = readFileSync(${JSON.stringify(textFile)}, 'utf8');`,
    "  lib.despin('Kết quả tiến công giá cao.');",
    '  lib.despin(text);',
    '});',
  ].join('\n');
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}`, '-e', code], { stdio: 'inherit' });
  const profile = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  const selfByNode = new Map();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const maps = loadSourceMaps(distDir);
  const byFunction = new Map();
  let totalUs = 0;
  for (const node of profile.nodes) {
    const us = selfByNode.get(node.id) ?? 0;
    totalUs += us;
    const fn = node.callFrame.functionName || '(anonymous)';
    const where = locate(node.callFrame, maps, repoRoot);
    const key = `${fn}\u0000${where}`;
    const row = byFunction.get(key) ?? { function: fn, location: where, selfMs: 0 };
    row.selfMs += us / 1000;
    byFunction.set(key, row);
  }
  const rows = [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const row of rows) row.percent = (100 * row.selfMs * 1000) / totalUs;
  return { date: new Date().toISOString(), file: path.relative(repoRoot, path.join(dir, name)), totalMs: totalUs / 1000, rows };
}
