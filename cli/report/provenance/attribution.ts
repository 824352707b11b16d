/**
 * Who wrote each line of a file: blame says which commit last changed it, the commit's author
 * and trailers say whether an assistant wrote that commit, and a Git AI note on the commit, where
 * there is one, says it line by line instead. Blame runs on several files at once and its
 * results are cached by blob (cache.ts); commits and notes are read through one cat-file stream.
 */
import os from 'node:os';
import path from 'node:path';
import { blameFile, type BlameRun } from './blame.js';
import { BlameCache } from './cache.js';
import { CommitClassifier } from './commits.js';
import { git, GitError, gitOrUndefined, listTree, ObjectReader } from './git.js';
import { classifyCommit, type AssistantIdentity } from './identities.js';
import { notedAssistant, notedCommits, readLogs, type AuthorshipLog } from './notes.js';
import { relativePosixPath } from '../../relative-path.js';

/** Per line (index 1 is the first line; index 0 unused), the assistant that wrote it, or undefined for people. */
export type LineAuthors = readonly (string | undefined)[];

export interface ProvenanceSetup {
  /** The identity table: users' own first, then the defaults. */
  readonly identities: readonly AssistantIdentity[];
  /** Keep blame results between runs under the git directory (default true). */
  readonly cache?: boolean;
  /** Blames run at once (default: the machine's available parallelism). */
  readonly concurrency?: number;
}

/** A file of a tree: its path relative to the repository root and its blob id. */
export interface TreeFile {
  readonly path: string;
  readonly blob: string;
}

/** Runs `task` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export class Provenance {
  private readonly classifier: CommitClassifier;
  private readonly logs = new Map<string, AuthorshipLog | undefined>();
  private readonly concurrency: number;

  private constructor(
    /** The repository's top-level directory. */
    readonly root: string,
    private readonly reader: ObjectReader,
    private readonly cache: BlameCache,
    private readonly notes: ReadonlyMap<string, string>,
    private readonly identities: readonly AssistantIdentity[],
    concurrency: number | undefined,
  ) {
    this.classifier = new CommitClassifier(reader, identities);
    this.concurrency = concurrency ?? os.availableParallelism();
  }

  /** Provenance for the repository that holds `cwd`; a clear error when there is none. */
  static async open(cwd: string, setup: ProvenanceSetup): Promise<Provenance> {
    let root: string;
    let gitDirectory: string;
    try {
      [root = '', gitDirectory = ''] = (await git(cwd, ['rev-parse', '--show-toplevel', '--git-common-dir'])).trim().split('\n');
    } catch (error) {
      if (error instanceof GitError) throw new Error(`provenance needs a git repository: ${error.message}`);
      throw error;
    }
    const cache = BlameCache.open(setup.cache === false ? undefined : path.join(path.resolve(cwd, gitDirectory), 'ai-code'));
    return new Provenance(root, new ObjectReader(root), cache, await notedCommits(root), setup.identities, setup.concurrency);
  }

  /** The report's name for a Git AI session's tool (`claude`, `cursor`, …): the identity it names, else the tool. */
  private assistantOfTool = (tool: string): string =>
    classifyCommit({ authorName: tool.replace(/[-_]/gu, ' '), authorEmail: '', message: '' }, this.identities) ?? tool;

  /** Line authors of files as they are in the working tree (absolute paths); files git does not track are people's. */
  async ofWorkingTree(files: readonly string[]): Promise<Map<string, LineAuthors>> {
    const head = await listTree(this.root, 'HEAD');
    const dirty = new Set((await gitOrUndefined(this.root, ['diff', '--name-only', '-z', 'HEAD', '--']))?.split('\0'));
    const jobs = files.flatMap((file) => {
      const relative = relativePosixPath(this.root, file);
      const blob = head.get(relative);
      if (blob === undefined) return [];
      // A changed file is blamed as it is on disk, with its new lines not committed yet.
      return [{ file, relative, blob: dirty.has(relative) ? undefined : blob }];
    });
    const runs = new Map<string, BlameRun[]>();
    await forEachLimited(jobs, this.concurrency, async ({ file, relative, blob }) => {
      runs.set(file, await this.blame(relative, blob, blob === undefined ? undefined : 'HEAD'));
    });
    return this.attribute(runs);
  }

  /** Line authors of `files` as they are at `commit`, by path. */
  async atCommit(commit: string, files: readonly TreeFile[]): Promise<Map<string, LineAuthors>> {
    const runs = new Map<string, BlameRun[]>();
    await forEachLimited(files, this.concurrency, async ({ path: file, blob }) => {
      runs.set(file, await this.blame(file, blob, commit));
    });
    return this.attribute(runs);
  }

  /** Blame of `file` at `revision` (the working tree when undefined), from the cache when its blob is known. */
  private async blame(file: string, blob: string | undefined, revision: string | undefined): Promise<BlameRun[]> {
    const cached = blob === undefined ? undefined : this.cache.get(file, blob);
    if (cached !== undefined) return cached;
    const runs = await blameFile(this.root, file, revision);
    if (blob !== undefined) this.cache.set(file, blob, runs);
    return runs;
  }

  private async attribute(runsByFile: ReadonlyMap<string, readonly BlameRun[]>): Promise<Map<string, LineAuthors>> {
    const commits = new Set<string>();
    for (const runs of runsByFile.values()) for (const run of runs) commits.add(run.commit);
    await this.classifier.learn(commits);
    const unread = [...commits].filter((commit) => !this.logs.has(commit));
    const read = await readLogs(this.reader, this.notes, unread, this.assistantOfTool);
    for (const commit of unread) this.logs.set(commit, read.get(commit));
    const authors = new Map<string, LineAuthors>();
    for (const [file, runs] of runsByFile) authors.set(file, this.linesOf(runs));
    return authors;
  }

  private linesOf(runs: readonly BlameRun[]): LineAuthors {
    const lines: (string | undefined)[] = [undefined];
    for (const run of runs) {
      const log = this.logs.get(run.commit);
      const byCommit = this.classifier.assistantOf(run.commit);
      for (let offset = 0; offset < run.count; offset++) {
        // A Git AI log decides each line of its commit; lines it does not list are people's.
        lines[run.finalStart + offset] = log === undefined ? byCommit : notedAssistant(log, run.origPath, run.origStart + offset);
      }
    }
    return lines;
  }

  /** Saves the cache and ends the cat-file process. */
  async close(): Promise<void> {
    this.cache.save();
    await this.reader.close();
  }
}
