/**
 * `--dict FILE`: read and compile extra dictionaries (YAML sources) on the fly.
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDictionary } from '../index.js';
import type { Dictionary } from '../types.js';
import { toIoError } from './input.js';

/**
 * Compile each `--dict` file. A file that cannot be read or compiled is reported through `onError` (the caller
 * prints one line and exits 2 at the end) and left out; the others are returned.
 *
 * @param files - File names as given.
 * @param cwd - Directory to resolve them against.
 * @param onError - Told about each failure: a `VietnormError` (`E_IO`, `E_DICT_*`) or an unexpected error.
 * @returns The compiled dictionaries, in order.
 * @example
 * await loadDictionaries(['my.yaml'], process.cwd(), report) //=> [{ name: 'my', entries: […] }]
 */
export async function loadDictionaries(
  files: string[],
  cwd: string,
  onError: (error: unknown, name: string) => Promise<void>,
): Promise<Dictionary[]> {
  const dictionaries: Dictionary[] = [];
  for (const name of files) {
    try {
      let source: string;
      try {
        source = await readFile(path.resolve(cwd, name), 'utf8');
      } catch (error) {
        throw toIoError(error, name);
      }
      dictionaries.push(compileDictionary(source, { file: name }));
    } catch (error) {
      await onError(error, name);
    }
  }
  return dictionaries;
}
