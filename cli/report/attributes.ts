/**
 * The roles a repository's `.gitattributes` gives its files, as GitHub reads them:
 * `linguist-generated` and `linguist-vendored` mark a file generated or vendored, and their
 * negations (`-linguist-generated`, `linguist-generated=false`) take that role back from a file
 * the Linguist-style test (lib/markers/file-role.ts) put in it. Git reads the attributes, so
 * nested `.gitattributes`, macros and `info/attributes` count as they do for git itself.
 */
import { askGitAboutPaths } from '../git-paths.js';
import type { FileRole } from '../../lib/markers/file-role.js';

const ATTRIBUTES: readonly [string, FileRole][] = [
  ['linguist-generated', 'generated'],
  ['linguist-vendored', 'vendored'],
];

/** What an attribute says of a file: the role is given, taken back, or not spoken of. */
type Verdict = 'given' | 'taken' | undefined;

function verdictOf(value: string): Verdict {
  if (value === 'set' || value === 'true') return 'given';
  if (value === 'unset' || value === 'false') return 'taken';
  return undefined;
}

/**
 * Each path's verdicts (paths relative to `cwd`, `/`-separated), by `git check-attr`; empty
 * outside a git repository or without git, where no attribute can apply.
 */
function readAttributes(cwd: string, paths: readonly string[]): Map<string, Map<string, Verdict>> {
  const verdicts = new Map<string, Map<string, Verdict>>();
  if (paths.length === 0) return verdicts;
  const fields = askGitAboutPaths(cwd, 'check-attr', ATTRIBUTES.map(([name]) => name), paths);
  if (fields === undefined) return verdicts;
  // -z output: path, attribute, value, each ended by NUL.
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const [file, attribute, value] = [fields[index]!, fields[index + 1]!, fields[index + 2]!];
    const known = verdicts.get(file) ?? new Map<string, Verdict>();
    known.set(attribute, verdictOf(value));
    verdicts.set(file, known);
  }
  return verdicts;
}

/**
 * `files` with the roles `.gitattributes` gives them: an attribute that is set gives its role
 * (generated first, as Linguist ranks them); one that is unset takes its role back, and the
 * file counts as ordinary source.
 */
export function withAttributedRoles<F extends { readonly path: string; readonly role?: FileRole }>(cwd: string, files: readonly F[]): F[] {
  const verdicts = readAttributes(
    cwd,
    files.map((file) => file.path),
  );
  return files.map((file) => {
    const said = verdicts.get(file.path);
    if (said === undefined) return file;
    const given = ATTRIBUTES.find(([name]) => said.get(name) === 'given');
    if (given !== undefined) return { ...file, role: given[1] };
    const taken = ATTRIBUTES.some(([name, role]) => said.get(name) === 'taken' && file.role === role);
    return taken ? { ...file, role: 'source' } : file;
  });
}
