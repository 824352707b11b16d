/**
 * The history as one self-contained HTML page: the chart inline and the table under it. A
 * content security policy forbids every fetch and script, so the page shows the same offline,
 * from an e-mail or from a CI artifact.
 */
import { EMPTY, rowsOf } from '../history/render.js';
import type { HistoryReport } from '../history/report.js';
import { chartData } from './series.js';
import { escapeXml, formatChartSvg } from './svg.js';

const STYLE = [
  "body { margin: 24px; color: #111827; background: #ffffff; font: 14px -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; }",
  'svg { display: block; max-width: 100%; height: auto; }',
  'table { border-collapse: collapse; margin-top: 16px; }',
  'th, td { padding: 4px 10px; border-bottom: 1px solid #e5e7eb; text-align: right; white-space: nowrap; }',
  'th:first-child, td:first-child { text-align: left; }',
].join('\n');

function table(history: HistoryReport): string {
  if (history.points.length === 0) return `<p>${escapeXml(EMPTY)}</p>`;
  const { headers, rows } = rowsOf(history);
  const row = (cells: string[], tag: 'td' | 'th'): string => `<tr>${cells.map((cell) => `<${tag}>${escapeXml(cell)}</${tag}>`).join('')}</tr>`;
  return ['<table>', `<thead>${row(headers, 'th')}</thead>`, '<tbody>', ...rows.map((cells) => row(cells, 'td')), '</tbody>', '</table>'].join('\n');
}

export function formatHistoryHtml(history: HistoryReport): string {
  const data = chartData(history);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(data.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    formatChartSvg(data).trimEnd(),
    table(history),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
