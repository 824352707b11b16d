/**
 * Reading a tree as it was at a commit, straight from git objects (`git ls-tree -r` and `git
 * cat-file --batch`), without checking anything out. Each file is read and counted once per blob:
 * from one point to the next most files have not changed, and their results are reused.
 */
import { listTree, ObjectReader } from '../provenance/git.js';
import type { LineAuthors, Provenance } from '../provenance/attribution.js';
import type { HistoryPoint } from './points.js';

/** How the report reads one file of a snapshot. */
export interface SnapshotCounter<R> {
  /** Whether the report covers a path of the tree (relative to the repository root). */
  covers(file: string): boolean | Promise<boolean>;
  /** The file's result from its text (and its line authors with provenance); undefined to skip it. */
  count(file: string, text: string, authors: LineAuthors | undefined): Promise<R | undefined>;
}

/** One point's files with their results, by path relative to the repository root. */
export interface Snapshot<R> {
  readonly point: HistoryPoint;
  readonly files: readonly { readonly path: string; readonly result: R }[];
}

/** Counts every point's tree through `counter`, with line authors from `provenance` when given. */
export async function readSnapshots<R>(root: string, points: readonly HistoryPoint[], counter: SnapshotCounter<R>, provenance: Provenance | undefined): Promise<Snapshot<R>[]> {
  const reader = new ObjectReader(root);
  // By path and blob: a result depends on both (the configuration reads the path).
  const results = new Map<string, R | undefined>();
  const covered = new Map<string, boolean>();
  const snapshots: Snapshot<R>[] = [];
  try {
    for (const point of points) {
      // A period without commits stands at the same commit as the one before.
      const previous = snapshots.at(-1);
      if (previous?.point.commit === point.commit) {
        snapshots.push({ point, files: previous.files });
        continue;
      }
      const tree = await listTree(root, point.commit);
      const files: { path: string; blob: string }[] = [];
      for (const [file, blob] of tree) {
        let covers = covered.get(file);
        if (covers === undefined) covered.set(file, (covers = await counter.covers(file)));
        if (covers) files.push({ path: file, blob });
      }
      const fresh = files.filter(({ path, blob }) => !results.has(`${path}\0${blob}`));
      const authors = provenance === undefined ? undefined : await provenance.atCommit(point.commit, fresh);
      // Requested all at once: cat-file answers in one stream while earlier texts are counted.
      const texts = fresh.map(({ blob }) => reader.read(blob));
      for (const [index, { path, blob }] of fresh.entries()) {
        const object = await texts[index]!;
        const text = object?.content.toString('utf8');
        results.set(`${path}\0${blob}`, text === undefined ? undefined : await counter.count(path, text, authors?.get(path)));
      }
      snapshots.push({
        point,
        files: files.flatMap(({ path, blob }) => {
          const result = results.get(`${path}\0${blob}`);
          return result === undefined ? [] : [{ path, result }];
        }),
      });
    }
  } finally {
    await reader.close();
  }
  return snapshots;
}
