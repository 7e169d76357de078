// Counts candidate phrases in xz-compressed corpora with one pass per file: a trie over syllable keys,
// walked from every position, so only the phrases we asked for are counted (not all n-grams).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { toSyllableKey } from './tone-key.mjs';

const SEGMENT_BREAK = /[^\p{L}\p{M} ]+/u;

/** Trie over syllable keys; node = { next: Map|null, id: number }. */
export function createTrie() {
  return { root: { next: new Map(), id: -1 }, size: 0, phrases: [] };
}

/**
 * Inserts a phrase; returns its id (same id for the same key sequence).
 * @param {ReturnType<typeof createTrie>} trie
 * @param {string} phrase
 */
export function insertPhrase(trie, phrase) {
  let node = trie.root;
  for (const syllable of phrase.split(' ')) {
    const key = toSyllableKey(syllable);
    if (!node.next) node.next = new Map();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: null, id: -1 }));
    node = child;
  }
  if (node.id < 0) {
    node.id = trie.size++;
    trie.phrases.push(phrase);
  }
  return node.id;
}

/**
 * Splits a line into syllable keys; null marks a break (punctuation, digits) that phrases may not cross.
 * @param {string} line
 * @returns {(string|null)[]}
 */
export function toLineKeys(line) {
  const keys = [];
  for (const segment of line.toLowerCase().split(SEGMENT_BREAK)) {
    for (const word of segment.split(' ')) if (word !== '') keys.push(toSyllableKey(word));
    keys.push(null);
  }
  return keys;
}

/**
 * Streams one xz file line by line.
 * @param {string} file
 * @param {(line: string) => void} onLine
 * @returns {Promise<number>} lines read
 */
export function streamXz(file, onLine) {
  return new Promise((resolve, reject) => {
    const child = spawn('xz', ['-dc', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    let n = 0;
    lines.on('line', (line) => {
      n++;
      onLine(line);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(n) : reject(new Error(`xz exited with ${code} on ${file}`))));
  });
}

/**
 * Walks the trie from every position of a key array, calling onHit(id, startIndex, endIndex).
 * @param {ReturnType<typeof createTrie>} trie
 * @param {(string|null)[]} keys
 * @param {(id: number, start: number, end: number) => void} onHit
 */
export function findPhrases(trie, keys, onHit) {
  const root = trie.root.next;
  for (let i = 0; i < keys.length; i++) {
    const first = keys[i];
    if (first === null) continue;
    let node = root.get(first);
    let j = i + 1;
    while (node) {
      if (node.id >= 0) onHit(node.id, i, j);
      if (!node.next || j >= keys.length || keys[j] === null) break;
      node = node.next.get(keys[j]);
      j++;
    }
  }
}
