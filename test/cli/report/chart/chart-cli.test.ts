/**
 * `ai-code report --history … --format svg|html` and `--chart FILE` through the command's entry
 * point on a real repository: the chart drawn is the one of the history the JSON holds, and the
 * mistakes a user can make with the new flags get one line each.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatChart } from '../../../../cli/report/chart/formats.js';
import { TempRepo } from '../../../helpers/git-repo.js';
import { report } from '../../../helpers/run-report.js';

const ALICE = 'Alice Example <alice@example.com>';
const on = (date: string): { author: string; date: string } => ({ author: ALICE, date: `${date}T12:00:00Z` });
const HISTORY = ['--history', 'week', '--since', '2026-06-01', '--provenance'];

describe('report --history with a chart', () => {
  const repo = new TempRepo();
  beforeAll(() => {
    repo.write('eslint.config.js', "export default [{ ignores: ['eslint.config.js'] }, { files: ['**/*.js'] }];\n");
    repo.write('src/a.js', '// Adds two numbers.\nexport const add = (a, b) => a + b;\n');
    repo.commit('Add', on('2026-06-02'));
    repo.write('src/b.js', 'export const sub = (a, b) => a - b;\nexport const mul = (a, b) => a * b;\n');
    repo.commit('Sub and mul\n\nCo-Authored-By: Claude <noreply@anthropic.com>', on('2026-06-10'));
  });
  afterAll(() => repo.dispose());

  it('prints the SVG and the HTML page of the history the JSON holds', async () => {
    const json = await report(repo.dir, ...HISTORY, '--format', 'json');
    const history = JSON.parse(json.stdout);
    expect(history.points.slice(0, 2).map((point: { totals: { lines: { code: number } } }) => point.totals.lines.code)).toEqual([1, 3]);
    const svg = await report(repo.dir, ...HISTORY, '--format', 'svg');
    expect(svg).toEqual({ code: 0, stdout: formatChart(history, 'svg'), stderr: '' });
    expect(svg.stdout).toContain('>people: 50.0%</text>');
    const html = await report(repo.dir, ...HISTORY, '--format', 'html');
    expect(html).toEqual({ code: 0, stdout: formatChart(history, 'html'), stderr: '' });
  });

  it('writes the chart beside the printed report with --chart, as SVG or as a page by its name', async () => {
    const json = JSON.parse((await report(repo.dir, ...HISTORY, '--format', 'json')).stdout);
    fs.mkdirSync(repo.path('audit'));
    const markdown = await report(repo.dir, ...HISTORY, '--format', 'markdown', '--chart', 'audit/chart.svg', '--output', 'audit/history.md');
    expect(markdown).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(fs.readFileSync(repo.path('audit/chart.svg'), 'utf8')).toBe(formatChart(json, 'svg'));
    expect(fs.readFileSync(repo.path('audit/history.md'), 'utf8')).toMatch(/^## Documentation by week since 2026-06-01\n/u);
    await report(repo.dir, ...HISTORY, '--chart', 'audit/chart.html', '--chart', 'audit/again.svg');
    expect(fs.readFileSync(repo.path('audit/chart.html'), 'utf8')).toBe(formatChart(json, 'html'));
    expect(fs.readFileSync(repo.path('audit/again.svg'), 'utf8')).toBe(formatChart(json, 'svg'));
  });

  it('names the file it cannot write, in one line', async () => {
    const { code, stderr } = await report(repo.dir, ...HISTORY, '--chart', 'missing/dir/chart.svg');
    expect(code).toBe(2);
    expect(stderr).toBe(`ai-code report: cannot write ${repo.path('missing/dir/chart.svg')}: ENOENT\n`);
  });
});

describe('chart options', () => {
  it.each([
    [['--format', 'svg'], '--format svg needs --history'],
    [['--format', 'html', '--provenance'], '--format html needs --history'],
    [['--chart', 'chart.svg'], '--chart needs --history'],
    [['--history', 'week', '--format', 'png'], "--format must be one of table, json, markdown, not 'png'"],
  ])('rejects %j with one line and exit 2', async (argv, message) => {
    const { code, stderr } = await report(process.cwd(), ...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`ai-code report: ${message}`);
  });

  it('lists the chart flags in its help', async () => {
    const { stdout } = await report(process.cwd(), '--help');
    expect(stdout).toContain('[--history … [--format svg|html] [--chart FILE]…]');
    expect(stdout).toMatch(/^ {2}--chart FILE {19}with --history: also write the chart to FILE, atomically/mu);
  });
});
