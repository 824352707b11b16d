/**
 * The two oversized inputs of the rule benchmark, built from real code that bench/corpus.js
 * installs: a 5 MB file of minified bundles and a 50,000-line file of ordinary modules. Both
 * are scripts in which each original file sits in its own function, as bundlers emit them,
 * so that declarations repeated across files do not clash and the text still parses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXTRA_DIR, ensureExtraPackages } from './corpus.js';

const MINIFIED_BYTES = 5 * 2 ** 20;
const LONG_FILE_LINES = 50_000;

/**
 * @typedef {{ name: string, filename: string, text: string, description: string }} BigFile
 */

/**
 * Files below `dir` whose relative names pass `accept`, sorted for a stable order.
 * @param {string} dir
 * @param {(name: string) => boolean} accept
 */
function sortedFiles(dir, accept) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(accept)
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Wraps each source in a function and appends them, cycling through the list, until the
 * text is long enough by `isLongEnough`; returns the text and how many sources went in.
 * @param {string[]} sources
 * @param {(bytes: number, lines: number) => boolean} isLongEnough
 */
function concatenate(sources, isLongEnough) {
  /** @type {string[]} */
  const parts = [];
  let bytes = 0;
  let lines = 0;
  for (let index = 0; !isLongEnough(bytes, lines); index++) {
    // The line break before the closing brace ends a trailing `//# sourceMappingURL` comment.
    const part = `!function () {\n${sources[index % sources.length]}\n}();\n`;
    parts.push(part);
    bytes += Buffer.byteLength(part);
    lines += part.split('\n').length - 1;
  }
  return parts.join('');
}

/**
 * The minified file: every `cdn.min.js` bundle of date-fns (the library, its fp variant and
 * each locale) and rxjs's minified UMD bundle, repeated until the file has at least 5 MiB.
 * @returns {BigFile}
 */
function minifiedFile() {
  const modules = path.join(EXTRA_DIR, 'node_modules');
  const bundles = [
    ...sortedFiles(path.join(modules, 'date-fns'), (name) => path.basename(name) === 'cdn.min.js'),
    path.join(modules, 'rxjs', 'dist', 'bundles', 'rxjs.umd.min.js'),
  ];
  const sources = bundles.map((file) => fs.readFileSync(file, 'utf8'));
  const distinct = sources.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const text = concatenate(sources, (bytes) => bytes >= MINIFIED_BYTES);
  return {
    name: '5 MiB minified',
    filename: 'big/minified.js',
    text,
    description: `${bundles.length} real minified bundles (date-fns cdn.min.js files, rxjs.umd.min.js; ${(distinct / 2 ** 20).toFixed(1)} MiB together), each in a function, repeated to at least 5 MiB`,
  };
}

/**
 * The long file: date-fns's CommonJS modules, each with its JSDoc, appended until the file
 * has 50,000 lines.
 * @returns {BigFile}
 */
function longFile() {
  const dir = path.join(EXTRA_DIR, 'node_modules', 'date-fns');
  const sources = sortedFiles(dir, (name) => name.endsWith('.cjs') && !path.basename(name).startsWith('cdn')).map((file) => fs.readFileSync(file, 'utf8'));
  const text = concatenate(sources, (_bytes, lines) => lines >= LONG_FILE_LINES);
  return {
    name: '50,000 lines',
    filename: 'big/long.js',
    text,
    description: "date-fns's CommonJS modules (documented functions), each in a function, appended to 50,000 lines",
  };
}

/**
 * Both big files, installing the packages they come from if needed.
 * @returns {BigFile[]}
 */
export function bigFiles() {
  ensureExtraPackages();
  return [minifiedFile(), longFile()];
}
