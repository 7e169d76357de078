import { describe, expect, test } from 'vitest';
import { createSiteCache, SITE_ABSENT } from '../../src/rules/site-cache.js';

describe('createSiteCache', () => {
  test.each([
    ['same site', [1, 2, 3, 4, 5, 0], true],
    ['other member', [1, 2, 9, 4, 5, 0], false],
    ['other far left key', [7, 2, 3, 4, 5, 0], false],
    ['one key of left context', [SITE_ABSENT, 2, 3, 4, 5, 0], false],
    ['other edge count', [1, 2, 3, 4, 5, 301], false],
  ])('%s: found = %s', (_name, key, found) => {
    const cache = createSiteCache(4);
    cache.key.set([1, 2, 3, 4, 5, 0]);
    const miss = cache.find();
    expect(miss).toBeLessThan(0);
    cache.store(-1 - miss, 2.5, 7, 316.2);
    cache.key.set(key);
    const slot = cache.find();
    expect(slot >= 0).toBe(found);
    if (found) expect([cache.bestOf(slot), cache.bestToOf(slot), cache.likelihoodOf(slot)]).toEqual([2.5, 7, 316.2]);
  });

  test('an empty cache finds nothing, not even a site of member 0', () => {
    const cache = createSiteCache(2);
    cache.key.set([0, 0, 0, 0, 0, 0]);
    expect(cache.find()).toBeLessThan(0);
  });
});
