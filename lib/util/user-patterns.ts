/**
 * Regular expressions from rule options: compiled once per pattern (case-insensitive, Unicode),
 * however many files and rules use it, and rejected with an error that names the rule and the
 * option, since ESLint would otherwise show a bare SyntaxError with no hint of which
 * configuration entry caused it.
 */

// ESLint hands each file's rules fresh copies of their options, so the cache is keyed by the
// pattern's source. Without the `g` and `y` flags a RegExp keeps no state between tests, so one
// object serves every rule and file.
const compiled = new Map<string, RegExp>();

export function compileUserPatterns(ruleName: string, option: string, sources: readonly string[]): RegExp[] {
  return sources.map((source) => {
    const known = compiled.get(source);
    if (known !== undefined) return known;
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(`ai-code/${ruleName}: invalid regular expression in "${option}": ${JSON.stringify(source)} (${(error as Error).message}).`, {
        cause: error,
      });
    }
    compiled.set(source, pattern);
    return pattern;
  });
}
