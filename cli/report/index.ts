/**
 * `ai-code report [paths…]`: the repository audit. Exit codes: 0 done, 1 a regression against
 * the baseline with --fail-on-regression, 2 a usage or configuration error (one line on stderr).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { formatJson, formatMarkdown, formatTable, type Format } from '../../lib/report/format.js';
import { buildReport, compareReports, parseBaseline, type Comparison } from '../../lib/report/report.js';
import type { Counts } from '../../lib/report/metrics.js';
import { fastCount } from './fast-path.js';
import { changedSince, sourceFiles, UsageError } from './files.js';
import { writeFileAtomically } from '../edits.js';

export interface ReportIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout and stderr are terminals: colour and progress only then. */
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export const REPORT_USAGE = `Usage: ai-code report [paths…] [--format table|json|markdown] [--output FILE]
       [--baseline FILE] [--fail-on-regression] [--save-baseline FILE] [--since REF]`;

const FORMATS: readonly Format[] = ['table', 'json', 'markdown'];
// Files per progress update and per ESLint call: a live bar, and ESLint's per-call cost amortised.
const BATCH = 50;

interface Options {
  readonly paths: string[];
  readonly format: Format;
  readonly output: string | undefined;
  readonly baseline: string | undefined;
  readonly failOnRegression: boolean;
  readonly saveBaseline: string | undefined;
  readonly since: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
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
      },
    });
  } catch (error) {
    // Node's parser appends advice about `--` that does not apply to this command.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
  }
  // Checks parseArgs cannot express: the enum of formats, and flags that need each other.
  const { values, positionals } = parsed;
  if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  if (values['fail-on-regression'] && values.baseline === undefined) throw new UsageError('--fail-on-regression needs --baseline FILE');
  return {
    paths: positionals.length === 0 ? ['.'] : positionals,
    format: values.format as Format,
    output: values.output,
    baseline: values.baseline,
    failOnRegression: values['fail-on-regression'],
    saveBaseline: values['save-baseline'],
    since: values.since,
  };
}

/** How the report reads the project: its ESLint options, and an ESLint to ask for each file's configuration. */
interface Project {
  readonly options: ESLint.Options;
  readonly eslint: ESLint;
}

/** The project's configuration, or JavaScript and TypeScript as the presets parse them when it has none. */
async function openProject(cwd: string, io: ReportIO): Promise<Project> {
  // warnIgnored: false makes ESLint drop files it ignores or has no configuration for, silently,
  // as `eslint .` would skip them.
  const options: ESLint.Options = { cwd, warnIgnored: false };
  const eslint = new ESLint(options);
  try {
    await eslint.calculateConfigForFile(path.join(cwd, 'index.js'));
    return { options, eslint };
  } catch (error) {
    if (!/Could not find config file/u.test((error as Error).message)) throw error;
    io.stderr('No ESLint configuration found: reporting on all JavaScript and TypeScript files.\n');
    // Loaded here only: TypeScript's parser takes longer to load than a small project takes to read.
    const { default: tsParser } = await import('@typescript-eslint/parser');
    const baseConfig = [{ files: ['**/*.{js,mjs,cjs,jsx}'] }, { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } }];
    const fallback: ESLint.Options = { ...options, overrideConfigFile: true, baseConfig };
    return { options: fallback, eslint: new ESLint(fallback) };
  }
}

function progress(io: ReportIO, done: number, total: number): void {
  if (!io.stderrIsTTY) return;
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
  if (done === total) io.stderr('\n');
}

/**
 * Lints `files` through ESLint with the report's rules, for the files the fast path left. The
 * report's plugin loads every rule, so it is imported only when some file needs it.
 */
async function countThroughESLint(project: Project, files: readonly string[], io: ReportIO): Promise<Map<string, Counts>> {
  const { countsFromResult, isReportRule, reportOverrides } = await import('./collector.js');
  // Inline directives are the user's words to the linter, not to an audit: a blanket
  // `eslint-disable` must not hide a file's counts or its gaps.
  const eslint = new ESLint({ ...project.options, overrideConfig: reportOverrides, ruleFilter: ({ ruleId }) => isReportRule(ruleId), allowInlineConfig: false });
  const counted = new Map<string, Counts>();
  for (let start = 0; start < files.length; start += BATCH) {
    for (const result of await eslint.lintFiles(files.slice(start, start + BATCH))) {
      const counts = countsFromResult(result);
      if (counts !== undefined) counted.set(result.filePath, counts);
      // A file that does not parse is ESLint's parse error; the report says so and goes on.
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal !== undefined) io.stderr(`${path.relative(io.cwd, result.filePath)}: skipped, ${fatal.message}\n`);
    }
  }
  return counted;
}

/** Each file's counts, in the order of `files`: by the fast path where it can, by ESLint where not. */
async function collectCounts(project: Project, files: readonly string[], io: ReportIO): Promise<{ path: string; counts: Counts }[]> {
  const counted = new Map<string, Counts>();
  const throughESLint: string[] = [];
  for (const [index, file] of files.entries()) {
    const counts = await fastCount(project.eslint, file);
    if (counts === 'eslint') throughESLint.push(file);
    else if (counts !== 'skip') counted.set(file, counts);
    if ((index + 1) % BATCH === 0 && index + 1 < files.length) progress(io, index + 1 - throughESLint.length, files.length);
  }
  if (throughESLint.length > 0) for (const [file, counts] of await countThroughESLint(project, throughESLint, io)) counted.set(file, counts);
  progress(io, files.length, files.length);
  return files.flatMap((file) => {
    const counts = counted.get(file);
    return counts === undefined ? [] : [{ path: path.relative(io.cwd, file).split(path.sep).join('/'), counts }];
  });
}

function render(options: Options, io: ReportIO, report: ReturnType<typeof buildReport>, comparison: Comparison | undefined): string {
  if (options.format === 'json') return formatJson(report);
  if (options.format === 'markdown') return formatMarkdown(report, comparison);
  return formatTable(report, { colour: options.output === undefined && io.stdoutIsTTY }, comparison);
}

/**
 * Runs the report with `argv` (the words after `report`) and returns the exit code. All output
 * goes through `io`, so tests and the bin share one path.
 */
export async function runReport(argv: readonly string[], io: ReportIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    // Read the baseline first: a wrong path should fail before a long run, not after it.
    const baseline = options.baseline === undefined ? undefined : readBaseline(path.resolve(io.cwd, options.baseline));
    const project = await openProject(io.cwd, io);
    const files = sourceFiles(io.cwd, options.paths);
    const counts = await collectCounts(project, files, io);
    const since =
      options.since === undefined
        ? undefined
        : { ref: options.since, changed: new Set([...changedSince(io.cwd, options.since)].map((file) => path.relative(io.cwd, file).split(path.sep).join('/'))) };
    const report = buildReport(counts, since);
    const comparison = baseline === undefined ? undefined : compareReports(baseline, report);
    const text = render(options, io, report, comparison);
    if (options.output === undefined) io.stdout(text);
    else writeOutput(path.resolve(io.cwd, options.output), text);
    if (options.saveBaseline !== undefined) writeOutput(path.resolve(io.cwd, options.saveBaseline), formatJson(report));
    return options.failOnRegression && comparison !== undefined && comparison.regressions.length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr(`ai-code report: ${(error as Error).message.split('\n')[0]}\n`);
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
