/** The report's three renderings: JSON for tools, Markdown for pull requests, a table for terminals. */
import { foldedTable } from './fold.js';
import type { Comparison, Entry, Report } from './model.js';

export type Format = 'json' | 'markdown' | 'table';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// The totals and the largest directories in view in a pull request; the rest folded.
const VISIBLE_ROWS = 21;

export const number = (value: number): string => value.toLocaleString('en-US');
export const pct = (value: number): string => `${value.toFixed(1)}%`;
/** A name (a path, a package) as Markdown code, so that underscores and stars stay as they are. */
export const codeSpan = (text: string): string => `\`${text}\``;

/** A ten-cell bar, scaled so the best directory fills it: shares of a few percent stay visible. */
function bar(value: number, best: number): string {
  const filled = best === 0 ? 0 : Math.round((value / best) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}

// The columns the table and Markdown show for an entry, in order: the line counts first, as cloc
// users expect them, then the one headline ratio (documentation by lines; by tokens and Sonar's
// ratio are in the JSON), then what concerns generated code.
const COLUMNS: [string, (entry: Entry) => string][] = [
  ['files', (entry) => number(entry.files)],
  ['code', (entry) => number(entry.lines.code)],
  ['comment', (entry) => number(entry.lines.comment)],
  ['mixed', (entry) => number(entry.lines.mixed)],
  ['blank', (entry) => number(entry.lines.blank)],
  ['doc lines', (entry) => pct(entry.ratio.lines)],
  ['generated', (entry) => number(entry.generated.lines)],
  ['undocumented', (entry) => number(entry.generated.undocumented)],
  ['gaps', (entry) => number(entry.gaps)],
  ['placeholders', (entry) => number(entry.placeholders)],
];

/** Assistants' share of an entry's code lines, in percent. */
export function assistantShare(entry: Entry): number {
  const { assistant, people } = entry.provenance!;
  const code = assistant.code + people.code;
  return code === 0 ? 0 : Math.round((assistant.code / code) * 10_000) / 100;
}

// With --provenance: who wrote the code, and how densely each side documents it.
const PROVENANCE_COLUMNS: [string, (entry: Entry) => string][] = [
  ['AI code', (entry) => pct(assistantShare(entry))],
  ['AI doc lines', (entry) => pct(entry.provenance!.assistant.density)],
  ['people doc lines', (entry) => pct(entry.provenance!.people.density)],
  ['AI gaps', (entry) => number(entry.provenance!.assistant.gaps)],
];

/** The columns of a report: the split by author too when it has one. */
export const columnsOf = (entry: Entry): [string, (entry: Entry) => string][] => (entry.provenance === undefined ? COLUMNS : [...COLUMNS, ...PROVENANCE_COLUMNS]);

/** One sentence on the split by author, for Markdown. */
export function provenanceSentence(entry: Entry): string {
  const { assistant, people, byAssistant } = entry.provenance!;
  const names = Object.entries(byAssistant).map(([name, side]) => `${name} ${number(side.code)}`);
  return (
    `Assistants wrote ${pct(assistantShare(entry))} of the code lines (${number(assistant.code)} of ${number(assistant.code + people.code)}` +
    `${names.length === 0 ? '' : `: ${names.join(', ')}`}); their documentation by lines is ${pct(assistant.density)}, people's ${pct(people.density)}.`
  );
}

/** A GitHub-flavoured Markdown table: the first `textColumns` columns left-aligned, the numeric ones after them right-aligned. */
export function markdownTable(header: string[], rows: string[][], textColumns = 1): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index < textColumns ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function comparisonMarkdown(comparison: Comparison): string {
  const show = (entry: Entry | undefined): string => (entry === undefined ? '–' : pct(entry.ratio.lines));
  const rows = comparison.changes.map((change) => [change.path, show(change.before), show(change.after)]);
  const verdict =
    comparison.regressions.length === 0 ? 'No regression against the baseline.' : `Regressions: ${comparison.regressions.join('; ')}.`;
  return `### Against the baseline\n\n${markdownTable(['directory', 'doc lines before', 'after'], rows)}\n\n${verdict}\n`;
}

/**
 * Markdown for pull-request comments and CI job summaries: the totals and directories, a bar
 * chart of documentation by lines, and, when given, the changed code and the baseline.
 */
export function formatMarkdown(report: Report, comparison?: Comparison): string {
  const columns = columnsOf(report.totals);
  const headers = ['path', ...columns.map(([name]) => name)];
  const row = (entry: Entry): string[] => [entry.path === '.' ? '**total**' : `\`${entry.path}/\``, ...columns.map(([, cell]) => cell(entry))];
  const best = Math.max(0, ...report.directories.map((directory) => directory.ratio.lines));
  const chart = report.directories.map((directory) => `${bar(directory.ratio.lines, best)} ${pct(directory.ratio.lines).padStart(6)}  ${directory.path}/`);
  const parts = [
    '## Comment density report',
    '',
    report.since === undefined ? '' : `Files changed since \`${report.since}\`.\n`,
    report.totals.provenance === undefined ? '' : `${provenanceSentence(report.totals)}\n`,
    foldedTable([row(report.totals), ...report.directories.map(row)], (shown) => markdownTable(headers, shown), { visible: VISIBLE_ROWS, keep: 'first', summary: (hidden) => `${hidden} more directories` }),
    '',
    `Documentation by lines, per directory (a full bar is the best directory's ${pct(best)}):`,
    '',
    '```text',
    ...chart,
    '```',
    '',
  ];
  // With --since, the point of the report is how new code compares with the code base.
  if (report.unchanged !== undefined) {
    parts.push(`Changed code: ${pct(report.totals.ratio.lines)} documentation by lines; the rest of the code base: ${pct(report.unchanged.ratio.lines)}.`, '');
  }
  if (comparison !== undefined) parts.push(comparisonMarkdown(comparison));
  // Optional parts leave empty strings behind; keep at most one blank line in a row.
  return `${parts.filter((part, index) => part !== '' || parts[index - 1] !== '').join('\n')}\n`;
}

/**
 * Rows as aligned columns (the first `textColumns` left-aligned, the numbers after them
 * right-aligned; a text column that ends the line is not padded), the header through `header`.
 */
export function alignedLines(headers: string[], rows: string[][], header: (text: string) => string, textColumns = 1): { lines: string[]; widths: number[] } {
  const widths = headers.map((name, column) => Math.max(name.length, ...rows.map((cells) => cells[column]!.length)));
  const align = (cell: string, column: number): string => {
    if (column >= textColumns) return cell.padStart(widths[column]!);
    return column === headers.length - 1 ? cell : cell.padEnd(widths[column]!);
  };
  const render = (cells: string[]): string => cells.map(align).join('  ');
  return { lines: [header(render(headers)), ...rows.map(render)], widths };
}

/** Aligned columns for a terminal; colour (bold header, red or green verdict) only when asked. */
export function formatTable(report: Report, options: { colour: boolean }, comparison?: Comparison): string {
  const columns = columnsOf(report.totals);
  const headers = ['path', ...columns.map(([name]) => name)];
  const rows = [report.totals, ...report.directories].map((entry) => [entry.path === '.' ? 'total' : `${entry.path}/`, ...columns.map(([, cell]) => cell(entry))]);
  const bold = (text: string): string => (options.colour ? `\u001B[1m${text}\u001B[22m` : text);
  const { lines, widths } = alignedLines(headers, rows, bold);
  if (comparison !== undefined) {
    lines.push('');
    for (const change of comparison.changes) {
      const before = change.before === undefined ? '–' : pct(change.before.ratio.lines);
      const after = change.after === undefined ? '–' : pct(change.after.ratio.lines);
      lines.push(`${(change.path === '.' ? 'total' : `${change.path}/`).padEnd(widths[0]!)}  doc lines ${before} → ${after}`);
    }
    const verdict = comparison.regressions.length === 0 ? 'no regression against the baseline' : `regressions: ${comparison.regressions.join('; ')}`;
    lines.push(options.colour ? `\u001B[${comparison.regressions.length === 0 ? 32 : 31}m${verdict}\u001B[39m` : verdict);
  }
  return `${lines.join('\n')}\n`;
}
