import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-comment-gap.js';
import { crlf, decisions, source, statements } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';
import { inLines } from '../helpers/units.js';

const ruleTester = new RuleTester();

// Scores counted into buckets whose ranges the stats literal writes out beside each.
function tally(): string {
  return source(
    'export function tally(matches: Match[]) {',
    '  const stats = { open: 0, buckets: { top: 0, // 90-100',
    '    high: 0, // 70-89',
    '    mid: 0, // 50-69',
    '    low: 0, // 30-49',
    '    none: 0 } };',
    '  for (const match of matches) {',
    '    if (match.open) stats.open++;',
    '    if (match.score >= 90) stats.buckets.top++;',
    '    else if (match.score >= 70) stats.buckets.high++;',
    '    else if (match.score >= 50) stats.buckets.mid++;',
    '    else if (match.score >= 30) stats.buckets.low++;',
    '    else if (!match.hidden || match.forced) stats.buckets.none++;',
    '  }',
    '  return stats;',
    '}',
  );
}
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;
const maximum = 4;

ruleTester.run('no-comment-gap', rule, {
  valid: [
    // Seven decisions in a row are allowed; long runs of markup, data or text decide nothing.
    { code: source('function settle(value: number) {', decisions(7), '}') },
    {
      code: source('export const View = ({ rows }) => (', '  <table>', ...Array.from({ length: 60 }, (_, index) => `    <tr>{rows[${index}] && <td>{rows[${index}].name ?? "none"}</td>}</tr>`), '  </table>', ');'),
      filename: 'view.tsx',
    },
    { code: source('export const RATES = {', ...Array.from({ length: 60 }, (_, index) => `  r${index}: [${index}, ${index * 2}],`), '};') },
    { code: source('export const prompt = `', ...Array.from({ length: 40 }, (_, index) => `If ${index} && ${index + 1} then ? or || else.`), '`;') },
    // A run of decisions on names alone reads as prose, however long.
    { code: source('function settle(bid: Bid) {', ...Array.from({ length: 9 }, (_, index) => `  if (bid.rule${index}.applies && !bid.closed) bid.apply(bid.rule${index});`), '}') },
    // A comment in the middle splits the run.
    { code: source('function settle(value: number) {', decisions(6), '  // Past six the codes are the legacy importer\'s.', decisions(6), '}') },
    // A run does not cross from one function into the next.
    { code: source('function first(value: number) {', decisions(6), '}', 'function second(value: number) {', decisions(6), '}') },
    // A test file is not judged by default.
    { code: source('function settle(value: number) {', decisions(12), '}'), filename: 'src/settle.spec.ts' },
    // A declaration file is no source, told from its name.
    { code: source('function settle(value: number) {', decisions(12), '}'), filename: 'types/settle.d.ts' },
    // A comment directly above a statement explains it and the paragraph it heads, to the blank line.
    { code: source('function settle(value: number) {', '  // Codes past six are the legacy importer\'s.', '  for (const code of codes) {', decisions(9, '    '), '  }', decisions(2), '', decisions(7), '}') },
    // Guard clauses that leave with their own message or a plain value weigh nothing.
    {
      code: source(
        'function check(name: string, size: number) {',
        ...Array.from({ length: 10 }, (_, index) => `  if (size === ${index} || name === '') throw new Error('size ${index} is reserved');`),
        '  if (!name) return null;',
        '  return name;',
        '}',
      ),
    },
    // Numbers a comment of the same function writes out are named there, as a table's buckets are.
    { code: tally() },
  ],
  invalid: [
    {
      // A declaration file is judged when its role is asked for.
      code: source('function settle(bid: Bid) {', ...Array.from({ length: 9 }, (_, index) => `  if (bid.rule${index}.applies && !bid.closed) bid.apply(bid.rule${index});`), '}'),
      filename: 'types/settle.d.ts',
      options: [{ minimumUnnamed: 0, fileRoles: ['declarations'] }],
      errors: [{ messageId: 'gap', data: { run: 'Lines 2–10 make 18 decisions and explain none of them', maximum: 7 }, line: 2, column: 3, endLine: 2, endColumn: 62 }],
    },
    {
      // A comment in another function names nothing of this one's numbers.
      code: tally().replace(/ \/\/ \d+-\d+/gu, '').replace('export function tally', '// Buckets: 90-100, 70-89, 50-69, 30-49.\nfunction buckets() {\n  return 5;\n}\n\nexport function tally'),
      errors: [{ messageId: 'gap', data: { run: 'Lines 12–18 make 8 decisions (2 nested, weighing 10) on 4 unnamed values and explain none of them', maximum: 7 }, line: 12, column: 3, endLine: 12, endColumn: 33 }],
    },
    {
      // With `minimumUnnamed: 0` every run of decisions is judged, names alone or not.
      code: source('function settle(bid: Bid) {', ...Array.from({ length: 9 }, (_, index) => `  if (bid.rule${index}.applies && !bid.closed) bid.apply(bid.rule${index});`), '}'),
      options: [{ minimumUnnamed: 0 }],
      errors: [{ messageId: 'gap', data: { run: 'Lines 2–10 make 18 decisions and explain none of them', maximum: 7 }, line: 2, column: 3, endLine: 2, endColumn: 62 }],
    },
    {
      code: source('function settle(value: number) {', '  const start = Date.now();', decisions(8), '}'),
      errors: [{ messageId: 'gap', data: { run: 'Lines 3–10 make 8 decisions on 14 unnamed values and explain none of them', maximum: 7 }, line: 3, column: 3, endLine: 3, endColumn: 31 }],
    },
    {
      // A callback's body is its own run: the decisions after it start another.
      code: source('function load(items: number[]) {', '  items.forEach((value) => {', decisions(4, '    '), '  });', decisions(3), '}'),
      options: [{ maximum: 2 }],
      errors: [
        { messageId: 'gap', data: { run: 'Lines 3–6 make 4 decisions on 6 unnamed values and explain none of them', maximum: 2 }, line: 3, column: 5, endLine: 3, endColumn: 33 },
        { messageId: 'gap', data: { run: 'Lines 8–10 make 3 decisions on 4 unnamed values and explain none of them', maximum: 2 }, line: 8, column: 3, endLine: 8, endColumn: 31 },
      ],
    },
    {
      // The paragraph a comment heads ends at a blank line: the decisions after it are a run again.
      code: source('function settle(value: number) {', '  // Codes past six are the legacy importer\'s.', decisions(3), '', decisions(8), '}'),
      errors: [{ messageId: 'gap', data: { run: 'Lines 7–14 make 8 decisions on 14 unnamed values and explain none of them', maximum: 7 }, line: 7, column: 3, endLine: 7, endColumn: 31 }],
    },
    {
      // A decision inside a loop or branch weighs two: four of them outweigh seven.
      code: source('function settle(value: number) {', '  for (const code of codes) {', decisions(3, '    '), '  }', '}'),
      options: [{ maximum: 6 }],
      errors: [
        { messageId: 'gap', data: { run: 'Lines 2–5 make 4 decisions (3 nested, weighing 7) on 4 unnamed values and explain none of them', maximum: 6 }, line: 2, column: 3, endLine: 2, endColumn: 30 },
      ],
    },
  ],
});

// The line unit's cases, kept from before the decisions unit became the default.
ruleTester.run('no-comment-gap (unit: lines)', rule, inLines({
  valid: [
    // Exactly the maximum is allowed; the default maximum is 30.
    { code: statements(30, ''), ...javascript },
    { code: statements(maximum, ''), options: [{ maximum }], ...javascript },
    // A comment with words ends the run, whether on its own line or trailing code.
    { code: source(statements(4, ''), '// Totals must stay positive.', statements(4, '')), options: [{ maximum }], ...javascript },
    { code: source(statements(4, ''), 'check(total); // Fails fast on overflow.', statements(3, '')), options: [{ maximum }], ...javascript },
    // Blank lines are not code; with blankLineEndsGap they also end the run.
    { code: source(statements(2, ''), '', '', statements(2, '')), options: [{ maximum }], ...javascript },
    { code: source(statements(4, ''), '', statements(4, '')), options: [{ maximum, blankLineEndsGap: true }], ...javascript },
    // Top-level imports and re-exports are not counted unless asked.
    {
      code: source("import a from 'a';", "import {", '  b,', "} from 'b';", "export * from 'c';", "export { d } from 'd';", statements(4, '')),
      options: [{ maximum }],
      ...javascript,
    },
    // JSX comments are comments.
    {
      code: source('const view = (', '  <ul>', '    <li>one</li>', '    {/* The second item is optional. */}', '    <li>two</li>', '  </ul>', ');'),
      options: [{ maximum }],
      filename: 'view.tsx',
    },
  ],
  invalid: [
    {
      code: statements(31, ''),
      ...javascript,
      errors: [{ messageId: 'gap', data: { run: '31 code lines in a row (lines 1–31) have no explanatory comment', maximum: 30 }, line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      // Directives, commented-out code and word-less rules neither end nor lengthen a run.
      code: source(
        'function total(items) {',
        '  // @ts-expect-error -- legacy callers pass strings',
        '  let sum = 0;',
        '  // sum = legacyTotal(items);',
        '  // } else {',
        '  // ------------------------------',
        '  for (const item of items) sum += item;',
        '  return sum;',
        '}',
      ),
      options: [{ maximum }],
      ...javascript,
      errors: [{ messageId: 'gap', data: { run: '5 code lines in a row (lines 1–9) have no explanatory comment', maximum }, line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      // Lines of a template literal are code, and `//` inside one is not a comment.
      code: source('const help = `', '  // usage: run', '  run --fast', '`;', statements(1, '')),
      options: [{ maximum }],
      ...javascript,
      errors: [{ messageId: 'gap', data: { run: '5 code lines in a row (lines 1–5) have no explanatory comment', maximum }, line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      // Each run is reported at its own first code line, indented or not.
      code: source('  // Setup.', statements(5), '  // Teardown.', '', statements(6)),
      options: [{ maximum }],
      ...javascript,
      errors: [
        { messageId: 'gap', data: { run: '5 code lines in a row (lines 2–6) have no explanatory comment', maximum }, line: 2, column: 3, endLine: 2, endColumn: 14 },
        { messageId: 'gap', data: { run: '6 code lines in a row (lines 9–14) have no explanatory comment', maximum }, line: 9, column: 3, endLine: 9, endColumn: 14 },
      ],
    },
    {
      // Imports count when asked.
      code: source("import a from 'a';", statements(4, '')),
      options: [{ maximum, countImports: true }],
      ...javascript,
      errors: [{ messageId: 'gap', data: { run: '5 code lines in a row (lines 1–5) have no explanatory comment', maximum }, line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      // With commentKinds ['doc'], an explanatory comment no longer ends a run.
      code: source(statements(3, ''), '// Not enough on its own.', statements(2, '')),
      options: [{ maximum, commentKinds: ['doc'] }],
      ...javascript,
      errors: [{ messageId: 'gap', data: { run: '5 code lines in a row (lines 1–6) have no explanatory comment', maximum }, line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      // TypeScript declarations, CRLF line endings, a byte-order mark and a shebang.
      code: `\uFEFF${crlf(source('#!/usr/bin/env node', 'interface Row {', '  id: number;', '  name: string;', '  tags: string[];', '}'))}`,
      options: [{ maximum }],
      filename: 'row.ts',
      errors: [{ messageId: 'gap', data: { run: '5 code lines in a row (lines 2–6) have no explanatory comment', maximum }, line: 2, column: 1, endLine: 2, endColumn: 16 }],
    },
  ],
}));

describe('no-comment-gap options', () => {
  it.each([
    [{ maximum: 0 }, 'Value 0 should be >= 1.'],
    [{ maximum: '30' }, 'Value "30" should be integer.'],
    [{ blankLineEndsGap: 'yes' }, 'Value "yes" should be boolean.'],
    [{ commentKinds: ['prose'] }, 'Value "prose" should be equal to one of the allowed values.'],
    [{ max: 30 }, 'Unexpected property "max".'],
  ])('rejects %j', (options, problem) => {
    expect(() => lintWithRule('no-comment-gap', [options])).toThrow(`Key "ai-code/no-comment-gap":\n\t`);
    expect(() => lintWithRule('no-comment-gap', [options])).toThrow(problem);
  });

  it('is silent on an empty file and on a file of comments only', () => {
    expect(lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 1 }], '')).toEqual([]);
    expect(lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 1 }], '/*\n * Nothing but words.\n */\n// More.\n')).toEqual([]);
  });
});

describe('no-comment-gap with onlyGenerated', () => {
  const TAG = '@ai' + '-generated';

  // Only generated lines count towards a run, so human code around a region cannot extend it.
  it('counts only lines of generated code', () => {
    const code = source(statements(6, ''), `// ${TAG}-begin`, statements(3, ''), `// ${TAG}-end`, statements(6, ''));
    expect(lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 2, onlyGenerated: true }], code).map((message) => message.message)).toEqual([
      '3 code lines in a row (lines 8–10) have no explanatory comment; the maximum is 2.',
    ]);
  });

  it('treats a file under treatAsGenerated as generated throughout', () => {
    const messages = lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 2, onlyGenerated: true }], statements(3, ''), { treatAsGenerated: true });
    expect(messages.map((message) => message.line)).toEqual([1]);
  });
});
