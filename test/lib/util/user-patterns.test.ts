/**
 * Patterns from rule options are compiled once, not once per file: ESLint hands every file's
 * rules new copies of their options, so the same source must still give the same object.
 */
import { describe, expect, it } from 'vitest';
import { compileUserPatterns } from '../../../lib/util/user-patterns.js';

describe('compileUserPatterns', () => {
  it('compiles each source once, case-insensitive and Unicode-aware', () => {
    const [first] = compileUserPatterns('no-trivial-comments', 'ignorePatterns', ['^see ']);
    const [again] = compileUserPatterns('no-placeholder-comments', 'extraPatterns', [String('^see ')]);
    expect(again).toBe(first);
    expect(first!.flags).toBe('iu');
    expect(first!.test('SEE below')).toBe(true);
  });

  it('names the rule and the option of an invalid pattern, and caches nothing for it', () => {
    const compile = (): RegExp[] => compileUserPatterns('no-trivial-comments', 'ignorePatterns', ['(open']);
    expect(compile).toThrow('ai-code/no-trivial-comments: invalid regular expression in "ignorePatterns": "(open"');
    // Asked again, it fails again rather than returning something cached.
    expect(compile).toThrow('invalid regular expression');
  });
});
