/** The history's renderings: JSON, a Markdown table for job summaries, aligned columns for a terminal. */
import { alignedLines, assistantShare, markdownTable, number, pct } from '../render.js';
import { foldedTable } from '../fold.js';
import type { HistoryEntry, HistoryReport } from './report.js';

export function formatHistoryJson(history: HistoryReport): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

/** The columns of a point: where and when, how much code, how well documented, and with provenance who wrote it. */
function columns(history: HistoryReport): [string, (point: HistoryEntry) => string][] {
  const base: [string, (point: HistoryEntry) => string][] = [
    [history.period === 'day' ? 'day' : `${history.period} ending`, (point) => point.date],
    ['commit', (point) => point.commit.slice(0, 10)],
    ['files', (point) => number(point.totals.files)],
    ['code', (point) => number(point.totals.lines.code)],
    ['doc lines', (point) => pct(point.totals.ratio.lines)],
    ['gaps', (point) => number(point.totals.gaps)],
  ];
  if (history.points[0]?.totals.provenance === undefined) return base;
  return [
    ...base,
    ['AI code', (point) => pct(assistantShare(point.totals))],
    ['AI doc lines', (point) => pct(point.totals.provenance!.assistant.density)],
    ['people doc lines', (point) => pct(point.totals.provenance!.people.density)],
  ];
}

/** The header and one row of cells per point: every rendering shows the same columns. */
export const rowsOf = (history: HistoryReport): { headers: string[]; rows: string[][] } => {
  const chosen = columns(history);
  return { headers: chosen.map(([name]) => name), rows: history.points.map((point) => chosen.map(([, cell]) => cell(point))) };
};

// A quarter of weekly points in view; the older ones folded.
const VISIBLE_POINTS = 13;

export const EMPTY = 'No commit on the branch in the periods asked for.';

/** Markdown for a pull-request comment or a job summary. */
export function formatHistoryMarkdown(history: HistoryReport): string {
  const { headers, rows } = rowsOf(history);
  const title = `## Documentation by ${history.period} since ${history.since}`;
  const table = foldedTable(rows, (shown) => markdownTable(headers, shown), {
    visible: VISIBLE_POINTS,
    keep: 'last',
    summary: (hidden) => `${hidden} earlier ${hidden === 1 ? history.period : `${history.period}s`}`,
  });
  return `${title}\n\n${rows.length === 0 ? EMPTY : table}\n`;
}

export function formatHistoryTable(history: HistoryReport, options: { colour: boolean }): string {
  if (history.points.length === 0) return `${EMPTY}\n`;
  const { headers, rows } = rowsOf(history);
  return `${alignedLines(headers, rows, (text) => (options.colour ? `\u001B[1m${text}\u001B[22m` : text)).lines.join('\n')}\n`;
}
