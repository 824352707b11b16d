// What ESLint finds in examples/src with the recommended preset: file → "line rule" for each
// finding, in ESLint's order. `npm run example` and test/e2e/eslint-cli.test.ts check them.
// Each example shows what assistant-style code gets: unexplained decisions in plain files (markup needs none), marker
// and description findings in the file marked as generated, leftovers (elisions, commented-out
// code, stubs, an edit note) where an assistant left them, nothing in the well-documented pricing.js or in markup-only Dashboard.tsx.

/** @type {Readonly<Record<string, readonly string[]>>} */
export const EXPECTED_FINDINGS = {
  // A component that is markup from top to bottom needs no comment.
  'examples/src/Dashboard.tsx': [],
  // Its elision and commented-out line are reported, and no longer count as documentation.
  'examples/src/csv-import.js': ['25 ai-code/no-placeholder-comments', '29 ai-code/no-commented-out-code'],
  // A method that makes ten decisions, three of them nested, and explains none of them.
  'examples/src/order-service.ts': ['22 ai-code/comment-ratio', '23 ai-code/no-comment-gap'],
  'examples/src/pricing.js': [],
  'examples/src/rate-limit.ts': [
    '12 ai-code/valid-generated-markers',
    '13 ai-code/no-undocumented-generated',
    '17 ai-code/no-undocumented-generated',
    '21 ai-code/no-undocumented-generated',
    '34 ai-code/no-undocumented-generated',
  ],
  'examples/src/user-routes.js': [
    '15 ai-code/no-placeholder-comments',
    '16 ai-code/no-commented-out-code',
    '25 ai-code/no-placeholder-comments',
    '27 ai-code/no-edit-history-comments',
    '31 ai-code/no-placeholder-comments',
    '35 ai-code/no-placeholder-comments',
  ],
};
