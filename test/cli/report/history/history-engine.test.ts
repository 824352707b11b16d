/**
 * The history engine on a real repository: weekly points along the branch's first parents, and
 * each point's tree read from git objects, with each blob counted once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { historyPoints, periodEnd, resolveDate } from '../../../../cli/report/history/points.js';
import { readSnapshots } from '../../../../cli/report/history/snapshots.js';
import { Provenance } from '../../../../cli/report/provenance/attribution.js';
import { DEFAULT_IDENTITIES } from '../../../../cli/report/provenance/identities.js';
import { TempRepo } from '../../../helpers/git-repo.js';

const ALICE = 'Alice Example <alice@example.com>';
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';
const on = (date: string): { author: string; date: string } => ({ author: ALICE, date: `${date}T12:00:00Z` });

describe('periodEnd', () => {
  it('ends days at midnight, ISO weeks after Sunday and months on the first', () => {
    const iso = (time: number): string => new Date(time).toISOString();
    expect(iso(periodEnd('day', Date.parse('2026-06-03T23:59:59Z')))).toBe('2026-06-04T00:00:00.000Z');
    // 2026-06-01 is a Monday and 2026-06-07 a Sunday.
    expect(iso(periodEnd('week', Date.parse('2026-06-01T00:00:00Z')))).toBe('2026-06-08T00:00:00.000Z');
    expect(iso(periodEnd('week', Date.parse('2026-06-07T23:00:00Z')))).toBe('2026-06-08T00:00:00.000Z');
    expect(iso(periodEnd('month', Date.parse('2026-12-31T10:00:00Z')))).toBe('2027-01-01T00:00:00.000Z');
  });
});

// One commit a week or none, a branch merged a week after it was made, and a move.
describe('history on a real repository', () => {
  const repo = new TempRepo();
  const commits: Record<string, string> = {};
  beforeAll(() => {
    repo.write('src/a.js', 'a1\n');
    commits['jun02'] = repo.commit('One', on('2026-06-02'));
    repo.write('src/a.js', 'a1\na2\n');
    commits['jun04'] = repo.commit(`Two${CLAUDE_TRAILER}`, on('2026-06-04'));
    // A branch made in the first week but merged in the second counts from the merge.
    repo.git('checkout', '-q', '-b', 'side', commits['jun02']!);
    repo.write('src/side.js', 's1\ns2\ns3\n');
    repo.commit('Side', on('2026-06-03'));
    repo.git('checkout', '-q', 'main');
    commits['jun11'] = repo.merge('side', on('2026-06-11'));
    // Nothing in the week ending 2026-06-21; a move between directories in the next.
    repo.move('src/a.js', 'lib/a.js');
    repo.write('README.md', 'not counted\n');
    commits['jun23'] = repo.commit('Move', on('2026-06-23'));
  });
  afterAll(() => repo.dispose());

  it('takes the last commit on or before each week’s end, skipping weeks before the first commit', async () => {
    const since = await resolveDate(repo.dir, '2026-05-20');
    const points = await historyPoints(repo.dir, 'week', since, Date.parse('2026-06-25T00:00:00Z'));
    expect(points).toEqual([
      { date: '2026-06-07', commit: commits['jun04'] },
      { date: '2026-06-14', commit: commits['jun11'] },
      { date: '2026-06-21', commit: commits['jun11'] },
      { date: '2026-06-28', commit: commits['jun23'] },
    ]);
  });

  it('reads each point’s tree from git objects, counting each blob once, with line authors', async () => {
    const points = await historyPoints(repo.dir, 'week', Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-06-25T00:00:00Z'));
    const counted: string[] = [];
    const provenance = await Provenance.open(repo.dir, { identities: DEFAULT_IDENTITIES, cache: false });
    // The working tree is emptied: nothing may be read from it.
    fs.rmSync(repo.path('lib'), { recursive: true });
    fs.rmSync(repo.path('src'), { recursive: true });
    try {
      // A counter that says what it was given: the text's lines and their authors.
      const counter = {
        covers: (file: string) => file.endsWith('.js'),
        count: async (file: string, text: string, authors: readonly (string | undefined)[] | undefined) => {
          counted.push(file);
          return `${text.split('\n').length - 1} lines by ${authors?.slice(1).map((author) => author ?? 'people').join(', ')}`;
        },
      };
      const snapshots = await readSnapshots(repo.dir, points, counter, provenance);
      // The moved file keeps its line authors; the week without commits repeats the one before.
      const a = '2 lines by people, Claude Code';
      const side = '3 lines by people, people, people';
      expect(snapshots.map(({ point, files }) => [point.date, ...files.map(({ path, result }) => `${path}: ${result}`)])).toEqual([
        ['2026-06-07', `src/a.js: ${a}`],
        ['2026-06-14', `src/a.js: ${a}`, `src/side.js: ${side}`],
        ['2026-06-21', `src/a.js: ${a}`, `src/side.js: ${side}`],
        ['2026-06-28', `lib/a.js: ${a}`, `src/side.js: ${side}`],
      ]);
      expect(counted).toEqual(['src/a.js', 'src/side.js', 'lib/a.js']);
    } finally {
      await provenance.close();
      repo.git('checkout', '--', '.');
    }
  });

  // git makes some date of any text: nonsense comes back as the epoch or a date in the future.
  it('rejects a date git does not understand', async () => {
    await expect(resolveDate(repo.dir, 'the day after never')).rejects.toThrow('--since the day after never: not a date git understands');
    await expect(resolveDate(repo.dir, '2030-01-01')).rejects.toThrow('--since 2030-01-01: not a date git understands');
  });
});
