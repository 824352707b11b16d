import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/comment-ratio.js';
import { crlf, source, statements } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
// Plain JavaScript goes through ESLint's default parser, as most users' .js files do.
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;

// A function of 21 code lines (head, 19 statements, closing brace) with `docLines` of JSDoc.
function documentedFunction(docLines: string[]): string {
  return source(
    '/**',
    ...docLines.map((line) => ` * ${line}`),
    ' */',
    'function sum() {',
    '  let total = 0;',
    statements(18),
    '  return total;',
    '}',
  );
}

const undocumentedFunction = documentedFunction([]).replace('/**\n */\n', '');

ruleTester.run('comment-ratio', rule, {
  valid: [
    // Below the default minimumSize of 20 code lines nothing is judged.
    { code: source('function tiny() {', statements(10), '}'), ...javascript },
    // Two JSDoc text lines over 21 code lines: 2 of 23 measured lines, 8.7%.
    { code: documentedFunction(['Adds the numbers the legacy form posts.', 'Kept for old clients.']), ...javascript },
    // Arrow functions without a block body are expressions, not judged.
    { code: `export const double = (value) => value * 2;\n${statements(25, '')}`, options: [{ minimum: 0 }], ...javascript },
    // Functions are not judged when only files are in scope.
    { code: `// Sums for the report.\n${undocumentedFunction}`, options: [{ scope: ['file'], minimumSize: 20, minimum: 4 }], ...javascript },
    // An all-comment file has 100% documentation; an empty file has nothing to measure.
    { code: '// Only words here.\n/* And here. */\n', options: [{ minimumSize: 0, minimum: 50 }] },
    { code: '', options: [{ minimumSize: 0, minimum: 50 }] },
    // Within the maximum.
    { code: documentedFunction(['Adds.']), options: [{ minimum: 0, maximum: 10 }], ...javascript },
    // Token unit: 12 documentation words against 86 code tokens is 12.2%.
    {
      code: documentedFunction(['Adds the numbers the legacy form posts, kept for old clients.']),
      options: [{ unit: 'tokens', minimum: 10, scope: ['function'] }],
      ...javascript,
    },
    // Licence headers count only when asked to.
    {
      code: `/* Copyright (c) 2025 Example Corp. All rights reserved. */\n${undocumentedFunction}`,
      options: [{ scope: ['file'], commentKinds: ['license'], minimum: 4 }],
      ...javascript,
    },
  ],
  invalid: [
    // A file exactly minimumSize lines long is judged: the rule skips only shorter files unheard.
    {
      code: 'a();\nb();\nc();\n',
      options: [{ scope: ['file'], minimumSize: 3 }],
      ...javascript,
      errors: [{ messageId: 'belowMinimum', data: { subject: 'File', share: '0% comment lines (0 of 3)', threshold: 5 }, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      code: undocumentedFunction,
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: 'File', share: '0% comment lines (0 of 22)', threshold: 5 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
        },
        {
          messageId: 'belowMinimum',
          data: { subject: "Function 'sum'", share: '0% comment lines (0 of 22)', threshold: 5 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
        },
      ],
    },
    {
      // One line of JSDoc in a 48-line method: the message names the method and both figures.
      code: source(
        'class Parser {',
        '  /** Splits one CSV row. */',
        '  parseRow(row) {',
        '    let total = 0;',
        statements(43, '    '),
        '    return total;',
        '  }',
        '}',
      ),
      options: [{ minimum: 10, scope: ['function'] }],
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: "Method 'parseRow'", share: '2.1% comment lines (1 of 48)', threshold: 10 },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
    {
      // Directives, licence headers and commented-out code are not documentation.
      code: source(
        '#!/usr/bin/env node',
        '/* SPDX-License-Identifier: MIT */',
        '/* global process */',
        'var total = 0;',
        '// total = compute(total);',
        // Fragments that are code only where they sit are commented-out code too.
        'var options = {',
        '  // retries: 2,',
        '};',
        statements(18, ''),
      ),
      options: [{ scope: ['file'] }],
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: 'File', share: '0% comment lines (0 of 21)', threshold: 5 },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
        },
      ],
    },
    {
      // Where one decimal would print the threshold itself, a second shows the figure is below it.
      code: source('// One.', '// Two.', 'const a = 1;'),
      options: [{ minimumSize: 1, minimum: 66.7 }],
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: 'File', share: '66.67% comment lines (2 of 3)', threshold: 66.7 },
          line: 3,
          column: 1,
        },
      ],
    },
    {
      // Comment-stuffed code is caught by the maximum.
      code: source('// One.', '// Two.', 'const a = 1;'),
      options: [{ minimumSize: 1, maximum: 50 }],
      ...javascript,
      errors: [
        {
          messageId: 'aboveMaximum',
          data: { subject: 'File', share: '66.7% comment lines (2 of 3)', threshold: 50 },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 6,
        },
      ],
    },
    {
      // Arrow functions and object methods are named after what holds them.
      code: source(
        'export const handlers = {',
        '  onSave(event) {',
        statements(3, '    '),
        '  },',
        '};',
        'export const load = async () => {',
        statements(3),
        '};',
        'export default function () {',
        statements(3),
        '}',
      ),
      options: [{ scope: ['function'], minimumSize: 3 }],
      ...javascript,
      errors: [
        { messageId: 'belowMinimum', data: { subject: "Method 'onSave'", share: '0% comment lines (0 of 5)', threshold: 5 }, line: 2, column: 3, endLine: 2, endColumn: 18 },
        { messageId: 'belowMinimum', data: { subject: "Arrow function 'load'", share: '0% comment lines (0 of 5)', threshold: 5 }, line: 8, column: 14, endLine: 8, endColumn: 34 },
        { messageId: 'belowMinimum', data: { subject: 'Anonymous function', share: '0% comment lines (0 of 5)', threshold: 5 }, line: 13, column: 16, endLine: 13, endColumn: 29 },
      ],
    },
    {
      // Tokens: one word of documentation against 86 code tokens.
      code: documentedFunction(['Adds.']),
      options: [{ unit: 'tokens', scope: ['function'], minimum: 2 }],
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: "Function 'sum'", share: '1.1% comment tokens (1 of 87)', threshold: 2 },
          line: 4,
          column: 1,
        },
      ],
    },
    {
      // TSX: JSX comments are comments; a comment marker in JSX text or a string is not.
      code: source(
        'export function Panel(props: { title: string }): JSX.Element {',
        '  const url = "http://example.com/*not-a-comment*/";',
        '  return (',
        '    <section>',
        '      {/* Title first: screen readers announce it. */}',
        '      <h1>{props.title}</h1>',
        '      <p>// not a comment either</p>',
        '      <a href={url}>more</a>',
        '    </section>',
        '  );',
        '}',
      ),
      filename: 'panel.tsx',
      options: [{ minimum: 20, minimumSize: 5, scope: ['function'] }],
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: "Function 'Panel'", share: '9.1% comment lines (1 of 11)', threshold: 20 },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 63,
        },
      ],
    },
    {
      // CRLF line endings and a byte-order mark change nothing about lines or positions.
      code: `\uFEFF${crlf(undocumentedFunction)}`,
      options: [{ scope: ['function'] }],
      ...javascript,
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: "Function 'sum'", share: '0% comment lines (0 of 22)', threshold: 5 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
        },
      ],
    },
    {
      // A TypeScript method with an interface above it: the interface's doc belongs to it.
      code: source(
        '/** A shape with an area. */',
        'interface Shape { area(): number }',
        'export class Square implements Shape {',
        '  constructor(private readonly side: number) {',
        statements(4, '    '),
        '  }',
        '}',
      ),
      filename: 'square.ts',
      options: [{ scope: ['function'], minimumSize: 4 }],
      errors: [
        {
          messageId: 'belowMinimum',
          data: { subject: 'Constructor', share: '0% comment lines (0 of 6)', threshold: 5 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 47,
        },
      ],
    },
  ],
});

describe('comment-ratio options', () => {
  // ESLint validates options against the schema before any file is read; the error must name the rule.
  it.each([
    [{ minimum: 'ten' }, 'Value "ten" should be number.'],
    [{ minimum: 120 }, 'Value 120 should be <= 100.'],
    [{ unit: 'words' }, 'Value "words" should be equal to one of the allowed values.'],
    [{ scope: ['module'] }, 'Value "module" should be equal to one of the allowed values.'],
    [{ commentKinds: [] }, 'Value [] should NOT have fewer than 1 items.'],
    [{ minimumSize: 2.5 }, 'Value 2.5 should be integer.'],
    [{ threshold: 5 }, 'Unexpected property "threshold".'],
  ])('rejects %j', (options, problem) => {
    expect(() => lintWithRule('comment-ratio', [options])).toThrow(`Key "ai-code/comment-ratio":\n\t`);
    expect(() => lintWithRule('comment-ratio', [options])).toThrow(problem);
  });

  it('rejects a minimum above the maximum, naming the rule', () => {
    expect(() => lintWithRule('comment-ratio', [{ minimum: 20, maximum: 10 }])).toThrow(
      `Error while loading rule 'ai-code/comment-ratio': Invalid options: "minimum" (20) is greater than "maximum" (10).`,
    );
  });
});

describe('comment-ratio file-level reports', () => {
  const undocumented = `${statements(25, '')}\n`;

  // ESLint 10's Program node spans the header comments; the report sits on the first token so
  // that both directive styles in a header still cover it.
  it.each([
    `/* eslint-disable ai-code/comment-ratio -- generated lookup table */\n${undocumented}`,
    `#!/usr/bin/env node\n// eslint-disable-next-line ai-code/comment-ratio -- lookup table\n${undocumented}`,
  ])('can be disabled from the header: %#', (code) => {
    expect(lintWithRule('comment-ratio', [{ scope: ['file'] }], code)).toEqual([]);
  });

  it('is reported when not disabled', () => {
    expect(lintWithRule('comment-ratio', [{ scope: ['file'] }], undocumented).map((message) => message.line)).toEqual([1]);
  });
});

describe('comment-ratio with onlyGenerated', () => {
  const TAG = '@ai' + '-generated';
  const undocumented = (name: string): string => `function ${name}() {\n${statements(4)}\n}`;
  const options = { onlyGenerated: true, minimumSize: 3, scope: ['file', 'function'] };

  // Human code is left to the team's ordinary bar; generated code is held to this one.
  it('judges only functions in generated regions and declarations, and files marked whole', () => {
    const code = [undocumented('human'), `// ${TAG}-begin`, undocumented('region'), `// ${TAG}-end`, `// ${TAG}`, undocumented('marked'), ''].join('\n');
    const messages = lintWithRule('comment-ratio', [options], code);
    expect(messages.map((message) => message.message)).toEqual([
      "Function 'region' has 0% comment lines (0 of 6); the minimum is 5%.",
      "Function 'marked' has 0% comment lines (0 of 6); the minimum is 5%.",
    ]);
    expect(lintWithRule('comment-ratio', [options], `// ${TAG}\n${undocumented('whole')}\n`).map((message) => message.message)).toEqual([
      'File has 0% comment lines (0 of 6); the minimum is 5%.',
      "Function 'whole' has 0% comment lines (0 of 6); the minimum is 5%.",
    ]);
  });

  // Regenerated code is the generator's business, unless a team opts back in.
  it('skips files with a tool banner unless the settings say otherwise', () => {
    const code = `// @${'generated'} by protoc\n${undocumented('generatedByTool')}\n`;
    expect(lintWithRule('comment-ratio', [{ minimumSize: 3 }], code)).toEqual([]);
    expect(lintWithRule('comment-ratio', [{ minimumSize: 3, scope: ['file'] }], code, { skipToolGenerated: false })).toHaveLength(1);
  });
});
