/**
 * What a project ignores, read once for the config init writes and for the report: the usual
 * build folders, and the repository's .gitignore files as git applies them, each from its own
 * folder (the root's and those between it and the package, and the package's nested ones).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { askGitAboutPaths } from './git-paths.js';
import { relativePosixPath } from './relative-path.js';

/** Folders of generated output in common toolchains, ignored even where .gitignore misses them. */
export const BUILD_FOLDERS = ['dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.output', '.svelte-kit', '.turbo', '.vercel', 'storybook-static'];

/** BUILD_FOLDERS as ESLint ignore patterns, at any depth. */
export const BUILD_FOLDER_PATTERNS = BUILD_FOLDERS.map((folder) => `**/${folder}/`);

/**
 * The folders, relative to `packageRoot` and `/`-separated (`.` for itself, `../..` above it), whose
 * .gitignore applies to the package's files: every folder from the git root down to the package,
 * then the package's own folders that git does not ignore, as listed when init runs.
 */
export function gitignoreFolders(gitRoot: string, packageRoot: string): string[] {
  const above: string[] = [];
  for (let dir = packageRoot; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.gitignore'))) above.unshift(dir);
    if (dir === gitRoot || path.dirname(dir) === dir) break;
  }
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*/.gitignore'], { cwd: packageRoot, encoding: 'utf8' });
  const nested = listed.status === 0 ? listed.stdout.split('\n').filter((line) => line !== '').map((line) => path.join(packageRoot, path.dirname(line))) : [];
  return [...new Set([...above, ...nested.sort()])].map((dir) => relativePosixPath(packageRoot, dir) || '.');
}

/**
 * The files among `files` (absolute) that git ignores, by the repository's .gitignore files
 * and git's own excludes; none outside a git repository.
 */
export function gitIgnored(cwd: string, files: readonly string[]): Set<string> {
  if (files.length === 0) return new Set();
  const ignored = askGitAboutPaths(cwd, 'check-ignore', [], files) ?? [];
  return new Set(ignored.filter((line) => line !== '').map((line) => path.resolve(cwd, line)));
}
