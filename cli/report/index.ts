/**
 * `ai-code report [paths…]`: the repository audit. Exit codes: 0 done, 1 a regression against
 * the baseline with --fail-on-regression, 2 a usage error (one line on stderr, then the usage) or
 * a configuration error (ESLint's message whole: it names the key and the value at fault).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatJson, formatMarkdown, formatTable, type Format } from './render.js';
import { buildReport, compareReports, parseBaseline, type Comparison, type ReportFile } from './model.js';
import { collectCounts } from './counting.js';
import { PERIODS, type Period } from './history/points.js';
import { formatHistoryJson, formatHistoryMarkdown, formatHistoryTable } from './history/render.js';
import { buildHistory, type HistoryReport } from './history/report.js';
import { chartFormatOf, checkChartOptions, formatChart, isChartFormat, type ChartFormat } from './chart/formats.js';
import { Provenance } from './provenance/attribution.js';
import { attributeFiles, identitiesFor } from './provenance/report.js';
import type { ReportIO } from './io.js';
import { changedSince, sourceFiles } from './files.js';
import { parseArgsUsageError, UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../atomic-write.js';
import { withAttributedRoles } from './attributes.js';
import { DEFAULT_TOP, fileRowsMarkdown, fileRowsTable } from './file-rows.js';
import { auditLicenses, hasMismatch } from './licenses/audit.js';
import { formatLicensesJson, formatLicensesMarkdown, formatLicensesTable } from './licenses/render.js';
import { relativePosixPath } from '../relative-path.js';

export type { ReportIO } from './io.js';

export const REPORT_USAGE = `Usage: ai-code report [paths…] [--format table|json|markdown] [--output FILE]
       [--baseline FILE] [--fail-on-regression] [--save-baseline FILE] [--since REF]
       [--provenance] [--assistant [NAME=]REGEX]… [--history day|week|month [--since DATE]]
       [--history … [--format svg|html] [--chart FILE]…]
       [--top N] [--include-generated]
       ai-code report --licenses [paths…] [--allowed EXPR]… [--fail-on-mismatch] [--format …] [--output FILE]`;

const REPORT_HELP = `${REPORT_USAGE}

The repository audit: comment density, gaps and generated code per file, directory and total
(docs/report.md).

Options:
  --format table|json|markdown   how to print the report (default: table); with --history
                                 also svg (the line chart) or html (chart and table, one page)
  --output FILE                  write the report to FILE, atomically
  --save-baseline FILE           also save the JSON report to compare with later
  --baseline FILE                compare with a saved report
  --fail-on-regression           with --baseline: exit 1 when documentation falls
  --since REF                    only files changed since the git ref
  --provenance                   split every figure by who wrote each line: assistants (by git
                                 blame, commit trailers and authors, Git AI notes, markers) or people
  --assistant [NAME=]REGEX       one more assistant identity: REGEX against author and co-author
                                 names and e-mail addresses (repeatable; see docs/report.md)
  --history day|week|month       the totals at the last commit of each period, from git objects;
                                 with --since DATE (any date git reads; default: 12 periods back)
  --chart FILE                   with --history: also write the chart to FILE, atomically (an
                                 HTML page when FILE ends in .html, an SVG otherwise; repeatable)
  --top N                        list the N files with the most findings (default: ${DEFAULT_TOP}; 0: none)
  --include-generated            count generated and vendored files (Linguist's test and
                                 linguist-generated / linguist-vendored in .gitattributes),
                                 which are otherwise listed apart and left out of every figure
  --licenses                     the licence audit instead: files whose SPDX header is missing,
                                 invalid or not allowed, AI-marked code without attribution,
                                 and installed dependencies whose license is missing, invalid
                                 or not allowed (docs/report.md#licences)
  --allowed EXPR                 with --licenses: the licenses allowed, as an SPDX id or an OR
                                 of them (repeatable; default: require-spdx-header's allowed
                                 in the ESLint configuration, else package.json "license")
  --fail-on-mismatch             with --licenses: exit 1 when anything was found
  --help, -h                     show this help`;

const FORMATS: readonly Format[] = ['table', 'json', 'markdown'];

/** What a run prints: the help, the history, the licence audit, or the report. */
type Mode =
  | { readonly kind: 'help' }
  | { readonly kind: 'history'; readonly period: Period; readonly charts: readonly string[] }
  | { readonly kind: 'licenses'; readonly allowed: readonly string[]; readonly failOnMismatch: boolean }
  | { readonly kind: 'report' };

/** The command line, parsed and checked: paths default to the current directory. */
interface Options {
  readonly paths: string[];
  readonly format: Format | ChartFormat;
  readonly output: string | undefined;
  readonly baseline: string | undefined;
  readonly failOnRegression: boolean;
  readonly saveBaseline: string | undefined;
  readonly since: string | undefined;
  readonly mode: Mode;
  /** With `--provenance`: the identity flags (`--assistant`). */
  readonly assistants: readonly string[] | undefined;
  /** How many of the worst files the table and Markdown list. */
  readonly top: number;
  readonly includeGenerated: boolean;
}

/** `--top`'s value: a whole number of files. */
function topOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TOP;
  if (!/^\d+$/u.test(value)) throw new UsageError(`--top must be a whole number of files, not '${value}'`);
  return Number(value);
}

/** `--licenses` audits licences, not comments: the flags of the density report do not apply to it, nor its own to the report. */
function checkLicenseFlags(values: { licenses: boolean; allowed: string[]; 'fail-on-mismatch': boolean; history?: string; baseline?: string; 'save-baseline'?: string; since?: string; provenance: boolean }): void {
  if (values.licenses) {
    const other = ([['--history', values.history !== undefined], ['--baseline', values.baseline !== undefined], ['--since', values.since !== undefined], ['--provenance', values.provenance], ['--save-baseline', values['save-baseline'] !== undefined]] as const).find(([, given]) => given);
    if (other !== undefined) throw new UsageError(`--licenses takes no ${other[0]}`);
    return;
  }
  if (values.allowed.length > 0) throw new UsageError('--allowed needs --licenses');
  if (values['fail-on-mismatch']) throw new UsageError('--fail-on-mismatch needs --licenses');
}

/** Throws a UsageError for a command line the report does not take; exported so the documented commands are checked. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        output: { type: 'string' },
        baseline: { type: 'string' },
        'fail-on-regression': { type: 'boolean', default: false },
        'save-baseline': { type: 'string' },
        since: { type: 'string' },
        provenance: { type: 'boolean', default: false },
        assistant: { type: 'string', multiple: true, default: [] },
        history: { type: 'string' },
        chart: { type: 'string', multiple: true, default: [] },
        top: { type: 'string' },
        'include-generated': { type: 'boolean', default: false },
        licenses: { type: 'boolean', default: false },
        allowed: { type: 'string', multiple: true, default: [] },
        'fail-on-mismatch': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // One line: Node's advice about `--` goes, as it does for init.
    throw parseArgsUsageError(error);
  }
  // Checks parseArgs cannot express: the enum of formats, and flags that need each other.
  const { values, positionals } = parsed;
  if (!FORMATS.includes(values.format as Format) && !isChartFormat(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  checkChartOptions(values);
  if (values['fail-on-regression'] && values.baseline === undefined) throw new UsageError('--fail-on-regression needs --baseline FILE');
  if (values.history !== undefined && !(PERIODS as readonly string[]).includes(values.history)) throw new UsageError(`--history must be one of ${PERIODS.join(', ')}, not '${values.history}'`);
  if (values.history !== undefined && (values.baseline !== undefined || values['save-baseline'] !== undefined)) {
    throw new UsageError('--history compares periods with each other: it takes no --baseline or --save-baseline');
  }
  // An identity changes nothing without the split it feeds: say so rather than ignore it.
  if (values.assistant.length > 0 && !values.provenance) throw new UsageError('--assistant needs --provenance');
  checkLicenseFlags(values);
  const mode: Mode = values.help
    ? { kind: 'help' }
    : values.licenses
      ? { kind: 'licenses', allowed: values.allowed, failOnMismatch: values['fail-on-mismatch'] }
      : values.history === undefined
        ? { kind: 'report' }
        : { kind: 'history', period: values.history as Period, charts: values.chart };
  return {
    paths: positionals.length === 0 ? ['.'] : positionals,
    format: values.format as Format | ChartFormat,
    output: values.output,
    baseline: values.baseline,
    failOnRegression: values['fail-on-regression'],
    saveBaseline: values['save-baseline'],
    since: values.since,
    mode,
    assistants: values.provenance ? values.assistant : undefined,
    top: topOption(values.top),
    includeGenerated: values['include-generated'],
  };
}

function renderHistory(history: HistoryReport, format: Format | ChartFormat, colour: boolean): string {
  if (isChartFormat(format)) return formatChart(history, format);
  if (format === 'json') return formatHistoryJson(history);
  return format === 'markdown' ? formatHistoryMarkdown(history) : formatHistoryTable(history, { colour });
}

function render(options: Options, io: ReportIO, report: ReturnType<typeof buildReport>, comparison: Comparison | undefined): string {
  if (options.format === 'json') return formatJson(report);
  if (options.format === 'markdown') return `${formatMarkdown(report, comparison)}${fileRowsMarkdown(report, options.top)}`;
  return `${formatTable(report, { colour: hasColour(options, io) }, comparison)}${fileRowsTable(report, options.top, bolder(options, io))}`;
}

/** Colour only on a terminal, and never in a file. */
const hasColour = (options: Options, io: ReportIO): boolean => options.output === undefined && io.stdoutIsTTY;

function bolder(options: Options, io: ReportIO): (text: string) => string {
  return hasColour(options, io) ? (text) => `\u001B[1m${text}\u001B[22m` : (text) => text;
}

/** Prints `text`, or writes it to `--output`. */
function emit(options: Options, io: ReportIO, text: string): void {
  if (options.output === undefined) io.stdout(text);
  else writeOutput(path.resolve(io.cwd, options.output), text);
}

/**
 * Runs the report with `argv` (the words after `report`) and returns the exit code. All output
 * goes through `io`, so tests and the bin share one path.
 */
export async function runReport(argv: readonly string[], io: ReportIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.mode.kind === 'help') {
      io.stdout(`${REPORT_HELP}\n`);
      return 0;
    }
    if (options.mode.kind === 'licenses') {
      const audit = await auditLicenses(sourceFiles(io.cwd, options.paths), options.mode.allowed, io);
      emit(options, io, options.format === 'json' ? formatLicensesJson(audit) : options.format === 'markdown' ? formatLicensesMarkdown(audit) : formatLicensesTable(audit, bolder(options, io)));
      return options.mode.failOnMismatch && hasMismatch(audit) ? 1 : 0;
    }
    const identities = options.assistants === undefined ? undefined : identitiesFor(io.cwd, options.assistants);
    if (options.mode.kind === 'history') {
      const history = await buildHistory({ period: options.mode.period, since: options.since, paths: options.paths, identities }, io);
      emit(options, io, renderHistory(history, options.format, hasColour(options, io)));
      for (const chart of options.mode.charts) writeOutput(path.resolve(io.cwd, chart), formatChart(history, chartFormatOf(chart)));
      return 0;
    }
    // Read the baseline first: a wrong path should fail before a long run, not after it.
    const baseline = options.baseline === undefined ? undefined : readBaseline(path.resolve(io.cwd, options.baseline));
    const files = sourceFiles(io.cwd, options.paths);
    // Opened before counting: a directory outside git should fail before a long run, not after it.
    const provenance = identities === undefined ? undefined : await Provenance.open(io.cwd, { identities });
    let counts: ReportFile[];
    try {
      const counted = await collectCounts(files, io, provenance !== undefined);
      const attributed: ReportFile[] = provenance === undefined ? counted : await attributeFiles(counted, io.cwd, provenance);
      counts = withAttributedRoles(io.cwd, attributed);
    } finally {
      await provenance?.close();
    }
    const since =
      options.since === undefined
        ? undefined
        : { ref: options.since, changed: new Set([...changedSince(io.cwd, options.since)].map((file) => relativePosixPath(io.cwd, file))) };
    const report = buildReport(counts, { since, withProvenance: identities !== undefined, includeSetApart: options.includeGenerated });
    const comparison = baseline === undefined ? undefined : compareReports(baseline, report);
    emit(options, io, render(options, io, report, comparison));
    if (options.saveBaseline !== undefined) writeOutput(path.resolve(io.cwd, options.saveBaseline), formatJson(report));
    return options.failOnRegression && comparison !== undefined && comparison.regressions.length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr(`ai-code report: ${(error as Error).message.trimEnd()}\n`);
    if (error instanceof UsageError) io.stderr(`${REPORT_USAGE}\n`);
    return 2;
  }
}

/** Writes an output file whole or not at all, with one line saying why it could not. */
function writeOutput(file: string, text: string): void {
  try {
    writeFileAtomically(file, text);
  } catch (error) {
    throw new Error(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function readBaseline(file: string): ReturnType<typeof parseBaseline> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the baseline ${file}`);
  }
  return parseBaseline(text, path.basename(file));
}
