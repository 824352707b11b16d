/**
 * Import lines from tokens equal import lines from the syntax tree: the top-level statements
 * ESLint parses as imports, import aliases, `export * from` and `export { … } from`.
 */
import fs from 'node:fs';
import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { corpusFiles, languageOptionsFor } from '../../../bench/corpus.js';
import { FileFacts } from '../../../lib/core/file-facts.js';
import { importLines } from '../../../lib/core/import-lines.js';
import { sourceFromESLint } from '../../../lib/eslint/source-adapter.js';
import { eslintSourceOf } from '../../helpers/facts.js';

const IMPORT_LIKE = new Set(['ImportDeclaration', 'TSImportEqualsDeclaration', 'ExportAllDeclaration']);

/** The lines the tree says are imports, as a string of 0s and 1s per line. */
function treeImportLines(program: TSESTree.Program, lineCount: number): string {
  const lines = new Uint8Array(lineCount + 1);
  for (const statement of program.body) {
    const reexport = statement.type === 'ExportNamedDeclaration' && statement.source !== null;
    if (IMPORT_LIKE.has(statement.type) || reexport) lines.fill(1, statement.loc.start.line, statement.loc.end.line + 1);
  }
  return lines.join('');
}

describe('importLines', () => {
  // Each snippet holds the forms whose end a token walk could misjudge.
  it.each([
    ['js', "import a from 'a';\nimport {\n  b,\n  c,\n} from 'b'\nimport 'side-effect';\nconst x = import('lazy');\nconst u = import.meta.url;\nexport * from 'all';\nexport * as ns from 'ns';\nexport { d } from 'd';\nexport { x };\nimport j from '../j.json' with { type: 'json' };\n"],
    ['ts', "import type { T } from 't';\nimport fs = require('fs');\nimport Alias = Outer.Inner\nexport type { U } from 'u';\nexport type * from 'types';\ndeclare module 'm' {\n  import inner from 'inner';\n}\nexport const value = 1;\n"],
  ] as const)('finds the import statements of a %s file as the tree does', (language, code) => {
    const source = eslintSourceOf(code, { language, jsx: false });
    const facts = new FileFacts(source);
    const linter = new Linter();
    linter.verify(code, [{ languageOptions: language === 'ts' ? eslintTsOptions() : {} }]);
    expect(importLines(facts).join('')).toBe(treeImportLines(linter.getSourceCode()!.ast as never, facts.lineCount));
  });

  it('agrees with the tree on every third file of the benchmark corpus', () => {
    const linter = new Linter();
    let withImports = 0;
    for (const entry of corpusFiles().filter((_, index) => index % 3 === 0)) {
      const text = fs.readFileSync(entry.file, 'utf8');
      linter.verify(text, [{ files: ['**/*.js', '**/*.ts'], languageOptions: languageOptionsFor(entry) }], `file.${entry.language}`);
      const sourceCode = linter.getSourceCode()!;
      const facts = new FileFacts(sourceFromESLint(sourceCode as never));
      const expected = treeImportLines(sourceCode.ast as never, facts.lineCount);
      expect(importLines(facts).join(''), entry.file).toBe(expected);
      if (expected.includes('1')) withImports++;
    }
    // The walk must meet real imports: typescript-eslint's declarations and ajv's sources have them
    // (ESLint's own sources use require, which is not an import statement).
    expect(withImports).toBeGreaterThanOrEqual(50);
  });
});

function eslintTsOptions(): Linter.LanguageOptions {
  return languageOptionsFor({ file: 'x.ts', language: 'ts' });
}
