/**
 * `ai-code check-commit MESSAGE_FILE`, the commit-msg hook `init --assistant-commits` wires: when
 * the commit is an assistant's by the identity table the report uses (its author or a trailer in
 * the message), the staged files are linted as if marked generated (`treatAsGenerated`), so code
 * an assistant commits meets that bar without anyone typing a marker. A person's commit passes
 * untouched: the pre-commit hook has judged it already.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { classifyCommit } from './report/provenance/identities.js';
import { identitiesFor } from './report/provenance/report.js';
import { InitError } from './edits.js';
import { git, stagedFiles, stagedText } from './staged-files.js';

/** Where the check reads and writes: the package's folder, the process's environment and output. */
export interface CheckIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
}

// git drops lines that start with its comment character before it commits; they are not the message.
const COMMENT_LINE = /^#.*(?:\n|$)/gmu;

/** The commit's author as git will record it: `Name <email> time zone`. */
function authorOf(cwd: string, env: NodeJS.ProcessEnv): { authorName: string; authorEmail: string } {
  const ident = git(['var', 'GIT_AUTHOR_IDENT'], cwd, env);
  const open = ident.indexOf('<');
  const close = ident.indexOf('>', open);
  if (open < 0 || close < 0) return { authorName: ident.trim(), authorEmail: '' };
  return { authorName: ident.slice(0, open).trim(), authorEmail: ident.slice(open + 1, close).trim() };
}

/**
 * Lints each staged text through the project's configuration with the generated-code bar on.
 * The staged text, not the working tree's: what is committed is what is judged.
 */
async function lintAsGenerated(cwd: string, files: readonly { file: string; text: string }[]): Promise<ESLint.LintResult[]> {
  const { ESLint } = await import('eslint');
  // Settings merge into the project's own, so its marker aliases and banners still apply.
  const overrideConfig: Linter.Config = { settings: { 'ai-code': { treatAsGenerated: true } } };
  const eslint = new ESLint({ cwd, overrideConfig, warnIgnored: false });
  const results: ESLint.LintResult[] = [];
  // A file the project ignores or does not lint (a README) gets no result, as with `eslint .`.
  for (const { file, text } of files) results.push(...(await eslint.lintText(text, { filePath: file })));
  return results;
}

/** Runs the check on the message in `messageFile` (relative to the git root, as git passes it); resolves to the exit code. */
export async function checkCommit(messageFile: string, io: CheckIo): Promise<number> {
  const root = git(['rev-parse', '--show-toplevel'], io.cwd, io.env).trim();
  const cwd = fs.realpathSync(io.cwd);
  let message: string;
  try {
    message = fs.readFileSync(path.resolve(root, messageFile), 'utf8').replace(COMMENT_LINE, '');
  } catch {
    throw new InitError(`cannot read the commit message file ${messageFile}`);
  }
  let identities;
  try {
    identities = identitiesFor(cwd, []);
  } catch (error) {
    // A wrong entry in package.json's "ai-code".assistants: its message names the entry.
    throw new InitError((error as Error).message);
  }
  const assistant = classifyCommit({ ...authorOf(cwd, io.env), message }, identities);
  if (assistant === undefined) return 0;
  const staged = stagedFiles(cwd, io.env).map(({ file }) => ({ file, text: stagedText(cwd, file, io.env) }));
  // Nothing staged here (a message-only amend, a change in another package): ESLint need not load.
  if (staged.length === 0) return 0;
  const results = await lintAsGenerated(cwd, staged);
  const found = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (found === 0) return 0;
  const { ESLint } = await import('eslint');
  const formatter = await new ESLint({ cwd }).loadFormatter('stylish');
  io.out(`ai-code: this commit is ${assistant}'s (by its author or trailers), so its staged files are held to the bar for generated code:\n`);
  io.out(await formatter.format(results));
  io.out('Explain the code the findings name, then commit again.\n');
  return 1;
}
