import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/valid-generated-markers.js';
import { crlf, source } from '../helpers/code.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;
// Marker tags are assembled so that this test file does not itself carry a marker.
const TAG = '@ai' + '-generated';

ruleTester.run('valid-generated-markers', rule, {
  valid: [
    { code: source(`// ${TAG} tool=copilot`, 'export const a = 1;'), ...javascript },
    { code: source('a();', `// ${TAG}-begin tool=claude reviewed-by="Ana Lima"`, 'b();', `// ${TAG}-end`), options: [{ requireFields: ['tool', 'reviewed-by'] }], ...javascript },
    { code: source('// #region helpers', `// #region ${TAG}`, 'b();', '// #endregion', '// #endregion'), ...javascript },
    // Prose and strings that mention markers are not markers.
    { code: source(`// Mark code with ${TAG}-begin and close it.`, `const help = "${TAG}-begin";`), ...javascript },
    // Markers in TSX, inside JSX expressions.
    {
      code: source('export const View = () => (', '  <ul>', `    {/* ${TAG}-begin tool=x */}`, '    <li>a</li>', `    {/* ${TAG}-end */}`, '  </ul>', ');'),
      filename: 'view.tsx',
    },
  ],
  invalid: [
    // Balance and placement: each problem is reported on the marker's tag.
    {
      code: source('a();', `// ${TAG}-begin tool=x`, 'b();'),
      ...javascript,
      errors: [{ messageId: 'unclosed', data: { closing: `${TAG}-end` }, line: 2, column: 4, endLine: 2, endColumn: 23 }],
    },
    {
      code: source('a();', `/* ${TAG}-end */`),
      ...javascript,
      errors: [{ messageId: 'unopened', data: { tag: `${TAG}-end` }, line: 2, column: 4, endLine: 2, endColumn: 21 }],
    },
    {
      // Regions do not nest: the inner begin is reported, pointing back at the outer one.
      code: source(`// ${TAG}-begin`, 'a();', `// ${TAG}-begin`, 'b();', `// ${TAG}-end`, `// ${TAG}-end`),
      ...javascript,
      errors: [{ messageId: 'nested', data: { line: 1 }, line: 3, column: 4, endLine: 3, endColumn: 23 }],
    },
    {
      // One forgotten end is one report, at the first begin it leaves nested; the regions after it are not reported.
      code: source(`// ${TAG}-begin tool=x`, 'a();', `// ${TAG}-begin tool=x`, 'b();', `// ${TAG}-end`, `// ${TAG}-begin tool=x`, 'c();', `// ${TAG}-end`),
      ...javascript,
      errors: [{ messageId: 'nested', data: { line: 1 }, line: 3, column: 4, endLine: 3, endColumn: 23 }],
    },
    {
      code: source('a();', '// BEGIN AI-generated', 'b();', `// ${TAG}-end`),
      ...javascript,
      errors: [
        {
          messageId: 'mismatched',
          data: { tag: `${TAG}-end`, opening: 'BEGIN AI-generated', line: 2, closing: 'END AI-generated' },
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 21,
        },
      ],
    },
    {
      code: source('a();', `// ${TAG}-begin`, '// TODO', `// ${TAG}-end`, 'b();'),
      ...javascript,
      errors: [{ messageId: 'empty', line: 2, column: 4 }],
    },
    // Every region form, left open, is told how it closes; positions are the tag's.
    ...(
      [
        ['// BEGIN AI-generated - Cursor', 'BEGIN AI-generated', 'END AI-generated', 22],
        ['// --- [BEGIN AI-GENERATED] ---', '--- [BEGIN AI-GENERATED]', 'END AI-generated', 28],
        ['// @ai' + '-start tool=x', '@ai' + '-start', '@ai' + '-end', 13],
        [`// #region ${TAG}`, `#region ${TAG}`, '#endregion', 25],
        ['/* SPDX-SnippetBegin\n   SPDX-SnippetComment: ai-generated */', 'SPDX-SnippetBegin', 'SPDX-SnippetEnd', 21],
      ] as const
    ).map(([opening, tag, closing, endColumn]) => ({
      code: source('a();', opening, 'b();'),
      ...javascript,
      errors: [{ messageId: 'unclosed' as const, data: { tag, closing }, line: 2, column: 4, endLine: 2, endColumn }],
    })),
    // Inside JSX, a marker is a JSX comment; a closing marker in a string is not a marker.
    {
      code: source('export const View = () => (', '  <ul>', `    {/* ${TAG}-begin tool=x */}`, `    <li title="${TAG}-end">a</li>`, '  </ul>', ');'),
      filename: 'view.tsx',
      errors: [{ messageId: 'unclosed', data: { closing: `${TAG}-end` }, line: 3, column: 9, endLine: 3, endColumn: 28 }],
    },
    // Header and declaration markers.
    {
      code: source(`// ${TAG}`, `/** ${TAG} tool=x */`, 'run();'),
      ...javascript,
      errors: [{ messageId: 'duplicateFile', data: { line: 1 }, line: 2, column: 5, endLine: 2, endColumn: 18 }],
    },
    {
      code: source('a();', `// ${TAG}`, 'b();'),
      ...javascript,
      errors: [{ messageId: 'dangling', data: { tag: TAG }, line: 2, column: 4, endLine: 2, endColumn: 17 }],
    },
    {
      // The colon is fixed; the casing of the tag too.
      code: source(`// @AI-Generated tool:claude model:opus`, 'run();'),
      output: source(`// ${TAG} tool=claude model=opus`, 'run();'),
      ...javascript,
      errors: [
        { messageId: 'tagCase', data: { canonical: TAG }, line: 1, column: 4, endLine: 1, endColumn: 17 },
        { messageId: 'colonField', data: { key: 'tool' }, line: 1, column: 18, endLine: 1, endColumn: 29 },
        { messageId: 'colonField', data: { key: 'model' }, line: 1, column: 30, endLine: 1, endColumn: 40 },
      ],
    },
    {
      // An unknown key gets the nearest known key as a suggestion, not a fix.
      code: source(`// ${TAG} tol=copilot reviewd-by=ana`, 'run();'),
      ...javascript,
      errors: [
        {
          messageId: 'unknownField',
          data: { key: 'tol', known: 'tool, model, reviewed-by, prompt, date' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 29,
          suggestions: [{ messageId: 'renameField', data: { key: 'tol', suggestion: 'tool' }, output: source(`// ${TAG} tool=copilot reviewd-by=ana`, 'run();') }],
        },
        {
          messageId: 'unknownField',
          data: { key: 'reviewd-by', known: 'tool, model, reviewed-by, prompt, date' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            { messageId: 'renameField', data: { key: 'reviewd-by', suggestion: 'reviewed-by' }, output: source(`// ${TAG} tol=copilot reviewed-by=ana`, 'run();') },
          ],
        },
      ],
    },
    // An unterminated quote has no fix: where the value ends is unknown.
    {
      code: source(`// ${TAG} prompt="https://example.com/chat`, 'run();'),
      ...javascript,
      errors: [{ messageId: 'unterminatedQuote', data: { key: 'prompt' }, line: 1, column: 18, endLine: 1, endColumn: 50 }],
    },
    {
      // Required fields, on a region's opening marker in a CRLF TypeScript file.
      code: crlf(source('let a = 1;', `// ${TAG}-begin tool=copilot`, 'a = 2;', `// ${TAG}-end`)),
      filename: 'file.ts',
      options: [{ requireFields: ['tool', 'reviewed-by'] }],
      errors: [{ messageId: 'missingField', data: { key: 'reviewed-by' }, line: 2, column: 4, endLine: 2, endColumn: 23 }],
    },
  ],
});
