// The renderer's cache of lesson HTML: bounded by count and by size, oldest use out first.
import { describe, expect, it } from 'vitest';
import { LruCache } from '@/lib/learning/content/lru';

describe('LruCache', () => {
  it('evicts the least recently used entry past the count limit', () => {
    const cache = new LruCache<string>(2, 1000, (v) => v.length);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now newer than b
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('evicts past the size limit and never keeps a value larger than it', () => {
    const cache = new LruCache<string>(10, 5, (v) => v.length);
    cache.set('a', 'xxx');
    cache.set('b', 'yyy');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('yyy');
    cache.set('c', 'zzzzzz');
    expect(cache.get('c')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('replaces a value under the same key without double counting its size', () => {
    const cache = new LruCache<string>(10, 4, (v) => v.length);
    cache.set('a', 'xx');
    cache.set('a', 'yy');
    cache.set('b', 'zz');
    expect([cache.get('a'), cache.get('b')]).toEqual(['yy', 'zz']);
  });
});
