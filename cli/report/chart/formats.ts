/** The chart's two files, by `--format` or by the name given to `--chart`. */
import { UsageError } from '../../usage-error.js';
import type { HistoryReport } from '../history/report.js';
import { formatHistoryHtml } from './html.js';
import { chartData } from './series.js';
import { formatChartSvg } from './svg.js';

export const CHART_FORMATS = ['svg', 'html'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export const isChartFormat = (format: string): format is ChartFormat => (CHART_FORMATS as readonly string[]).includes(format);

/** Charts draw a history: a single report has one point to draw. */
export function checkChartOptions(values: { readonly format: string; readonly chart: readonly string[]; readonly history?: string | undefined }): void {
  if (values.history !== undefined) return;
  if (isChartFormat(values.format)) throw new UsageError(`--format ${values.format} needs --history`);
  if (values.chart.length > 0) throw new UsageError('--chart needs --history');
}

/** `--chart FILE`: a page for a name ending in .html or .htm, the bare SVG otherwise. */
export const chartFormatOf = (file: string): ChartFormat => (/\.html?$/iu.test(file) ? 'html' : 'svg');

export function formatChart(history: HistoryReport, format: ChartFormat): string {
  return format === 'html' ? formatHistoryHtml(history) : formatChartSvg(chartData(history));
}
