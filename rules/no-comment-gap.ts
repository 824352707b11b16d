import type { TSESTree } from '@typescript-eslint/utils';
import { COMMENT_KINDS, DOCUMENTATION_KINDS, kindMask, type CommentKind } from '../lib/comment-kinds.js';
import { createRule } from '../lib/create-rule.js';
import { FileAnalysis } from '../lib/analysis.js';
import { findCommentGaps } from '../lib/gaps.js';
import { zeroedBytes } from '../lib/tables.js';

/**
 * no-comment-gap: long runs of code lines that no documentation interrupts. The runs are found
 * by lib/gaps.ts on FileFacts' per-line kinds; this rule supplies the import lines to skip and
 * reports each run at its first code line.
 */

export interface NoCommentGapOptions {
  maximum: number;
  blankLineEndsGap: boolean;
  countImports: boolean;
  commentKinds: CommentKind[];
  onlyGenerated: boolean;
}

/** Options as users write them: any subset, merged over `meta.defaultOptions` by ESLint. */
export type Options = [Partial<NoCommentGapOptions>];
export type MessageIds = 'gap';

const IMPORT_LIKE = new Set<string>(['ImportDeclaration', 'TSImportEqualsDeclaration', 'ExportAllDeclaration']);

function isImportLike(statement: TSESTree.ProgramStatement): boolean {
  if (IMPORT_LIKE.has(statement.type)) return true;
  // `export { a } from './a'` re-exports; it explains no more than an import does.
  return statement.type === 'ExportNamedDeclaration' && statement.source !== null;
}

export default createRule<Options, MessageIds>({
  name: 'no-comment-gap',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow long runs of code lines that no explanatory comment interrupts',
      recommended: true,
      // `strict`: a third of a screen without a word of explanation is already long.
      strictOptions: { maximum: 20 },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          // The threshold is inclusive: a run of exactly `maximum` lines passes.
          maximum: {
            type: 'integer',
            minimum: 1,
            description: 'Most code lines allowed in a row without a documentation comment.',
          },
          blankLineEndsGap: {
            type: 'boolean',
            description: 'A blank line ends a run; otherwise blank lines neither end nor lengthen it.',
          },
          countImports: {
            type: 'boolean',
            description: 'Count lines of top-level import and re-export statements as code.',
          },
          commentKinds: {
            type: 'array',
            items: { type: 'string', enum: [...COMMENT_KINDS] },
            minItems: 1,
            uniqueItems: true,
            description: 'Kinds of comment that end a run.',
          },
          onlyGenerated: {
            type: 'boolean',
            description: 'Count only code marked as AI-generated (a file, region or declaration marker, or `treatAsGenerated`).',
          },
        },
      },
    ],
    // 30 lines is about half a screen: ordinary functions pass without an inner comment, while
    // a reader still meets a sentence of "why" per screenful. Blank lines do not end a run by
    // default, or spacing alone would satisfy the rule.
    defaultOptions: [
      {
        maximum: 30,
        blankLineEndsGap: false,
        countImports: false,
        commentKinds: [...DOCUMENTATION_KINDS],
        onlyGenerated: false,
      },
    ],
    messages: {
      gap: '{{length}} code lines in a row (lines {{startLine}}–{{endLine}}) have no explanatory comment; the maximum is {{maximum}}.',
    },
  },
  create(context, [given]) {
    // The merge with `meta.defaultOptions` has filled every property by the time create runs.
    const options = given as NoCommentGapOptions;
    const sourceCode = context.sourceCode;
    const analysis = new FileAnalysis(context);
    if (analysis.skipFile) return {};

    /** Lines out of this rule's sight: imports (unless counted) and, with onlyGenerated, human code. */
    function uncountedLines(program: TSESTree.Program): Uint8Array {
      const skipped = zeroedBytes(analysis.facts.lineCount + 1);
      if (options.onlyGenerated) {
        const generated = analysis.generatedLines();
        for (let line = 1; line < skipped.length; line++) skipped[line] = generated[line] === 0 ? 1 : 0;
      }
      if (!options.countImports) {
        for (const statement of program.body.filter(isImportLike)) {
          skipped.fill(1, statement.loc.start.line, statement.loc.end.line + 1);
        }
      }
      return skipped;
    }

    return {
      // The whole file is needed before any run can be closed, so all work happens once here.
      Program(program): void {
        const gaps = findCommentGaps(
          analysis.facts,
          { kindMask: kindMask(options.commentKinds), blankLineEndsGap: options.blankLineEndsGap, uncountedLines: uncountedLines(program) },
          options.maximum + 1,
        );
        for (const gap of gaps) {
          // Underline the first line's code, without its indentation, as the place to add a comment.
          const text = sourceCode.lines[gap.startLine - 1] ?? '';
          context.report({
            loc: {
              start: { line: gap.startLine, column: text.length - text.trimStart().length },
              end: { line: gap.startLine, column: text.trimEnd().length },
            },
            messageId: 'gap',
            data: { length: gap.codeLines, startLine: gap.startLine, endLine: gap.endLine, maximum: options.maximum },
          });
        }
      },
    };
  },
});
