/** Parses a snippet the way ESLint would and returns the accounting core's view of it. */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { FileFacts } from '../../lib/core/file-facts.js';
import type { FileSource } from '../../lib/source/file-source.js';
import { sourceFromESLint } from '../../lib/eslint/source-adapter.js';

export interface ParseOptions {
  readonly language?: 'js' | 'ts';
  readonly jsx?: boolean;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
}

/** ESLint's tokens and comments for a snippet, as the core reads them. */
export function eslintSourceOf(code: string, { language = 'js', jsx = true, sourceType = 'module' }: ParseOptions = {}): FileSource {
  const linter = new Linter();
  const parserOptions = { ecmaFeatures: { jsx } };
  const languageOptions = language === 'ts' ? { parser: tsParser, parserOptions, sourceType } : { parserOptions, sourceType };
  const fatal = linter.verify(code, [{ languageOptions }]).filter((message) => message.fatal);
  // A fixture that does not parse would test nothing: fail loudly instead.
  if (fatal.length > 0) throw new Error(`Fixture does not parse: ${fatal[0]!.message}`);
  return sourceFromESLint(linter.getSourceCode() as never);
}

export function factsOf(code: string, language: 'js' | 'ts' = 'js'): FileFacts {
  return new FileFacts(eslintSourceOf(code, { language }));
}

/** Line kinds as letters (b lank, c omment, C ode, m ixed), one per line: easy to read in a diff. */
export function lineKindString(facts: FileFacts): string {
  return Array.from(facts.lineKinds.subarray(1), (kind) => 'bcCm'[kind]).join('');
}
