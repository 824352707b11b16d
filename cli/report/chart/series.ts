/**
 * What the history's chart draws, apart from how: two panels over the same dates, documentation
 * by lines (one line for all code, or one per side with provenance) and the assistants' share of
 * the code. A value is missing where its side had no code, since a ratio of nothing is no figure.
 */
import { assistantShare } from '../render.js';
import type { HistoryEntry, HistoryReport } from '../history/report.js';

export interface Series {
  readonly name: string;
  /** A CSS colour: the line, its markers and its legend swatch. */
  readonly colour: string;
  /** One value per date, in percent; undefined where there is nothing to measure. */
  readonly values: readonly (number | undefined)[];
}

export interface Panel {
  readonly title: string;
  /** The top of the value axis, in percent: the whole range when undefined. */
  readonly fixedTop: number | undefined;
  readonly series: readonly Series[];
}

export interface ChartData {
  readonly title: string;
  /** The periods' last days (YYYY-MM-DD), oldest first. */
  readonly dates: readonly string[];
  readonly panels: readonly Panel[];
}

/** The series' colours: distinct for people with the common forms of colour blindness, and on white. */
export const COLOURS = { all: '#374151', assistant: '#c2410c', people: '#1d4ed8', share: '#7c3aed' } as const;

/** The assistants' share of a point's code, where it has code to share. */
function share(point: HistoryEntry): number | undefined {
  const { assistant, people } = point.totals.provenance!;
  return assistant.code + people.code === 0 ? undefined : assistantShare(point.totals);
}

/** The chart of a history: with provenance, each side's documentation and the assistants' share. */
export function chartData(history: HistoryReport): ChartData {
  const points = history.points;
  const title = `Documentation by ${history.period} since ${history.since}`;
  const dates = points.map((point) => point.date);
  const density: Series = { name: 'all code', colour: COLOURS.all, values: points.map((point) => (point.totals.lines.code === 0 ? undefined : point.totals.ratio.lines)) };
  if (points.length === 0 || points.some((point) => point.totals.provenance === undefined)) {
    return { title, dates, panels: [{ title: 'Documentation by lines', fixedTop: undefined, series: [density] }] };
  }
  const side = (which: 'assistant' | 'people'): (number | undefined)[] =>
    points.map((point) => {
      const entry = point.totals.provenance![which];
      return entry.code === 0 ? undefined : entry.density;
    });
  return {
    title,
    dates,
    panels: [
      {
        title: 'Documentation by lines',
        fixedTop: undefined,
        series: [
          { name: 'assistants', colour: COLOURS.assistant, values: side('assistant') },
          { name: 'people', colour: COLOURS.people, values: side('people') },
        ],
      },
      {
        title: 'Assistants’ share of the code lines',
        fixedTop: 100,
        series: [{ name: 'assistants’ share', colour: COLOURS.share, values: points.map(share) }],
      },
    ],
  };
}
