import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-commented-out-code.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;

/**
 * An invalid case of one commented-out run on lines `line`..`endLine` (1-based) of `lines`,
 * from `column` to `endColumn`; its suggestion deletes those lines whole.
 */
function fragment(lines: string[], line: number, endLine: number, column: number, endColumn: number, options: object) {
  const output = source(...lines.filter((_, index) => index + 1 < line || index + 1 > endLine));
  return {
    code: source(...lines),
    ...options,
    errors: [{ messageId: 'commentedOutCode' as const, data: { lines: endLine - line + 1 }, line, column, endLine, endColumn, suggestions: [{ messageId: 'removeCode' as const, output }] }],
  };
}
const typescript = { filename: 'x.ts' };
const tsx = { filename: 'x.tsx' };

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
    // Code that prose introduces as an example (`Example:`, `… like this:`, a mention of code) is documentation.
    { code: source('// Example:', '//   const limiter = createLimiter({ max: 10 });', '//   await limiter.run(task);', 'run();'), ...typescript },
    { code: source('// The query is usually written like this:', '// const rows = await db.select().from(users);', 'run();'), ...javascript },
    { code: source('// a note with some code in it', '// if (ready) {', '// }', 'run();'), ...javascript },
    // Call annotations that name the arguments of the call below, a list of names, a keyword and one word.
    { code: source('// fd_write(fd=1, iovs=100, iovs_len=1)', 'wasi.fd_write(1, 100, 1);', '// path_open(dirfd=3, path=500, path_len)', 'wasi.path_open(3, 500, 4);'), ...typescript },
    { code: source('// open(), close();', '// throw problem;', 'run();'), ...javascript },
    // A word with a comma is prose in a function body, and a lone word is one in an object, where a list item would need its comma.
    { code: source('function f() {', '  // However,', '  // the cache may be cold.', '  run();', '}'), ...javascript },
    { code: source('const handlers = {', '  // Deprecated', '  open,', '};'), ...javascript },
    // A bracket that labels the code beside it, and an attribute-shaped text outside a JSX tag (an illustration).
    { code: source('const LEFT_BRACKET = 0x5b; // [', 'if (eat(0x29 /* ) */)) run();'), ...javascript },
    { code: source('function check(node) {', '  // key={bar}', '  report(node);', '}'), ...javascript },
    // Prose in a slot still does not parse there.
    { code: source('function create(', '  port,', '  // Note: the host is optional,', ') {}'), ...javascript },
  ],
  invalid: [
    // Fragments that parse only where they sit: members, list items, clauses, attributes, chain links.
    fragment(['export class Invoice {', "  public id = '';", '  // public notes: string;', '}'], 3, 3, 3, 27, typescript),
    fragment(['export interface ChartProps {', '  data: number[];', '  // readonly height?: number;', '}'], 3, 3, 3, 31, typescript),
    fragment(['export type Theme = {', '  primary: string;', '  // accent: string;', '};'], 3, 3, 3, 21, typescript),
    fragment(['export enum Role {', "  Admin = 'admin',", "  // Guest = 'guest',", '}'], 3, 3, 3, 22, typescript),
    fragment(['const locales = [', "  'en',", "  // 'fr',", '];'], 3, 3, 3, 11, javascript),
    fragment(['import {', '  Card,', '  // CardFooter,', "} from './card.js';"], 3, 3, 3, 17, javascript),
    fragment(['const a = 1, b = 2;', 'export { a,', '  // b,', '};'], 3, 3, 3, 8, javascript),
    fragment(['export function createServer(', '  port: number,', '  // host: string,', '): void {}'], 3, 3, 3, 19, typescript),
    fragment(['defineConfig({', "  testDir: './e2e',", '  // retries: 2,', '});'], 3, 3, 3, 17, javascript),
    fragment(['listen(', '  port,', '  // onReady,', ');'], 3, 3, 3, 14, javascript),
    fragment(['function label(status) {', '  switch (status) {', "    case 'open':", "      return 'Open';", "    // case 'archived':", "    //   return 'Archived';", '  }', '}'], 5, 6, 5, 28, javascript),
    fragment(['export const Picker = () => (', '  <DatePicker', '    label="Birthday"', '    // views={["year", "month"]}', '  />', ');'], 4, 4, 5, 33, tsx),
    fragment(['export function load(id) {', '  return api', '    .get(id)', '    // .then((response) => response.data)', '    .then(toUser);', '}'], 4, 4, 5, 42, javascript),
    // Brackets are paired as in the code the fragment was cut from: an opening line, a closing one, a clause between.
    fragment(['function check(value) {', '  // if (value == 42) {', '  return value > 0;', '}'], 2, 2, 3, 24, javascript),
    // A comma inside a `//` comment does not end the text, which parses as statements.
    fragment(['run();', '// const retries = 3; // once,', 'done();'], 2, 2, 1, 31, javascript),
    fragment(['function tail(list) {', '  run(list);', '  // }', '}'], 3, 3, 3, 7, javascript),
    fragment(['function pick(a) {', '  if (a) {', '    run();', '  // } else {', '  //   stop();', '  }', '}'], 4, 5, 3, 15, javascript),
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
