/**
 * `ai-code report [paths…]`: the repository audit. Exit codes: 0 done, 1 a regression against
 * the baseline with --fail-on-regression, 2 a usage or configuration error (one line on stderr).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatJson, formatMarkdown, formatTable, type Format } from './render.js';
import { buildReport, compareReports, parseBaseline, type Comparison } from './model.js';
import { collectCounts } from './counting.js';
import type { ReportIO } from './io.js';
import { changedSince, sourceFiles } from './files.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../atomic-write.js';

export type { ReportIO } from './io.js';

export const REPORT_USAGE = `Usage: ai-code report [paths…] [--format table|json|markdown] [--output FILE]
       [--baseline FILE] [--fail-on-regression] [--save-baseline FILE] [--since REF]`;

const FORMATS: readonly Format[] = ['table', 'json', 'markdown'];

/** The command line, parsed and checked: paths default to the current directory. */
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
    const files = sourceFiles(io.cwd, options.paths);
    const counts = await collectCounts(files, io);
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
