// What ESLint finds in examples/src with the recommended preset: file → "line rule" for each
// finding, in ESLint's order. `npm run example` and test/e2e/eslint-cli.test.ts check them.
// Each example shows what assistant-style code gets: density and gaps in plain files, marker
// and description findings in the file marked as generated, leftovers (elisions, commented-out
// code, stubs, an edit note) where an assistant left them, nothing in the well-documented pricing.js.

/** @type {Readonly<Record<string, readonly string[]>>} */
export const EXPECTED_FINDINGS = {
  'examples/src/Dashboard.tsx': ['1 ai-code/comment-ratio', '3 ai-code/no-comment-gap', '9 ai-code/comment-ratio'],
  // Its elision and commented-out line are reported, and no longer count as documentation.
  'examples/src/csv-import.js': [
    '1 ai-code/comment-ratio',
    '4 ai-code/comment-ratio',
    '25 ai-code/no-placeholder-comments',
    '29 ai-code/no-commented-out-code',
  ],
  'examples/src/order-service.ts': ['1 ai-code/comment-ratio', '4 ai-code/no-comment-gap', '22 ai-code/comment-ratio'],
  'examples/src/pricing.js': [],
  'examples/src/rate-limit.ts': [
    '1 ai-code/comment-ratio',
    '7 ai-code/no-comment-gap',
    '12 ai-code/valid-generated-markers',
    '13 ai-code/no-undocumented-generated',
    '17 ai-code/no-undocumented-generated',
    '21 ai-code/no-undocumented-generated',
    '34 ai-code/no-undocumented-generated',
  ],
  'examples/src/user-routes.js': [
    '1 ai-code/comment-ratio',
    '15 ai-code/no-placeholder-comments',
    '16 ai-code/no-commented-out-code',
    '25 ai-code/no-placeholder-comments',
    '27 ai-code/no-edit-history-comments',
    '31 ai-code/no-placeholder-comments',
    '35 ai-code/no-placeholder-comments',
  ],
};
