import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-undocumented-generated.js';
import { source } from '../helpers/code.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;
// Marker tags are assembled so that this test file does not itself carry a marker.
const TAG = '@ai' + '-generated';

ruleTester.run('no-undocumented-generated', rule, {
  valid: [
    // Human code is never checked.
    { code: 'export function parse(row) {\n  return row.split(",");\n}', ...javascript },
    // Described generated code.
    { code: source(`// ${TAG} tool=x`, '/** Splits a CSV row. */', 'export function parse(row) {', '  return row.split(",");', '}'), ...javascript },
    { code: source(`// ${TAG}`, '// Splits a CSV row.', 'const parse = (row) => row.split(",");'), ...javascript },
    // Inline callbacks are not declarations: only the binding they are passed through is.
    { code: source(`// ${TAG}`, '/** Scales by two. */', 'export const double = (xs) => xs.map((x) => x * 2);'), ...javascript },
    // Functions and classes inside a documented function are its implementation: its description covers them.
    {
      code: source(
        `// ${TAG} tool=x`,
        '/** Polls `check` until it returns true. */',
        'export function waitFor(check, ms) {',
        '  return new Promise((resolve, reject) => {',
        '    const timer = setTimeout(() => reject(new Error("timeout")), ms);',
        '    const cancel = () => clearTimeout(timer);',
        '    function tick() {',
        '      if (check()) { cancel(); resolve(); } else setTimeout(tick, 50);',
        '    }',
        '    class Poller { run() { tick(); } }',
        '    new Poller().run();',
        '  });',
        '}',
      ),
      ...javascript,
    },
    // Kinds can be narrowed, for teams that document only functions.
    { code: source(`// ${TAG}`, 'export const limit = 3;'), options: [{ kinds: ['function'] }], ...javascript },
    // A tool-generated file is skipped.
    { code: source(`// @${'generated'} by protoc`, `// ${TAG}-begin`, 'export function f() {}', `// ${TAG}-end`), ...javascript },
  ],
  invalid: [
    {
      // An undocumented function is reported once, not once more for each function inside it.
      code: source(`// ${TAG}-begin`, 'function flatten(input) {', '  const out = [];', '  const visit = (value) => out.push(value);', '  input.forEach(visit);', '  return out;', '}', `// ${TAG}-end`),
      ...javascript,
      errors: [
        {
          messageId: 'undocumented',
          data: { subject: "Function 'flatten'" },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addStub',
              output: source(`// ${TAG}-begin`, '/**', ' *', ' * @param input', ' * @returns', ' */', 'function flatten(input) {', '  const out = [];', '  const visit = (value) => out.push(value);', '  input.forEach(visit);', '  return out;', '}', `// ${TAG}-end`),
            },
          ],
        },
      ],
    },
    {
      // The suggestion inserts a stub with the parameters and @returns, indented like the declaration.
      code: source(`// ${TAG} tool=copilot`, 'export function parse(row, separator = ",") {', '  return row.split(separator);', '}'),
      ...javascript,
      errors: [
        {
          messageId: 'undocumented',
          data: { subject: "Function 'parse'" },
          // Underlines the name, where the reader looks for the missing description.
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addStub',
              output: source(
                `// ${TAG} tool=copilot`,
                '/**',
                ' *',
                ' * @param row',
                ' * @param separator',
                ' * @returns',
                ' */',
                'export function parse(row, separator = ",") {',
                '  return row.split(separator);',
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      // A stub left as inserted is still reported: tags are not a description, so the stub
      // cannot be used to silence the rule.
      code: source(`// ${TAG}`, '/**', ' *', ' * @param row', ' * @returns', ' */', 'export function parse(row) {', '  return row.split(",");', '}'),
      ...javascript,
      errors: [{ messageId: 'undocumented', data: { subject: "Function 'parse'" }, line: 7, column: 17, suggestions: [{ messageId: 'addStub', output: source(`// ${TAG}`, '/**', ' *', ' * @param row', ' * @returns', ' */', '/**', ' *', ' * @param row', ' * @returns', ' */', 'export function parse(row) {', '  return row.split(",");', '}') }] }],
    },
    {
      // A generated region spanning a class body: the class, its methods and an exported type.
      code: source(
        `// ${TAG}-begin tool=claude`,
        'export class Cache {',
        '  get(key: string): string | undefined {',
        '    return this.map.get(key);',
        '  }',
        '  /** Drops every entry. */',
        '  clear(): void {',
        '    this.map.clear();',
        '  }',
        '}',
        'export interface Entry { key: string }',
        `// ${TAG}-end`,
      ),
      filename: 'cache.ts',
      errors: [
        { messageId: 'undocumented', data: { subject: "Class 'Cache'" }, line: 2, column: 14, endLine: 2, endColumn: 19, suggestions: [{ messageId: 'addStub', output: source(`// ${TAG}-begin tool=claude`, '/**', ' *', ' */', 'export class Cache {', '  get(key: string): string | undefined {', '    return this.map.get(key);', '  }', '  /** Drops every entry. */', '  clear(): void {', '    this.map.clear();', '  }', '}', 'export interface Entry { key: string }', `// ${TAG}-end`) }] },
        { messageId: 'undocumented', data: { subject: "Method 'get'" }, line: 3, column: 3, endLine: 3, endColumn: 6, suggestions: [{ messageId: 'addStub', output: source(`// ${TAG}-begin tool=claude`, 'export class Cache {', '  /**', '   *', '   * @param key', '   * @returns', '   */', '  get(key: string): string | undefined {', '    return this.map.get(key);', '  }', '  /** Drops every entry. */', '  clear(): void {', '    this.map.clear();', '  }', '}', 'export interface Entry { key: string }', `// ${TAG}-end`) }] },
        { messageId: 'undocumented', data: { subject: "Exported interface 'Entry'" }, line: 11, column: 1, endLine: 11, endColumn: 39, suggestions: [{ messageId: 'addStub', output: source(`// ${TAG}-begin tool=claude`, 'export class Cache {', '  get(key: string): string | undefined {', '    return this.map.get(key);', '  }', '  /** Drops every entry. */', '  clear(): void {', '    this.map.clear();', '  }', '}', '/**', ' *', ' */', 'export interface Entry { key: string }', `// ${TAG}-end`) }] },
      ],
    },
    {
      // Complexity raises the bar: six decisions make complexity 7, past the tier's 6.
      code: source(
        `// ${TAG}`,
        '/** Picks a tier. */',
        'function tier(user) {',
        '  if (!user) return "none";',
        '  if (user.admin || user.owner) return "all";',
        '  for (const role of user.roles) if (role === "editor") return "edit";',
        '  return user.trial ? "trial" : "read";',
        '}',
      ),
      options: [{ tiers: [{ complexity: 6, minimumWords: 6 }] }],
      ...javascript,
      errors: [
        {
          messageId: 'tooFewWords',
          data: { subject: "Function 'tier'", words: 3, minimum: 6, reason: ' at complexity 7' },
          line: 3,
          column: 10,
          suggestions: [{ messageId: 'addStub', output: source(`// ${TAG}`, '/** Picks a tier. */', '/**', ' *', ' * @param user', ' * @returns', ' */', 'function tier(user) {', '  if (!user) return "none";', '  if (user.admin || user.owner) return "all";', '  for (const role of user.roles) if (role === "editor") return "edit";', '  return user.trial ? "trial" : "read";', '}') }],
        },
      ],
    },
    {
      // treatAsGenerated marks a whole file without any marker.
      code: 'export const retries = 3;',
      settings: { 'ai-code': { treatAsGenerated: true } },
      ...javascript,
      errors: [{ messageId: 'undocumented', data: { subject: "Exported variable 'retries'" }, line: 1, column: 1, suggestions: [{ messageId: 'addStub', output: '/**\n *\n */\nexport const retries = 3;' }] }],
    },
  ],
});

// A CRLF file must stay CRLF after the suggestion: mixed line endings would dirty every diff.
const crlfRuleTester = new RuleTester();
crlfRuleTester.run('no-undocumented-generated (CRLF)', rule, {
  valid: [],
  invalid: [
    {
      code: `// ${TAG}\r\nexport const retries = 3;\r\n`,
      ...javascript,
      errors: [
        {
          messageId: 'undocumented',
          data: { subject: "Exported variable 'retries'" },
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'addStub', output: `// ${TAG}\r\n/**\r\n *\r\n */\r\nexport const retries = 3;\r\n` }],
        },
      ],
    },
  ],
});
