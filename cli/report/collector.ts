/**
 * How the report reads a file: through ESLint, with the project's own configuration (files,
 * ignores, parsers, settings), so the report and the lint see the same files the same way.
 * A private plugin runs the accounting core and two of the plugin's rules, and hands the
 * numbers back as one message per file.
 */
import type { ESLint, Rule } from 'eslint';
import { createRule } from '../../lib/eslint/create-rule.js';
import { fileCounts, type Counts } from './metrics.js';
import { rules } from '../../rules/index.js';

const REPORT_NAMESPACE = 'ai-code-report';

// Gaps and undocumented declarations come from the rules themselves, at their defaults.
const GAPS = `${REPORT_NAMESPACE}/gaps`;
const UNDOCUMENTED = `${REPORT_NAMESPACE}/undocumented`;
const COUNTS = `${REPORT_NAMESPACE}/counts`;

// The rule that carries the counts: one message per file, whose text is the counts as JSON.
// Messages are the one channel ESLint guarantees from a rule back to its caller.
const countsRule = createRule<Record<string, never>, 'counts'>({
  name: 'report-counts',
  meta: {
    type: 'suggestion',
    docs: { description: 'Report the accounting core’s counts for the file (used by ai-code report only)', recommended: false },
    // No options; createRule hands every rule its one options object, here an empty one.
    schema: [{ type: 'object', additionalProperties: false, properties: {} }],
    defaultOptions: [{}],
    messages: { counts: '{{json}}' },
  },
  create(context, _options, analysis) {
    return {
      'Program:exit'(): void {
        const generatedLines = analysis.generatedLines().reduce((sum, flag) => sum + flag, 0);
        const counts = fileCounts(analysis.facts, { gaps: 0, undocumentedGenerated: 0, generatedLines });
        context.report({ loc: { line: 1, column: 0 }, messageId: 'counts', data: { json: JSON.stringify(counts) } });
      },
    };
  },
});

export const reportPlugin: ESLint.Plugin = {
  meta: { name: 'eslint-plugin-ai-code/report' },
  rules: {
    counts: countsRule as unknown as Rule.RuleModule,
    gaps: rules['no-comment-gap'] as unknown as Rule.RuleModule,
    undocumented: rules['no-undocumented-generated'] as unknown as Rule.RuleModule,
  },
};

/** The configuration the report adds on top of the project's. */
export const reportOverrides = {
  plugins: { [REPORT_NAMESPACE]: reportPlugin },
  rules: { [COUNTS]: 'warn', [GAPS]: 'warn', [UNDOCUMENTED]: 'warn' },
} as const;

export function isReportRule(ruleId: string): boolean {
  return ruleId.startsWith(`${REPORT_NAMESPACE}/`);
}

/** A file's counts from its lint result, or undefined when the file was skipped or did not parse. */
export function countsFromResult(result: ESLint.LintResult): Counts | undefined {
  let counts: Counts | undefined;
  let gaps = 0;
  let undocumented = 0;
  for (const message of result.messages) {
    if (message.fatal) return undefined;
    if (message.ruleId === COUNTS) counts = JSON.parse(message.message) as Counts;
    else if (message.ruleId === GAPS) gaps++;
    else if (message.ruleId === UNDOCUMENTED) undocumented++;
  }
  if (counts === undefined) return undefined;
  return { ...counts, gaps, generated: { ...counts.generated, undocumented } };
}
