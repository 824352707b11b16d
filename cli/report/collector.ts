/**
 * How the report reads a file: through ESLint, with the project's own configuration (files,
 * ignores, parsers, settings), so the report and the lint see the same files the same way.
 * A private plugin runs the accounting core and three of the plugin's rules, and hands the
 * numbers back as one message per file.
 */
import type { ESLint, Rule } from 'eslint';
import { createRule } from '../../lib/eslint/create-rule.js';
import { fileCounts, type Counts } from './metrics.js';
import { rules } from '../../rules/index.js';
import { decodeLineBits, encodeLineBits, lineBits, lineProfile } from './provenance/profile.js';
import type { LineProfile } from './provenance/split.js';
import { lintedFileRole } from '../../lib/eslint/linted-role.js';
import type { FileRole } from '../../lib/markers/file-role.js';

const REPORT_NAMESPACE = 'ai-code-report';

// Gaps, placeholders and undocumented declarations come from the rules themselves, at their defaults.
const GAPS = `${REPORT_NAMESPACE}/gaps`;
const PLACEHOLDERS = `${REPORT_NAMESPACE}/placeholders`;
const UNDOCUMENTED = `${REPORT_NAMESPACE}/undocumented`;
const COUNTS = `${REPORT_NAMESPACE}/counts`;

/** What the counts rule's message carries: the counts, the line bits of the file's profile, and its role. */
interface CarriedCounts {
  readonly counts: Counts;
  readonly lines: string;
  readonly role: FileRole;
}

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
        const generated = analysis.generatedLines();
        const generatedLines = generated.reduce((sum, flag) => sum + flag, 0);
        const counts = fileCounts(analysis.facts, { gaps: 0, undocumentedGenerated: 0, generatedLines });
        // The line profile rides along for --provenance: the per-line facts behind the counts.
        const carried: CarriedCounts = { counts, lines: encodeLineBits(lineBits(analysis.facts, generated)), role: lintedFileRole(context, analysis) };
        context.report({ loc: { line: 1, column: 0 }, messageId: 'counts', data: { json: JSON.stringify(carried) } });
      },
    };
  },
});

export const reportPlugin: ESLint.Plugin = {
  meta: { name: 'eslint-plugin-ai-code/report' },
  rules: {
    counts: countsRule as unknown as Rule.RuleModule,
    gaps: rules['no-comment-gap'] as unknown as Rule.RuleModule,
    placeholders: rules['no-placeholder-comments'] as unknown as Rule.RuleModule,
    undocumented: rules['no-undocumented-generated'] as unknown as Rule.RuleModule,
  },
};

/** The configuration the report adds on top of the project's. */
export const reportOverrides = {
  plugins: { [REPORT_NAMESPACE]: reportPlugin },
  rules: { [COUNTS]: 'warn', [GAPS]: 'warn', [PLACEHOLDERS]: 'warn', [UNDOCUMENTED]: 'warn' },
} as const;

export function isReportRule(ruleId: string): boolean {
  return ruleId.startsWith(`${REPORT_NAMESPACE}/`);
}

/** A file's counts from its lint result, or undefined when the file was skipped or did not parse. */
export function countsFromResult(result: ESLint.LintResult): Counts | undefined {
  return readResult(result)?.counts;
}

/** A file's counts, line profile and role from its lint result, or undefined when the file was skipped or did not parse. */
export function readResult(result: ESLint.LintResult): { counts: Counts; profile: LineProfile; role: FileRole } | undefined {
  let carried: CarriedCounts | undefined;
  const gapLines: number[] = [];
  const undocumentedLines: number[] = [];
  let placeholders = 0;
  for (const message of result.messages) {
    if (message.fatal) return undefined;
    if (message.ruleId === COUNTS) carried = JSON.parse(message.message) as CarriedCounts;
    else if (message.ruleId === GAPS) gapLines.push(message.line);
    else if (message.ruleId === PLACEHOLDERS) placeholders++;
    else if (message.ruleId === UNDOCUMENTED) undocumentedLines.push(message.line);
  }
  if (carried === undefined) return undefined;
  const { counts } = carried;
  return {
    counts: { ...counts, gaps: gapLines.length, placeholders, generated: { ...counts.generated, undocumented: undocumentedLines.length } },
    profile: lineProfile(decodeLineBits(carried.lines), gapLines, undocumentedLines),
    role: carried.role,
  };
}
