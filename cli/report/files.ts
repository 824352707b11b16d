/**
 * Which files a report covers: the JavaScript and TypeScript files under the given paths
 * (ESLint then drops those the project ignores or has no configuration for), and which of
 * them changed since a git ref.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../usage-error.js';

const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
// Never worth entering: dependencies, VCS data and build output ESLint ignores anyway.
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);


/**
 * Whether a path (relative to a directory the walk starts from, `/`-separated) is one the walk
 * would take: a source file outside dependencies and git's own directory. History reads paths
 * from git trees, not from disk, and asks this.
 */
export function isWalkedPath(relative: string): boolean {
  return SOURCE_FILE.test(relative) && !relative.split('/').some((part) => SKIPPED_DIRECTORIES.has(part));
}

function walk(entry: string, found: string[]): void {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (stat === undefined) throw new UsageError(`No such file or directory: ${entry}`);
  if (stat.isFile()) {
    if (SOURCE_FILE.test(entry)) found.push(entry);
    return;
  }
  if (!stat.isDirectory()) return;
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIPPED_DIRECTORIES.has(name)) walk(path.join(entry, name), found);
  }
}

/** Candidate files under `paths`, absolute, in a stable order. */
export function sourceFiles(cwd: string, paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of paths) walk(path.resolve(cwd, entry), found);
  return [...new Set(found)];
}

/** Absolute paths of files changed since `ref` (committed, staged or not), per git. */
export function changedSince(cwd: string, ref: string): Set<string> {
  const run = (args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0];
      throw new UsageError(`--since ${ref}: ${stderr || 'git failed'}`);
    }
  };
  const root = run(['rev-parse', '--show-toplevel']).trim();
  const changed = run(['diff', '--name-only', '--diff-filter=ACMR', ref, '--']).split('\n');
  const untracked = run(['-C', root, 'ls-files', '--others', '--exclude-standard']).split('\n');
  return new Set([...changed, ...untracked].filter((name) => name !== '').map((name) => path.resolve(root, name)));
}
