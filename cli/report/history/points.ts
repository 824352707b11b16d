/**
 * The points of a history: one per period (a UTC day, an ISO week from Monday to Sunday, or a
 * calendar month) from the period holding `since` to the period holding now, each at the last
 * commit of the current branch made on or before the period's end. The branch is read along
 * first parents, so a merged branch counts when its merge landed, not when its commits were made.
 */
import { git } from '../provenance/git.js';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** One point: the period's last day (YYYY-MM-DD, UTC) and the commit that stood then. */
export interface HistoryPoint {
  readonly date: string;
  readonly commit: string;
}

const DAY = 86_400_000;

/** The first instant after the period that holds `time` (milliseconds, UTC). */
export function periodEnd(period: Period, time: number): number {
  const day = Math.floor(time / DAY) * DAY;
  if (period === 'day') return day + DAY;
  if (period === 'week') {
    // getUTCDay: Sunday is 0; ISO weeks end after Sunday.
    const weekday = (new Date(day).getUTCDay() + 6) % 7;
    return day + (7 - weekday) * DAY;
  }
  const date = new Date(day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * `--since` as git reads a date ("2026-06-01", "3 months ago", "last monday"), in milliseconds:
 * `git rev-parse --since=…` prints the `--max-age=` it means.
 */
export async function resolveDate(root: string, since: string): Promise<number> {
  const output = (await git(root, ['rev-parse', `--since=${since}`])).trim();
  const match = /^--max-age=(\d+)$/u.exec(output);
  // git reads any text as some date; the epoch and the future are what it makes of nonsense.
  const time = Number(match?.[1] ?? 0) * 1000;
  if (time <= 0 || time > Date.now() + DAY) throw new Error(`--since ${since}: not a date git understands`);
  return time;
}

/** The first-parent history of `revision`, newest first, with committer times in milliseconds. */
async function branchCommits(root: string, revision: string): Promise<{ commit: string; time: number }[]> {
  const output = await git(root, ['log', '--first-parent', '--format=%H %ct', revision, '--']);
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [commit = '', seconds = '0'] = line.split(' ');
      return { commit, time: Number(seconds) * 1000 };
    });
}

/** The points from `since` to `now` (milliseconds); periods before the branch's first commit have none. */
export async function historyPoints(root: string, period: Period, since: number, now: number, revision = 'HEAD'): Promise<HistoryPoint[]> {
  const commits = await branchCommits(root, revision);
  const points: HistoryPoint[] = [];
  for (let end = periodEnd(period, since); end - periodEnd(period, now) <= 0; end = periodEnd(period, end)) {
    // The newest commit on the branch made before the period ended.
    const standing = commits.find((entry) => entry.time < end);
    if (standing !== undefined) points.push({ date: new Date(end - DAY).toISOString().slice(0, 10), commit: standing.commit });
  }
  return points;
}
