/**
 * The words `--licenses` reports in: require-spdx-header's own messages, so a finding reads the
 * same in the audit as in the editor.
 */
import requireSpdxHeader, { type MessageIds } from '../../../rules/require-spdx-header.js';
import type { ExpressionCheck } from '../../../lib/spdx/expression.js';

/** The rule's message `id` with its `{{placeholders}}` filled from `data`. */
export function ruleMessage(id: MessageIds, data: Readonly<Record<string, string>> = {}): string {
  const template = requireSpdxHeader.meta.messages[id];
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (_, key: string) => data[key] ?? '');
}

/** The rule's message for the first problem of an invalid expression. */
export function invalidMessage(expression: string, check: ExpressionCheck): string {
  const problem = check.problems[0];
  if (problem === undefined) return ruleMessage('invalidExpression', { text: expression });
  const id = problem.kind === 'deprecated' && problem.replacement !== undefined ? 'deprecatedReplaced' : problem.kind;
  return ruleMessage(id, { text: problem.text, replacement: problem.replacement ?? '' });
}
