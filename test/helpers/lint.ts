/**
 * Runs one rule of the plugin through ESLint's own Linter, for the checks RuleTester does
 * not cover: configuration errors and their wording.
 */
import { Linter } from 'eslint';
import plugin from '../../index.js';

export function lintWithRule(
  ruleName: string,
  options: unknown[],
  code = 'const a = 1;\n',
  settings?: Record<string, unknown>,
): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(code, [
    {
      plugins: { 'ai-code': plugin as never },
      rules: { [`ai-code/${ruleName}`]: ['error', ...options] as Linter.RuleEntry },
      ...(settings === undefined ? {} : { settings: { 'ai-code': settings } }),
    },
  ]);
}
