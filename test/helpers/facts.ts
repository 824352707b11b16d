/** Parses a snippet the way ESLint would and returns the accounting core's view of it. */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { FileFacts } from '../../lib/file-facts.js';
import { sourceFromESLint } from '../../lib/source.js';

export function factsOf(code: string, language: 'js' | 'ts' = 'js'): FileFacts {
  const linter = new Linter();
  const languageOptions =
    language === 'ts'
      ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }
      : { parserOptions: { ecmaFeatures: { jsx: true } } };
  const fatal = linter.verify(code, [{ languageOptions }]).filter((message) => message.fatal);
  // A fixture that does not parse would test nothing: fail loudly instead.
  if (fatal.length > 0) throw new Error(`Fixture does not parse: ${fatal[0]!.message}`);
  return new FileFacts(sourceFromESLint(linter.getSourceCode() as never));
}

/** Line kinds as letters (b lank, c omment, C ode, m ixed), one per line: easy to read in a diff. */
export function lineKindString(facts: FileFacts): string {
  return Array.from(facts.lineKinds.subarray(1), (kind) => 'bcCm'[kind]).join('');
}
