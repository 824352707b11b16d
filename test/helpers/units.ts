/** The line unit's cases of the density rules, written before decisions became their default unit. */

interface Case {
  readonly options?: readonly Record<string, unknown>[];
}

type Tests<Valid, Invalid> = { valid: readonly Valid[]; invalid: readonly Invalid[] };

/** Each case with `unit: 'lines'` in its options, unless it names a unit (or is only a code string). */
export function inLines<Valid, Invalid extends Case>(tests: Tests<Valid, Invalid>): Tests<Valid, Invalid> {
  const withUnit = <T>(test: T): T => {
    if (typeof test === 'string') return { code: test, options: [{ unit: 'lines' }] } as T;
    const [given = {}] = (test as Case).options ?? [];
    return { ...test, options: [{ unit: 'lines', ...given }] };
  };
  return { valid: tests.valid.map(withUnit), invalid: tests.invalid.map(withUnit) };
}
