import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-placeholder-comments.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;
const elided = (text: string) => `Comment '${text}' stands for code that is not here; write the code or delete the comment.`;

ruleTester.run('no-placeholder-comments', rule, {
  valid: [
    // A bare ellipsis is how examples elide; it names nothing that is missing.
    { code: source('call(a, /* ... */ b);', '// ...', 'run();'), ...javascript },
    // Risky phrases in a body that has real code are ordinary TODOs.
    { code: source('function cache(key) {', '  // TODO: implement eviction', '  return store.get(key);', '}'), ...javascript },
    // Outside any function a scaffold phrase is prose.
    { code: source('// Your code here: see the README for the exercise.', 'export {};'), ...javascript },
    // Strings are not comments.
    { code: "const hint = '// ... existing code ...';", ...javascript },
    // Ignored patterns win over the tiers.
    { code: source('// in a real application this would be a queue', 'queue.push(job);'), options: [{ ignorePatterns: ['real application'] }], ...javascript },
    // allowedPatterns, the option's old name, still works.
    { code: source('// in a real application this would be a queue', 'queue.push(job);'), options: [{ allowedPatterns: ['real application'] }], ...javascript },
    // Without the risky tier a stub's TODO passes.
    { code: source('function load() {', '  // TODO: implement', '}'), options: [{ tiers: ['certain', 'likely'] }], ...javascript },
    // Directives are never placeholders, whatever their text.
    { code: source('// @ts-expect-error rest of the code remains the same', 'run();'), ...javascript },
  ],
  invalid: [
    {
      code: source('export function save(user) {', '  // ... existing code ...', '  return db.put(user);', '}'),
      ...javascript,
      errors: [{ messageId: 'placeholder', data: { text: '... existing code ...' }, line: 2, column: 3, endLine: 2, endColumn: 27 }],
    },
    {
      // A trailing diff note and a block elision, in TypeScript.
      code: source('const limit: number = 10; // Add this line', '/* ...rest of the component... */'),
      filename: 'x.ts',
      errors: [
        { messageId: 'placeholder', data: { text: 'Add this line' }, line: 1, column: 27, endLine: 1, endColumn: 43 },
        { messageId: 'placeholder', data: { text: '...rest of the component...' }, line: 2, column: 1, endLine: 2, endColumn: 34 },
      ],
    },
    {
      // JSX comments in TSX.
      code: source('export const List = () => (', '  <ul>', '    {/* ... other items ... */}', '  </ul>', ');'),
      filename: 'x.tsx',
      errors: [{ messageId: 'placeholder', data: { text: '... other items ...' }, line: 3, column: 6, endLine: 3, endColumn: 31 }],
    },
    {
      // Risky phrases in an empty body, a throwing stub and an empty class body.
      code: source(
        'function parse() {',
        '  // TODO: implement',
        '}',
        'const load = () => {',
        '  // Your code here',
        "  throw new Error('Not implemented');",
        '};',
        'class Store {',
        '  // implementation goes here',
        '}',
      ),
      ...javascript,
      errors: [
        { messageId: 'placeholderInStub', data: { text: 'TODO: implement' }, line: 2, column: 3, endLine: 2, endColumn: 21 },
        { messageId: 'placeholderInStub', data: { text: 'Your code here' }, line: 5, column: 3, endLine: 5, endColumn: 20 },
        { messageId: 'placeholderInStub', data: { text: 'implementation goes here' }, line: 9, column: 3, endLine: 9, endColumn: 30 },
      ],
    },
    {
      // Extra patterns reach prose the tiers leave alone; CRLF line ends move nothing.
      code: crlf(source('// FILL IN LATER', 'run();', '// In a real application, persist this.', 'save();')),
      options: [{ extraPatterns: ['^fill in'] }],
      ...javascript,
      errors: [
        { messageId: 'extraPattern', data: { text: 'FILL IN LATER', pattern: '^fill in' }, line: 1, column: 1, endLine: 1, endColumn: 17 },
        { messageId: 'placeholder', data: { text: 'In a real application, persist this.' }, line: 3, column: 1, endLine: 3, endColumn: 40 },
      ],
    },
    {
      // Long comments are quoted by their start.
      code: source('// Rest of the file remains unchanged, including every handler we registered above for the router', 'x();'),
      ...javascript,
      errors: [
        {
          messageId: 'placeholder',
          data: { text: 'Rest of the file remains unchanged, including every handl...' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 98,
        },
      ],
    },
  ],
});

describe('no-placeholder-comments messages', () => {
  it('quote the comment', () => {
    const [message] = lintWithRule('no-placeholder-comments', [{}], '// omitted for brevity\nrun();\n');
    expect(message?.message).toBe(elided('omitted for brevity'));
  });
});

describe('no-placeholder-comments options', () => {
  it.each([
    [{ tiers: ['maybe'] }, 'Value "maybe" should be equal to one of the allowed values.'],
    [{ extraPatterns: 'todo' }, 'Value "todo" should be array.'],
    [{ patterns: [] }, 'Unexpected property "patterns".'],
  ])('rejects %j', (options, problem) => {
    expect(() => lintWithRule('no-placeholder-comments', [options])).toThrow(problem);
  });

  // A bad user regex is found when the rule starts, with the rule and option named.
  it.each(['extraPatterns', 'ignorePatterns', 'allowedPatterns'])('rejects an invalid regular expression in %s', (option) => {
    expect(() => lintWithRule('no-placeholder-comments', [{ [option]: ['(unclosed'] }])).toThrow(
      `ai-code/no-placeholder-comments: invalid regular expression in "${option}": "(unclosed"`,
    );
  });
});
