/**
 * The report's scanner against ESLint on every JavaScript and TypeScript file under
 * node_modules (and bench/.corpus, when the stress run has installed it): for each file ESLint
 * parses, the scanner must give ESLint's tokens and comments, and the report's fast path the
 * very counts its ESLint path gives, or hand the file to ESLint. Prints the tally and every
 * disagreement; exits 1 if there is one. test/cli/report-paths.test.ts runs the same check on
 * the smaller benchmark corpus inside `npm test`.
 *
 * Usage: npm run build && node bench/scanner-agreement.js [--every N] [DIR…]
 *   N: take every Nth file; DIR: folders to read instead (a checkout with JSX, say).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { countsFromResult, reportOverrides } from '../dist/cli/report/collector.js';
import { countSource } from '../dist/cli/report/fast-path.js';
import { scanSource } from '../dist/lib/scanner/scanner.js';
import { readSettings } from '../dist/lib/eslint/settings.js';
import { sourceFromESLint } from '../dist/lib/eslint/source-adapter.js';
import { installedSourceFiles, projectRoot, sourceFilesBelow } from './corpus.js';
import { sourceListing } from './source-listing.js';

const everyFlag = process.argv.indexOf('--every');
const every = everyFlag < 0 ? 1 : Number(process.argv[everyFlag + 1]);
if (!Number.isInteger(every) || every < 1) throw new Error('--every needs a positive integer');
const directories = process.argv.slice(2).filter((argument, index, all) => argument !== '--every' && all[index - 1] !== '--every');

/**
 * ESLint's view of a file as the report would parse it: TypeScript by its parser, JavaScript
 * by espree as a module, or as CommonJS when that fails (node_modules holds both).
 * @param {string} file @param {string} text
 */
function parse(file, text) {
  const extension = path.extname(file);
  const typescript = /ts/u.test(extension);
  const linter = new Linter();
  for (const sourceType of typescript ? ['module'] : ['module', 'commonjs']) {
    const languageOptions = typescript ? { parser: tsParser } : { sourceType, ecmaVersion: /** @type {const} */ ('latest'), parserOptions: { ecmaFeatures: { jsx: true } } };
    const config = [{ files: [`**/*${extension}`], languageOptions, ...reportOverrides }];
    const messages = linter.verify(text, /** @type {import('eslint').Linter.Config[]} */ (config), { filename: `file${extension}`, allowInlineConfig: false });
    if (!messages.some((message) => message.fatal)) return { linter, messages, typescript };
  }
  return undefined;
}

const candidates = directories.length > 0 ? directories.flatMap((directory) => sourceFilesBelow(path.resolve(directory))) : installedSourceFiles();
const files = candidates.filter((_, index) => index % every === 0);
const settings = readSettings(undefined);
const tally = { files: files.length, agree: 0, disagree: 0, handedToESLint: 0, eslintCannotParse: 0 };
const started = performance.now();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = parse(file, text);
  if (parsed === undefined) {
    tally.eslintCannotParse++;
    continue;
  }
  /** @type {import('../dist/lib/scanner/scanner.js').ScanOptions} */
  const options = { parser: parsed.typescript ? 'typescript' : 'espree', jsx: !/\.[cm]?ts$/u.test(file) };
  // A file the fast path hands to ESLint is counted by ESLint in the report: nothing to compare.
  // Named as `parse` names it for ESLint, so both paths see the file in the same role.
  const counts = countSource(text, options, settings, `file${path.extname(file)}`);
  if (counts === 'eslint') {
    tally.handedToESLint++;
    continue;
  }
  // Tokens and comments first (the finer check), then the counts the report would print.
  const scanned = sourceListing(/** @type {import('../dist/lib/source/file-source.js').FileSource} */ (scanSource(text, options)));
  const expected = sourceListing(sourceFromESLint(/** @type {never} */ (parsed.linter.getSourceCode())));
  const firstDifference = scanned.findIndex((line, index) => line !== expected[index]);
  const countsDiffer = JSON.stringify(counts) !== JSON.stringify(countsFromResult(/** @type {never} */ ({ messages: parsed.messages })));
  if (firstDifference < 0 && scanned.length === expected.length && !countsDiffer) {
    tally.agree++;
    continue;
  }
  tally.disagree++;
  const where = firstDifference < 0 ? 'counts' : `scanner "${scanned[firstDifference]}" vs ESLint "${expected[firstDifference]}"`;
  console.log(`DISAGREE ${path.relative(projectRoot, file)}: ${where}`);
}
console.log(JSON.stringify({ ...tally, seconds: Math.round((performance.now() - started) / 1000) }));
process.exitCode = tally.disagree === 0 ? 0 : 1;
