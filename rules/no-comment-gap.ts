/**
 * no-comment-gap: long runs of logic (decisions, or with `unit: 'lines'`, code lines) that no
 * documentation interrupts. The runs are found by lib/core/gaps.ts on FileFacts' per-line kinds,
 * where the report finds them too; this rule reports each run at its first counted line.
 */
import { COMMENT_KINDS } from '../lib/kinds/comment-kinds.js';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { findGapsPastTextGate, gapMaximum, NO_COMMENT_GAP_DEFAULTS, type CommentGap, type NoCommentGapOptions } from '../lib/core/gaps.js';
import { lintedFileRole, mayBeLintedAs } from '../lib/eslint/linted-role.js';
import { FILE_ROLES_OPTION, MINIMUM_UNNAMED_OPTION } from '../lib/eslint/option-schemas.js';
import { markLines } from '../lib/core/import-lines.js';
import { decisionsMayWeigh } from '../lib/core/decision-marks.js';
import { onUnnamed } from '../lib/core/unnamed.js';

export type { NoCommentGapOptions };

const IMPORT_LIKE = new Set<string>(['ImportDeclaration', 'TSImportEqualsDeclaration', 'ExportAllDeclaration']);

/** Top-level imports and re-exports (`export { a } from './a'` explains no more than an import). */
function isImportLike(statement: TSESTree.ProgramStatement): boolean {
  return IMPORT_LIKE.has(statement.type) || (statement.type === 'ExportNamedDeclaration' && statement.source !== null);
}

/** The first and last lines of the top-level imports and re-exports, in one walk over the statements. */
function importSpans(body: readonly TSESTree.ProgramStatement[]): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const statement of body) if (isImportLike(statement)) spans.push([statement.loc.start.line, statement.loc.end.line]);
  return spans;
}

export type MessageIds = 'gap';

/**
 * "Lines 40–95 make 9 decisions on 6 unnamed values and explain none of them", "Lines 40–95 make
 * 9 decisions (4 nested, weighing 14) on 6 unnamed values and explain none of them", or "35 code lines in a row (lines 12–46) have
 * no explanatory comment".
 */
function describeRun(gap: CommentGap, unit: NoCommentGapOptions['unit']): string {
  if (unit === 'lines') return `${gap.size} code lines in a row (lines ${gap.startLine}–${gap.endLine}) have no explanatory comment`;
  const nested = gap.nested > 0 ? ` (${gap.nested} nested, weighing ${gap.size})` : '';
  return `Lines ${gap.startLine}–${gap.endLine} make ${gap.decisions} decision${gap.decisions === 1 ? '' : 's'}${nested}${onUnnamed(gap.unnamed)} and explain none of them`;
}

export default createRule<NoCommentGapOptions, MessageIds>({
  name: 'no-comment-gap',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow long runs of decisions that no explanatory comment interrupts',
      recommended: true,
      // `strict`: five decisions, the low end of what a reader holds in mind at once.
      strictOptions: { maximum: 5 },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          unit: {
            type: 'string',
            enum: ['decisions', 'lines'],
            description: 'Measure runs in decisions (branches, loops, logical and conditional operators) or in code lines.',
          },
          // The threshold is inclusive: a run of exactly `maximum` passes.
          maximum: {
            type: 'integer',
            minimum: 1,
            description: 'Most decisions (or code lines) allowed in a row without a documentation comment; unset, 7 decisions or 30 lines.',
          },
          minimumUnnamed: MINIMUM_UNNAMED_OPTION,
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
          fileRoles: FILE_ROLES_OPTION,
        },
      },
    ],
    defaultOptions: [NO_COMMENT_GAP_DEFAULTS],
    // `run` says what needs explaining, written out by the rule in one piece (ESLint fills each
    // placeholder through a callback): see `describeRun`.
    messages: {
      gap: '{{run}}; the maximum is {{maximum}}.',
    },
  },
  create(context, options, analysis) {
    // A declaration file's name says its role before any gate reads its text.
    if (!mayBeLintedAs(context, options.fileRoles)) return {};
    const { sourceCode } = analysis;
    const maximum = gapMaximum(options);
    // A file of at most `maximum` lines (or tokens, each decision being one) has no longer run:
    // no listener for it at all.
    const size = options.unit === 'lines' ? analysis.facts.lineCount : sourceCode.ast.tokens.length;
    if (size <= maximum) return {};
    // Most files' code holds too few decision tokens to weigh more than a run may: told from the
    // text, before the file's role, and not asked again when the runs are looked for.
    if (options.unit === 'decisions' && !decisionsMayWeigh(analysis.source, maximum + 1)) return {};
    if (!options.fileRoles.includes(lintedFileRole(context, analysis))) return {};
    return {
      // The whole file is needed before any run can be closed, so all work happens once here.
      Program(program): void {
        const facts = analysis.facts;
        const gaps = findGapsPastTextGate(facts, options, {
          imports: () => markLines(facts.lineCount, importSpans(program.body)),
          generated: () => analysis.generatedLines(),
        });
        for (const gap of gaps) {
          // Underline the first line's code, without its indentation, as the place to add a comment.
          const text = sourceCode.lines[gap.startLine - 1] ?? '';
          report(context, {
            loc: {
              start: { line: gap.startLine, column: text.length - text.trimStart().length },
              end: { line: gap.startLine, column: text.trimEnd().length },
            },
            messageId: 'gap',
            data: { run: describeRun(gap, options.unit), maximum },
          });
        }
      },
    };
  },
});
