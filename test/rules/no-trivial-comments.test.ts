import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-trivial-comments.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;

ruleTester.run('no-trivial-comments', rule, {
  valid: [
    // A reason, a caveat or a word the code does not say makes it an explanation.
    { code: source('// Handle delete first, because the server rejects stale ids', 'handleDeleteFlight();'), ...javascript },
    { code: source('// Retry with backoff', 'fetchOrders();'), ...javascript },
    { code: source('// Note: increment counter', 'counter++;'), ...javascript },
    // Doc comments that say more than the name, and comments separated by a blank line, are not narration.
    { code: source('/** Before tax, in cents. */', 'const totalPrice = sum(items);'), ...javascript },
    { code: source('// Total price', '', 'const totalPrice = sum(items);'), ...javascript },
    // A team's own exceptions are never reported.
    { code: source('// Setup', 'setup();'), options: [{ ignorePatterns: ['^setup$'] }], ...javascript },
  ],
  invalid: [
    {
      code: source('function onClick() {', '  // Handle delete flight', '  handleDeleteFlight(id);', '}'),
      ...javascript,
      errors: [
        {
          messageId: 'trivialComment',
          data: { text: 'Handle delete flight', line: 3 },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 26,
          suggestions: [{ messageId: 'removeComment', output: source('function onClick() {', '  handleDeleteFlight(id);', '}') }],
        },
      ],
    },
    {
      // Generic verb plus identifier, above and trailing, in TypeScript.
      code: source('// Initialize count', 'let count: number = 0;', 'return count; // Return the count'),
      filename: 'x.ts',
      errors: [
        { messageId: 'trivialComment', data: { text: 'Initialize count', line: 2 }, line: 1, column: 1, endLine: 1, endColumn: 20, suggestions: [{ messageId: 'removeComment', output: source('let count: number = 0;', 'return count; // Return the count') }] },
        { messageId: 'trivialComment', data: { text: 'Return the count', line: 3 }, line: 3, column: 15, endLine: 3, endColumn: 34, suggestions: [{ messageId: 'removeComment', output: source('// Initialize count', 'let count: number = 0;', 'return count;') }] },
      ],
    },
    {
      // Plurals match singular names; JSX in TSX; CRLF line ends.
      code: crlf(source('export const List = ({ items }) => {', '  // Loop through items', '  return items.map((item) => <Row item={item} />);', '};')),
      filename: 'x.tsx',
      errors: [
        {
          messageId: 'trivialComment',
          data: { text: 'Loop through items', line: 3 },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
          suggestions: [{ messageId: 'removeComment', output: crlf(source('export const List = ({ items }) => {', '  return items.map((item) => <Row item={item} />);', '};')) }],
        },
      ],
    },
    {
      // A negation shown by `return false`, and a word named by the enclosing block's opening line.
      code: source('const options = {', '  shouldRetry: (error) => {', "    // Don't retry on abort errors", '    if (error instanceof AbortError) {', '      return false;', '    }', '    return true;', '  },', '};'),
      ...javascript,
      errors: [
        {
          messageId: 'trivialComment',
          data: { text: "Don't retry on abort errors", line: 4 },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 35,
          suggestions: [{ messageId: 'removeComment', output: source('const options = {', '  shouldRetry: (error) => {', '    if (error instanceof AbortError) {', '      return false;', '    }', '    return true;', '  },', '};') }],
        },
      ],
    },
    {
      // A property's trailing comment that repeats its key and value.
      code: source('const config = {', "  responseFormat: { type: 'json_object' }, // Ensure JSON response", '};'),
      ...javascript,
      errors: [
        {
          messageId: 'trivialComment',
          data: { text: 'Ensure JSON response', line: 2 },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 67,
          suggestions: [{ messageId: 'removeComment', output: source('const config = {', "  responseFormat: { type: 'json_object' },", '};') }],
        },
      ],
    },
  ],
});

describe('no-trivial-comments options', () => {
  it('rejects an invalid regular expression, naming the rule', () => {
    expect(() => lintWithRule('no-trivial-comments', [{ ignorePatterns: ['[a-'] }])).toThrow(
      'ai-code/no-trivial-comments: invalid regular expression in "ignorePatterns": "[a-"',
    );
  });

  it('rejects unknown properties', () => {
    expect(() => lintWithRule('no-trivial-comments', [{ words: [] }])).toThrow('Unexpected property "words".');
  });
});

// A doc block's declaration and class are read from the text before their names are split, and
// the members of a class body share one lookup of it: neither shortcut may turn a doc away.
describe('no-trivial-comments on doc blocks', () => {
  const reportedLines = (code: string): number[] => lintWithRule('no-trivial-comments', [], code).map((message) => message.line);

  it('reads the words of a template that runs on below the declaration', () => {
    expect(reportedLines(source('/** Build the greeting message. */', 'const greeting = `Hello', 'dear', 'message`;'))).toEqual([1]);
  });

  it('names each member of a class by the class, but not a method of an object inside a member', () => {
    const code = source(
      'class CircuitBreaker {',
      '  /** Open the breaker. */',
      '  open() { this.state = 1; }',
      '  /** Reset the circuit breaker. */',
      '  reset() { this.state = 0; }',
      '  /** Close the breaker. */',
      '  close() {',
      '    return {',
      '      /** Close the breaker. */',
      '      close() {},',
      '    };',
      '  }',
      '}',
    );
    expect(reportedLines(code)).toEqual([2, 4, 6]);
  });
});
