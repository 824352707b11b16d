/**
 * The history's line chart as one SVG file that GitHub shows as an image: no script, no web font,
 * no foreignObject (an image context drops all three), white ground so the dark theme keeps it
 * legible. Output depends only on the data, so tests compare it as text.
 */
import { scaleFor, tickLabel, type Scale } from './scale.js';
import type { ChartData, Panel, Series } from './series.js';

export const WIDTH = 760;
const LEFT = 56;
const RIGHT = 40;
// Markers at the ends of a line stay whole inside the plot.
const INSET = 8;
const PANEL_HEIGHTS = [170, 90];
const PANEL_GAP = 52;
const FIRST_PANEL_TOP = 84;
const MOST_DATE_LABELS = 6;
// Beyond this many points, markers would merge into a bead string: only lone values keep one.
const MOST_MARKERS = 60;
const FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Where a panel sits and what its axis spans. */
export interface PanelLayout {
  readonly top: number;
  readonly height: number;
  readonly scale: Scale;
}

/** The chart's geometry: tests find the drawn points through it. */
export interface Layout {
  readonly height: number;
  readonly panels: readonly PanelLayout[];
  /** The x of the point at `index`. */
  readonly x: (index: number) => number;
  /** The y of `value` in a panel. */
  readonly y: (panel: PanelLayout, value: number) => number;
}

export function layoutOf(data: ChartData): Layout {
  const count = data.dates.length;
  const left = LEFT + INSET;
  const width = WIDTH - LEFT - RIGHT - 2 * INSET;
  let top = FIRST_PANEL_TOP;
  const panels = data.panels.map((panel, index) => {
    const highest = Math.max(0, ...panel.series.flatMap((series) => series.values.filter((value) => value !== undefined)));
    const height = PANEL_HEIGHTS[index] ?? PANEL_HEIGHTS.at(-1)!;
    const placed = { top, height, scale: scaleFor(highest, panel.fixedTop) };
    top += height + PANEL_GAP;
    return placed;
  });
  return {
    // The date labels and the note under the last panel.
    height: top - PANEL_GAP + 56,
    panels,
    x: (index) => round(count <= 1 ? left + width / 2 : left + (index * width) / (count - 1)),
    y: (panel, value) => round(panel.top + panel.height - (value / panel.scale.top) * panel.height),
  };
}

const round = (value: number): number => Math.round(value * 10) / 10;

export const escapeXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const text = (x: number, y: number, content: string, attributes = ''): string => `<text x="${x}" y="${y}"${attributes}>${escapeXml(content)}</text>`;

/** The series' latest value, for the legend: what a reader looks for first. */
function latest(series: Series): string {
  const value = series.values.findLast((entry) => entry !== undefined);
  return value === undefined ? 'no code' : `${value.toFixed(1)}%`;
}

function legend(data: ChartData): string[] {
  const parts: string[] = [];
  let x = LEFT;
  for (const series of data.panels.flatMap((panel) => panel.series)) {
    const label = `${series.name}: ${latest(series)}`;
    parts.push(`<line x1="${x}" y1="50" x2="${x + 18}" y2="50" stroke="${series.colour}" stroke-width="3"/>`, text(x + 24, 54, label));
    // Text widths are estimated, since the font is the reader's: generous enough for wide fonts.
    x += 24 + label.length * 7 + 24;
  }
  return parts;
}

/** Runs of consecutive defined values: a missing value breaks the line. */
function runs(values: readonly (number | undefined)[]): { start: number; values: number[] }[] {
  const found: { start: number; values: number[] }[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    const last = found.at(-1);
    if (last !== undefined && last.start + last.values.length === index) last.values.push(value);
    else found.push({ start: index, values: [value] });
  });
  return found;
}

function seriesMarks(series: Series, panel: PanelLayout, layout: Layout, everyMarker: boolean): string[] {
  const parts: string[] = [];
  for (const run of runs(series.values)) {
    const points = run.values.map((value, offset) => `${layout.x(run.start + offset)},${layout.y(panel, value)}`);
    if (run.values.length > 1) parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${series.colour}" stroke-width="2" stroke-linejoin="round"/>`);
    if (everyMarker || run.values.length === 1) {
      for (const point of points) {
        const [x, y] = point.split(',');
        parts.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${series.colour}"/>`);
      }
    }
  }
  return parts;
}

function panelMarks(panel: Panel, placed: PanelLayout, layout: Layout, everyMarker: boolean): string[] {
  const { scale } = placed;
  const bottom = placed.top + placed.height;
  const parts = [text(LEFT, placed.top - 12, `${panel.title}, % (linear scale, 0% to ${tickLabel(scale.top)})`, ' font-weight="600"')];
  // A tick's label ends 6 pixels short of the axis and drops 4, a third of the 12-pixel type, so that it centres on its line.
  for (const tick of scale.ticks) {
    const y = layout.y(placed, tick);
    parts.push(`<line x1="${LEFT}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}" stroke="${tick === 0 ? '#9ca3af' : '#e5e7eb'}"/>`, text(LEFT - 6, y + 4, tickLabel(tick), ' text-anchor="end"'));
  }
  parts.push(`<line x1="${LEFT}" y1="${placed.top}" x2="${LEFT}" y2="${bottom}" stroke="#9ca3af"/>`);
  for (const series of panel.series) parts.push(...seriesMarks(series, placed, layout, everyMarker));
  return parts;
}

/** Dates under the last panel: at most a few, counted back from the latest so it always has one. */
function dateLabels(data: ChartData, layout: Layout): string[] {
  const count = data.dates.length;
  const every = Math.ceil(count / MOST_DATE_LABELS);
  const last = layout.panels.at(-1)!;
  const bottom = last.top + last.height;
  return data.dates.flatMap((date, index) =>
    (count - 1 - index) % every === 0 ? [`<line x1="${layout.x(index)}" y1="${bottom}" x2="${layout.x(index)}" y2="${bottom + 5}" stroke="#9ca3af"/>`, text(layout.x(index), bottom + 20, date, ' text-anchor="middle"')] : [],
  );
}

/** The chart of `data` as a standalone SVG document. */
export function formatChartSvg(data: ChartData): string {
  const layout = layoutOf(data);
  const everyMarker = data.dates.length <= MOST_MARKERS;
  const summary = data.panels
    .flatMap((panel) => panel.series)
    .map((series) => `${series.name} ${latest(series)}`)
    .join(', ');
  const description = data.dates.length === 0 ? 'No commit in the periods asked for.' : `${data.dates.length} points from ${data.dates[0]} to ${data.dates.at(-1)}; latest: ${summary}.`;
  const body = [
    `<rect width="${WIDTH}" height="${layout.height}" fill="#ffffff"/>`,
    text(LEFT, 26, data.title, ' font-size="16" font-weight="600"'),
    ...legend(data),
    // The date ticks first, so the markers on the axis cover them.
    ...dateLabels(data, layout),
    ...data.panels.flatMap((panel, index) => panelMarks(panel, layout.panels[index]!, layout, everyMarker)),
    text(LEFT, layout.height - 10, 'Each point: the last commit of the period. A gap: that side had no code then.', ' fill="#4b5563"'),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${layout.height}" viewBox="0 0 ${WIDTH} ${layout.height}" role="img" aria-labelledby="chart-title chart-description" font-family="${escapeXml(FONT)}" font-size="12" fill="#111827">`,
    `<title id="chart-title">${escapeXml(data.title)}</title>`,
    `<desc id="chart-description">${escapeXml(description)}</desc>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
