/**
 * Small histories for the chart's tests, built by hand so each figure is the one the test names:
 * only the fields the chart and the history's table read are filled in.
 */
import type { HistoryEntry, HistoryReport } from '../../../../cli/report/history/report.js';
import type { Entry } from '../../../../cli/report/model.js';

/** One side of a point: its code lines and its documentation by lines. */
interface SideFigures {
  readonly code: number;
  readonly density: number;
}

const side = ({ code, density }: SideFigures): Record<string, number> => ({ code, density, documentationLines: 0, measured: code, gaps: 0, undocumented: 0 });

/** A point on `date`; with `split`, the assistants' and people's figures. */
export function point(date: string, density: number, split?: { assistant: SideFigures; people: SideFigures }, code = 1000): HistoryEntry {
  const totals = {
    path: '.',
    files: 10,
    gaps: 3,
    lines: { code: split === undefined ? code : split.assistant.code + split.people.code },
    ratio: { lines: density },
    ...(split === undefined ? {} : { provenance: { assistant: side(split.assistant), people: side(split.people), byAssistant: {} } }),
  };
  return { date, commit: `${date.replaceAll('-', '')}`.padEnd(40, 'a'), totals: totals as unknown as Entry };
}

export const history = (points: HistoryEntry[], since = '2026-06-01'): HistoryReport => ({ version: 1, period: 'week', since, points });

/** Four weeks: no assistant code in the first (a gap in its line), then a growing share. */
export const FOUR_WEEKS = history([
  point('2026-06-07', 12.5, { assistant: { code: 0, density: 0 }, people: { code: 400, density: 12.5 } }),
  point('2026-06-14', 10, { assistant: { code: 200, density: 5 }, people: { code: 400, density: 12.5 } }),
  point('2026-06-21', 9.1, { assistant: { code: 400, density: 6.2 }, people: { code: 400, density: 12 } }),
  point('2026-06-28', 10.4, { assistant: { code: 600, density: 9 }, people: { code: 400, density: 12.5 } }),
]);
