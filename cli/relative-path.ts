/**
 * Paths as git, ESLint's suppressions file and the report spell them: relative to a folder and
 * `/`-separated on every platform, so the same file has the same name on Windows and elsewhere.
 */
import path from 'node:path';

/**
 * `to` relative to `from`, with `/` between its segments (`''` when they are the same folder);
 * `paths` is the platform's path module, another one (`path.win32`) only in tests.
 */
export function relativePosixPath(from: string, to: string, paths: path.PlatformPath = path): string {
  return paths.relative(from, to).split(paths.sep).join('/');
}
