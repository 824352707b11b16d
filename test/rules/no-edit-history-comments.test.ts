import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../rules/no-edit-history-comments.js';
import { crlf, source } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

const ruleTester = new RuleTester();
const javascript = { languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } } as const;

const whole = (text: string): string => `Comment '${text}' tells how the code was changed, not what it does; keep that in the commit message and delete the comment.`;

ruleTester.run('no-edit-history-comments', rule, {
  valid: [
    // Present-tense domain verbs describe what the code does.
    { code: source('// Removes entries whose TTL has passed; callers hold the lock.', 'prune(entries);'), ...javascript },
    { code: source('// Replace & first, or the entities produced below would be escaped twice.', 'text.replace(/&/g, "&amp;");'), ...javascript },
    { code: source('// Jobs added while the worker is paused wait here.', 'pending.push(job);'), ...javascript },
    // A participle that describes the code: a time, a condition or an agent follows it.
    { code: source('// Removed on unmount', 'window.addEventListener("resize", onResize);'), ...javascript },
    { code: source('// Deleted users are purged nightly', 'purge(users);'), ...javascript },
    // Tags, nouns and "now" as a time.
    { code: source('/** @deprecated Use createClient instead. */', 'export function makeClient() {}'), ...javascript },
    { code: source('// Fixed-point amounts: 2 decimal places, stored as integers.', 'const cents = 0;'), ...javascript },
    { code: source('// Tokens expire at the start of the second, so "now" is rounded down.', 'const t = Math.floor(Date.now() / 1000);'), ...javascript },
    // In a condition or a relative clause the phrase describes the code's states, as does a comparative.
    { code: source('// Skip the node once it is no longer in the document.', 'if (!node.isConnected) skip(node);'), ...javascript },
    { code: source('// Never commit a plan that no longer validates.', 'validate(plan);'), ...javascript },
    { code: source('// A file of at most 30 lines has no longer run.', 'check(file);'), ...javascript },
    // A reason for a compatibility read is documentation.
    { code: source('// Settings saved before 2.0 used darkMode; read it so old installs keep their theme.', 'const legacy = raw.darkMode;'), ...javascript },
    // A team's own exceptions are never reported.
    { code: source('// Changed to 30s for the slow CI runners', 'const timeout = 30000;'), options: [{ ignorePatterns: ['slow CI'] }], ...javascript },
    // In a longer description of the code as it is now, what it no longer does is a fact of it.
    {
      code: source(
        '  /**',
        '   * Handlers for the extension calls made by the Python runtime.',
        '   * The shell no longer calls these: it routes everything through spawn.',
        '   */',
        'const handlers = {};',
      ),
      ...javascript,
    },
    // A relative clause before an aside, on an earlier line of the paragraph, makes it describe the code.
    {
      code: source(
        '// The one settings card for every source that feeds runs, replacing the old',
        '// sensor and watch sections, which showed the same permission twice to the user.',
        'export function SettingsCard() {}',
      ),
      ...javascript,
    },
  ],
  invalid: [
    {
      // A change tag makes the note by itself: nothing else in the comment need name a change.
      code: source('// Update: reads the cache first', 'load(cache);'),
      ...javascript,
      errors: [{ messageId: 'editHistory', data: { text: 'Update: reads the cache first' }, line: 1, column: 1, endLine: 1, endColumn: 33, suggestions: [{ messageId: 'removeComment', output: 'load(cache);' }] }],
    },
    {
      // An aside in a longer description of the code as it is now: only the aside's parenthesised
      // group or clause is reported, and no suggestion removes the description around it.
      code: source(
        '// Translate the edit into granular calls that can each fail alone (replacing the bulk',
        '// upload). Versions thread through versionsRef, updated in place as writes land.',
        'const calls = diff(previous, next);',
      ),
      ...javascript,
      errors: [{ messageId: 'editAside', data: { text: '(replacing the bulk upload)' }, line: 1, column: 68, endLine: 2, endColumn: 11, suggestions: [] }],
    },
    {
      // The old shape ends where a reason for the new one begins.
      code: source(
        '// One goal shape for every consumer of the context: it was previously duplicated at a',
        '// nested goal and the top level, which could drift apart.',
        'const context = { goal };',
      ),
      ...javascript,
      errors: [{ messageId: 'editAside', data: { text: 'it was previously duplicated at a nested goal and the top...' }, line: 1, column: 54, endLine: 2, endColumn: 33, suggestions: [] }],
    },
    {
      // A phase of the work is named as such.
      code: source(
        '// Races inside the plan window become race sessions on their week; the plan still',
        '// peaks for the main race. Phase 3 adds a taper around them.',
        'races.forEach(addRace);',
      ),
      ...javascript,
      errors: [{ messageId: 'plannedWork', data: { text: 'Phase 3 adds a taper around them' }, line: 2, column: 29, endLine: 2, endColumn: 61, suggestions: [] }],
    },
    {
      // Every aside of a paragraph, each on its own clause.
      code: source(
        '// Retries back off exponentially (formerly a fixed delay); the cap',
        '// was 5, now 8 attempts, and the jitter keeps clients apart.',
        'retry(request);',
      ),
      ...javascript,
      errors: [
        { messageId: 'editAside', data: { text: '(formerly a fixed delay)' }, line: 1, column: 35, endLine: 1, endColumn: 59, suggestions: [] },
        { messageId: 'editAside', data: { text: 'the cap was 5, now 8 attempts' }, line: 1, column: 61, endLine: 2, endColumn: 25, suggestions: [] },
      ],
    },
    {
      // In a block, the aside's lines are quoted without their decoration.
      code: source(
        '/**',
        ' * Uploads each change on its own, replacing the old',
        ' * bulk upload, so that one failed write never loses the others. Versions thread through',
        ' * the store as writes land.',
        ' */',
        'export function upload() {}',
      ),
      ...javascript,
      errors: [{ messageId: 'editAside', data: { text: 'replacing the old bulk upload' }, line: 2, column: 36, endLine: 3, endColumn: 15, suggestions: [] }],
    },
    {
      // Past-tense change verbs, alone above the code or trailing it.
      code: source('function checkout(cart) {', '  // Removed fake event tracking', '  router.push("/confirm");', '}'),
      ...javascript,
      errors: [
        {
          messageId: 'editHistory',
          data: { text: 'Removed fake event tracking' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 33,
          suggestions: [{ messageId: 'removeComment', output: source('function checkout(cart) {', '  router.push("/confirm");', '}') }],
        },
      ],
    },
    {
      // A trailing note goes with the spaces before it.
      code: source('export const config = {', '  timeout: 30000, // Changed from 10s to 30s', '};'),
      filename: 'x.ts',
      errors: [
        {
          messageId: 'editHistory',
          data: { text: 'Changed from 10s to 30s' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 45,
          suggestions: [{ messageId: 'removeComment', output: source('export const config = {', '  timeout: 30000,', '};') }],
        },
      ],
    },
    {
      // The other shapes: what is new, a change tag, what is gone, a new path, the old value; CRLF line ends.
      code: crlf(
        source(
          '// Now uses the shared query client',
          'export const client = getClient();',
          '// FIX: added missing key prop',
          'render(modal);',
          '// No longer need to initialize the cache here',
          'await connect();',
          '// Helpers moved to utils/format.ts',
          'export { format } from "./utils/format.js";',
          'export const MAX = 50; // was 20, increased per request',
        ),
      ),
      ...javascript,
      errors: [
        { messageId: 'editHistory', data: { text: 'Now uses the shared query client' }, line: 1, column: 1, endLine: 1, endColumn: 36, suggestions: [{ messageId: 'removeComment', output: crlf(source('export const client = getClient();', '// FIX: added missing key prop', 'render(modal);', '// No longer need to initialize the cache here', 'await connect();', '// Helpers moved to utils/format.ts', 'export { format } from "./utils/format.js";', 'export const MAX = 50; // was 20, increased per request')) }] },
        { messageId: 'editHistory', data: { text: 'FIX: added missing key prop' }, line: 3, column: 1, endLine: 3, endColumn: 31, suggestions: [{ messageId: 'removeComment', output: crlf(source('// Now uses the shared query client', 'export const client = getClient();', 'render(modal);', '// No longer need to initialize the cache here', 'await connect();', '// Helpers moved to utils/format.ts', 'export { format } from "./utils/format.js";', 'export const MAX = 50; // was 20, increased per request')) }] },
        { messageId: 'editHistory', data: { text: 'No longer need to initialize the cache here' }, line: 5, column: 1, endLine: 5, endColumn: 47, suggestions: [{ messageId: 'removeComment', output: crlf(source('// Now uses the shared query client', 'export const client = getClient();', '// FIX: added missing key prop', 'render(modal);', 'await connect();', '// Helpers moved to utils/format.ts', 'export { format } from "./utils/format.js";', 'export const MAX = 50; // was 20, increased per request')) }] },
        { messageId: 'editHistory', data: { text: 'Helpers moved to utils/format.ts' }, line: 7, column: 1, endLine: 7, endColumn: 36, suggestions: [{ messageId: 'removeComment', output: crlf(source('// Now uses the shared query client', 'export const client = getClient();', '// FIX: added missing key prop', 'render(modal);', '// No longer need to initialize the cache here', 'await connect();', 'export { format } from "./utils/format.js";', 'export const MAX = 50; // was 20, increased per request')) }] },
        { messageId: 'editHistory', data: { text: 'was 20, increased per request' }, line: 9, column: 24, endLine: 9, endColumn: 56, suggestions: [{ messageId: 'removeComment', output: crlf(source('// Now uses the shared query client', 'export const client = getClient();', '// FIX: added missing key prop', 'render(modal);', '// No longer need to initialize the cache here', 'await connect();', '// Helpers moved to utils/format.ts', 'export { format } from "./utils/format.js";', 'export const MAX = 50;')) }] },
      ],
    },
    {
      // A deliberation left in a paragraph: one report on the paragraph, quoting the note, and
      // no suggestion, since removing the paragraph would take its other sentences too.
      code: source(
        'function allocate() {',
        '  // Find the next free descriptor by checking the table.',
        '  // Actually, let\'s open and immediately track it. We need a real number',
        '  // that does not collide.',
        '  return next++;',
        '}',
      ),
      ...javascript,
      errors: [
        {
          messageId: 'editNote',
          data: { text: "Actually, let's open and immediately track it. We need a ..." },
          line: 2,
          column: 3,
          endLine: 4,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      // A note in a longer JSDoc block: the block stays documentation and is reported for the note.
      code: source(
        '/**',
        ' * One plan session, with labeled actions. Replaces the old cramped icon row: "Record run" and',
        ' * "Done it" are spelled out, and Skip is demoted into an overflow menu.',
        ' */',
        'export function PlanSessionRow() {}',
      ),
      ...javascript,
      errors: [
        {
          messageId: 'editNote',
          data: { text: 'Replaces the old cramped icon row: "Record run" and' },
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 4,
          suggestions: [],
        },
      ],
    },
    {
      // An aside is the point of a comment short enough to be about the change alone.
      code: source('// Uses a Set (replacing the old array) for lookups', 'const seen = new Set();'),
      ...javascript,
      errors: [{ messageId: 'editHistory', data: { text: 'Uses a Set (replacing the old array) for lookups' }, line: 1, column: 1, endLine: 1, endColumn: 52, suggestions: [{ messageId: 'removeComment', output: 'const seen = new Set();' }] }],
    },
    {
      // A sentence that opens with what is gone is the point, however long its paragraph.
      code: source(
        '// Reads the settings file once at startup and keeps it in memory for every request.',
        '// No longer watches the file: the process restarts on every deploy anyway.',
        'const settings = readSettings();',
      ),
      ...javascript,
      errors: [{ messageId: 'editNote', data: { text: 'No longer watches the file: the process restarts on every...' }, line: 1, column: 1, endLine: 2, endColumn: 76, suggestions: [] }],
    },
    {
      // JSX comments are comments too.
      code: source('export const Header = () => (', '  <header>', '    {/* Removed the search bar as requested */}', '    <Menu />', '  </header>', ');'),
      filename: 'x.tsx',
      errors: [
        {
          messageId: 'editHistory',
          data: { text: 'Removed the search bar as requested' },
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 47,
          suggestions: [{ messageId: 'removeComment', output: source('export const Header = () => (', '  <header>', '    {}', '    <Menu />', '  </header>', ');') }],
        },
      ],
    },
  ],
});

describe('no-edit-history-comments options', () => {
  it('rejects an invalid regular expression, naming the rule', () => {
    expect(() => lintWithRule('no-edit-history-comments', [{ ignorePatterns: ['[a-'] }])).toThrow(
      'ai-code/no-edit-history-comments: invalid regular expression in "ignorePatterns": "[a-"',
    );
  });

  it('rejects unknown properties', () => {
    expect(() => lintWithRule('no-edit-history-comments', [{ words: [] }])).toThrow('Unexpected property "words".');
  });
});

// The whole-comment message, spelled out once so a change to its wording shows here.
describe('no-edit-history-comments message', () => {
  it('quotes the comment', () => {
    expect(rule.meta.messages.editHistory.replace('{{text}}', 'Removed X')).toBe(whole('Removed X'));
  });
});
