import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-commented-out-code.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;

ruleTester.run('no-commented-out-code', rule, {
  valid: [
    // Prose with code punctuation does not parse; `=` in a sentence is still a sentence.
    { code: source('// width = height * ratio, so the box stays square', 'resize();'), ...javascript },
    { code: source('// See parse(row) for the format; it returns null on bad rows.', 'run();'), ...javascript },
    // Lone words, values and list bullets parse but are not code.
    { code: source('// Deprecated', '// - first item', "// 'utf8'", 'run();'), ...javascript },
    // JSDoc examples are documentation.
    { code: source('/**', ' * Adds.', ' * @example', ' * add(1, 2); // 3', ' */', 'export function add(a, b) { return a + b; }'), ...javascript },
    // Directives and licence headers are not code, whatever they hold.
    { code: source('/* eslint no-console: "off" */', '// @ts-expect-error', 'run();'), ...javascript },
    // Below the minimum size.
    { code: source('// run();', 'go();'), options: [{ minimumLines: 2 }], ...javascript },
    // TypeScript's reading of a lone negated value, and of prose that is neither TypeScript nor JSX.
    { code: source('// !(ready)', '// Note: <b>bold</b> text', 'export {};'), filename: 'x.ts' },
    // Prose with TypeScript's words and punctuation: espree's stop at `value as` tells that TypeScript fails too.
    { code: source('// Keep the old value as a fallback: the cache may be cold.', 'export {};'), filename: 'x.ts' },
  ],
  invalid: [
    {
      // A commented-out block is one report; the suggestion removes its lines.
      code: source('function total(items) {', '  // for (const item of items) {', '  //   sum += item.price;', '  // }', '  return 0;', '}'),
      ...javascript,
      errors: [
        {
          messageId: 'commentedOutCode',
          data: { lines: 3 },
          line: 2,
          column: 3,
          endLine: 4,
          endColumn: 7,
          suggestions: [{ messageId: 'removeCode', output: source('function total(items) {', '  return 0;', '}') }],
        },
      ],
    },
    {
      // Prose above the code is left out of the report; a `return` parses outside a function.
      code: source('// Old approach, kept for reference:', '// const rows = load();', '// return rows;', 'run();'),
      ...javascript,
      errors: [
        {
          messageId: 'commentedOutCode',
          data: { lines: 2 },
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 16,
          suggestions: [{ messageId: 'removeCode', output: source('// Old approach, kept for reference:', 'run();') }],
        },
      ],
    },
    {
      // A trailing comment and a block comment; the suggestion keeps the code on the line.
      code: source('start(); // stop();', '/* cleanup(); */'),
      ...javascript,
      errors: [
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 1, column: 10, endLine: 1, endColumn: 20, suggestions: [{ messageId: 'removeCode', output: source('start();', '/* cleanup(); */') }] },
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 2, column: 1, endLine: 2, endColumn: 17, suggestions: [{ messageId: 'removeCode', output: source('start(); // stop();', '') }] },
      ],
    },
    {
      // TypeScript syntax espree cannot read is parsed with the file's own parser.
      code: source('// const limit: number = readLimit();', 'export {};'),
      filename: 'x.ts',
      errors: [{ messageId: 'commentedOutCode', data: { lines: 1 }, line: 1, column: 1, endLine: 1, endColumn: 38, suggestions: [{ messageId: 'removeCode', output: 'export {};' }] }],
    },
    {
      // The file's parser reads every candidate: TypeScript also without its punctuation.
      code: source("// import fs = require('fs');", 'export {};'),
      filename: 'x.ts',
      errors: [{ messageId: 'commentedOutCode', data: { lines: 1 }, line: 1, column: 1, endLine: 1, endColumn: 30, suggestions: [{ messageId: 'removeCode', output: 'export {};' }] }],
    },
    {
      // TypeScript reads `return` at the top level; JSX in a `.ts` file is espree's to read.
      code: source('// return total as number;', 'export {};', '// <Badge count={count} />', 'run();'),
      filename: 'x.ts',
      errors: [
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 1, column: 1, endLine: 1, endColumn: 27, suggestions: [{ messageId: 'removeCode', output: source('export {};', '// <Badge count={count} />', 'run();') }] },
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 3, column: 1, endLine: 3, endColumn: 27, suggestions: [{ messageId: 'removeCode', output: source('// return total as number;', 'export {};', 'run();') }] },
      ],
    },
    {
      // Words side by side in a string, or after `declare`, do not make TypeScript prose.
      code: source('// const message = "file not found" as Message;', 'export {};', '// declare function label(text: "two words"): void;'),
      filename: 'x.ts',
      errors: [
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 1, column: 1, endLine: 1, endColumn: 48, suggestions: [{ messageId: 'removeCode', output: source('export {};', '// declare function label(text: "two words"): void;') }] },
        { messageId: 'commentedOutCode', data: { lines: 1 }, line: 3, column: 1, endLine: 3, endColumn: 52, suggestions: [{ messageId: 'removeCode', output: source('// const message = "file not found" as Message;', 'export {};', '') }] },
      ],
    },
    {
      // JSX in TSX, with Windows line ends.
      code: crlf(source('export const A = () => {', '  // return <div className="x" />;', '  return null;', '};')),
      filename: 'x.tsx',
      errors: [
        {
          messageId: 'commentedOutCode',
          data: { lines: 1 },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 35,
          suggestions: [{ messageId: 'removeCode', output: crlf(source('export const A = () => {', '  return null;', '};')) }],
        },
      ],
    },
  ],
});

describe('no-commented-out-code options', () => {
  it.each([
    [{ minimumLines: 0 }, 'Value 0 should be >= 1.'],
    [{ minimum: 2 }, 'Unexpected property "minimum".'],
  ])('rejects %j', (options, problem) => {
    expect(() => lintWithRule('no-commented-out-code', [options])).toThrow(problem);
  });
});
