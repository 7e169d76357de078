/**
 * Load the built-in dictionaries compiled by `npm run build` (dist/dictionaries/*.json). One of the two modules
 * that touch the file system; everything else takes dictionaries as values.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VietnormError } from '../errors.js';
import type { Dictionary } from '../types.js';
import { loadCompiledDictionary } from './serialize.js';
import { buildSpinGroups, parseFlatSpinGroups, parseSpinGroups, type SpinGroups } from './spin-groups.js';

let cached: Dictionary[] | undefined;

/** Where the compiled built-ins are: beside dist/index.js, or dist/ when running from src/. */
function findDirectory(): string | undefined {
  const candidates = [new URL('./dictionaries/', import.meta.url), new URL('../../dist/dictionaries/', import.meta.url)];
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(`${dir}index.json`)) return dir;
  }
  return undefined;
}

/**
 * The built-in dictionaries, loaded once.
 * @throws {VietnormError} `E_IO` when the compiled dictionaries are missing (run `npm run build`).
 * @internal
 */
export function loadBuiltinDictionaries(): Dictionary[] {
  if (cached !== undefined) return cached;
  const dir = findDirectory();
  if (dir === undefined) {
    throw new VietnormError('E_IO', 'Built-in dictionaries not found: run `npm run build` to compile dictionaries/*.yaml');
  }
  const index = JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as { dictionaries: string[] };
  cached = index.dictionaries.map((name) => {
    const file = `${dir}${name}.json`;
    return loadCompiledDictionary(readFileSync(file, 'utf8'), file);
  });
  return cached;
}

let cachedGroups: SpinGroups | null | undefined;

/**
 * The spinner's synonym groups (dictionaries/_spin-groups.json), loaded once; null when the file is absent.
 * @internal
 */
export function loadSpinGroups(): SpinGroups | null {
  if (cachedGroups !== undefined) return cachedGroups;
  cachedGroups = null;
  // The build flattens the groups once (dist/spin-groups.json, beside dist/dictionaries/); the source is the fallback.
  const dir = findDirectory();
  const flat = dir === undefined ? undefined : `${dir}../spin-groups.json`;
  if (flat !== undefined && existsSync(flat)) {
    cachedGroups = parseFlatSpinGroups(readFileSync(flat, 'utf8'), flat);
    return cachedGroups;
  }
  for (const candidate of ['../dictionaries/_spin-groups.json', '../../dictionaries/_spin-groups.json']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (!existsSync(path)) continue;
    cachedGroups = buildSpinGroups(parseSpinGroups(readFileSync(path, 'utf8'), path));
    break;
  }
  return cachedGroups;
}
