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

  test('two sites of one set both stay; a third drops the one stored first', () => {
    // One slot pair: every site falls in the same set.
    const cache = createSiteCache(1);
    const sites = [
      [1, 2, 3, 4, 5, 0],
      [1, 2, 8, 4, 5, 0],
      [6, 2, 3, 4, 5, 0],
    ];
    const store = (key: number[], best: number): void => {
      cache.key.set(key);
      const miss = cache.find();
      expect(miss).toBeLessThan(0);
      cache.store(-1 - miss, best, best, best);
    };
    const bestOf = (key: number[]): number | undefined => {
      cache.key.set(key);
      const slot = cache.find();
      return slot < 0 ? undefined : cache.bestOf(slot);
    };
    store(sites[0] as number[], 1);
    store(sites[1] as number[], 2);
    expect(sites.map(bestOf)).toEqual([1, 2, undefined]);
    store(sites[2] as number[], 3);
    expect(sites.map(bestOf)).toEqual([undefined, 2, 3]);
  });

  test('an empty cache finds nothing, not even a site of member 0', () => {
    const cache = createSiteCache(2);
    cache.key.set([0, 0, 0, 0, 0, 0]);
    expect(cache.find()).toBeLessThan(0);
  });
});
