/**
 * The project's own files under `--licenses`: require-spdx-header itself, run through ESLint on
 * the project's configuration with the audit's policy and attribution required, so the audit
 * finds exactly what the rule would. Inline directives are off, as for the rest of the report.
 */
import type { ESLint, Rule } from 'eslint';
import requireSpdxHeader, { type MessageIds, type RequireSpdxHeaderOptions } from '../../../rules/require-spdx-header.js';
import type { LicensePolicy } from '../../../lib/spdx/expression.js';
import type { Project } from '../counting.js';
import { relativePosixPath } from '../../relative-path.js';

export type FileProblem = 'missing' | 'invalid' | 'not allowed' | 'unattributed';

export interface FileFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly problem: FileProblem;
  readonly message: string;
}

export interface FileAudit {
  /** Files the configuration covers and that parsed. */
  readonly checked: number;
  readonly findings: readonly FileFinding[];
  /** Files that did not parse, with ESLint's message. */
  readonly skipped: readonly string[];
}

// The rule's messages by what they say about the file; copyright is not part of the audit.
const PROBLEMS: Readonly<Partial<Record<MessageIds, FileProblem>>> = {
  missingLicense: 'missing',
  misplacedLicense: 'missing',
  emptyExpression: 'missing',
  unknownLicense: 'invalid',
  unknownException: 'invalid',
  invalidLicenseRef: 'invalid',
  idCase: 'invalid',
  operatorCase: 'invalid',
  deprecated: 'invalid',
  deprecatedReplaced: 'invalid',
  invalidExpression: 'invalid',
  notAllowed: 'not allowed',
  missingAttribution: 'unattributed',
};

const NAMESPACE = 'ai-code-licenses';
const RULE_ID = `${NAMESPACE}/require-spdx-header`;

/** Runs require-spdx-header under `policy`, with attribution required, over `files` (absolute). */
export async function auditFiles(project: Project, files: readonly string[], policy: LicensePolicy, cwd: string): Promise<FileAudit> {
  const { ESLint } = await import('eslint');
  const options: RequireSpdxHeaderOptions = { allowed: [...policy.allowed], requireCopyright: false, requireAttribution: true };
  const eslint = new ESLint({
    ...project.options,
    overrideConfig: { plugins: { [NAMESPACE]: { rules: { 'require-spdx-header': requireSpdxHeader as unknown as Rule.RuleModule } } }, rules: { [RULE_ID]: ['warn', options] } },
    ruleFilter: ({ ruleId }) => ruleId === RULE_ID,
    allowInlineConfig: false,
  });
  const results: ESLint.LintResult[] = files.length === 0 ? [] : await eslint.lintFiles([...files]);
  const findings: FileFinding[] = [];
  const skipped: string[] = [];
  let checked = 0;
  for (const result of results) {
    const relative = relativePosixPath(cwd, result.filePath);
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal !== undefined) {
      skipped.push(`${relative}: skipped, ${fatal.message}`);
      continue;
    }
    checked++;
    for (const message of result.messages) {
      const problem = message.ruleId === RULE_ID ? PROBLEMS[message.messageId as MessageIds] : undefined;
      if (problem !== undefined) findings.push({ path: relative, line: message.line, column: message.column, problem, message: message.message });
    }
  }
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
  return { checked, findings, skipped };
}
