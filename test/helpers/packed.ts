/**
 * The package as npm publishes it: packed from this repository (built beforehand) and unpacked
 * into a project's node_modules, beside links to the repository's own copies of the packages
 * the case needs, so nothing is installed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Packed {
  /** The tarball's path. */
  readonly tarball: string;
  /** The files in it, as npm lists them (paths inside the package). */
  readonly files: readonly string[];
  /** Its size in bytes. */
  readonly size: number;
}

/** Packs the package into `dir`; `prepare` stays off, as it would install this repository's hooks. */
export function pack(dir: string): Packed {
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  const [result] = JSON.parse(output) as [{ filename: string; size: number; files: { path: string }[] }];
  return { tarball: path.join(dir, result.filename), files: result.files.map((file) => file.path), size: result.size };
}

/**
 * A project in `dir` with the tarball unpacked as node_modules/eslint-plugin-ai-code and each of
 * `links` (package names) linked to the repository's copy.
 */
export function installPacked(packed: Packed, dir: string, links: readonly string[]): void {
  const installed = path.join(dir, 'node_modules', 'eslint-plugin-ai-code');
  fs.mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', packed.tarball, '-C', installed, '--strip-components=1']);
  for (const name of links) {
    const link = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), link, 'dir');
  }
}
