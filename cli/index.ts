/**
 * The `ai-code` command line. `execute` takes the arguments after the program name and
 * returns the exit code, so tests call it directly and `bin/ai-code.js` only forwards to it.
 * Problems the user can fix are one line on stderr and exit code 1; usage errors exit 2.
 */
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { PACKAGE_VERSION } from '../lib/util/package-meta.js';
import { InitError } from './edits.js';
import type { InitOptions, Io } from './init.js';
import { HOOK_MANAGERS, type HookManager } from './project.js';
import { parseArgsUsageError, UsageError } from './usage-error.js';

const USAGE = `Usage: ai-code init [options]
       ai-code report [paths…] [options]   (the repository audit; see README.md)
       ai-code check-staged [options]      (the pre-commit hook init writes; see --help there)
       ai-code check-commit MESSAGE_FILE   (the commit-msg hook --assistant-commits wires)

Sets up eslint-plugin-ai-code in the package around the current directory: the preset in
eslint.config.*, dev dependencies, and a pre-commit hook that lints staged files.
Existing files are merged, never replaced; a second run changes nothing.

Options:
  --hooks <manager>  husky (default, or the one in use), lefthook, simple-git-hooks, pre-commit
  --assistant-commits
                     also a husky commit-msg hook: a commit an assistant signs (author or
                     trailer, as report --provenance tells them) has its staged files linted
                     as if marked generated, and is refused on any finding
  --dry-run          print the planned changes as a diff and write nothing
  --yes, -y          apply without asking
  --no-install       do not run the package manager's install
  --help, -h         show this help
  --version          print the version`;

export interface ExecuteIo extends Partial<Io> {
  err?(line: string): void;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(?:es)?$/iu.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

// `--no-install` comes from allowNegative on `install`, so the flag and its default stay one option.
const OPTIONS = {
  hooks: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'assistant-commits': { type: 'boolean', default: false },
  yes: { type: 'boolean', short: 'y', default: false },
  install: { type: 'boolean', default: true },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

function parseCommandLine(argv: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, allowNegative: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${parseArgsUsageError(error).message}; see ai-code --help.`);
  }
}

/** The init options, after checking what parseArgs cannot: the command and the hook manager. */
function initOptions(argv: string[]): InitOptions {
  const { values, positionals } = parseCommandLine(argv);
  if (positionals[0] !== 'init' || positionals.length > 1) throw new UsageError(`unknown command '${positionals.join(' ')}'; see ai-code --help.`);
  if (values.hooks !== undefined && !HOOK_MANAGERS.includes(values.hooks as HookManager)) {
    throw new UsageError(`--hooks must be one of ${HOOK_MANAGERS.join(', ')}, not '${values.hooks}'.`);
  }
  return { hooks: values.hooks as HookManager | undefined, dryRun: values['dry-run'], yes: values.yes, install: values.install, assistantCommits: values['assistant-commits'] };
}

/** Where one-line errors go: the caller's collector, or stderr. */
function errorWriter(io: ExecuteIo): (line: string) => void {
  return io.err ?? ((line: string): void => void process.stderr.write(`${line}\n`));
}

/**
 * `ai-code report` parses its own options. It is loaded only when asked for: it loads ESLint,
 * which `init` must work without.
 */
async function report(argv: string[], io: ExecuteIo): Promise<number> {
  let runReport: typeof import('./report/index.js').runReport;
  try {
    ({ runReport } = await import('./report/index.js'));
  } catch (error) {
    // ESLint is a peer dependency: a project without it gets Node's one line, not a stack trace.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    errorWriter(io)(`ai-code report: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  const text = (line: string): string => line.replace(/\n$/u, '');
  return runReport(argv, {
    cwd: io.cwd ?? process.cwd(),
    stdout: io.out === undefined ? (chunk) => void process.stdout.write(chunk) : (chunk) => io.out!(text(chunk)),
    stderr: io.err === undefined ? (chunk) => void process.stderr.write(chunk) : (chunk) => io.err!(text(chunk)),
    stdoutIsTTY: io.out === undefined && process.stdout.isTTY,
    stderrIsTTY: io.err === undefined && process.stderr.isTTY,
  });
}

/** `ai-code check-commit MESSAGE_FILE`: one argument, as git hands a commit-msg hook. */
async function checkCommitCommand(argv: string[], io: ExecuteIo): Promise<number> {
  const err = errorWriter(io);
  if (argv.length !== 1 || argv[0]!.startsWith('-')) {
    err('ai-code check-commit: give the commit message file, as git passes it to a commit-msg hook.');
    return 2;
  }
  const { checkCommit } = await import('./assistant-commit.js');
  const out = io.out === undefined ? (text: string): void => void process.stdout.write(text) : (text: string): void => io.out!(text.replace(/\n$/u, ''));
  try {
    return await checkCommit(argv[0]!, { cwd: io.cwd ?? process.cwd(), env: io.env ?? process.env, out });
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    err(`ai-code check-commit: ${error.message}`);
    return 1;
  }
}

/** `ai-code check-staged`, loaded only when asked for, as init is. */
async function checkStagedCommand(argv: string[], io: ExecuteIo): Promise<number> {
  const { checkStaged } = await import('./check-staged.js');
  const out = io.out === undefined ? (text: string): void => void process.stdout.write(text) : (text: string): void => io.out!(text.replace(/\n$/u, ''));
  return checkStaged(argv, { cwd: io.cwd ?? process.cwd(), env: io.env ?? process.env, out, err: errorWriter(io) });
}

/** Runs `ai-code` with `argv` (without node and the script); resolves to the exit code. */
export async function execute(argv: string[], io: ExecuteIo = {}): Promise<number> {
  if (argv[0] === 'report') return report(argv.slice(1), io);
  if (argv[0] === 'check-commit') return checkCommitCommand(argv.slice(1), io);
  if (argv[0] === 'check-staged') return checkStagedCommand(argv.slice(1), io);
  const out = io.out ?? ((line: string): void => void process.stdout.write(`${line}\n`));
  const err = errorWriter(io);
  try {
    // Help and version answer before the command is checked, as most CLIs do.
    const { values, positionals } = parseCommandLine(argv);
    if (values.version) {
      out(PACKAGE_VERSION);
      return 0;
    }
    if (values.help || positionals.length === 0) {
      out(USAGE);
      return values.help ? 0 : 2;
    }
    // Questions need a terminal; a caller that captures output answers through io.confirm.
    const confirm = io.confirm ?? (process.stdin.isTTY && io.out === undefined ? askOnTerminal : undefined);
    const context: Io = { cwd: io.cwd ?? process.cwd(), env: io.env ?? process.env, out, ...(confirm === undefined ? {} : { confirm }) };
    const options = initOptions(argv);
    // Loaded only for init, so the hooks' commands start without its modules.
    const { init } = await import('./init.js');
    return await init(options, context);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`ai-code: ${error.message}`);
      return 2;
    }
    if (!(error instanceof InitError)) throw error;
    err(`ai-code: ${error.message}`);
    return 1;
  }
}
