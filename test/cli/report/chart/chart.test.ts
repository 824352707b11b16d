/**
 * The history's chart as text: the whole SVG and HTML of a small history compared with files a
 * person has looked at (test/cli/report/chart/expected/, viewed in Chromium by chart-browser.test.ts),
 * and what must hold with one point, with no assistant code, without provenance and with many points.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFormatOf, formatChart } from '../../../../cli/report/chart/formats.js';
import { scaleFor } from '../../../../cli/report/chart/scale.js';
import { chartData } from '../../../../cli/report/chart/series.js';
import { layoutOf } from '../../../../cli/report/chart/svg.js';
import { FOUR_WEEKS, history, point } from './histories.js';

const expected = (name: string): string => fs.readFileSync(new URL(`expected/${name}`, import.meta.url), 'utf8');

/** The elements of an SVG of one kind, as their text. */
const elements = (svg: string, tag: string): string[] => svg.match(new RegExp(`<${tag} [^>]*>(?:[^<]*</${tag}>)?`, 'gu')) ?? [];

describe('scaleFor', () => {
  it.each([
    [20.5, undefined, [0, 5, 10, 15, 20, 25]],
    [12.5, undefined, [0, 2.5, 5, 7.5, 10, 12.5]],
    [0.3, undefined, [0, 0.1, 0.2, 0.3]],
    [0, undefined, [0, 2, 4, 6, 8, 10]],
    [37, 100, [0, 20, 40, 60, 80, 100]],
  ])('spans %d (top %s) with round ticks from zero', (highest, fixedTop, ticks) => {
    expect(scaleFor(highest, fixedTop)).toEqual({ top: ticks.at(-1), ticks });
  });
});

describe('the chart of four weeks', () => {
  it('is the SVG looked at, byte for byte', () => {
    expect(formatChart(FOUR_WEEKS, 'svg')).toBe(expected('four-weeks.svg'));
  });

  it('is the HTML page looked at, byte for byte', () => {
    expect(formatChart(FOUR_WEEKS, 'html')).toBe(expected('four-weeks.html'));
  });

  it('states each panel’s scale and breaks the assistants’ line where they had no code', () => {
    const svg = formatChart(FOUR_WEEKS, 'svg');
    expect(svg).toContain('>Documentation by lines, % (linear scale, 0% to 12.5%)</text>');
    expect(svg).toContain('>Assistants’ share of the code lines, % (linear scale, 0% to 100%)</text>');
    // Three lines: the assistants' from the second week on, the people's and the share from the first.
    const layout = layoutOf(chartData(FOUR_WEEKS));
    const firstX = `${layout.x(0)},`;
    expect(elements(svg, 'polyline').map((line) => line.includes(`points="${firstX}`))).toEqual([false, true, true]);
  });
});

describe('charts that must stay readable', () => {
  it('draws a single point as markers in the middle, with no line', () => {
    const one = history([point('2026-06-07', 10, { assistant: { code: 300, density: 8 }, people: { code: 100, density: 16 } })]);
    const svg = formatChart(one, 'svg');
    expect(elements(svg, 'polyline')).toEqual([]);
    const middle = layoutOf(chartData(one)).x(0);
    expect(middle).toBe(388);
    expect(elements(svg, 'circle').map((circle) => /cx="([\d.]+)"/u.exec(circle)?.[1])).toEqual(['388', '388', '388']);
    expect(svg).toContain('>2026-06-07</text>');
  });

  it('says "no code" for assistants who wrote none, and draws no line for them', () => {
    const none = history([1, 2, 3].map((day) => point(`2026-06-0${day}`, 10, { assistant: { code: 0, density: 0 }, people: { code: 500, density: 10 } })));
    const svg = formatChart(none, 'svg');
    expect(svg).toContain('>assistants: no code</text>');
    expect(svg).not.toContain('stroke="#c2410c" stroke-width="2"');
    expect(elements(svg, 'circle').filter((circle) => circle.includes('#c2410c'))).toEqual([]);
    expect(elements(svg, 'circle').filter((circle) => circle.includes('#1d4ed8'))).toHaveLength(3);
    expect(svg).toContain('>assistants’ share: 0.0%</text>');
  });

  it('draws one panel for all code without provenance', () => {
    const plain = history([point('2026-06-07', 4), point('2026-06-14', 6)]);
    const svg = formatChart(plain, 'svg');
    expect(svg).toContain('>all code: 6.0%</text>');
    expect(svg).toContain('>Documentation by lines, % (linear scale, 0% to 6%)</text>');
    expect(svg).not.toContain('Assistants’ share');
  });

  it('thins markers and dates over many points, keeping the latest date', () => {
    const dates = Array.from({ length: 120 }, (_, index) => new Date(Date.UTC(2024, 0, 7 + 7 * index)).toISOString().slice(0, 10));
    const many = history(dates.map((date, index) => point(date, 5 + (index % 7))));
    const svg = formatChart(many, 'svg');
    expect(elements(svg, 'circle')).toEqual([]);
    const labels = elements(svg, 'text').filter((label) => /text-anchor="middle">\d{4}-\d\d-\d\d</u.test(label));
    expect(labels.length).toBe(6);
    expect(labels.at(-1)).toContain(`>${dates.at(-1)}</text>`);
  });

  it('says so when the history has no point', () => {
    const svg = formatChart(history([]), 'svg');
    expect(svg).toContain('<desc id="chart-description">No commit in the periods asked for.</desc>');
    expect(formatChart(history([]), 'html')).toContain('<p>No commit on the branch in the periods asked for.</p>');
  });

  it('escapes text that is markup', () => {
    expect(formatChart(history([point('2026-06-07', 4)], '<2026>'), 'svg')).toContain('>Documentation by week since &lt;2026&gt;</text>');
  });
});

describe('chartFormatOf', () => {
  it.each([
    ['audit.html', 'html'],
    ['AUDIT.HTM', 'html'],
    ['audit.svg', 'svg'],
    ['audit', 'svg'],
  ])('writes %s as %s', (file, format) => {
    expect(chartFormatOf(file)).toBe(format);
  });
});
