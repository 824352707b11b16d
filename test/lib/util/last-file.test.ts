/**
 * The per-file cache every rule shares: a value is worked out once per linted file, whatever
 * it is. An empty answer (no tool banner) was once taken for "not cached", and each rule of a
 * preset read the file's header again.
 */
import { describe, expect, it } from 'vitest';
import { LastFileCache } from '../../../lib/util/last-file.js';

describe('LastFileCache', () => {
  it('works a value out once per file, an empty one too, and again for the next file', () => {
    const cache = new LastFileCache<string | null>();
    const first = {};
    const second = {};
    let computed = 0;
    // Each call counts, so a second computation for the same file shows.
    const none = (): null => {
      computed++;
      return null;
    };
    expect(cache.for(first, none)).toBeNull();
    expect(cache.for(first, none)).toBeNull();
    expect(computed).toBe(1);
    // A new file is worked out; its value then stands until another file comes.
    expect(cache.for(second, () => 'banner')).toBe('banner');
    expect(cache.for(second, none)).toBe('banner');
    expect(cache.for(first, none)).toBeNull();
    expect(computed).toBe(2);
  });

  it('remembers nothing when the computation throws', () => {
    const cache = new LastFileCache<number>();
    const file = {};
    expect(() =>
      cache.for(file, () => {
        throw new Error('unparsable');
      }),
    ).toThrow('unparsable');
    expect(cache.for(file, () => 1)).toBe(1);
  });
});
