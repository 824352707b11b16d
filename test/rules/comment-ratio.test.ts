import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/comment-ratio.js';
import { crlf, decisions, source, statements } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';
import { inLines } from '../helpers/units.js';

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

// A function that makes `count` decisions of its own, with `before` above it.
function deciding(count: number, ...before: string[]): string {
  return source(...before, 'export function settle(value: number): number {', decisions(count), '  return 0;', '}');
}

const tsx = { filename: 'view.tsx' } as const;
// The decision count alone: `deciding`'s numbers (`value === 3`) are values too, judged on their own below.
const decisionsOnly: [{ minimumUnexplained: number }] = [{ minimumUnexplained: 0 }];

ruleTester.run('comment-ratio', rule, {
  valid: [
    // A long component that is markup from top to bottom decides nothing: no comment is needed.
    {
      code: source(
        'export function Pricing({ plans }: { plans: Plan[] }) {',
        '  return (',
        '    <section className="pricing">',
        ...Array.from({ length: 40 }, (_, index) => `      <p className="row-${index}">{plans[${index % 3}]?.name}</p>`),
        '      {plans.length > 0 && <Footer />}',
        '      {plans.map((plan) => (plan.popular ? <Popular key={plan.id} plan={plan} /> : <Plain key={plan.id} plan={plan} />))}',
        '    </section>',
        '  );',
        '}',
      ),
      ...tsx,
    },
    // A table of data is not logic.
    {
      code: source('export function rates() {', '  return {', ...Array.from({ length: 40 }, (_, index) => `    region${index}: { vat: ${index}, reduced: [${index}, ${index + 1}] },`), '  };', '}'),
    },
    // The text of a prompt in a template literal is not code, whatever it says.
    {
      code: source(
        'export function prompt(name: string) {',
        '  return `You are a careful assistant.',
        ...Array.from({ length: 20 }, (_, index) => `If the user asks about ${index}, answer && stop; otherwise ask ? or wait.`),
        '  Address ${name}.`;',
        '}',
      ),
    },
    // A schema that describes itself decides nothing.
    {
      code: source(
        'export function schema() {',
        '  return z.object({',
        ...Array.from({ length: 20 }, (_, index) => `    field${index}: z.string().optional().describe('Field ${index}, if the user gave one'),`),
        '  });',
        '}',
      ),
    },
    // Types decide nothing, conditional types included.
    {
      code: source(
        ...Array.from({ length: 12 }, (_, index) => `export type Pick${index}<T> = T extends { id${index}?: infer U } ? U : never;`),
        'export interface Props { onClose?(): void; title?: string; size: "s" | "m" }',
      ),
    },
    // Below the minimum of ten decisions nothing is judged.
    { code: deciding(9), options: decisionsOnly },
    // Decisions on names alone read as prose: twelve of them, with two unnamed values, are not judged.
    {
      code: source(
        'export function sync(plan: Plan, user: User) {',
        ...Array.from({ length: 12 }, (_, index) => `  if (plan.step${index}.isStale && user.canEdit) plan.step${index}.refresh(user.settings);`),
        '  return plan.steps.slice(0, 2).concat(plan.tail(8));',
        '}',
      ),
    },
    // Branches that report, leave with a message or pick a text, and conditionals that pick a constant, state their own reason.
    {
      code: source(
        'export function describe(session: Session, t: Translate): string {',
        "  if (!session.user) { console.warn(`no user for session ${session.id}`); return ''; }",
        ...Array.from({ length: 10 }, (_, index) => `  if (session.kind === Kind.K${index}) label = t('session.kind${index}');`),
        '  const lightness = session.dark ? 0.62 : 0.56, chroma = session.dark ? 0.14 : 0.12;',
        "  if (session.km > 42) { toast.error(t('session.tooLong')); }",
        '  return `${label} ${lightness * 100} ${chroma * 100}`;',
        '}',
      ),
    },
    // A comment block above the component counts for it across its props type.
    {
      code: deciding(10, '// Settles bids in the order the auction closes them.', 'type Props = { value: number };').replace('value: number)', 'value: Props["value"])'),
      options: decisionsOnly,
    },
    // A doc comment explains its function; one per ten decisions is enough.
    { code: deciding(19, '/** Settles bids in the order the auction closes them. */'), options: decisionsOnly },
    // A comment above the call that takes a callback explains the callback.
    {
      code: source('// Renewal bids are always settled at zero: the contract fixed them.', 'useEffect(() => {', decisions(10), '}, [value]);'),
      options: decisionsOnly,
    },
    // A trailing comment that says why is an explanation.
    { code: deciding(10).replace('value += 1;', 'value += 1; // Ones are legacy ids the importer still sends.'), options: decisionsOnly },
    // Test, story, configuration, declaration, generated and vendored files are not judged by default.
    ...['src/settle.test.ts', 'types/settle.d.ts', 'types/settle.d.mts', 'src/__tests__/settle.ts', 'e2e/settle.ts', 'src/Settle.stories.tsx', 'vite.config.ts', 'src/__generated__/settle.ts', 'components/ui/settle.tsx'].map(
      (filename) => ({ code: deciding(12), filename }),
    ),
    { code: source('// Code generated by openapi-gen. DO NOT EDIT.', deciding(12)) },
    { code: source('/* This file is auto-generated from schema.graphql */', deciding(12)) },
  ],
  invalid: [
    {
      code: deciding(12),
      options: decisionsOnly,
      errors: [{ messageId: 'unexplained', data: { subject: "Function 'settle'", decisions: '12 decisions on 22 unnamed values' }, line: 1, column: 8, endLine: 1, endColumn: 48 }],
    },
    {
      // One comment is not enough for 23 decisions.
      code: deciding(23, '/** Settles bids. */'),
      options: decisionsOnly,
      errors: [
        { messageId: 'underexplained', data: { subject: "Function 'settle'", decisions: '23 decisions on 44 unnamed values', comments: '1 comment', per: 10 }, line: 2, column: 8, endLine: 2, endColumn: 48 },
      ],
    },
    {
      // Nested decisions and loops are named; the guard clause on the first line weighs nothing. Decisions on names alone are judged with `minimumUnnamed: 0`.
      code: source(
        'function match(rows, cols, cells) {',
        '  if (!rows) return null;',
        '  for (const row of rows) {',
        '    for (const col of cols) {',
        '      for (const cell of cells) {',
        '        if (cell.row === row && cell.col === col) cell.hit = true;',
        '        else if (cell.row === row || cell.col === col) cell.near = true;',
        '        if (cell.hit) count++;',
        '      }',
        '    }',
        '  }',
        '  return count > 0 ? count : null;',
        '}',
      ),
      options: [{ minimumUnnamed: 0 }],
      errors: [{ messageId: 'unexplained', data: { subject: "Function 'match'", decisions: '9 decisions (4 nested, loops nested 3 deep)' }, line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      // The callback's decisions are its own, not its caller's: only the callback is reported.
      code: source('export function load(items: number[]) {', '  if (items.length === 0) return;', '  items.forEach((value) => {', decisions(10, '    '), '  });', '}'),
      options: decisionsOnly,
      errors: [{ messageId: 'unexplained', data: { subject: 'Anonymous arrow function', decisions: '10 decisions on 18 unnamed values' }, line: 3, column: 17, endLine: 3, endColumn: 29 }],
    },
    {
      // A comment separated from the function by a blank line is the file's, not the function's.
      code: deciding(10, '// Settles bids.', ''),
      options: decisionsOnly,
      errors: [{ messageId: 'unexplained', data: { subject: "Function 'settle'", decisions: '10 decisions on 18 unnamed values' }, line: 3, column: 8, endLine: 3, endColumn: 48 }],
    },
    {
      // Code outside every function is judged as the file's top-level code.
      code: source('let total = Number(process.argv[2]);', decisions(10, '').replaceAll('return', 'total +=')),
      options: [{ scope: ['file'] }],
      errors: [{ messageId: 'unexplained', data: { subject: "The file's top-level code", decisions: '10 decisions on 19 unnamed values' }, line: 1, column: 1, endLine: 1, endColumn: 4 }],
    },
    {
      // A declaration file is judged when its role is asked for.
      code: deciding(10),
      filename: 'types/settle.d.ts',
      options: [{ fileRoles: ['declarations'], minimumUnexplained: 0 }],
      errors: [{ messageId: 'unexplained', data: { subject: "Function 'settle'", decisions: '10 decisions on 18 unnamed values' }, line: 1, column: 8, endLine: 1, endColumn: 48 }],
    },
    {
      // A test file is judged when its role is asked for.
      code: deciding(10),
      filename: 'src/settle.test.ts',
      options: [{ fileRoles: ['source', 'test'], minimumUnexplained: 0 }],
      errors: [{ messageId: 'unexplained', data: { subject: "Function 'settle'", decisions: '10 decisions on 18 unnamed values' }, line: 1, column: 8, endLine: 1, endColumn: 48 }],
    },
  ],
});

// The line unit's cases, kept from before the decisions unit became the default.
ruleTester.run('comment-ratio (unit: lines)', rule, inLines({
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
}));

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
    expect(() => lintWithRule('comment-ratio', [{ unit: 'lines', minimum: 20, maximum: 10 }])).toThrow(
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
    expect(lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'] }], code)).toEqual([]);
  });

  it('is reported when not disabled', () => {
    expect(lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'] }], undocumented).map((message) => message.line)).toEqual([1]);
  });
});

describe('comment-ratio with onlyGenerated', () => {
  const TAG = '@ai' + '-generated';
  const undocumented = (name: string): string => `function ${name}() {\n${statements(4)}\n}`;
  const options = { onlyGenerated: true, minimumSize: 3, scope: ['file', 'function'] };

  // Human code is left to the team's ordinary bar; generated code is held to this one.
  it('judges only functions in generated regions and declarations, and files marked whole', () => {
    const code = [undocumented('human'), `// ${TAG}-begin`, undocumented('region'), `// ${TAG}-end`, `// ${TAG}`, undocumented('marked'), ''].join('\n');
    const messages = lintWithRule('comment-ratio', [{ unit: 'lines', ...options }], code);
    expect(messages.map((message) => message.message)).toEqual([
      "Function 'region' has 0% comment lines (0 of 6); the minimum is 5%.",
      "Function 'marked' has 0% comment lines (0 of 6); the minimum is 5%.",
    ]);
    expect(lintWithRule('comment-ratio', [{ unit: 'lines', ...options }], `// ${TAG}\n${undocumented('whole')}\n`).map((message) => message.message)).toEqual([
      'File has 0% comment lines (0 of 6); the minimum is 5%.',
      "Function 'whole' has 0% comment lines (0 of 6); the minimum is 5%.",
    ]);
  });

  // Regenerated code is the generator's business, unless a team opts back in.
  it('skips files with a tool banner unless the settings say otherwise', () => {
    const code = `// @${'generated'} by protoc\n${undocumented('generatedByTool')}\n`;
    expect(lintWithRule('comment-ratio', [{ unit: 'lines', minimumSize: 3 }], code)).toEqual([]);
    // The banner also makes it a generated file, which the rule judges only when its roles say so.
    expect(lintWithRule('comment-ratio', [{ unit: 'lines', minimumSize: 3, scope: ['file'] }], code, { skipToolGenerated: false })).toEqual([]);
    const judgingGenerated = { unit: 'lines', minimumSize: 3, scope: ['file'], fileRoles: ['source', 'generated'] };
    expect(lintWithRule('comment-ratio', [judgingGenerated], code, { skipToolGenerated: false })).toHaveLength(1);
  });
});

// A score whose numbers are hand-tuned: the comment above its branch names the step, not where they come from.
function riskScore(...comments: string[]): string {
  return source(
    ...comments,
    'export function riskScore(checks: Check[]): number {',
    '  if (checks.length === 0) return 0;',
    '  let total = 0;',
    '  for (const check of checks) {',
    '    if (check.skipped || check.pending) continue;',
    '    // Apply the penalty for a failed check',
    '    if (check.score < 0.3) total += check.weight * 0.1;',
    '    else total += check.weight * check.score;',
    '  }',
    '  return total > 0.75 ? total * 0.9 : total;',
    '}',
  );
}

// One status code among decisions on names.
const found = source(
  'export function found(response: Response, cached: Body | null) {',
  '  if (cached && !response.ok) return cached;',
  '  if (response.status === 404) return null;',
  '  return response.ok ? response.json() : cached ?? fail(response);',
  '}',
);

// Bounds checked by a guard that reports `message` when they are not met, `other` when the week is missing.
function scale(message = "`factor must be a number in [0.3, 0.95], not ${factor}`", other = "'no such week'"): string {
  return source(
    'export function scale(week: Week | undefined, factor: number, locked: boolean): Week {',
    `  if (!week || locked) throw new Error(${other});`,
    '  if (week.done && !week.km) return week;',
    '  if (factor < 0.3 || factor > 0.95)',
    `    throw new Error(${message});`,
    '  return { ...week, km: week.km * factor };',
    '}',
  );
}

// A database's error code mapped to a meaning: a unique violation means the key is taken.
function reserve(): string {
  return source(
    'export async function reserve(db: Db, key: string, owner: string) {',
    '  if (!key || !owner) return false;',
    '  const { error } = await db.insert({ key, owner });',
    '  if (!error) return true;',
    "  if (error.code === '23505' && !error.retry) return false;",
    '  throw error;',
    '}',
  );
}

// Key codes: integers a label names.
function onKey(...labels: string[]): string {
  return source(
    'export function onKey(code: number, line: string, busy: boolean) {',
    '  if (busy || !line) return;',
    labels[0] ?? '',
    '  if (code === 13) submit(line);',
    labels[1] ?? '',
    '  else if (code === 8 || code === 46) erase(line);',
    '  else if (code === 38 && history.length) recall(history.at(-1));',
    '}',
  );
}

function weekdayPhrase(discriminant = 'date.getDay()'): string {
  return source(
    'export function lastWeek(date: Date): string {',
    `  switch (${discriminant}) {`,
    '    case 0:',
    "      return 'last Sunday at';",
    '    case 3:',
    "      return 'last Wednesday at';",
    '    case 6:',
    "      return 'last Saturday at';",
    '    default:',
    "      return 'last week at';",
    '  }',
    '}',
  );
}

ruleTester.run('comment-ratio (values)', rule, {
  valid: [
    // A day or a month compared with what a date method returns is named by the method.
    { code: weekdayPhrase() },
    { code: weekdayPhrase('when?.getUTCMonth()') },
    // ... also through the name it was given.
    { code: weekdayPhrase('day').replace('{\n', '{\n  const day = date.getDay();\n') },
    // ... or through a parameter named for the index it is passed.
    { code: weekdayPhrase('day').replace('(date: Date)', '(day: number)') },
    { code: weekdayPhrase('dayOfWeek').replace('(date: Date)', '(dayOfWeek: number)') },
    { code: source('export function isWeekend(date: Date, hours: number): boolean {', '  return date.getDay() === 6 || 0 === date.getDay() || hours === 17;', '}') },
    // An integer, a code or a pattern is explained by a label where it stands.
    { code: onKey('  // Enter', '  // Backspace or Delete; up recalls the last line') },
    // ... or by the comment block above its function, also across a blank line (a section banner).
    { code: source('// ---- Key handling for the web terminal ----', '', onKey()) },
    // A comment first inside a branch's block gives the reason for the values of its head.
    {
      code: source(
        'export function remap(score: number, dark: boolean): number {',
        '  if (Number.isNaN(score) || dark && score < 0) return 0;',
        '  if (score > 0.85) {',
        '    // Scores over 0.85 take the top band of the old 0-100 scale.',
        '    return 88 + (score - 0.85) * 0.4;',
        '  }',
        '  return score > 0.6 ? score : 0; // 0.6 is the floor the old scale rounded to zero',
        '}',
      ),
    },
    // A table of data in an object literal, and tolerances against rounding, decide nothing.
    {
      code: source(
        'export function tones(base: number, dark: boolean, a: number, b: number) {',
        '  if (!base || dark && Math.abs(a - b) < 0.001 || a > 0.999) return null;',
        '  return { soft: base * 0.6, strong: base * 1.4, solid: dark ? base * 0.8 : base };',
        '}',
      ),
    },
    // A comment above the statement that says where its numbers come from.
    { code: riskScore().replace('// Apply the penalty for a failed check', '// The audit vetoes a check under 0.3: it keeps a tenth of its weight.').replace('  return total', '  // Totals over 0.75 are damped so that one audit cannot max out a vendor.\n  return total') },
    // Trailing comments that say why, on the values' lines.
    { code: riskScore().replace('* 0.1;', '* 0.1; // the audit keeps a tenth of a vetoed check').replace('total;\n}', 'total; // damped, since one audit must not max a vendor out\n}') },
    // A comment above the function, or over its group, that writes the values out.
    { code: riskScore('// Scores follow the audit handbook: a check under 0.3 keeps 0.1 of its weight; totals over 0.75 are scaled by 0.9.', '') },
    // One number is not a policy: the default asks for two, or for a code; an HTTP status names itself.
    { code: found },
    // A code with a label where it stands is given its meaning, and a header that writes it out explains it.
    { code: reserve().replace("retry) return false;", "retry) return false; // a unique violation: another owner holds the key") },
    { code: source('/** Reserves the key; a 23505 (unique violation) means another owner holds it. */', reserve()) },
    // A ladder that only picks a label is a table; its thresholds are the table's data.
    {
      code: source(
        'export function band(score: number): string {',
        "  if (Number.isNaN(score) || score < 0) return 'n/a';",
        "  if (score >= 0.9) return 'Perfect';",
        "  if (score >= 0.7) return 'Good';",
        "  return score >= 0.4 ? 'Fair' : 'Poor';",
        '}',
      ),
    },
    // Numbers a call names, units and halves decide nothing on their own.
    {
      code: source(
        'export function label(ms: number, width: number) {',
        "  if (!ms || !width) return '';",
        '  const minutes = Math.floor(ms / 60000), w = Math.max(4, width / 2);',
        "  if (minutes < 60) return `${String(minutes).padStart(2, '0')} min`;",
        "  return `${(minutes / 60).toFixed(1)} h${minutes > 120 ? 's' : ''}, ${w}px${w > width ? '+' : ''}`;",
        '}',
      ),
    },
    // `minimumUnexplained: 0` leaves values alone.
    { code: riskScore(), options: [{ minimumUnexplained: 0 }] },
    // A comment block over a group of helpers declared one under the other introduces each of them.
    { code: source('// Key handling for the web terminal: browser key codes, as the old terminal sent them.', 'const isEnter = (code: number) => code === 13;', onKey()) },
    // Bounds the guard's own message writes out are the contract it tells its caller.
    { code: scale() },
    // ... and so are bounds a schema of the file states, in a description or as its minimum and maximum.
    { code: source("export const tool = { factor: { type: 'number', description: 'Multiplier in [0.3, 0.95].' } };", '', scale("'bad factor'")) },
    { code: source('export const tool = { factor: { type: "number", minimum: 0.3, maximum: 0.95 } };', scale("'bad factor'")) },
    // A key spelled with an escape names the same key (espree reads the name the escape spells).
    { code: source('export const tool = { factor: { type: "number", \\u006dinimum: 0.3, \\u006daximum: 0.95 } };', scale("'bad factor'").replace(/: (?:Week \| undefined|number|boolean|Week)(?=[ ,)])/gu, '')), ...javascript },
    { code: source("export const Factor = z.number().describe('A multiplier between 0.3 and 0.95');", scale("'bad factor'")) },
  ],
  invalid: [
    {
      // The same cases on a number of one's own are values.
      code: weekdayPhrase('date.offset'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'lastWeek'", values: '3 and 6' }, line: 1, column: 8, endLine: 1, endColumn: 47 }],
    },
    {
      // ... and so are they on a name given something else.
      code: weekdayPhrase('day').replace('{\n', '{\n  const day = date.offset;\n'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'lastWeek'", values: '3 and 6' }, line: 1, column: 8, endLine: 1, endColumn: 47 }],
    },
    {
      // ... and on a parameter whose name says nothing of a calendar.
      code: weekdayPhrase('slot').replace('(date: Date)', '(slot: number)'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'lastWeek'", values: '3 and 6' }, line: 1, column: 8, endLine: 1, endColumn: 49 }],
    },
    {
      // ... and so are numbers compared with a date method's result that is no index.
      code: source('export function isLate(date: Date): boolean {', '  return date.getMinutes() === 45 || date.getSeconds() === 30;', '}'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'isLate'", values: '45 and 30' }, line: 1, column: 8, endLine: 1, endColumn: 46 }],
    },
    {
      // Values are judged however few decisions the rest of the file spells.
      code: source('export function fee(amount: number, rate: number) {', '  const base = amount * 0.029;', '  return rate > 0.035 ? base + 30 : base;', '}'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'fee'", values: '0.029, 0.035 and 30' }, line: 1, column: 8, endLine: 1, endColumn: 52 }],
    },
    {
      code: onKey(),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'onKey'", values: '13, 8, 46 and 38' }, line: 1, column: 8, endLine: 1, endColumn: 67 }],
    },
    {
      code: riskScore(),
      errors: [
        {
          messageId: 'unexplainedValues',
          data: { subject: "Function 'riskScore'", values: '0.3, 0.1, 0.75 and 0.9' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 53,
        },
      ],
    },
    {
      // A doc comment that says what the function does does not say where its numbers come from.
      code: riskScore('/** Scores the vendor from its audit checks. */'),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'riskScore'", values: '0.3, 0.1, 0.75 and 0.9' }, line: 2, column: 8, endLine: 2, endColumn: 53 }],
    },
    {
      // A status code sniffed in a message and a length minimum: each is one value, judged from one with `minimumUnexplained: 1`.
      code: source(
        'export async function changePassword(current: string, next: string) {',
        '  if (!current || busy) return;',
        "  if (next.length < 6) return setError(t('auth.tooShort'));",
        '  try {',
        '    await api.changePassword(current, next);',
        '  } catch (error) {',
        "    setError(String(error).includes('403') ? t('auth.wrongCurrent') : t('auth.failed'));",
        '  }',
        '}',
      ),
      options: [{ minimumUnexplained: 1 }],
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'changePassword'", values: "6 and '403'" }, line: 1, column: 8, endLine: 1, endColumn: 70 }],
    },
    {
      // A blank line ends the group: the helper after it is not introduced by the comment over the first.
      code: source('// Key handling for the web terminal: browser key codes, as the old terminal sent them.', 'const isEnter = (code: number) => code === 13;', '', onKey()),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'onKey'", values: '13, 8, 46 and 38' }, line: 4, column: 8, endLine: 4, endColumn: 67 }],
    },
    {
      // A message that does not write the bounds out, and a schema that names other numbers, state nothing of them.
      code: source("export const tool = { factor: { type: 'number', description: 'A multiplier, at most 2.' } };", scale("'bad factor'")),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'scale'", values: '0.3 and 0.95' }, line: 2, column: 8, endLine: 2, endColumn: 87 }],
    },
    {
      // A message in another branch says nothing of this one's values.
      code: scale("'bad factor'", "'factor must be in [0.3, 0.95]'"),
      errors: [{ messageId: 'unexplainedValues', data: { subject: "Function 'scale'", values: '0.3 and 0.95' }, line: 1, column: 8, endLine: 1, endColumn: 87 }],
    },
    {
      // A code that names nothing is a question alone; a header that only says what the function does gives no reason for it.
      code: source('/** Reserves the key for its owner. */', reserve()),
      errors: [{ messageId: 'unexplainedValue', data: { subject: "Function 'reserve'", values: "'23505'" }, line: 2, column: 8, endLine: 2, endColumn: 68 }],
    },
    {
      code: reserve().replace("error.code === '23505'", 'error.code === 11000'),
      errors: [{ messageId: 'unexplainedValue', data: { subject: "Function 'reserve'", values: '11000' }, line: 1, column: 8, endLine: 1, endColumn: 68 }],
    },
    {
      code: found,
      options: [{ minimumUnexplained: 1 }],
      errors: [{ messageId: 'unexplainedValue', data: { subject: "Function 'found'", values: '404' }, line: 1, column: 8, endLine: 1, endColumn: 65 }],
    },
  ],
});

describe('comment-ratio values message', () => {
  it('names the values in its text', () => {
    const code = riskScore().replace('checks: Check[]): number', 'checks)');
    const messages = lintWithRule('comment-ratio', [], code);
    expect(messages.map((message) => message.message)).toEqual([
      "Function 'riskScore' decides or computes with 0.3, 0.1, 0.75 and 0.9 and says where none of them come from.",
    ]);
  });

  it('names at most four values and counts the rest', () => {
    const code = source('export function tier(score) {', ...[0.15, 0.25, 0.35, 0.45, 0.55, 0.65].map((value) => `  if (score < ${value}) score *= ${value + 0.01};`), '  return score;', '}');
    expect(lintWithRule('comment-ratio', [], code).map((message) => message.message)).toEqual([
      "Function 'tier' decides or computes with 0.15, 0.16, 0.25, 0.26 and 8 more and says where none of them come from.",
    ]);
  });

  it('rejects a negative minimumUnexplained, naming the rule', () => {
    expect(() => lintWithRule('comment-ratio', [{ minimumUnexplained: -1 }])).toThrow(`Key "ai-code/comment-ratio":\n\t`);
  });
});
