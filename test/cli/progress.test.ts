import { expect, test } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function sink(): { write: (s: string) => boolean; text: () => string } {
  const parts: string[] = [];
  return { write: (s) => (parts.push(s), true), text: () => parts.join('') };
}

test.each`
  enabled  | total | draws
  ${true}  | ${3}  | ${true}
  ${false} | ${3}  | ${false}
  ${true}  | ${1}  | ${false}
`('enabled=$enabled total=$total draws=$draws', ({ enabled, total, draws }: { enabled: boolean; total: number; draws: boolean }) => {
  const out = sink();
  const progress = createProgress(out, total, enabled, 60);
  progress.update(0, 'a.txt');
  progress.clear();
  expect(out.text() !== '').toBe(draws);
});

test('draws a bar with the count and erases it', () => {
  const out = sink();
  const progress = createProgress(out, 4, true, 80);
  progress.update(2, 'bài-viết.txt');
  expect(out.text()).toBe('\r\u001b[2K[##########----------] 3/4 bài-viết.txt');
  progress.clear();
  expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
});

test('long names are cut from the left to fit the terminal', () => {
  const out = sink();
  createProgress(out, 2, true, 40).update(0, `${'thư-mục/'.repeat(10)}a.txt`);
  const line = out.text().replace('\r\u001b[2K', '');
  expect(line.length).toBeLessThanOrEqual(39);
  expect(line.endsWith('a.txt')).toBe(true);
  expect(line).toContain('…');
});
