/**
 * The weekly audit's recipe (examples/ci/weekly-audit.yml) and the README's commands for it: the
 * workflow parses as YAML and runs on a schedule, and every `ai-code` command in either is one the
 * CLI accepts, so a renamed flag fails here rather than in a team's Monday job.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseOptions } from '../cli/report/index.js';
import { REPOSITORY_URL } from '../lib/util/package-meta.js';

const read = (file: string): string => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

interface Step {
  readonly run?: string;
  readonly if?: string;
}

/** The words of a shell command up to its first redirection, pipe or list operator, quotes removed. */
function words(command: string): string[] {
  const found: string[] = [];
  for (const [, double, single, bare] of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)) {
    if (bare !== undefined && /^(?:>>?|\||&&|;|\|\|)$/u.test(bare)) break;
    found.push(double ?? single ?? bare!);
  }
  return found;
}

/** Every `npx ai-code …` command in a text, as the words after `ai-code`. */
const aiCodeCommands = (text: string): string[][] =>
  text
    .split('\n')
    .map((line) => /\bnpx ai-code (.*)$/u.exec(line)?.[1])
    .filter((command) => command !== undefined)
    .map(words);

/** Throws as the CLI would for a command it does not take. */
function accept(argv: string[]): void {
  const [command, ...rest] = argv;
  expect(command, argv.join(' ')).toBe('report');
  expect(() => parseOptions(rest), argv.join(' ')).not.toThrow();
}

describe('examples/ci/weekly-audit.yml', () => {
  const document = YAML.parseDocument(read('examples/ci/weekly-audit.yml'));
  const workflow = document.toJS() as { on: { schedule: { cron: string }[] }; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const commands = steps.flatMap((step) => aiCodeCommands(step.run ?? ''));

  it('parses as YAML and runs on a weekly schedule', () => {
    expect({ errors: document.errors, warnings: document.warnings }).toEqual({ errors: [], warnings: [] });
    expect(workflow.on.schedule).toEqual([{ cron: '0 6 * * 1' }]);
  });

  it('runs only commands the CLI accepts', () => {
    expect(commands).toHaveLength(2);
    for (const command of commands) accept(command);
  });

  it('writes the trend as Markdown with the chart, and fails on a regression against the baseline', () => {
    const [trend, check] = commands;
    expect(trend).toEqual(expect.arrayContaining(['--history', 'week', '--provenance', '--format', 'markdown', '--chart', 'weekly-audit.svg']));
    expect(check).toEqual(expect.arrayContaining(['--baseline', '.ai-code-baseline.json', '--fail-on-regression']));
    const summary = steps.filter((step) => step.run?.includes('>> "$GITHUB_STEP_SUMMARY"'));
    expect(summary.map((step) => step.run!.includes('weekly-audit.md') || step.run!.includes('--fail-on-regression'))).toEqual([true, true]);
  });

  // A check that cannot fail proves nothing: a misspelt flag is refused.
  it('would catch a flag the CLI does not take', () => {
    expect(() => parseOptions(words('--history week --chrt weekly-audit.svg'))).toThrow("Unknown option '--chrt'");
  });
});

describe('README: The weekly audit', () => {
  const section = /^## The weekly audit\n([\s\S]*?)^## /mu.exec(read('README.md'))?.[1] ?? '';

  it('gives the three commands a team needs, each one the CLI accepts', () => {
    const commands = aiCodeCommands(section);
    expect(commands.map((command) => command.filter((word) => ['--provenance', '--history', '--chart', '--fail-on-regression'].includes(word)))).toEqual([
      ['--provenance'],
      ['--history', '--provenance', '--chart'],
      ['--provenance', '--fail-on-regression'],
    ]);
    for (const command of commands) accept(command);
  });

  it('links the report’s documentation, the recipe and the screenshot', () => {
    // The recipe and the picture are not packed: npm's page reaches them on GitHub.
    expect(section).toContain('](docs/report.md');
    expect(section).toContain(`](${REPOSITORY_URL}/blob/main/examples/ci/weekly-audit.yml)`);
    expect(section).toContain(`](${REPOSITORY_URL}/raw/main/docs/images/weekly-audit.png)`);
    // Both files exist at the paths linked.
    expect(['examples/ci/weekly-audit.yml', 'docs/images/weekly-audit.png'].filter((file) => !fs.existsSync(new URL(`../${file}`, import.meta.url)))).toEqual([]);
  });
});
