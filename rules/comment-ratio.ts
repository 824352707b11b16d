/**
 * comment-ratio: the values a function decides or computes with whose origin no comment gives
 * (lib/core/value-reasons.ts), and explanations against the logic that needs them (the
 * `decisions` unit, see lib/eslint/explained-decisions.ts), or documentation density of files
 * and functions against a floor and an optional ceiling (the `lines` and `tokens` units). The
 * measuring is FileFacts' (lib/core/density.ts, lib/core/logic.ts); this file only decides which
 * spans to judge and words the verdict. */
import type { TSESTree } from '@typescript-eslint/utils';
import { COMMENT_KINDS, DOCUMENTATION_KINDS, kindMask, type CommentKind } from '../lib/kinds/comment-kinds.js';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import { measureDensity, surelyAtLeast, wholeFileSpan, type Density, type DensityUnit, type Span } from '../lib/core/density.js';
import { formatPercent } from '../lib/util/percent.js';
import { declarationOf, describeFunction, functionHeadStart, functionSpan, type FunctionNode } from '../lib/eslint/function-spans.js';
import { decisionListeners, mayJudge, type DecisionMessageIds } from '../lib/eslint/explained-decisions.js';
import type { FileRole } from '../lib/markers/file-role.js';
import { lintedFileRole, mayBeLintedAs } from '../lib/eslint/linted-role.js';
import { FILE_ROLES_OPTION, MINIMUM_UNEXPLAINED_OPTION, MINIMUM_UNNAMED_OPTION } from '../lib/eslint/option-schemas.js';
import { DEFAULT_MINIMUM_UNEXPLAINED, DEFAULT_MINIMUM_UNNAMED } from '../lib/core/unnamed.js';

export type Scope = 'file' | 'function';

export interface CommentRatioOptions {
  unit: DensityUnit | 'decisions';
  minimumDecisions: number;
  decisionsPerComment: number;
  minimumUnnamed: number;
  minimumUnexplained: number;
  minimum: number;
  maximum?: number;
  scope: Scope[];
  minimumSize: number;
  commentKinds: CommentKind[];
  onlyGenerated: boolean;
  fileRoles: FileRole[];
}

export type MessageIds = 'belowMinimum' | 'aboveMaximum' | DecisionMessageIds;
// Thresholds are percentages, as the messages print them, not fractions: `10` means 10%.
const percentSchema = { type: 'number', minimum: 0, maximum: 100 } as const;

export default createRule<CommentRatioOptions, MessageIds>({
  name: 'comment-ratio',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require functions to say where the values they decide with come from, and to explain many decisions',
      recommended: true,
      // `strict` judges functions from half McCabe's bound and asks for a comment per five decisions.
      strictOptions: { minimumDecisions: 5, decisionsPerComment: 5 },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          unit: {
            type: 'string',
            enum: ['decisions', 'lines', 'tokens'],
            description:
              'Judge decisions (explanations per decision a function makes), or the share of lines (documentation lines among code and documentation lines) or tokens (documentation words among code tokens and those words).',
          },
          minimumDecisions: {
            type: 'integer',
            minimum: 1,
            description: 'With `decisions`: functions (and top-level code) making fewer decisions of their own are not judged.',
          },
          decisionsPerComment: {
            type: 'integer',
            minimum: 1,
            description: 'With `decisions`: one explanatory or doc comment is needed per this many decisions.',
          },
          minimumUnnamed: MINIMUM_UNNAMED_OPTION,
          minimumUnexplained: MINIMUM_UNEXPLAINED_OPTION,
          minimum: { ...percentSchema, description: 'With `lines` or `tokens`: lowest accepted documentation share, in percent.' },
          maximum: { ...percentSchema, description: 'With `lines` or `tokens`: highest accepted documentation share, in percent; unset means no limit.' },
          scope: {
            type: 'array',
            items: { type: 'string', enum: ['file', 'function'] },
            uniqueItems: true,
            description: 'Judge whole files, functions (declarations, expressions, methods and arrow functions with a body), or both.',
          },
          // Counted in code lines for both units, so "small" means the same thing either way.
          minimumSize: {
            type: 'integer',
            minimum: 0,
            description: 'With `lines` or `tokens`: files and functions with fewer code lines than this are not judged.',
          },
          commentKinds: {
            type: 'array',
            items: { type: 'string', enum: [...COMMENT_KINDS] },
            minItems: 1,
            uniqueItems: true,
            description: 'Kinds of comment that count as documentation.',
          },
          onlyGenerated: {
            type: 'boolean',
            description: 'Judge only code marked as AI-generated: generated files, and functions in generated regions or declarations.',
          },
          fileRoles: FILE_ROLES_OPTION,
        },
      },
    ],
    // Two distinct values with no reason make a policy nobody wrote down (lib/core/unnamed.ts).
    // McCabe's bound: past ten decisions a function needs a word of why, and another per ten more.
    // For the line unit, 5% of lines is one line of "why" per twenty of code: a floor, below what
    // the typed ESLint plugins reach (8–9%); functions under 20 code lines are left alone, where
    // one comment more or less would swing their ratio wildly.
    defaultOptions: [
      {
        unit: 'decisions',
        minimumDecisions: 10,
        decisionsPerComment: 10,
        minimumUnnamed: DEFAULT_MINIMUM_UNNAMED,
        minimumUnexplained: DEFAULT_MINIMUM_UNEXPLAINED,
        minimum: 5,
        scope: ['file', 'function'],
        minimumSize: 20,
        commentKinds: [...DOCUMENTATION_KINDS],
        onlyGenerated: false,
        fileRoles: ['source'],
      },
    ],
    // Messages carry the measured figure and its basis, so a reader can tell "0 of 40" from "1 of
    // 21": `share` is "4.2% comment lines (3 of 71)". It is written out by the rule in one piece
    // because ESLint fills each placeholder through a callback.
    messages: {
      belowMinimum: '{{subject}} has {{share}}; the minimum is {{threshold}}%.',
      aboveMaximum: '{{subject}} has {{share}}; the maximum is {{threshold}}%.',
      unexplained: '{{subject}} makes {{decisions}} and explains none of them.',
      underexplained: '{{subject}} makes {{decisions}} and explains them in {{comments}}; the minimum is one comment per {{per}} decisions.',
      unexplainedValue: '{{subject}} decides or computes with {{values}} and does not say where it comes from.',
      unexplainedValues: '{{subject}} decides or computes with {{values}} and says where none of them come from.',
    },
  },
  create(context, options, analysis) {
    const { minimum, maximum, unit, minimumSize } = options;
    if (maximum !== undefined && minimum > maximum) {
      throw new Error(`Invalid options: "minimum" (${minimum}) is greater than "maximum" (${maximum}).`);
    }
    // A declaration file's name says its role before any gate reads its text.
    if (!mayBeLintedAs(context, options.fileRoles)) return {};
    const { sourceCode } = analysis;
    // Most files' code holds too few decisions and values to judge: told from the text, before
    // the token pass and the file's role.
    if (unit === 'decisions' && !mayJudge(analysis.source, options)) return {};
    // No span of a file shorter than minimumSize has that many code lines: such a file gets no
    // listener, so ESLint calls none on its functions.
    if (unit !== 'decisions' && analysis.facts.lineCount < minimumSize) return {};
    if (!options.fileRoles.includes(lintedFileRole(context, analysis))) return {};
    const mask = kindMask(options.commentKinds);
    if (unit === 'decisions') return decisionListeners(analysis, options, mask, (descriptor) => report(context, descriptor));
    const lineUnit: DensityUnit = unit;

    // The message data for a density outside the bounds, or undefined if it is within them.
    function violation(density: Density): { messageId: MessageIds; threshold: number } | undefined {
      if (density.codeLines < minimumSize || density.total === 0) return undefined;
      if (density.percent < minimum) return { messageId: 'belowMinimum', threshold: minimum };
      if (maximum !== undefined && density.percent > maximum) return { messageId: 'aboveMaximum', threshold: maximum };
      return undefined;
    }

    // Most files and functions are documented well above the floor, which their JSDoc blocks
    // alone show: then no comment's kind is worked out and no line table is built.
    function surelyWithinBounds(span: Span): boolean {
      return lineUnit === 'lines' && maximum === undefined && surelyAtLeast(analysis.facts, span, mask, minimum);
    }

    // `subject` is a function so that names are only worked out for spans that are reported.
    function check(span: Span, subject: () => string, loc: TSESTree.SourceLocation | TSESTree.Position): void {
      const density = measureDensity(analysis.facts, span, lineUnit, mask);
      const found = violation(density);
      if (found === undefined) return;
      report(context, {
        loc,
        messageId: found.messageId,
        data: {
          subject: subject(),
          share: `${formatPercent(density.percent, found.threshold)}% comment ${lineUnit} (${density.documented} of ${density.total})`,
          threshold: found.threshold,
        },
      });
    }

    function checkFunction(node: FunctionNode): void {
      // An expression-bodied arrow is a single expression: there is no body to explain.
      if (node.body.type !== 'BlockStatement') return;
      // Most functions are below minimumSize: skip them before looking for their comments, the
      // shortest by their span alone (code lines are at most its lines), the others by FileFacts.
      if (node.loc.end.line - node.loc.start.line + 1 < minimumSize) return;
      if (options.onlyGenerated && !analysis.isGenerated(declarationOf(node).range[0])) return;
      const span = functionSpan(node, analysis.facts);
      // Before counting code lines, which reads every line of the function.
      if (surelyWithinBounds(span)) return;
      if (analysis.facts.codeLinesWithin(mask, node.loc.start.line, node.loc.end.line) < minimumSize) return;
      const head = sourceCode.getFirstToken(node.body);
      check(span, () => describeFunction(node), { start: functionHeadStart(node), end: head?.loc.end ?? node.loc.end });
    }

    // Only the scopes asked for get listeners, so `scope: ['file']` costs one check per file.
    const listeners: Record<string, (node: never) => void> = {};
    if (options.scope.includes('file') && (!options.onlyGenerated || analysis.wholeFileGenerated)) {
      listeners.Program = (): void => {
        // ESLint 10's Program range spans leading comments; pointing at the first token keeps
        // a file-level report after any `eslint-disable` comment in the header.
        const first = sourceCode.ast.tokens[0];
        const span = wholeFileSpan(analysis.facts);
        // Code lines are at most the file's lines outside its comments: a file with fewer is too
        // small to judge. (One with fewer lines in all got no listener.)
        if (span.endLine - analysis.facts.linesInsideComments < minimumSize || surelyWithinBounds(span)) return;
        check(span, () => 'File', first?.loc ?? { line: 1, column: 0 });
      };
    }
    if (options.scope.includes('function')) {
      listeners.FunctionDeclaration = checkFunction;
      listeners.FunctionExpression = checkFunction;
      listeners.ArrowFunctionExpression = checkFunction;
    }
    return listeners;
  },
});
