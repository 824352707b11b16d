/**
 * `ai-code report --history PERIOD`: the report's totals at one commit per period, each computed
 * from git objects by the report's own counting (the project's current configuration reads
 * every past file), and with `--provenance` split by who wrote each line at that commit.
 */
import path from 'node:path';
import { openProject, TextCounter } from '../counting.js';
import { isWalkedPath } from '../files.js';
import type { ReportIO } from '../io.js';
import { buildReport, type Entry, type ReportFile } from '../model.js';
import { Provenance } from '../provenance/attribution.js';
import { git, GitError } from '../provenance/git.js';
import type { AssistantIdentity } from '../provenance/identities.js';
import { splitByAuthor } from '../provenance/split.js';
import { historyPoints, resolveDate, type Period } from './points.js';
import { readSnapshots } from './snapshots.js';
import { relativePosixPath } from '../../relative-path.js';

export const HISTORY_VERSION = 1;

/** One point of the history: the period's last day, the commit that stood then, and the report's totals at it. */
export interface HistoryEntry {
  readonly date: string;
  readonly commit: string;
  readonly totals: Entry;
}

export interface HistoryReport {
  readonly version: typeof HISTORY_VERSION;
  readonly period: Period;
  /** The first day of the first period (YYYY-MM-DD, UTC). */
  readonly since: string;
  readonly points: readonly HistoryEntry[];
}

export interface HistoryOptions {
  readonly period: Period;
  /** A date as git reads it; by default twelve periods back. */
  readonly since: string | undefined;
  readonly paths: readonly string[];
  /** The identity table, with `--provenance`. */
  readonly identities: readonly AssistantIdentity[] | undefined;
}

const DEFAULT_SPAN: Record<Period, string> = { day: '12 days ago', week: '12 weeks ago', month: '12 months ago' };

/** Whether `file` (absolute) is one of `roots` or beneath one. */
const isUnder = (file: string, roots: readonly string[]): boolean => roots.some((root) => file === root || file.startsWith(`${root}${path.sep}`));

/** The history `options` ask for, of the repository that holds `io.cwd`. */
export async function buildHistory(options: HistoryOptions, io: ReportIO): Promise<HistoryReport> {
  // Dates and trees are the repository's, whichever of its directories the report runs in.
  let root: string;
  try {
    root = (await git(io.cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if (error instanceof GitError) throw new Error(`--history needs a git repository: ${error.message}`);
    throw error;
  }
  const since = await resolveDate(root, options.since ?? DEFAULT_SPAN[options.period]);
  const points = await historyPoints(root, options.period, since, Date.now());
  // Past files are read as the project reads files today: its current configuration decides.
  const roots = options.paths.map((entry) => path.resolve(io.cwd, entry));
  const counter = new TextCounter(await openProject(io.cwd, io));
  const provenance = options.identities === undefined ? undefined : await Provenance.open(io.cwd, { identities: options.identities });
  try {
    const snapshots = await readSnapshots<ReportFile>(
      root,
      points,
      {
        // The paths asked for, as the walk of the working tree would take them, and as the configuration covers them.
        covers: async (file) => isUnder(path.join(root, file), roots) && isWalkedPath(file) && counter.covers(path.join(root, file)),
        count: async (file, text, authors) => {
          const absolute = path.join(root, file);
          const read = await counter.count(absolute, text, provenance !== undefined);
          if (read === undefined) return undefined;
          const split = read.profile === undefined ? undefined : splitByAuthor(read.profile, authors ?? []);
          return { path: relativePosixPath(io.cwd, absolute), counts: read.counts, role: read.role, provenance: split };
        },
      },
      provenance,
    );
    return {
      version: HISTORY_VERSION,
      period: options.period,
      since: new Date(since).toISOString().slice(0, 10),
      points: snapshots.map(({ point, files }) => ({ ...point, totals: buildReport(files.map((file) => file.result), { withProvenance: provenance !== undefined }).totals })),
    };
  } finally {
    await provenance?.close();
  }
}
