/**
 * The header shapes the REUSE specification (3.x) accepts in a JavaScript or TypeScript file,
 * written here as our own fixtures from the facts the spec states, and what the header rule
 * and lib/spdx/ make of them.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../../index.js';
import { checkExpression } from '../../../lib/spdx/expression.js';
import { readSpdxHeader } from '../../../lib/spdx/header.js';
import { sourceFromESLint } from '../../../lib/eslint/source-adapter.js';
import { crlf, source } from '../../helpers/code.js';

const LICENSE = 'SPDX-License-Identifier:';
const COPYRIGHT = 'SPDX-FileCopyrightText:';

interface Fixture {
  readonly name: string;
  readonly code: string;
  readonly typescript?: boolean;
  /** The expressions and the number of copyright notices REUSE would read from the header. */
  readonly licenses: string[];
  readonly notices: number;
}

/*
 * The spec's facts behind the fixtures (this comment sits after the imports: in the header it
 * would be a licence comment, not documentation):
 * - licensing goes in a comment header at the top: one or more copyright notices and one or
 *   more license tags, each followed by an SPDX license expression;
 * - a copyright notice starts with the SPDX copyright tag, the word "Copyright" or the symbol,
 *   optionally followed by (C), (c) or the symbol; years may be a list or a span, the contact
 *   address sits in angle brackets, and the holder may stand alone;
 * - licenses not on the SPDX list are `LicenseRef-[idstring]`; exceptions must be on it;
 * - other SPDX file tags, such as the contributor tag, may sit beside them;
 * - snippets elsewhere in the file carry their own tags between snippet begin and end tags,
 *   and REUSE's ignore-start and ignore-end comments hide tag-like text.
 */
const accepted: Fixture[] = [
  {
    name: 'line comments, the layout of the spec example',
    code: source(`// ${COPYRIGHT} 2016, 2018-2019 Jane Doe <jane@example.com>`, `// ${COPYRIGHT} 2019 Example Organisation`, '//', `// ${LICENSE} GPL-3.0-or-later`, '', 'export const a = 1;'),
    licenses: ['GPL-3.0-or-later'],
    notices: 2,
  },
  {
    name: 'a block comment with star decoration',
    code: source('/*', ` * ${COPYRIGHT} 2019 Jane Doe <jane@example.com>`, ' *', ` * ${LICENSE} GPL-3.0-or-later OR Apache-2.0`, ' */', 'run();'),
    licenses: ['GPL-3.0-or-later OR Apache-2.0'],
    notices: 1,
  },
  {
    name: 'every copyright prefix and its optional (C) or © mark',
    code: source(
      `// ${COPYRIGHT} © 2019 John Doe <john@example.com>`,
      `// ${COPYRIGHT} (C) Example Cooperative <info@coop.example.com>`,
      `// ${COPYRIGHT} Contributors to Example Project <https://project.example.com>`,
      '// © Example Corporation <https://corp.example.com>',
      '// Copyright 2016, 2018-2019 Joe Anybody',
      '// Copyright (c) Alice, some rights reserved',
      `// ${LICENSE} MIT`,
      'run();',
    ),
    licenses: ['MIT'],
    notices: 6,
  },
  // Compound expressions: the expression grammar, not just single ids, must match REUSE's.
  {
    name: 'an exception, a LicenseRef and AND in one expression, in TypeScript',
    code: source(
      `// ${COPYRIGHT} 2023 Alice Hack and (other) contributors to Project X <https://git.example.com/alicehack/projectx/CONTRIBUTORS.md>`,
      `// ${LICENSE} (GPL-2.0-or-later WITH Classpath-exception-2.0) AND LicenseRef-ProjectX-Fonts`,
      'export const size: number = 12;',
    ),
    typescript: true,
    licenses: ['(GPL-2.0-or-later WITH Classpath-exception-2.0) AND LicenseRef-ProjectX-Fonts'],
    notices: 1,
  },
  // REUSE reads every comment of the header, and more than one license tag.
  {
    name: 'two license tags and a contributor, in separate comments',
    code: source(`/* ${COPYRIGHT} 2024 Jane Doe */`, '', `// ${LICENSE} MIT`, `// ${LICENSE} CC0-1.0`, '// SPDX-FileContributor: Claude Code', 'run();'),
    licenses: ['MIT', 'CC0-1.0'],
    notices: 1,
  },
  // Placement: a shebang comes first, and line endings must not change what is read.
  {
    name: 'a JSDoc-style block after a shebang, with CRLF line endings',
    code: crlf(source('#!/usr/bin/env node', '/**', ` * ${COPYRIGHT} 2021 Jane Doe`, ' *', ` * ${LICENSE} GPL-3.0-or-later`, ' */', 'run();')),
    licenses: ['GPL-3.0-or-later'],
    notices: 1,
  },
  // Tags below the first statement belong to snippets or are ignored, by REUSE and by the rule.
  {
    name: 'a snippet and an ignore block in the body, which the header check does not read',
    code: source(
      `// ${COPYRIGHT} 2021 Jane Doe`,
      `// ${LICENSE} GPL-3.0-or-later`,
      'run();',
      '// SPDX-SnippetBegin',
      '// SPDX-SnippetCopyrightText: 2022 Jane Doe <jane@example.com>',
      `// ${LICENSE} MIT`,
      'print();',
      '// SPDX-SnippetEnd',
      '// REUSE-IgnoreStart',
      `const line = "${LICENSE} NOT-A-LICENSE";`,
      '// REUSE-IgnoreEnd',
    ),
    licenses: ['GPL-3.0-or-later'],
    notices: 1,
  },
];

/** The rule's findings on a fixture, parsed as JavaScript or, if it says so, TypeScript. */
function lint(fixture: Pick<Fixture, 'code' | 'typescript'>): Linter.LintMessage[] {
  const linter = new Linter();
  const languageOptions = fixture.typescript === true ? { parser: tsParser } : {};
  return linter.verify(fixture.code, [
    {
      plugins: { 'ai-code': plugin as never },
      languageOptions,
      // REUSE requires a copyright notice, so the check is as strict here.
      rules: { 'ai-code/require-spdx-header': ['error', { requireCopyright: true }] },
    },
  ]);
}

describe('REUSE comment headers', () => {
  it.each(accepted.map((fixture) => [fixture.name, fixture] as const))('are accepted: %s', (_, fixture) => {
    expect(lint(fixture)).toEqual([]);
  });

  // Accepting is not enough: the header must be read as REUSE reads it.
  it.each(accepted.map((fixture) => [fixture.name, fixture] as const))('are read as REUSE reads them: %s', (_, fixture) => {
    const linter = new Linter();
    linter.verify(fixture.code, [{ languageOptions: fixture.typescript === true ? { parser: tsParser } : {} }]);
    const parsed = sourceFromESLint(linter.getSourceCode() as never);
    const header = readSpdxHeader(parsed.comments, parsed.tokens[0]!.range[0]);
    expect(header.licenses.map((tag) => tag.value)).toEqual(fixture.licenses);
    expect(header.copyrights).toHaveLength(fixture.notices);
    for (const tag of header.licenses) expect(checkExpression(tag.value)).toMatchObject({ problems: [] });
    expect(header.licenses.every((tag) => fixture.code.slice(tag.valueStart, tag.valueEnd) === tag.value)).toBe(true);
  });

  // Where REUSE's lint fails a file, so does the rule: no license tag, no notice, a bad expression.
  it.each([
    ['no license tag', source(`// ${COPYRIGHT} 2024 Jane Doe`, 'run();'), 'missingLicense'],
    ['no copyright notice', source(`// ${LICENSE} MIT`, 'run();'), 'missingCopyright'],
    ['a license that is not on the SPDX list', source(`// ${COPYRIGHT} 2024 Jane Doe`, `// ${LICENSE} Apache2`, 'run();'), 'unknownLicense'],
    ['an exception that is not on the SPDX list', source(`// ${COPYRIGHT} 2024 Jane Doe`, `// ${LICENSE} MIT WITH My-exception`, 'run();'), 'unknownException'],
  ])('are rejected with %s', (_, code, messageId) => {
    expect(lint({ code }).map((message) => message.messageId)).toEqual([messageId]);
  });
});
