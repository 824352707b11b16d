/**
 * Regular expressions from rule options: compiled once per configuration (case-insensitive,
 * Unicode), and rejected with an error that names the rule and the option, since ESLint would
 * otherwise show a bare SyntaxError with no hint of which configuration entry caused it.
 */
export function compileUserPatterns(ruleName: string, option: string, sources: readonly string[]): RegExp[] {
  return sources.map((source) => {
    try {
      return new RegExp(source, 'iu');
    } catch (error) {
      throw new Error(`ai-code/${ruleName}: invalid regular expression in "${option}": ${JSON.stringify(source)} (${(error as Error).message}).`, {
        cause: error,
      });
    }
  });
}
