/**
 * Debian's Chromium driven by playwright-core, for tests that look at what a person would see.
 * Nothing is downloaded: without the browser the tests that need it are skipped, saying why.
 */
import fs from 'node:fs';
import { PNG } from 'pngjs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's package puts the browser; CHROMIUM_PATH names another. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const NO_CHROMIUM = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

/** A headless browser with no network of its own: the machine's network is closed, and a page must need none. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root cannot use the sandbox; the others stop Chromium calling home at start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type Rgb = readonly [number, number, number];

/** The colour of the pixel at (x, y) of a PNG screenshot. */
export function pixel(image: PNG, x: number, y: number): Rgb {
  const at = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
}

export const decodePng = (buffer: Buffer): PNG => PNG.sync.read(buffer);

/** `#rrggbb` as numbers. */
export const rgbOf = (hex: string): Rgb => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as unknown as Rgb;

/** The largest difference of one channel between two colours. */
export const distance = (a: Rgb, b: Rgb): number => Math.max(...a.map((channel, index) => Math.abs(channel - b[index]!)));
