/**
 * What a commit is about to record, as the hooks read it: the staged files below a folder, which
 * of them differ from the working copy, and their staged text. Git is asked from that folder,
 * with the environment the hook got, so a commit's own index (`GIT_INDEX_FILE`) is the one read.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { InitError } from './edits.js';
import { relativePosixPath } from './relative-path.js';

/** Runs git and returns its output; a failure is one line naming the git command. */
export function git(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (error) {
    const said = String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0];
    throw new InitError(`git ${args[0]} failed: ${said || (error as Error).message}`);
  }
}

/** A staged file: its absolute path, and whether its working copy differs from what is staged. */
export interface StagedFile {
  readonly file: string;
  /** Partly staged (or changed or deleted since `git add`): only the staged text is what the commit records. */
  readonly differs: boolean;
}

/** The paths `git diff` lists below `cwd`, relative to it; `-z` keeps names with newlines whole. */
function changedPaths(cwd: string, env: NodeJS.ProcessEnv, args: string[]): string[] {
  return git(['diff', '--name-only', '-z', '--relative', '--no-color', '--no-ext-diff', ...args], cwd, env)
    .split('\0')
    .filter((name) => name !== '');
}

/** Files added, copied, modified or renamed in the index below `cwd`, in git's order. */
export function stagedFiles(cwd: string, env: NodeJS.ProcessEnv): StagedFile[] {
  const staged = changedPaths(cwd, env, ['--cached', '--diff-filter=ACMR']);
  if (staged.length === 0) return [];
  const unstaged = new Set(changedPaths(cwd, env, []));
  return staged.map((name) => ({ file: path.join(cwd, name), differs: unstaged.has(name) }));
}

/** The staged text of `file` (absolute, below `cwd`): the index's copy, not the working tree's. */
export function stagedText(cwd: string, file: string, env: NodeJS.ProcessEnv): string {
  // `:./name` reads the index at a path relative to the current folder.
  return git(['show', `:./${relativePosixPath(cwd, file)}`], cwd, env);
}
