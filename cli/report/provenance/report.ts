/**
 * `--provenance` in the report: the counted files' line profiles split by the line authors git
 * gives for the working tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CountedFile } from '../counting.js';
import type { ReportFile } from '../model.js';
import type { Provenance } from './attribution.js';
import { identityTable, type AssistantIdentity } from './identities.js';
import { splitByAuthor } from './split.js';

/** The identity table for a report run in `cwd`: its package.json's assistants, the flags, the defaults. */
export function identitiesFor(cwd: string, flags: readonly string[]): AssistantIdentity[] {
  const file = path.join(cwd, 'package.json');
  return identityTable(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined, flags);
}

/** The files of a report (paths relative to `cwd`), each with its counts split by author. */
export async function attributeFiles(files: readonly CountedFile[], cwd: string, provenance: Provenance): Promise<ReportFile[]> {
  const authors = await provenance.ofWorkingTree(files.map((file) => path.resolve(cwd, file.path)));
  return files.map(({ path: file, counts, role, profile }) => ({
    path: file,
    counts,
    role,
    provenance: profile === undefined ? undefined : splitByAuthor(profile, authors.get(path.resolve(cwd, file)) ?? []),
  }));
}
