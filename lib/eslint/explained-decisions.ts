/**
 * `comment-ratio`'s decisions unit: a function whose values (numbers, codes, counted patterns a
 * decision or a computation uses) include `minimumUnexplained` with no comment saying where they
 * come from is reported for them (lib/core/value-reasons.ts); otherwise each function that makes
 * at least `minimumDecisions` decisions of its own needs one explanation per
 * `decisionsPerComment` of them (see docs/rules/comment-ratio.md), and so does the code outside
 * every function. The decisions are lib/core/logic.ts's, the explanations
 * lib/core/explanations.ts's; this file attributes both to functions (block-bodied ones: an
 * expression-bodied arrow is read in place, as part of its caller).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from './analysis.js';
import type { FileSource } from '../source/file-source.js';
import { explanationStart, paragraphStart } from './explained-span.js';
import { explanationsWithin } from '../core/explanations.js';
import { DecisionOwners, type OwnDecisions } from '../core/function-decisions.js';
import { declarationOf, describeFunction, functionHeadStart, type FunctionNode } from './function-spans.js';
import { logicOf, totalWeight } from '../core/logic.js';
import { decisionsMayWeigh, mayHoldValues } from '../core/decision-marks.js';
import { listValues, onUnnamed } from '../core/unnamed.js';
import { codeStarts, isIntroduced, unexplainedValues } from '../core/value-reasons.js';

const FUNCTION_TYPES = new Set<string>(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export interface DecisionOptions {
  readonly minimumDecisions: number;
  readonly decisionsPerComment: number;
  readonly minimumUnnamed: number;
  readonly minimumUnexplained: number;
  readonly scope: readonly ('file' | 'function')[];
  readonly onlyGenerated: boolean;
}

export type DecisionMessageIds = 'unexplained' | 'underexplained' | 'unexplainedValue' | 'unexplainedValues';

/** "14 decisions", "14 decisions (5 nested) on 9 unnamed values", "14 decisions (5 nested, loops nested 3 deep)". */
function describeDecisions(own: OwnDecisions): string {
  const decisions = `${own.count} decision${own.count === 1 ? '' : 's'}`;
  const details: string[] = [];
  if (own.nested > 0) details.push(`${own.nested} nested`);
  if (own.loopDepth > 1) details.push(`loops nested ${own.loopDepth} deep`);
  return `${details.length === 0 ? decisions : `${decisions} (${details.join(', ')})`}${onUnnamed(own.unnamed)}`;
}

type Report = (descriptor: TSESLint.ReportDescriptor<DecisionMessageIds>) => void;

/**
 * Whether decisions that weigh enough or values enough for a finding may be in the code of
 * `source`, told from its text and its literals: the verdict of `decisionListeners` without the
 * pass over its tokens, or the file's role, for most files. Each decision is a token, so a file
 * with fewer tokens weighs too little; the decisions are asked first, which the gap rule has
 * read already.
 */
export function mayJudge(source: FileSource, options: DecisionOptions): boolean {
  const mayDecide = source.tokens.length >= options.minimumDecisions && decisionsMayWeigh(source, options.minimumDecisions);
  return mayDecide || (options.minimumUnexplained > 0 && mayHoldValues(source, options.minimumUnexplained));
}

/** The listeners that judge a file's functions (and top-level code) by their decisions, in a file `mayJudge` lets through. */
export function decisionListeners(analysis: FileAnalysis, options: DecisionOptions, mask: number, report: Report): TSESLint.RuleListener {
  const { facts, sourceCode } = analysis;
  const logic = logicOf(facts);
  // Fewer values than a finding needs, and fewer decisions or unnamed values than a function
  // needs to be judged, in the whole file: nothing to listen to, and no running totals to build.
  // A code alone can make a finding (lib/core/unnamed.ts, `isCode`): where the file's codes are.
  const codes = options.minimumUnexplained > 0 && logic.valueCount > 0 ? codeStarts(facts, logic) : [];
  const judgesValues = options.minimumUnexplained > 0 && (logic.valueCount >= options.minimumUnexplained || codes.length > 0);
  if (!judgesValues && (logic.unnamedCount < options.minimumUnnamed || totalWeight(logic) < options.minimumDecisions)) return {};
  const owners = new DecisionOwners(logic);
  const judgesFunctions = options.scope.includes('function');

  // Decisions are weighed (lib/core/logic.ts): a nested one weighs more, a guard clause nothing.
  // Decisions on names alone read as prose (lib/core/unnamed.ts): only logic with enough unnamed values is judged.
  const judged = (own: OwnDecisions): boolean => own.weight >= options.minimumDecisions && own.unnamed >= options.minimumUnnamed;
  // Whether the function spanning `node` holds enough values, or a code, to make a finding.
  const mayReportValues = (own: OwnDecisions, node: FunctionNode): boolean =>
    judgesValues && own.values > 0 && (own.values >= options.minimumUnexplained || codes.some((offset) => offset >= node.range[0] && offset < node.range[1]));

  // How many explanations the decisions `own` need.
  const needed = (own: OwnDecisions): number => Math.max(1, Math.floor(own.weight / options.decisionsPerComment));

  function judge(own: OwnDecisions, explanations: number, subject: () => string, loc: TSESTree.SourceLocation | TSESTree.Position): void {
    if (explanations >= needed(own)) return;
    const decisions = describeDecisions(own);
    if (explanations === 0) report({ loc, messageId: 'unexplained', data: { subject: subject(), decisions } });
    else {
      const comments = `${explanations} comment${explanations === 1 ? '' : 's'}`;
      report({ loc, messageId: 'underexplained', data: { subject: subject(), decisions, comments, per: options.decisionsPerComment } });
    }
  }

  /**
   * Whether a comment block stands above the function or one enclosing it, or above the paragraph
   * of declarations it is one of (lib/core/value-reasons.ts).
   */
  function introduced(node: FunctionNode): boolean {
    for (let fn: TSESTree.Node | null | undefined = node; fn != null; fn = fn.parent) {
      if (!FUNCTION_TYPES.has(fn.type)) continue;
      const function_ = fn as FunctionNode;
      if (isIntroduced(facts, mask, explanationStart(function_, facts, sourceCode).start, function_.range[0])) return true;
      const paragraph = paragraphStart(function_, sourceCode);
      if (paragraph !== undefined && isIntroduced(facts, mask, facts.firstLeadingComment(paragraph, facts.lineOf(paragraph))?.comment.range[0] ?? paragraph, paragraph)) return true;
    }
    return false;
  }

  /**
   * Reports the function's values that no comment gives the reason for (lib/core/value-reasons.ts),
   * if there are at least `minimumUnexplained`; whether it did.
   */
  function judgeValues(node: FunctionNode, own: OwnDecisions, loc: TSESTree.SourceLocation): boolean {
    if (!mayReportValues(own, node)) return false;
    let introducedOnce: boolean | undefined;
    const values = unexplainedValues(facts, logic, mask, { start: node.range[0], end: node.range[1] }, own.children, () => (introducedOnce ??= introduced(node)));
    // A number used twice is one number to explain; a code weighs as much as a finding needs.
    const texts = [...new Set(values.map((value) => value.text))];
    if (texts.length < options.minimumUnexplained && !values.some((value) => value.code)) return false;
    const messageId = texts.length === 1 ? 'unexplainedValue' : 'unexplainedValues';
    report({ loc, messageId, data: { subject: describeFunction(node), values: listValues(texts) } });
    return true;
  }

  function functionEnded(node: FunctionNode): void {
    if (node.body.type !== 'BlockStatement') return;
    const own = owners.functionEnded(node.range[0], node.range[1]);
    if (!judgesFunctions || (!judged(own) && !mayReportValues(own, node))) return;
    if (options.onlyGenerated && !analysis.isGenerated(declarationOf(node).range[0])) return;
    const head = sourceCode.getFirstToken(node.body);
    const loc = { start: functionHeadStart(node), end: head?.loc.end ?? node.loc.end };
    if (judgeValues(node, own, loc) || !judged(own)) return;
    const from = explanationStart(node, facts, sourceCode);
    judge(own, explanationsWithin(facts, mask, from.start, node.range[1], needed(own)), () => describeFunction(node), loc);
  }

  const listeners: TSESLint.RuleListener = {
    'FunctionDeclaration:exit': functionEnded,
    'FunctionExpression:exit': functionEnded,
    'ArrowFunctionExpression:exit': functionEnded,
  };
  if (options.scope.includes('file') && (!options.onlyGenerated || analysis.wholeFileGenerated)) {
    listeners['Program:exit'] = (): void => {
      const { own, functions } = owners.fileEnded();
      // Before any comment's kind is worked out: most files' top-level code decides little.
      if (!judged(own)) return;
      // The explanations outside every function: the file's less those inside its functions.
      let explanations = explanationsWithin(facts, mask, 0, facts.source.text.length);
      for (const fn of functions) explanations -= explanationsWithin(facts, mask, fn.start, fn.end);
      const first = sourceCode.ast.tokens[0];
      judge(own, explanations, () => "The file's top-level code", first?.loc ?? { line: 1, column: 0 });
    };
  }
  return listeners;
}
