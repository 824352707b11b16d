/**
 * The report as data: per file, per directory (each directory counts everything beneath it)
 * and in total, plus the comparison with a saved baseline. The JSON output is this shape,
 * versioned and described by docs/report.schema.json.
 */
import { ratiosOf, sumCounts, type Counts, type Ratios } from './metrics.js';
import { densityOf, sumProvenance, type ProvenanceCounts, type SideCounts } from './provenance/split.js';
import type { FileRole } from '../../lib/markers/file-role.js';

/** Version 2 added `provenance`; a version-1 report reads as one without it. */
export const REPORT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

/** One side of `--provenance`'s split, with its documentation density (percent, as `ratio.lines`). */
export interface SideEntry extends SideCounts {
  readonly density: number;
}

/** `--provenance`'s split of an entry: by assistants, by people, and per assistant. */
export interface ProvenanceEntry {
  readonly assistant: SideEntry;
  readonly people: SideEntry;
  readonly byAssistant: Readonly<Record<string, SideEntry>>;
}

export interface Entry extends Counts {
  /** Relative to the project root, with `/` separators; `.` for the totals. */
  readonly path: string;
  /** A file's role (lib/markers/file-role.ts, then `.gitattributes`); directories and totals have none. */
  readonly role?: FileRole;
  readonly ratio: Ratios;
  /** With `--provenance`. */
  readonly provenance?: ProvenanceEntry;
}

/** A file as the report takes it: its counts, and with `--provenance` their split by author. */
export interface ReportFile {
  readonly path: string;
  readonly counts: Counts;
  /** Undefined counts as ordinary source. */
  readonly role?: FileRole;
  readonly provenance?: ProvenanceCounts;
}

/**
 * Files the report lists apart and leaves out of its figures unless asked: code a tool
 * regenerates or a project copied in, which nobody here writes or reviews line by line, and
 * which would otherwise swamp the figures of the code people and assistants write.
 */
export const SET_APART_ROLES: readonly FileRole[] = ['generated', 'vendored'];

const isSetApart = (file: ReportFile): boolean => file.role !== undefined && SET_APART_ROLES.includes(file.role);

export interface Report {
  readonly version: number;
  /** `--since` ref when the report was limited to changed files. */
  readonly since?: string;
  readonly files: readonly Entry[];
  readonly directories: readonly Entry[];
  readonly totals: Entry;
  /** With `--since`: the files not changed, for comparing new code with the rest. */
  readonly unchanged?: Entry;
  /** Generated and vendored files, listed here and left out of every other figure; absent when they were included. */
  readonly setApart?: readonly Entry[];
}

/** How a report is built: the `--since` selection, the split by author, and whether set-apart files count. */
export interface ReportOptions {
  readonly since?: { readonly ref: string; readonly changed: ReadonlySet<string> };
  readonly withProvenance?: boolean;
  readonly includeSetApart?: boolean;
}

const side = (counts: SideCounts): SideEntry => ({ ...counts, density: densityOf(counts) });

function provenanceEntry(counts: ProvenanceCounts): ProvenanceEntry {
  const byAssistant = Object.fromEntries(Object.entries(counts.byAssistant).map(([name, counted]) => [name, side(counted)]));
  return { assistant: side(counts.assistant), people: side(counts.people), byAssistant };
}

function entry(path: string, counts: Counts, provenance: ProvenanceCounts | undefined, role?: FileRole): Entry {
  const made: Entry = { path, ...(role === undefined ? {} : { role }), ...counts, ratio: ratiosOf(counts) };
  return provenance === undefined ? made : { ...made, provenance: provenanceEntry(provenance) };
}

function fileEntry(file: ReportFile, withProvenance: boolean): Entry {
  return entry(file.path, file.counts, withProvenance ? sumProvenance(file.provenance === undefined ? [] : [file.provenance]) : undefined, file.role ?? 'source');
}

function ancestors(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** The sum of `files` as the entry `path`; with provenance when the report has it. */
function rollUp(path: string, files: readonly ReportFile[], withProvenance: boolean): Entry {
  const provenance = withProvenance ? sumProvenance(files.flatMap((file) => (file.provenance === undefined ? [] : [file.provenance]))) : undefined;
  return entry(path, sumCounts(files.map((file) => file.counts)), provenance);
}

/**
 * The report over `files` (paths relative, `/`-separated). With `since`, only changed files are
 * listed and rolled up, and the others are summed into `unchanged` for comparison. With
 * `withProvenance`, every entry has its split by author (files without one count as none).
 * Generated and vendored files go to `setApart` unless `includeSetApart`.
 */
export function buildReport(files: readonly ReportFile[], { since, withProvenance = false, includeSetApart = false }: ReportOptions = {}): Report {
  const all = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const setApart = includeSetApart ? [] : all.filter(isSetApart);
  const sorted = includeSetApart ? all : all.filter((file) => !isSetApart(file));
  const selected = since === undefined ? sorted : sorted.filter((file) => since.changed.has(file.path));
  // Every ancestor directory collects the file, so `src/` sums `src/api/` too.
  const byDirectory = new Map<string, ReportFile[]>();
  for (const file of selected) {
    for (const directory of ancestors(file.path)) {
      const list = byDirectory.get(directory) ?? [];
      list.push(file);
      byDirectory.set(directory, list);
    }
  }
  const directories = [...byDirectory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, list]) => rollUp(path, list, withProvenance));
  const listedApart = since === undefined ? setApart : setApart.filter((file) => since.changed.has(file.path));
  const report: Report = {
    version: REPORT_VERSION,
    files: selected.map((file) => fileEntry(file, withProvenance)),
    directories,
    totals: rollUp('.', selected, withProvenance),
    ...(includeSetApart ? {} : { setApart: listedApart.map((file) => fileEntry(file, withProvenance)) }),
  };
  if (since === undefined) return report;
  return { ...report, since: since.ref, unchanged: rollUp('.', sorted.filter((file) => !since.changed.has(file.path)), withProvenance) };
}

export interface Change {
  readonly path: string;
  readonly before: Entry | undefined;
  readonly after: Entry | undefined;
}

export interface Comparison {
  /** Totals and every directory present before or after, in path order. */
  readonly changes: readonly Change[];
  /** Sentences naming each regression; empty when the code base held its ground. */
  readonly regressions: readonly string[];
}

/** Below this, a change of a percentage is rounding noise between two runs, not a regression. */
const RATIO_TOLERANCE = 0.005;

export function compareReports(before: Report, after: Report): Comparison {
  const paths = [...new Set([...before.directories, ...after.directories].map((directory) => directory.path))].sort();
  const find = (report: Report, path: string): Entry | undefined => report.directories.find((directory) => directory.path === path);
  const changes: Change[] = [
    { path: '.', before: before.totals, after: after.totals },
    ...paths.map((path) => ({ path, before: find(before, path), after: find(after, path) })),
  ];
  const regressions: string[] = [];
  const was = before.totals;
  const is = after.totals;
  if (is.ratio.lines < was.ratio.lines - RATIO_TOLERANCE) regressions.push(`documentation by lines fell from ${was.ratio.lines}% to ${is.ratio.lines}%`);
  if (is.ratio.tokens < was.ratio.tokens - RATIO_TOLERANCE) regressions.push(`documentation by tokens fell from ${was.ratio.tokens}% to ${is.ratio.tokens}%`);
  if (is.placeholders > was.placeholders) regressions.push(`placeholder comments rose from ${was.placeholders} to ${is.placeholders}`);
  if (is.generated.undocumented > was.generated.undocumented) {
    regressions.push(`undocumented generated declarations rose from ${was.generated.undocumented} to ${is.generated.undocumented}`);
  }
  return { changes, regressions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a saved entry has what compareReports and the renderers read of it. */
function isComparable(value: unknown): boolean {
  if (!isRecord(value) || typeof value.path !== 'string' || typeof value.placeholders !== 'number') return false;
  const { ratio, generated } = value;
  return isRecord(ratio) && typeof ratio.lines === 'number' && typeof ratio.tokens === 'number' && isRecord(generated) && typeof generated.undocumented === 'number';
}

/** Reads a saved report, checking just enough of its shape to compare with it. */
export function parseBaseline(text: string, name: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON: save a baseline with --save-baseline or --format json.`);
  }
  const report = (isRecord(parsed) ? parsed : {}) as Partial<Report>;
  if (!READABLE_VERSIONS.includes(report.version) || !isComparable(report.totals) || !Array.isArray(report.directories) || !report.directories.every(isComparable)) {
    throw new Error(`${name} is not an ai-code report of version ${READABLE_VERSIONS.join(' or ')}.`);
  }
  return report as Report;
}
