/**
 * `ai-code report --provenance` and `--history` end to end, through the command's entry point,
 * on a real git repository: people, assistants by trailer, by bot author and by marker, a move
 * between directories and a bot that is no assistant, with exact figures per side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../../helpers/git-repo.js';
import { report } from '../../helpers/run-report.js';

const ALICE = 'Alice Example <alice@example.com>';
const COPILOT = 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>';
const DEPENDABOT = 'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>';
const on = (author: string, date: string): { author: string; date: string } => ({ author, date: `${date}T12:00:00Z` });

interface Side {
  readonly code: number;
  readonly documentationLines: number;
  readonly measured: number;
  readonly density: number;
  readonly gaps: number;
  readonly undocumented: number;
}

interface Entry {
  readonly path: string;
  readonly provenance: { readonly assistant: Side; readonly people: Side; readonly byAssistant: Record<string, Side> };
}

/** A side's figures in one line, so a test reads them at a glance. */
const shown = (side: Side): string => `code ${side.code}, doc ${side.documentationLines} of ${side.measured} (${side.density}%), gaps ${side.gaps}, undocumented ${side.undocumented}`;
const NONE = 'code 0, doc 0 of 0 (0%), gaps 0, undocumented 0';

/** An entry's split: assistants, people, and each assistant by name. */
function sides(entry: Entry): Record<string, string> {
  const { assistant, people, byAssistant } = entry.provenance;
  return { assistant: shown(assistant), people: shown(people), ...Object.fromEntries(Object.entries(byAssistant).map(([name, side]) => [name, shown(side)])) };
}

// The files of the history: a person's documented function, then an assistant's additions
// (undocumented code, a long run of constants that makes a gap), a bot's documented line, and a
// function under a generated-code marker.
const HUMAN = `/**
 * Adds two amounts of the ledger, in cents.
 */
export function add(a, b) {
  return a + b;
}
`;
const CLAUDE_PART = `export function subtract(a, b) {
  return a - b;
}
`;
const BOT = `/** Multiplies an amount by a rate, rounding half up to cents. */
export const multiply = (amount, rate) => Math.round(amount * rate);
`;
// Longer than no-comment-gap's default maximum, so the run is one gap.
const TABLE_LINES = 33;
// One decision a line, so its 33 lines are one run of unexplained logic: a gap.
const TABLE = Array.from({ length: TABLE_LINES }, (_, index) => `export const rate${index} = level > ${index} ? level * ${index} : 0;\n`).join('');
const MARKER = '@ai' + '-generated';
const MARKED = `// ${MARKER} tool=chat
export function divide(a, b) {
  return a / b;
}
`;

describe('report --provenance and --history on a real repository', () => {
  const repo = new TempRepo();
  const commits: string[] = [];
  beforeAll(() => {
    // Two weeks of commits by a person and by assistants, by trailer and by bot author.
    repo.write('eslint.config.js', "export default [{ ignores: ['eslint.config.js'] }, { files: ['**/*.js'] }];\n");
    repo.write('src/ledger.js', HUMAN);
    commits.push(repo.commit('Ledger', on(ALICE, '2026-06-02')));
    repo.write('src/ledger.js', HUMAN + CLAUDE_PART);
    repo.write('src/table.js', TABLE);
    commits.push(repo.commit('Subtract, and a table\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>', on(ALICE, '2026-06-03')));
    repo.write('src/rates.js', BOT);
    commits.push(repo.commit('Rates', on(COPILOT, '2026-06-09')));
    // A marked function a person committed, then a move and a bot's bump in a later week.
    repo.write('src/divide.js', MARKED);
    repo.move('src/rates.js', 'lib/rates.js');
    commits.push(repo.commit('Divide, and rates to lib', on(ALICE, '2026-06-17')));
    repo.write('lib/version.js', 'export const version = 2;\n');
    commits.push(repo.commit('Bump version', on(DEPENDABOT, '2026-06-18')));
  });
  afterAll(() => repo.dispose());

  it('splits every file, directory and the totals by who wrote each line', async () => {
    const { code, stdout, stderr } = await report(repo.dir, '--provenance', '--format', 'json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const parsed = JSON.parse(stdout);
    // The move kept Copilot's line, dependabot is no assistant, and the marker makes its
    // function an assistant's though a person committed it.
    // People's doc comment of ledger.js is its one documentation line; the bot's is rates.js's.
    expect(Object.fromEntries(parsed.files.map((entry: Entry) => [entry.path, sides(entry)]))).toEqual({
      'lib/rates.js': { assistant: 'code 1, doc 1 of 2 (50%), gaps 0, undocumented 0', people: NONE, 'GitHub Copilot': 'code 1, doc 1 of 2 (50%), gaps 0, undocumented 0' },
      'lib/version.js': { assistant: NONE, people: 'code 1, doc 0 of 1 (0%), gaps 0, undocumented 0' },
      'src/divide.js': { assistant: 'code 3, doc 0 of 3 (0%), gaps 0, undocumented 1', people: NONE, 'marked as generated': 'code 3, doc 0 of 3 (0%), gaps 0, undocumented 1' },
      'src/ledger.js': { assistant: 'code 3, doc 0 of 3 (0%), gaps 0, undocumented 0', people: 'code 3, doc 1 of 4 (25%), gaps 0, undocumented 0', 'Claude Code': 'code 3, doc 0 of 3 (0%), gaps 0, undocumented 0' },
      'src/table.js': { assistant: `code ${TABLE_LINES}, doc 0 of ${TABLE_LINES} (0%), gaps 1, undocumented 0`, people: NONE, 'Claude Code': `code ${TABLE_LINES}, doc 0 of ${TABLE_LINES} (0%), gaps 1, undocumented 0` },
    });
    // Directories and totals sum their files, per side and per assistant.
    expect(sides(parsed.directories.find((entry: Entry) => entry.path === 'lib'))).toEqual({
      assistant: 'code 1, doc 1 of 2 (50%), gaps 0, undocumented 0',
      people: 'code 1, doc 0 of 1 (0%), gaps 0, undocumented 0',
      'GitHub Copilot': 'code 1, doc 1 of 2 (50%), gaps 0, undocumented 0',
    });
    const claude = `code ${TABLE_LINES + 3}, doc 0 of ${TABLE_LINES + 3} (0%), gaps 1, undocumented 0`;
    expect(sides(parsed.totals)).toEqual({
      assistant: `code ${TABLE_LINES + 7}, doc 1 of ${TABLE_LINES + 8} (2.44%), gaps 1, undocumented 1`,
      people: 'code 4, doc 1 of 5 (20%), gaps 0, undocumented 0',
      'Claude Code': claude,
      'GitHub Copilot': 'code 1, doc 1 of 2 (50%), gaps 0, undocumented 0',
      'marked as generated': 'code 3, doc 0 of 3 (0%), gaps 0, undocumented 1',
    });
  });

  it('compares with a baseline of version 1, saved before provenance existed', async () => {
    const current = JSON.parse((await report(repo.dir, '--format', 'json')).stdout);
    expect(current.version).toBe(2);
    // A version-1 report had the same entries without provenance; documentation fell since.
    const old = { ...current, version: 1, totals: { ...current.totals, ratio: { ...current.totals.ratio, lines: 50 } } };
    fs.writeFileSync(repo.path('.git/baseline-v1.json'), JSON.stringify(old));
    const { code, stdout } = await report(repo.dir, '--provenance', '--baseline', '.git/baseline-v1.json', '--fail-on-regression');
    expect(code).toBe(1);
    expect(stdout).toContain(`regressions: documentation by lines fell from 50% to ${current.totals.ratio.lines}%`);
  });

  it('gives one point per week from git objects, each with its split', async () => {
    const { code, stdout } = await report(repo.dir, '--history', 'week', '--since', '2026-06-01', '--provenance', '--format', 'json');
    expect(code).toBe(0);
    // The history's own header: its version, its period and the first day it covers.
    const history = JSON.parse(stdout);
    expect({ version: history.version, period: history.period, since: history.since }).toEqual({ version: 1, period: 'week', since: '2026-06-01' });
    const brief = (point: { date: string; commit: string; totals: { lines: { code: number }; provenance: { assistant: Side } } }): string =>
      `${point.date} ${point.commit} code ${point.totals.lines.code}, by assistants ${point.totals.provenance.assistant.code}`;
    // Weeks end on Sundays; after the last commit every week repeats it, up to this week.
    const sundays = Array.from({ length: history.points.length }, (_, index) => new Date(Date.UTC(2026, 5, 7 + 7 * index)).toISOString().slice(0, 10));
    expect(history.points.map(brief)).toEqual(
      sundays.map((date, index) => {
        if (index === 0) return `${date} ${commits[1]} code ${TABLE_LINES + 6}, by assistants ${TABLE_LINES + 3}`;
        if (index === 1) return `${date} ${commits[2]} code ${TABLE_LINES + 7}, by assistants ${TABLE_LINES + 4}`;
        return `${date} ${commits[4]} code ${TABLE_LINES + 11}, by assistants ${TABLE_LINES + 7}`;
      }),
    );
    expect(history.points.at(-1).date >= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  // The first weeks of each rendering; the split's columns only with --provenance.
  it('prints the history as a table and as Markdown', async () => {
    const table = (await report(repo.dir, '--history', 'week', '--since', '2026-06-01', '--provenance')).stdout.split('\n');
    expect(table.slice(0, 3)).toEqual([
      'week ending      commit  files  code  doc lines  gaps  AI code  AI doc lines  people doc lines',
      `2026-06-07   ${commits[1]!.slice(0, 10)}      2    39       2.5%     1    92.3%          0.0%             25.0%`,
      `2026-06-14   ${commits[2]!.slice(0, 10)}      3    40       4.8%     1    92.5%          2.6%             25.0%`,
    ]);
    const markdown = (await report(repo.dir, '--history', 'week', '--since', '2026-06-01', '--format', 'markdown')).stdout.split('\n');
    // Every week since June is a point; all but the latest thirteen are folded, the oldest first.
    const weeks = table.length - 2;
    expect(markdown.slice(0, 7)).toEqual([
      '## Documentation by week since 2026-06-01',
      '',
      `<details><summary>${weeks - 13} earlier weeks</summary>`,
      '',
      '| week ending | commit | files | code | doc lines | gaps |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      `| 2026-06-07 | ${commits[1]!.slice(0, 10)} | 2 | 39 | 2.5% | 1 |`,
    ]);
  });

  // The split's columns at the end of the table, and one sentence in Markdown.
  it('shows the split in the table and in Markdown', async () => {
    const table = (await report(repo.dir, '--provenance')).stdout.split('\n');
    expect(table[0]).toMatch(/ AI code {2}AI doc lines {2}people doc lines {2}AI gaps$/u);
    expect(table[1]!.endsWith('    90.9%          2.4%             20.0%        1')).toBe(true);
    const markdown = (await report(repo.dir, '--provenance', '--format', 'markdown')).stdout;
    expect(markdown).toContain(
      `Assistants wrote 90.9% of the code lines (40 of 44: Claude Code 36, GitHub Copilot 1, marked as generated 3); their documentation by lines is 2.4%, people's 20.0%.`,
    );
  });
});

// Options that need no repository: help, and the mistakes a user makes with the new flags.
describe('report options for provenance and history', () => {
  it('prints its help with the new flags and exits 0', async () => {
    const { code, stdout } = await report(process.cwd(), '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('[--provenance] [--assistant [NAME=]REGEX]… [--history day|week|month [--since DATE]]');
    expect(stdout).toMatch(/^ {2}--history day\|week\|month {7}the totals at the last commit of each period/mu);
  });

  // Each checked before anything is read, so a mistake costs no run.
  it.each([
    [['--history', 'year'], /^--history must be one of day, week, month, not 'year'$/u],
    [['--assistant', 'Bot=bot'], /^--assistant needs --provenance$/u],
    [['--history', 'week', '--baseline', 'b.json'], /^--history compares periods with each other: it takes no --baseline or --save-baseline$/u],
    [['--provenance', '--assistant', 'X=['], /^--assistant X=\[: Invalid regular expression/u],
  ])('rejects %j with one line and exit 2', async (argv, message) => {
    const { code, stderr } = await report(process.cwd(), ...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]!.replace(/^ai-code report: /u, '')).toMatch(message);
  });

  // Outside git there is nothing to attribute: one line says so, before any counting.
  it('says plainly when there is no git repository', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-no-git-'));
    try {
      fs.writeFileSync(path.join(outside, 'a.js'), 'export const a = 1;\n');
      const { code, stderr } = await report(outside, '--provenance');
      expect(code).toBe(2);
      expect(stderr).toMatch(/^ai-code report: provenance needs a git repository: git rev-parse: fatal: not a git repository/u);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

