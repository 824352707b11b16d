/**
 * Line attribution on real git repositories: blame, the identity table and Git AI notes
 * together, across a merge, a rename, a move between directories and lines moved between files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { Provenance, type LineAuthors } from '../../../../cli/report/provenance/attribution.js';
import { DEFAULT_IDENTITIES } from '../../../../cli/report/provenance/identities.js';
import { TempRepo } from '../../../helpers/git-repo.js';

const ALICE = 'Alice Example <alice@example.com>';
const at = (day: number): string => `2026-06-${String(day).padStart(2, '0')}T12:00:00Z`;
// Blame follows a moved line only when it holds enough characters to be told apart (git's threshold).
const MOVED = "export const movedBetweenFiles = describeTheLine('long enough for blame -C');";
const lines = (...texts: string[]): string => `${texts.join('\n')}\n`;

/** Line authors as a list from line 1, people shown as '-'. */
const shown = (authors: LineAuthors | undefined): string[] => (authors ?? []).slice(1).map((author) => author ?? '-');

async function attribute(repo: TempRepo, files: string[], cache = false): Promise<string[][]> {
  const provenance = await Provenance.open(repo.dir, { identities: DEFAULT_IDENTITIES, cache, concurrency: 2 });
  try {
    const authors = await provenance.ofWorkingTree(files.map((file) => repo.path(file)));
    return files.map((file) => shown(authors.get(repo.path(file))));
  } finally {
    await provenance.close();
  }
}

describe('Provenance on a real history', () => {
  const repo = new TempRepo();
  let claudeCommit = '';
  beforeAll(() => {
    // People, then an assistant by trailer, then two by author.
    repo.write('src/a.js', lines('a1', 'a2', 'a3'));
    repo.commit('Start', { author: ALICE, date: at(1) });
    repo.write('src/a.js', lines('a1', 'a2', 'a3', 'claude4', 'claude5'));
    claudeCommit = repo.commit('Extend a\n\nCo-Authored-By: Claude <noreply@anthropic.com>', { author: ALICE, date: at(2) });
    repo.write('src/b.js', lines('copilot1', 'copilot2', 'copilot3'));
    repo.commit('Add b', { author: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>', date: at(3) });
    repo.write('src/b.js', lines('copilot1', 'aider2', 'copilot3'));
    repo.commit('Tweak b', { author: 'Bob Builder (aider) <bob@example.com>', date: at(4) });
    // A side branch whose commit a merge brings in.
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('src/c.js', lines('opus1', MOVED));
    repo.commit('Add c\n\nco-authored-by: Claude Opus 4.1 <noreply@anthropic.com>', { author: ALICE, date: at(5) });
    repo.git('checkout', '-q', 'main');
    repo.write('src/a.js', lines('a1', 'alice2', 'a3', 'claude4', 'claude5'));
    repo.commit('Edit a', { author: ALICE, date: at(6) });
    repo.merge('side', { author: ALICE, date: at(7) });
    // A rename and a move to another directory, unchanged: lines keep their authors.
    repo.move('src/a.js', 'lib/core/a.js');
    repo.move('src/b.js', 'src/bee.js');
    repo.commit('Move files', { author: ALICE, date: at(8) });
    // Lines moved from one file into another by a bot that is no assistant.
    repo.write('src/c.js', lines('opus1'));
    repo.write('lib/d.js', lines('dependabot1', MOVED));
    repo.commit('Split c\n\nCo-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>', { author: 'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>', date: at(9) });
  });
  afterAll(() => repo.dispose());

  it('credits each line to the assistant or person whose commit last changed it', async () => {
    expect(await attribute(repo, ['lib/core/a.js', 'src/bee.js', 'src/c.js', 'lib/d.js'])).toEqual([
      ['-', '-', '-', 'Claude Code', 'Claude Code'],
      ['GitHub Copilot', 'Aider', 'GitHub Copilot'],
      ['Claude Code'],
      ['-', 'Claude Code'],
    ]);
  });

  it('leaves uncommitted lines and untracked files to people, and blames changed files as they are on disk', async () => {
    fs.writeFileSync(repo.path('src/bee.js'), lines('copilot1', 'aider2', 'copilot3', 'local4'));
    fs.writeFileSync(repo.path('src/new.js'), lines('new1'));
    try {
      expect(await attribute(repo, ['src/bee.js', 'src/new.js'])).toEqual([['GitHub Copilot', 'Aider', 'GitHub Copilot', '-'], []]);
    } finally {
      repo.git('checkout', '--', 'src/bee.js');
      fs.rmSync(repo.path('src/new.js'));
    }
  });

  it('answers a second run from the cache under the git directory, without running blame', async () => {
    const first = await attribute(repo, ['lib/core/a.js', 'src/bee.js'], true);
    const cacheFile = repo.path('.git/ai-code/blame-cache.json');
    expect(Object.keys(JSON.parse(fs.readFileSync(cacheFile, 'utf8')).blames)).toHaveLength(2);
    // A cached entry is what the second run reads: poison it and see the poison come back.
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const key = Object.keys(stored.blames).find((name) => name.startsWith('src/bee.js\0'))!;
    stored.blames[key] = { commits: [claudeCommit], paths: ['src/a.js'], runs: [0, 4, 1, 1, 0] };
    fs.writeFileSync(cacheFile, JSON.stringify(stored));
    const second = await attribute(repo, ['lib/core/a.js', 'src/bee.js'], true);
    expect(second).toEqual([first[0], ['Claude Code']]);
    fs.rmSync(repo.path('.git/ai-code'), { recursive: true });
  });

  it('attributes lines at any commit from its tree', async () => {
    const provenance = await Provenance.open(repo.dir, { identities: DEFAULT_IDENTITIES, cache: false });
    try {
      const commit = repo.git('rev-list', '-n', '1', '--before', at(4), 'main');
      const blob = repo.git('rev-parse', `${commit}:src/b.js`);
      const authors = await provenance.atCommit(commit, [{ path: 'src/b.js', blob }]);
      expect(shown(authors.get('src/b.js'))).toEqual(['GitHub Copilot', 'Aider', 'GitHub Copilot']);
    } finally {
      await provenance.close();
    }
  });
});

describe('Git AI authorship notes', () => {
  const repo = new TempRepo();
  /** A Git AI authorship log (standard v3.0.0) naming one session of `tool` for `ranges` of `file`. */
  const log = (file: string, ranges: string, tool: string): string =>
    `${file}\n  0123456789abcdef ${ranges}\n---\n${JSON.stringify({ schema_version: 'authorship/3.0.0', base_commit_sha: '0'.repeat(40), prompts: { '0123456789abcdef': { agent_id: { tool, id: 's', model: 'm' }, messages: [] } } })}\n`;
  beforeAll(() => {
    repo.write('src/noted.js', lines('n1', 'n2', 'n3', 'n4'));
    const human = repo.commit('Plain commit', { author: ALICE, date: at(1) });
    repo.git('notes', '--ref', 'refs/notes/ai', 'add', '-m', log('src/noted.js', '2-3', 'cursor'), human);
    // A note on a commit that also carries a trailer: the note decides, line by line.
    repo.write('src/signed.js', lines('s1', 's2', 's3'));
    const signed = repo.commit('Signed commit\n\nCo-Authored-By: Claude <noreply@anthropic.com>', { author: ALICE, date: at(2) });
    repo.git('notes', '--ref', 'refs/notes/ai', 'add', '-m', log('src/signed.js', '1', 'claude-code'), signed);
    repo.write('src/signed.js', lines('s1', 's2', 's3', 'unnoted4'));
    repo.commit('Unnoted commit\n\nCo-Authored-By: Claude <noreply@anthropic.com>', { author: ALICE, date: at(3) });
  });
  afterAll(() => repo.dispose());

  it('take precedence over trailers, line by line', async () => {
    expect(await attribute(repo, ['src/noted.js', 'src/signed.js'])).toEqual([
      ['-', 'Cursor', 'Cursor', '-'],
      ['Claude Code', '-', '-', 'Claude Code'],
    ]);
  });
});
