/** The licence audit's three renderings, in the report's formats. */
import { alignedLines, codeSpan, markdownTable, number } from '../render.js';
import type { LicenseAudit } from './audit.js';

export function formatLicensesJson(audit: LicenseAudit): string {
  // Files that did not parse went to stderr; the JSON keeps to what was checked.
  const { skipped: _skipped, ...files } = audit.files;
  return `${JSON.stringify({ ...audit, files }, null, 2)}\n`;
}

/** One sentence on the policy the audit applied. */
function policySentence(audit: LicenseAudit): string {
  const { allowed, source } = audit.policy;
  if (allowed.length === 0) return 'No licence policy (no --allowed, no allowed list for require-spdx-header, no package.json "license"): any valid SPDX expression is allowed.';
  return `Allowed: ${allowed.join(', ')} (from the ${source}).`;
}

type Name = (text: string) => string;
const plain: Name = (text) => text;
// In Markdown a `|` in a message must not end its cell.
const escaped = (text: string): string => text.replaceAll('|', '\\|');

const fileCells = (audit: LicenseAudit, name: Name): string[][] => audit.files.findings.map((finding) => [name(`${finding.path}:${finding.line}`), finding.problem, finding.message]);
const dependencyCells = (audit: LicenseAudit, name: Name): string[][] =>
  audit.dependencies.findings.map((finding) => [name(`${finding.name}${finding.version === '' ? '' : `@${finding.version}`}`), finding.license ?? '–', finding.problem, finding.message]);

function counts(audit: LicenseAudit): { files: string; dependencies: string } {
  return {
    files: `${number(audit.files.findings.length)} licence problems in ${number(audit.files.checked)} files`,
    dependencies: `${number(audit.dependencies.findings.length)} of ${number(audit.dependencies.checked)} installed packages with a licence problem`,
  };
}

/** Aligned rows for a terminal. */
export function formatLicensesTable(audit: LicenseAudit, bold: (text: string) => string): string {
  const said = counts(audit);
  const lines = [policySentence(audit), '', `files: ${said.files}`];
  if (audit.files.findings.length > 0) lines.push(...alignedLines(['file', 'problem', 'message'], fileCells(audit, plain), bold, 3).lines);
  lines.push('', `dependencies: ${said.dependencies}`);
  if (audit.dependencies.findings.length > 0) lines.push(...alignedLines(['package', 'license', 'problem', 'message'], dependencyCells(audit, plain), bold, 4).lines);
  return `${lines.join('\n')}\n`;
}

export function formatLicensesMarkdown(audit: LicenseAudit): string {
  const said = counts(audit);
  const parts = ['## Licence audit', '', policySentence(audit), '', `### Files: ${said.files}`, ''];
  if (audit.files.findings.length > 0) parts.push(markdownTable(['file', 'problem', 'message'], fileCells(audit, codeSpan).map((cells) => cells.map(escaped)), 3), '');
  parts.push(`### Dependencies: ${said.dependencies}`, '');
  if (audit.dependencies.findings.length > 0) parts.push(markdownTable(['package', 'license', 'problem', 'message'], dependencyCells(audit, codeSpan).map((cells) => cells.map(escaped)), 4), '');
  return `${parts.join('\n')}`;
}
