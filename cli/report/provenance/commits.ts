/**
 * Commits as the classifier reads them: author and message from the raw commit object, read in
 * one stream through `git cat-file --batch`, each commit once per run.
 */
import { classifyCommit, type AssistantIdentity, type CommitSigns } from './identities.js';
import type { ObjectReader } from './git.js';

const AUTHOR = /^author ([^<]*)<([^>]*)>/u;

/** A raw commit object's author and message (headers, a blank line, then the message). */
export function commitSigns(raw: string): CommitSigns {
  const blank = raw.indexOf('\n\n');
  const headers = blank < 0 ? raw : raw.slice(0, blank);
  const author = headers
    .split('\n')
    .map((line) => AUTHOR.exec(line))
    .find((match) => match !== null);
  return { authorName: author?.[1]?.trim() ?? '', authorEmail: author?.[2]?.trim() ?? '', message: blank < 0 ? '' : raw.slice(blank + 2) };
}

/** The assistant of each commit asked about, remembered for the run. */
export class CommitClassifier {
  private readonly known = new Map<string, string | undefined>();

  constructor(
    private readonly reader: ObjectReader,
    private readonly identities: readonly AssistantIdentity[],
  ) {}

  /** Reads and classifies the commits of `commits` not classified yet. */
  async learn(commits: Iterable<string>): Promise<void> {
    const unknown = [...new Set(commits)].filter((commit) => !this.known.has(commit));
    const objects = await Promise.all(unknown.map((commit) => this.reader.read(commit)));
    for (const [index, commit] of unknown.entries()) {
      const object = objects[index];
      this.known.set(commit, object?.type === 'commit' ? classifyCommit(commitSigns(object.content.toString('utf8')), this.identities) : undefined);
    }
  }

  /** The assistant that wrote `commit` (learnt before), or undefined for people. */
  assistantOf(commit: string): string | undefined {
    return this.known.get(commit);
  }
}
