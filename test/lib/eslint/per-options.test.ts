/**
 * `PerOptions` works a configuration's derived values out once: for the one options object ESLint
 * hands every file of a rule without options, and for the fresh but equal copies it hands each
 * file of a configured rule.
 */
import { describe, expect, it } from 'vitest';
import { PerOptions } from '../../../lib/eslint/per-options.js';

describe('PerOptions', () => {
  it('derives once per configuration, told by identity or by content', () => {
    let derivations = 0;
    const perOptions = new PerOptions((options: { patterns: string[] }) => {
      derivations++;
      return options.patterns.join('|');
    });
    const first = perOptions.of({ patterns: ['a', 'b'] });
    expect(perOptions.of({ patterns: ['a', 'b'] })).toBe(first);
    expect(derivations).toBe(1);
    expect(perOptions.of({ patterns: ['c'] })).toBe('c');
    expect(derivations).toBe(2);
  });

  it('keys by the content the derivation reads, and keeps nothing when it throws', () => {
    let derivations = 0;
    const perOptions = new PerOptions(
      (options: { license: string; unrelated: boolean }) => {
        derivations++;
        if (options.license === '') throw new Error('empty license');
        return { license: options.license };
      },
      (options) => options.license,
    );
    const mit = perOptions.of({ license: 'MIT', unrelated: true });
    expect(perOptions.of({ license: 'MIT', unrelated: false })).toBe(mit);
    expect(derivations).toBe(1);
    expect(() => perOptions.of({ license: '', unrelated: true })).toThrow('empty license');
    expect(() => perOptions.of({ license: '', unrelated: true })).toThrow('empty license');
    expect(derivations).toBe(3);
  });
});
