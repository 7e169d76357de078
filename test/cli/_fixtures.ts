/** Shared fixtures of the CLI tests: a small dictionary (so results do not depend on the built-ins) and texts. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeTempDir } from './_fake-io.js';

export const TEST_DICT = `name: test-spin
entries:
  - from: [tiến công giá, tấn công giá]
    to: đánh giá
    category: spin
    confidence: 0.97
    examples:
      - { in: "Kết quả tiến công giá cao.", out: "Kết quả đánh giá cao." }
  - from: [văn phiên bản]
    to: văn bản
    category: spin
    confidence: 0.97
    examples:
      - { in: "Văn phiên bản này.", out: "Văn bản này." }
`;

/** A dictionary whose second entry has no `to` (line 9 starts that entry). */
export const BROKEN_DICT = `name: broken
entries:
  - from: [tiến công giá]
    to: đánh giá
    category: spin
    confidence: 0.9
    examples:
      - { in: "tiến công giá", out: "đánh giá" }
  - from: [văn phiên bản]
    category: spin
    confidence: 0.9
    examples:
      - { in: "văn phiên bản", out: "văn bản" }
`;

export const SPUN = 'Kết quả tiến công giá cao.\nVăn phiên bản này đã được ký.\n';
export const REPAIRED = 'Kết quả đánh giá cao.\nVăn bản này đã được ký.\n';
export const CLEAN = 'Quân đội tiến công giải phóng thành phố.\n';

/** Options that use only {@link TEST_DICT}: write it into `dir` first with {@link writeTestDict}. */
export function dictArgs(dir: string): string[] {
  return ['--no-default-dict', '--dict', path.join(dir, 'test.yaml')];
}

export function writeTestDict(dir: string): void {
  writeFileSync(path.join(dir, 'test.yaml'), TEST_DICT);
}

/**
 * A temporary folder holding the test dictionary, made before the file's tests and removed after them.
 * @returns an object whose `dir` is the folder once the tests run
 */
export function useDictDir(): { dir: string } {
  const state = { dir: '' };
  let remove = (): void => undefined;
  beforeAll(() => {
    const made = makeTempDir();
    state.dir = made.dir;
    remove = made.remove;
    writeTestDict(state.dir);
  });
  afterAll(() => remove());
  return state;
}
