/**
 * A real git repository in a temporary directory for tests: files written and committed with
 * the author, trailers and dates a test gives, and nothing read from the machine's git
 * configuration (no signing, no hooks, no global identity).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Who and when a commit is: `Name <email>` and an ISO date, committer the same as author. */
export interface CommitAs {
  readonly author: string;
  readonly date: string;
}

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'ai-code-git-') {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    this.git('init', '-q', '-b', 'main');
  }

  /** Runs git in the repository with a clean environment and returns its trimmed stdout. */
  git(...args: string[]): string {
    return this.gitAs(undefined, ...args);
  }

  private gitAs(who: CommitAs | undefined, ...args: string[]): string {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
    if (who !== undefined) {
      const match = /^(.*) <(.*)>$/u.exec(who.author)!;
      Object.assign(env, { GIT_AUTHOR_NAME: match[1], GIT_AUTHOR_EMAIL: match[2], GIT_COMMITTER_NAME: match[1], GIT_COMMITTER_EMAIL: match[2], GIT_AUTHOR_DATE: who.date, GIT_COMMITTER_DATE: who.date });
    }
    return execFileSync('git', args, { cwd: this.dir, env, encoding: 'utf8' }).trim();
  }

  write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, file), text);
  }

  /** Stages everything and commits it; returns the new commit's id. */
  commit(message: string, who: CommitAs): string {
    this.git('add', '-A');
    this.gitAs(who, 'commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Merges `branch` into the current branch with a merge commit; returns its id. */
  merge(branch: string, who: CommitAs): string {
    this.gitAs(who, 'merge', '-q', '--no-ff', '-m', `Merge ${branch}`, branch);
    return this.git('rev-parse', 'HEAD');
  }

  /** Moves a file with git (a rename or a move between directories). */
  move(from: string, to: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    this.git('mv', from, to);
  }

  path(file: string): string {
    return path.join(this.dir, file);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
