import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/require-spdx-header.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;
// Marker tags are assembled so that this test file does not itself carry a marker.
const TAG = '@ai' + '-generated';
const ID = 'SPDX-License-Identifier:';
const header = { license: 'MIT', copyrightText: '2026 Acme Inc.' };
const BOM = '\uFEFF';

ruleTester.run('require-spdx-header', rule, {
  valid: [
    // Line and block styles, ids with `+`, exceptions, LicenseRef- and DocumentRef- ids.
    { code: source(`// ${ID} MIT`, 'export const a = 1;'), ...javascript },
    { code: source('/*', ` * ${ID} GPL-2.0-or-later WITH Classpath-exception-2.0`, ' */', 'run();'), ...javascript },
    { code: source(`/* ${ID} (MIT OR Apache-2.0) AND LicenseRef-Acme-1.0 */`, 'run();'), ...javascript },
    { code: source(`// ${ID} EPL-2.0+ OR DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2`, 'run();'), ...javascript },
    // Lower-case operators are SPDX too; tabs and runs of spaces are white space.
    { code: source(`// ${ID} MIT or\tISC  and  0BSD`, 'run();'), ...javascript },
    // The header may follow other header comments, a shebang and a BOM, in CRLF files.
    { code: crlf(source('#!/usr/bin/env node', '// @ts-check', `// ${ID} ISC`, 'run();')), ...javascript },
    { code: `${BOM}// ${ID} MIT\nrun();\n`, ...javascript },
    // TypeScript and TSX through typescript-eslint's parser.
    { code: source(`// ${ID} MIT`, 'export const a: number = 1;'), filename: 'x.ts' },
    { code: source(`/** ${ID} MIT */`, 'export const View = () => <div />;'), filename: 'x.tsx' },
    // Policies: plain ids, `+` ranges, one allowed OR choice.
    { code: source(`// ${ID} GPL-3.0-only OR LicenseRef-Commercial`, 'run();'), options: [{ allowed: ['GPL-2.0+'] }], ...javascript },
    { code: source(`// ${ID} (GPL-3.0-only AND BSD-3-Clause) OR MIT`, 'run();'), options: [{ allowed: ['MIT'] }], ...javascript },
    // Copyright notices in the forms REUSE accepts, and a contributor naming the tool.
    {
      code: source('// SPDX-FileCopyrightText: 2026 Ana Lima', `// ${ID} MIT`, 'run();'),
      options: [{ requireCopyright: true }],
      ...javascript,
    },
    { code: source('/*', ' * Copyright (c) 2019 Acme', ` * ${ID} MIT`, ' */', 'run();'), options: [{ requireCopyright: true }], ...javascript },
    {
      code: source(`// ${ID} MIT`, '// SPDX-FileContributor: GitHub Copilot', `// ${TAG}`, 'run();'),
      options: [{ requireAttribution: true }],
      ...javascript,
    },
    { code: source(`// ${ID} MIT`, `// ${TAG} tool=claude`, 'run();'), options: [{ requireAttribution: true }], ...javascript },
    // Tool-generated files are skipped; so are empty files.
    { code: source(`// @${'generated'} by protoc`, 'run();'), ...javascript },
    { code: '', ...javascript },
  ],
  invalid: [
    // No header: the configured header is inserted, in the file's comment style.
    {
      code: source('export const a = 1;'),
      output: source('// SPDX-FileCopyrightText: 2026 Acme Inc.', `// ${ID} MIT`, '', 'export const a = 1;'),
      options: [{ header }],
      ...javascript,
      errors: [{ messageId: 'missingLicense', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      // After a shebang, in a block because the file's first comment is a block; CRLF kept.
      code: crlf(source('#!/usr/bin/env node', '/* Orders service. */', 'run();')),
      output: crlf(source('#!/usr/bin/env node', '/*', ` * ${ID} MIT`, ' */', '', '/* Orders service. */', 'run();')),
      options: [{ header: { license: 'MIT' } }],
      ...javascript,
      errors: [{ messageId: 'missingLicense', line: 2, column: 1, endLine: 2, endColumn: 1 }],
    },
    {
      // The BOM stays first; an existing blank line is not doubled; `style` overrides auto.
      code: `${BOM}\n/** Orders. */\nexport const a = 1;\n`,
      output: `${BOM}// ${ID} Apache-2.0\n\n/** Orders. */\nexport const a = 1;\n`,
      options: [{ header: { license: 'Apache-2.0', style: 'line' } }],
      ...javascript,
      errors: [{ messageId: 'missingLicense', line: 1, column: 1 }],
    },
    {
      // Without a configured header there is nothing to insert.
      code: source('// Orders.', 'run();'),
      ...javascript,
      errors: [{ messageId: 'missingLicense', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      // A tag after the first token is not a header, and no second header is inserted above it.
      code: source("'use strict';", `// ${ID} MIT`),
      options: [{ header }],
      ...javascript,
      errors: [{ messageId: 'misplacedLicense', line: 2, column: 4, endLine: 2, endColumn: 28 }],
    },
    {
      // A snippet's license tag licenses the snippet, not the file.
      code: source('run();', '// SPDX-SnippetBegin', `// ${ID} MIT`, 'copied();', '// SPDX-SnippetEnd'),
      output: source(`// ${ID} MIT`, '', 'run();', '// SPDX-SnippetBegin', `// ${ID} MIT`, 'copied();', '// SPDX-SnippetEnd'),
      options: [{ header: { license: 'MIT' } }],
      ...javascript,
      errors: [{ messageId: 'missingLicense', line: 1, column: 1 }],
    },
    {
      // An existing licence comment is never rewritten by --fix: adding the header is a suggestion.
      code: source('/* Copyright 2020 Acme. All rights reserved. */', 'run();'),
      options: [{ header: { license: 'MIT' } }],
      ...javascript,
      errors: [
        {
          messageId: 'missingLicense',
          line: 1,
          column: 1,
          suggestions: [
            { messageId: 'addHeader', data: { license: 'MIT' }, output: source('/*', ` * ${ID} MIT`, ' */', '', '/* Copyright 2020 Acme. All rights reserved. */', 'run();') },
          ],
        },
      ],
    },
    // Near misses get spdx-correct's id as a suggestion, one report per operand.
    {
      code: source(`// ${ID} Apache2 OR mit`, 'run();'),
      ...javascript,
      errors: [
        {
          messageId: 'unknownLicense',
          data: { text: 'Apache2' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'replace', data: { text: 'Apache2', replacement: 'Apache-2.0' }, output: source(`// ${ID} Apache-2.0 OR mit`, 'run();') }],
        },
        {
          messageId: 'idCase',
          data: { text: 'mit', replacement: 'MIT' },
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 43,
          suggestions: [{ messageId: 'replace', data: { text: 'mit', replacement: 'MIT' }, output: source(`// ${ID} Apache2 OR MIT`, 'run();') }],
        },
      ],
    },
    {
      // A license name in words is one operand; in a block comment, on its second line.
      code: source('/*', ` * ${ID} MIT License`, ' */', 'run();'),
      ...javascript,
      errors: [
        {
          messageId: 'unknownLicense',
          data: { text: 'MIT License' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 40,
          suggestions: [{ messageId: 'replace', data: { text: 'MIT License', replacement: 'MIT' }, output: source('/*', ` * ${ID} MIT`, ' */', 'run();') }],
        },
      ],
    },
    {
      // npm's UNLICENSED (no license granted) must not be "corrected" to the Unlicense.
      code: source(`// ${ID} UNLICENSED`, 'run();'),
      ...javascript,
      errors: [{ messageId: 'unknownLicense', data: { text: 'UNLICENSED' }, line: 1, column: 29, endLine: 1, endColumn: 39, suggestions: [] }],
    },
    // Deprecated ids, with the current id where spdx-correct knows it.
    {
      code: crlf(source(`// ${ID} GPL-2.0+ OR wxWindows`, 'run();')),
      ...javascript,
      errors: [
        {
          messageId: 'deprecatedReplaced',
          data: { text: 'GPL-2.0+', replacement: 'GPL-2.0-or-later' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            { messageId: 'replace', data: { text: 'GPL-2.0+', replacement: 'GPL-2.0-or-later' }, output: crlf(source(`// ${ID} GPL-2.0-or-later OR wxWindows`, 'run();')) },
          ],
        },
        { messageId: 'deprecated', data: { text: 'wxWindows' }, line: 1, column: 41, endLine: 1, endColumn: 50, suggestions: [] },
      ],
    },
    // Exceptions: unknown, deprecated, wrong case; only after WITH.
    {
      code: source(`// ${ID} GPL-2.0-only WITH Foo-exception OR GPL-2.0-only WITH Nokia-Qt-exception-1.1`, 'run();'),
      ...javascript,
      errors: [
        { messageId: 'unknownException', data: { text: 'Foo-exception' }, line: 1, column: 47, endLine: 1, endColumn: 60 },
        { messageId: 'deprecated', data: { text: 'Nokia-Qt-exception-1.1' }, line: 1, column: 82, endLine: 1, endColumn: 104 },
      ],
    },
    {
      code: source(`// ${ID} Apache-2.0 WITH llvm-exception`, 'run();'),
      ...javascript,
      errors: [
        {
          messageId: 'idCase',
          data: { text: 'llvm-exception', replacement: 'LLVM-exception' },
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            { messageId: 'replace', data: { text: 'llvm-exception', replacement: 'LLVM-exception' }, output: source(`// ${ID} Apache-2.0 WITH LLVM-exception`, 'run();') },
          ],
        },
      ],
    },
    // LicenseRef- ids must be idstrings; mixed-case operators are not SPDX.
    {
      code: source(`// ${ID} LicenseRef-acme_internal And MIT`, 'run();'),
      ...javascript,
      errors: [
        { messageId: 'invalidLicenseRef', data: { text: 'LicenseRef-acme_internal' }, line: 1, column: 29, endLine: 1, endColumn: 53 },
        {
          messageId: 'operatorCase',
          data: { text: 'And', replacement: 'AND' },
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 57,
          suggestions: [{ messageId: 'replace', data: { text: 'And', replacement: 'AND' }, output: source(`// ${ID} LicenseRef-acme_internal AND MIT`, 'run();') }],
        },
      ],
    },
    // Grammar errors: dangling operators, unbalanced parentheses, empty tags.
    {
      code: source(`// ${ID} MIT AND`, 'run();'),
      ...javascript,
      errors: [{ messageId: 'invalidExpression', data: { text: 'MIT AND' }, line: 1, column: 29, endLine: 1, endColumn: 36 }],
    },
    {
      code: source(`/* ${ID} (MIT OR ISC */`, 'run();'),
      filename: 'x.ts',
      errors: [{ messageId: 'invalidExpression', data: { text: '(MIT OR ISC' }, line: 1, column: 29, endLine: 1, endColumn: 40 }],
    },
    {
      code: source(`// ${ID}`, 'run();'),
      ...javascript,
      errors: [{ messageId: 'emptyExpression', line: 1, column: 4, endLine: 1, endColumn: 28 }],
    },
    // Policy: no OR choice uses only allowed licenses.
    {
      code: source(`// ${ID} GPL-3.0-only OR (MIT AND LicenseRef-Acme)`, 'run();'),
      options: [{ allowed: ['MIT', 'Apache-2.0'] }],
      ...javascript,
      errors: [
        {
          messageId: 'notAllowed',
          data: { text: 'GPL-3.0-only OR (MIT AND LicenseRef-Acme)', allowed: "'MIT', 'Apache-2.0'" },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 70,
        },
      ],
    },
    // Copyright: a suggestion inserts the configured notice, decorated like the license line.
    {
      code: source('/*', ` * ${ID} MIT`, ' */', 'run();'),
      options: [{ requireCopyright: true, header }],
      ...javascript,
      errors: [
        {
          messageId: 'missingCopyright',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            { messageId: 'addCopyright', data: { text: '2026 Acme Inc.' }, output: source('/*', ' * SPDX-FileCopyrightText: 2026 Acme Inc.', ` * ${ID} MIT`, ' */', 'run();') },
          ],
        },
      ],
    },
    {
      // On a block's first line the notice gets a comment of its own; a bare tag is no notice.
      code: crlf(source('// SPDX-FileCopyrightText:', `/* ${ID} MIT */`, 'run();')),
      options: [{ requireCopyright: true, header }],
      ...javascript,
      errors: [
        {
          messageId: 'missingCopyright',
          line: 2,
          column: 4,
          suggestions: [
            {
              messageId: 'addCopyright',
              data: { text: '2026 Acme Inc.' },
              output: crlf(source('// SPDX-FileCopyrightText:', '/* SPDX-FileCopyrightText: 2026 Acme Inc. */', `/* ${ID} MIT */`, 'run();')),
            },
          ],
        },
      ],
    },
    // Attribution: file, region and declaration markers without tool=, in TSX.
    {
      code: source(`// ${ID} MIT`, `// ${TAG} model=gpt-4.1`, 'export const View = () => (', '  <ul>', `    {/* ${TAG}-begin */}`, '    <li>a</li>', `    {/* ${TAG}-end */}`, '  </ul>', ');', `// ${TAG}`, 'export function f() {}'),
      filename: 'x.tsx',
      options: [{ requireAttribution: true }],
      errors: [
        { messageId: 'missingAttribution', data: { subject: 'This file' }, line: 2, column: 4, endLine: 2, endColumn: 17 },
        { messageId: 'missingAttribution', data: { subject: 'This region' }, line: 5, column: 9, endLine: 5, endColumn: 28 },
        { messageId: 'missingAttribution', data: { subject: 'This declaration' }, line: 10, column: 4, endLine: 10, endColumn: 17 },
      ],
    },
    {
      // A file marked by configuration has no marker: only the header can name the tool.
      code: source(`// ${ID} MIT`, 'run();'),
      options: [{ requireAttribution: true }],
      settings: { 'ai-code': { treatAsGenerated: true } },
      ...javascript,
      errors: [{ messageId: 'missingAttribution', data: { subject: 'This file' }, line: 1, column: 4, endLine: 1, endColumn: 28 }],
    },
  ],
});

describe('require-spdx-header options', () => {
  // ESLint validates options against the schema before any file is read; the error must name the rule.
  it.each([
    [{ allowed: 'MIT' }, 'Value "MIT" should be array.'],
    [{ requireCopyright: 'yes' }, 'Value "yes" should be boolean.'],
    [{ header: {} }, 'Value {} should have required property \'license\'.'],
    [{ header: { license: 'MIT', style: 'hash' } }, 'Value "hash" should be equal to one of the allowed values.'],
    [{ license: 'MIT' }, 'Unexpected property "license".'],
  ])('rejects %j', (options, problem) => {
    expect(() => lintWithRule('require-spdx-header', [options])).toThrow(`Key "ai-code/require-spdx-header":\n\t`);
    expect(() => lintWithRule('require-spdx-header', [options])).toThrow(problem);
  });

  // What the schema cannot say: SPDX validity of the policy and of the inserted header.
  it.each([
    [{ allowed: ['MIT OR ISC'] }, `"allowed" entry 'MIT OR ISC' is not an SPDX license id, 'id+' or 'id WITH exception'.`],
    [{ allowed: ['Apache2'] }, `"allowed" entry 'Apache2' is not an SPDX license id, 'id+' or 'id WITH exception'.`],
    [{ header: { license: 'GPL-2.0' } }, `"header.license" 'GPL-2.0' is not a valid, current SPDX license expression.`],
    [{ header: { license: 'ISC' }, allowed: ['MIT'] }, `"header.license" 'ISC' is not in "allowed".`],
    [{ header: { license: 'MIT', copyrightText: 'Acme */ x' } }, `"header.copyrightText" must be one line without '*/'.`],
  ])('rejects %j when loading the rule', (options, problem) => {
    expect(() => lintWithRule('require-spdx-header', [options])).toThrow(`Error while loading rule 'ai-code/require-spdx-header': Invalid options: ${problem}`);
  });
});

describe('require-spdx-header fixes', () => {
  // The autofix must leave a file that the rule accepts, whatever the file looked like.
  it.each([
    ['plain', 'run();\n'],
    ['shebang only', '#!/usr/bin/env node'],
    ['leading blank line', '\n\nrun();\n'],
    ['block comment first', '/* Orders service. */\nrun();\n'],
  ])('inserts a header the rule then accepts: %s', (_, code) => {
    const options = { requireCopyright: true, header };
    const first = lintWithRule('require-spdx-header', [options], code);
    expect(first.map((message) => message.messageId)).toEqual(['missingLicense']);
    const { range, text } = first[0]!.fix!;
    const output = code.slice(0, range[0]) + text + code.slice(range[1]);
    expect(lintWithRule('require-spdx-header', [options], output)).toEqual([]);
    expect(output).toContain(`${ID} MIT`);
  });
});
