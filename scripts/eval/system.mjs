/**
 * The system under test: `despin` from a module (by default the built package, dist/index.js).
 *
 * @example
 *   const lib = await import('../../dist/index.js');
 *   createSystem(lib, { minConfidence: 0.9 })('Kết quả tiến công giá cao.').text //=> 'Kết quả đánh giá cao.'
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A one-argument function running despin with fixed options. With options, a rewriter from `createRewriter`
 * is preferred (dictionaries compiled once) over `despin(text, options)` on every call. Never throws: a failing
 * `createRewriter` gives a function that throws its error on each call.
 * @param {{ despin: Function, createRewriter?: Function }} lib
 * @param {object | undefined} options
 * @returns {(text: string) => object}
 */
export function createSystem(lib, options) {
  if (options !== undefined && typeof lib.createRewriter === 'function') {
    let rewriter;
    try {
      rewriter = lib.createRewriter(options);
    } catch (error) {
      // Report it per call like any despin failure (the harness counts and shows them) instead of crashing.
      return () => {
        throw error;
      };
    }
    return (text) => rewriter.despin(text);
  }
  return (text) => lib.despin(text, options);
}

/**
 * Which build was measured: the git commit (and whether the tree was dirty) and the compiled dictionaries beside it.
 * @param {string} repo
 * @param {string} modulePath
 * @returns {{ commit?: string, dirty?: boolean, dictionaries?: { count: number, entries: number } }}
 * @example
 *   describeSystem('/work/main', '/work/main/dist/index.js') //=> { commit: '38cdc8f', dirty: true, dictionaries: { count: 11, entries: 6617 } }
 */
export function describeSystem(repo, modulePath) {
  const out = {};
  try {
    out.commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    out.dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    // not a git checkout
  }
  try {
    const dir = path.join(path.dirname(modulePath), 'dictionaries');
    const names = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).dictionaries;
    const entries = names.reduce((n, name) => n + (JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')).entries?.length ?? 0), 0);
    out.dictionaries = { count: names.length, entries };
  } catch {
    // no compiled dictionaries beside the module
  }
  return out;
}

/**
 * The spin score of one text, 0 when the system throws or returns none.
 * @param {(text: string) => { spinScore?: number }} system
 * @param {string} text
 * @returns {number}
 * @example
 *   safeScore(() => ({ spinScore: 0.9 }), 'x') //=> 0.9
 */
export function safeScore(system, text) {
  try {
    const s = system(text).spinScore;
    return typeof s === 'number' && !Number.isNaN(s) ? s : 0;
  } catch {
    return 0;
  }
}
