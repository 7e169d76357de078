import { describe, expect, test } from 'vitest';
import { fitRunId } from '../../src/tokenize/run-memo.js';

describe('fitRunId', () => {
  test('keeps a memo that already has the slot', () => {
    const memo = new Int32Array(2048);
    expect(fitRunId(memo, 2047)).toBe(memo);
  });

  test.each([
    [0, 1024],
    [1023, 1024],
    [1024, 2048],
    [5000, 8192],
  ])('grows an empty memo for run id %i to %i slots', (runId, length) => {
    expect(fitRunId(new Int32Array(0), runId).length).toBe(length);
  });

  test('a grown memo keeps its values and type, with zeros after them', () => {
    const memo = new Uint8Array(1024);
    memo[7] = 2;
    memo[1023] = 1;
    const grown = fitRunId(memo, 3000);
    expect(grown).toBeInstanceOf(Uint8Array);
    expect(grown.length).toBe(4096);
    expect([grown[7], grown[1023], grown[1024], grown[4095]]).toEqual([2, 1, 0, 0]);
  });
});
