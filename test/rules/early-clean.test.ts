import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLEAN_NEWS_SENTENCES } from '../fixtures/clean-news.js';
import { createInspector } from '../../src/internal.js';

// Clean news prose (no spun forms), long enough once repeated for the spin score to be sure.
const CLEAN = CLEAN_NEWS_SENTENCES.join(' ');
const SPUN = readFileSync(new URL('../../examples/spun-article.txt', import.meta.url), 'utf8');

describe('a long text judged clean early', () => {
  const gated = createInspector();
  const full = createInspector({}, { fullSpinEvidence: true });

  test('a long clean text is taken as clean from its first sites, with the same result', () => {
    const text = Array.from({ length: 30 }, () => CLEAN).join('\n');
    const early = gated(text);
    const whole = full(text);
    expect(early.signals?.groupSites ?? 0).toBeLessThan(whole.signals?.groupSites ?? 0);
    expect(early.spinScore).toBeLessThan(0.02);
    expect(whole.spinScore).toBeLessThan(0.02);
    expect(early.text).toBe(whole.text);
    expect(early.text).toBe(text);
  });

  test('a spun text is scored to the end', () => {
    const text = [SPUN, SPUN, SPUN].join('\n');
    const early = gated(text);
    const whole = full(text);
    expect(early.signals?.groupSites).toBe(whole.signals?.groupSites);
    expect(early.spinScore).toBeGreaterThan(0.9);
    expect(early.text).toBe(whole.text);
  });

  test('a short clean text is scored to the end', () => {
    expect(gated(CLEAN).signals?.groupSites).toBe(full(CLEAN).signals?.groupSites);
  });
});
