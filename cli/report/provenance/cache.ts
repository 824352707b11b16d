/**
 * Blame results kept between runs, under the repository's git directory
 * (`ai-code/blame-cache.json`), keyed by a file's path and blob id: a file whose content has not
 * changed is not blamed again, so a second run on an unchanged tree reads no blame at all.
 * Commits are classified afresh each run, from their objects, so a change to the identity table
 * needs no invalidation. A cache that cannot be read is ignored, and one that cannot be written
 * is skipped: it only ever saves time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../atomic-write.js';
import type { BlameRun } from './blame.js';

// Bumped when the stored shape or what blame is asked changes, so old files are ignored.
const CACHE_VERSION = 1;

/** One file's runs as stored: commits and paths by index, runs as flat numbers. */
interface StoredBlame {
  readonly commits: string[];
  readonly paths: string[];
  /** Per run: commit index, origStart, finalStart, count, path index. */
  readonly runs: number[];
}

interface StoredCache {
  readonly version: number;
  readonly blames: Record<string, StoredBlame>;
}

/** Stores runs compactly: a file's runs share a few commits and paths, named once each. */
function pack(runs: readonly BlameRun[]): StoredBlame {
  const commits: string[] = [];
  const paths: string[] = [];
  const indexOf = (list: string[], value: string): number => {
    const found = list.indexOf(value);
    return found >= 0 ? found : list.push(value) - 1;
  };
  const flat = runs.flatMap((run) => [indexOf(commits, run.commit), run.origStart, run.finalStart, run.count, indexOf(paths, run.origPath)]);
  return { commits, paths, runs: flat };
}

/** The runs `pack` stored. */
function unpack(stored: StoredBlame): BlameRun[] {
  const runs: BlameRun[] = [];
  for (let index = 0; index + 4 < stored.runs.length; index += 5) {
    const [commit, origStart, finalStart, count, origPath] = stored.runs.slice(index, index + 5) as [number, number, number, number, number];
    runs.push({ commit: stored.commits[commit]!, origStart, finalStart, count, origPath: stored.paths[origPath]! });
  }
  return runs;
}

/** Blame runs by path and blob, loaded once per run and saved once at its end. */
export class BlameCache {
  private readonly blames: Record<string, StoredBlame>;
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    blames: Record<string, StoredBlame>,
  ) {
    this.blames = blames;
  }

  /** The cache in `directory` (created on save), or an empty one kept in memory when directory is undefined. */
  static open(directory: string | undefined): BlameCache {
    if (directory === undefined) return new BlameCache(undefined, {});
    const file = path.join(directory, 'blame-cache.json');
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredCache;
      if (stored.version === CACHE_VERSION && typeof stored.blames === 'object') return new BlameCache(file, stored.blames);
    } catch {
      // Missing or unreadable: start empty.
    }
    return new BlameCache(file, {});
  }

  get(file: string, blob: string): BlameRun[] | undefined {
    const stored = this.blames[`${file}\0${blob}`];
    return stored === undefined ? undefined : unpack(stored);
  }

  set(file: string, blob: string, runs: readonly BlameRun[]): void {
    this.blames[`${file}\0${blob}`] = pack(runs);
    this.changed = true;
  }

  /** Writes the cache whole or not at all, if anything was added; a cache that cannot be written only costs time. */
  save(): void {
    if (this.file === undefined || !this.changed) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomically(this.file, JSON.stringify({ version: CACHE_VERSION, blames: this.blames } satisfies StoredCache));
      this.changed = false;
    } catch {
      // Read-only repository, full disk: the next run blames again.
    }
  }
}
