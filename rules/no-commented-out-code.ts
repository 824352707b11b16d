/**
 * no-commented-out-code: comments whose text is code. Grouping and the parse live in
 * lib/leftovers/commented-code.ts; this rule picks the file's own parser and words the report.
 */
import { createRule } from '../lib/eslint/create-rule.js';
import { candidateGroups, codeRuns, fileReader } from '../lib/leftovers/commented-code.js';
import { commentsLoc, removeComments } from '../lib/eslint/comment-removal.js';
import { contextValue, report } from '../lib/eslint/rule-context.js';
import { codeSlotAt } from '../lib/eslint/code-slot.js';

export interface NoCommentedOutCodeOptions {
  minimumLines: number;
}

export type MessageIds = 'commentedOutCode' | 'removeCode';

export default createRule<NoCommentedOutCodeOptions, MessageIds>({
  name: 'no-commented-out-code',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow code left in comments instead of deleted',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          minimumLines: {
            type: 'integer',
            minimum: 1,
            description: 'Report commented-out code only when it spans at least this many lines.',
          },
        },
      },
    ],
    defaultOptions: [{ minimumLines: 1 }],
    // The line count tells a stray `// foo();` from a whole disabled block.
    messages: {
      commentedOutCode: 'This comment holds {{lines}} line(s) of commented-out code; delete it, version control keeps the history.',
      removeCode: 'Remove the commented-out code.',
    },
  },
  create(context, options, analysis) {
    const { sourceCode } = analysis;
    return {
      Program(): void {
        const groups = candidateGroups(analysis.facts);
        // Most files have no candidate, and then no reader is needed. The file's own parser
        // (TypeScript, say) reads the candidates where there is one, else espree does.
        if (groups.length === 0) return;
        const reader = fileReader(contextValue(context, 'languageOptions').parser, contextValue(context, 'filename'));
        for (const group of groups) {
          // Where a comment sits is read from the tree only for a text that is not statements.
          for (const run of codeRuns(group, reader, (offset) => codeSlotAt(sourceCode, offset))) {
            const first = run[0]!;
            const last = run[run.length - 1]!;
            const lines = last.endLine - first.startLine + 1;
            if (lines < options.minimumLines) continue;
            report(context, {
              loc: commentsLoc(sourceCode, first.comment, last.comment),
              messageId: 'commentedOutCode',
              data: { lines },
              suggest: [{ messageId: 'removeCode', fix: removeComments(sourceCode.text, first.comment, last.comment) }],
            });
          }
        }
      },
    };
  },
});
