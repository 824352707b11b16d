/**
 * One git question about many paths at once (`git check-ignore`, `git check-attr`): the paths go
 * in on standard input and the answer comes back, both NUL-separated (`-z`), so names holding
 * newlines survive.
 */
import { spawnSync } from 'node:child_process';

/**
 * The NUL-separated fields git answers `git <command> -z --stdin <operands>` with for `paths`, or undefined
 * when it exits non-zero: outside a repository, without git, or (check-ignore) when no path
 * matches.
 */
export function askGitAboutPaths(cwd: string, command: string, operands: readonly string[], paths: readonly string[]): string[] | undefined {
  const result = spawnSync('git', [command, '-z', '--stdin', ...operands], { cwd, input: `${paths.join('\0')}\0`, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 || typeof result.stdout !== 'string') return undefined;
  return result.stdout.split('\0');
}
