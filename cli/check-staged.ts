/**
 * `ai-code check-staged`, the pre-commit hook `ai-code init` writes where the project has no
 * lint-staged setup: one process that lints exactly what the commit records, through ESLint's
 * API with the project's configuration. A file whose working copy is what is staged is linted
 * from disk, through ESLint's cache; a partly staged one is linted from its staged text, so
 * unstaged work is neither judged nor touched. Any finding, a warning too, refuses the commit,
 * as `eslint --max-warnings=0` would, except the ones `eslint-suppressions.json` records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ESLint } from 'eslint';
import { ESLINT_CACHE_LOCATION, STAGED_EXTENSIONS } from '../presets/lint-staged.js';
import { stagedFiles, stagedText } from './staged-files.js';
import { applySuppressions, readSuppressions, SUPPRESSIONS_FILE } from './suppressions.js';
import { parseArgsUsageError } from './usage-error.js';

/** The command as a hook runs it where the package's binaries are on PATH. */
export const CHECK_STAGED_COMMAND = 'ai-code check-staged';

export const CHECK_STAGED_USAGE = `Usage: ai-code check-staged [--stdin-filename PATH]

The pre-commit hook \`ai-code init\` writes. Lints the staged JavaScript and TypeScript files
below the current folder (${STAGED_EXTENSIONS.map((extension) => `.${extension}`).join(' ')}) with ESLint and the
project's configuration, as the commit will record them: a partly staged file is linted as
staged, and its unstaged changes are left as they are. Files the configuration ignores are
skipped. Exits 1 on any finding, warnings included, unless ${SUPPRESSIONS_FILE}
records it; 2 when it cannot check.

Options:
  --stdin-filename PATH  lint standard input as the staged text of PATH instead (how init
                         proves the hook without touching the index)
  --help, -h             show this help`;

/** Where the command reads and writes: the package's folder, the hook's environment, its output. */
export interface CheckStagedIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(line: string): void;
}

/** A file to lint: from disk, or from `text` when the disk does not hold what the commit records. */
interface Target {
  readonly file: string;
  readonly text?: string;
}

function stagedTargets(cwd: string, env: NodeJS.ProcessEnv): Target[] {
  return stagedFiles(cwd, env)
    .filter(({ file }) => STAGED_EXTENSIONS.includes(path.extname(file).slice(1)))
    .map(({ file, differs }) => (differs ? { file, text: stagedText(cwd, file, env) } : { file }));
}

async function lint(eslint: ESLint, targets: readonly Target[]): Promise<ESLint.LintResult[]> {
  const onDisk = targets.filter(({ text }) => text === undefined).map(({ file }) => file);
  const results = onDisk.length === 0 ? [] : await eslint.lintFiles(onDisk);
  for (const { file, text } of targets) if (text !== undefined) results.push(...(await eslint.lintText(text, { filePath: file })));
  return results;
}

/** Lints the targets and prints ESLint's stylish report of what refuses the commit; resolves to the exit code. */
async function check(targets: readonly Target[], io: CheckStagedIo): Promise<number> {
  const suppressions = readSuppressions(io.cwd);
  const { ESLint } = await import('eslint');
  // Ignored files and files no config block matches are skipped quietly, as the CLI's --no-warn-ignored does.
  const eslint = new ESLint({ cwd: io.cwd, cache: true, cacheLocation: ESLINT_CACHE_LOCATION, cacheStrategy: 'content', warnIgnored: false, errorOnUnmatchedPattern: false });
  const results = applySuppressions(await lint(eslint, targets), suppressions, io.cwd);
  const found = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (found === 0) return 0;
  io.out(await (await eslint.loadFormatter('stylish')).format(results));
  io.err(`ai-code check-staged: commit refused by ${found === 1 ? 'the finding' : `the ${found} findings`} above (warnings count too); fix ${found === 1 ? 'it' : 'them'} and stage the fix, or skip the check once with \`git commit --no-verify\`.`);
  return 1;
}

/** Runs `ai-code check-staged` with `argv` (the arguments after the command); resolves to the exit code. */
export async function checkStaged(argv: string[], io: CheckStagedIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'stdin-filename': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    io.err(`ai-code check-staged: ${parseArgsUsageError(error).message}; see ai-code check-staged --help.`);
    return 2;
  }
  if (values.help) {
    io.out(`${CHECK_STAGED_USAGE}\n`);
    return 0;
  }
  try {
    const stdinName = values['stdin-filename'];
    const targets = stdinName === undefined ? stagedTargets(io.cwd, io.env) : [{ file: path.resolve(io.cwd, stdinName), text: fs.readFileSync(0, 'utf8') }];
    // Nothing of ours staged (a commit of Markdown, a change in another package): ESLint need not load.
    return targets.length === 0 ? 0 : await check(targets, io);
  } catch (error) {
    // Git's or the suppressions file's one line, or a broken ESLint config in ESLint's whole message, which names what is wrong where.
    io.err(`ai-code check-staged: ${(error as Error).message.trimEnd()}`);
    return 2;
  }
}
