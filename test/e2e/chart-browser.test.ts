/**
 * The history's chart as a person sees it: the SVG file and the HTML page opened in a real
 * headless Chromium, the screenshot's pixels sampled where the chart's geometry puts each point,
 * the gap where assistants wrote nothing, and the page's console and network watched.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartData, COLOURS } from '../../cli/report/chart/series.js';
import { layoutOf, WIDTH } from '../../cli/report/chart/svg.js';
import { FOUR_WEEKS } from '../cli/report/chart/histories.js';
import { decodePng, distance, hasChromium, launchChromium, NO_CHROMIUM, pixel, rgbOf, type Rgb } from '../helpers/chromium.js';

const expectedFile = (name: string): string => pathToFileURL(new URL(`../cli/report/chart/expected/${name}`, import.meta.url).pathname).href;
const data = chartData(FOUR_WEEKS);
const layout = layoutOf(data);
const WHITE: Rgb = [255, 255, 255];
// Antialiasing tints a marker's centre by a few levels at most.
const CLOSE = 12;

/** Every drawn point of the chart: its series' colour and where it sits. */
const drawnPoints = data.panels.flatMap((panel, index) =>
  panel.series.flatMap((series) => series.values.flatMap((value, at) => (value === undefined ? [] : [{ colour: series.colour, x: layout.x(at), y: layout.y(layout.panels[index]!, value) }]))),
);

/** Checks the chart drawn at (left, top) of a screenshot. */
async function expectChartDrawn(page: Page, left: number, top: number): Promise<void> {
  const image = decodePng(await page.screenshot());
  expect(drawnPoints).toHaveLength(11);
  for (const point of drawnPoints) {
    expect({ point, colour: pixel(image, left + point.x, top + point.y) }).toSatisfy(({ colour }: { colour: Rgb }) => distance(colour, rgbOf(point.colour)) <= CLOSE);
  }
  // Between two points of a line, the stroke is there too.
  const [first, second] = drawnPoints.filter((point) => point.colour === COLOURS.people);
  const middle = pixel(image, left + (first!.x + second!.x) / 2, top + (first!.y + second!.y) / 2);
  expect(distance(middle, rgbOf(COLOURS.people))).toBeLessThanOrEqual(60);
  // The first week had no assistant code: nothing orange anywhere in its column of the first panel.
  const panel = layout.panels[0]!;
  for (let y = panel.top; y <= panel.top + panel.height; y += 1) {
    expect(distance(pixel(image, left + layout.x(0), top + y), rgbOf(COLOURS.assistant)), `y ${y}`).toBeGreaterThan(60);
  }
  // Above the lines the plot is white: the screenshot is not one colour throughout.
  expect(pixel(image, left + layout.x(1) + 20, top + panel.top + panel.height - 10)).toEqual(WHITE);
}

// The runner names skipped tests without a reason: say it where a CI log shows it.
if (!hasChromium) console.warn(`test/e2e/chart-browser.test.ts: ${NO_CHROMIUM}`);

describe.skipIf(!hasChromium)('the chart in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every point of the SVG file where its geometry says, in its series’ colour', async () => {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: layout.height }, deviceScaleFactor: 1 });
    await page.goto(expectedFile('four-weeks.svg'));
    await expectChartDrawn(page, 0, 0);
    await page.close();
  });

  it('shows the HTML page with its chart and table, with no request, script error or console message', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 }, deviceScaleFactor: 1 });
    const url = expectedFile('four-weeks.html');
    const heard: string[] = [];
    page.on('console', (message) => heard.push(`console ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => heard.push(`error: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url) heard.push(`request: ${request.url()}`);
    });
    await page.goto(url);
    const box = (await page.locator('svg').boundingBox())!;
    expect({ width: box.width, height: box.height }).toEqual({ width: WIDTH, height: layout.height });
    await expectChartDrawn(page, box.x, box.y);
    expect(await page.locator('tbody tr').allInnerTexts()).toHaveLength(4);
    expect(await page.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['2026-06-07', '20260607aa', '10', '400', '12.5%', '3', '0.0%', '0.0%', '12.5%']);
    expect(heard).toEqual([]);
    await page.close();
  });
});
