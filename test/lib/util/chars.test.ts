/** Line breaks as ESLint counts them, between two offsets. */
import { describe, expect, it } from 'vitest';
import { hasLineBreak } from '../../../lib/util/chars.js';

describe('hasLineBreak', () => {
  it('finds \\n, \\r and the Unicode line and paragraph separators, only within the range', () => {
    for (const lineBreak of ['\n', '\r', '\r\n', '\u2028', '\u2029']) expect(hasLineBreak(`a ${lineBreak} b`, 1, 5), JSON.stringify(lineBreak)).toBe(true);
    expect(hasLineBreak('a \t b', 0, 5)).toBe(false);
    expect(hasLineBreak('a\nb', 2, 3)).toBe(false);
    expect(hasLineBreak('a\nb', 0, 1)).toBe(false);
  });
});
