/**
 * Scores our rules against the hand reading of real assistant-written code: lints the files
 * of the fixed-seed sample (real-sample.js) with the `recommended` and `typescript` presets
 * plus no-trivial-comments, as a user would turn them on, and reports
 * - recall per class: the leftovers listed in real-reading.tsv that a finding covers;
 * - precision: every finding of our leftover rules, labeled TP or FP in real-labels.tsv,
 *   over the sampled files and over all files of the five repositories (findings not
 *   labeled yet are listed, so they can be);
 * - the findings that are not in the reading list (candidate false positives).
 * The density rules (comment-ratio, no-comment-gap) are left out: they report amounts, not
 * leftovers, and are measured by their own issue.
 *
 * Usage: node bench/leftovers/real-score.js   (after `npm run build`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import plugin from '../../dist/index.js';
import { corpusFiles, REAL_AI_DIR, sampleFiles } from './real-sample.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DENSITY_RULES = new Set(['ai-code/comment-ratio', 'ai-code/no-comment-gap']);

/**
 * Rows of a tab-separated file with a header line, as objects keyed by the header.
 * @param {string} file
 * @returns {Record<string, string>[]}
 */
function readTsv(file) {
  const [header = '', ...lines] = fs.readFileSync(path.join(here, file), 'utf8').trimEnd().split('\n');
  const keys = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, at) => [keys[at], value])));
}

const reading = readTsv('real-reading.tsv');
const labels = readTsv('real-labels.tsv');
const labelOf = new Map(labels.map((row) => [`${row.repo}/${row.file}:${row.line}:${row.rule}`, row]));

/** @type {import('eslint').Linter.Config[]} */
const config = [
  { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { ...plugin.configs.recommended, files: ['**/*.{js,jsx,mjs,cjs}'] },
  plugin.configs.typescript,
  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], rules: { 'ai-code/no-trivial-comments': 'warn' } },
];
const linter = new Linter();

/** @typedef {{ key: string, repo: string, file: string, line: number, endLine: number, rule: string, message: string }} Finding */

/**
 * The findings of our leftover rules in `files`.
 * @param {{ repo: string, file: string }[]} files
 * @returns {Finding[]}
 */
function lintFiles(files) {
  /** @type {Finding[]} */
  const found = [];
  for (const { repo, file } of files) {
    const text = fs.readFileSync(path.join(REAL_AI_DIR, repo, file), 'utf8');
    for (const message of linter.verify(text, config, { filename: `${repo}/${file}` })) {
      if (message.fatal) throw new Error(`${repo}/${file} does not parse: ${message.message}`);
      // The files' own directives name plugins that are not loaded here; only our rules count.
      if (message.ruleId === null || !message.ruleId.startsWith('ai-code/') || DENSITY_RULES.has(message.ruleId)) continue;
      const rule = message.ruleId.replace(/^ai-code\//u, '');
      found.push({ key: `${repo}/${file}:${message.line}:${rule}`, repo, file, line: message.line, endLine: message.endLine ?? message.line, rule, message: message.message });
    }
  }
  return found;
}

const sample = sampleFiles();
const findings = lintFiles(sample);
const corpus = corpusFiles();
const corpusFindings = lintFiles(corpus);

/**
 * Whether a finding covers the listed leftover: same file, the leftover's line in its span.
 * @param {Finding} finding
 * @param {Record<string, string>} row
 */
const covers = (finding, row) => finding.repo === row.repo && finding.file === row.file && finding.line <= Number(row.line) && Number(row.line) <= finding.endLine;

/** @param {number} part @param {number} whole */
const ratio = (part, whole) => (whole === 0 ? '—' : (part / whole).toFixed(2));

console.log(`Real code: ${sample.length} files (${new Set(sample.map((entry) => entry.repo)).size} repositories), ${reading.length} leftovers listed by hand, ${findings.length} findings of our leftover rules\n`);
console.log(['class', 'listed', 'found', 'recall'].join('\t'));
const classes = [...new Set(reading.map((row) => row.class))].sort();
let foundAll = 0;
for (const name of classes) {
  const rows = reading.filter((row) => row.class === name);
  const found = rows.filter((row) => findings.some((finding) => covers(finding, row))).length;
  foundAll += found;
  console.log([name, rows.length, found, ratio(found, rows.length)].join('\t'));
}
console.log(['all', reading.length, foundAll, ratio(foundAll, reading.length)].join('\t'));

console.log('\nMissed leftovers (repo/file:line class: comment)');
for (const row of reading.filter((entry) => !findings.some((finding) => covers(finding, entry)))) {
  console.log(`  ${row.repo}/${row.file}:${row.line} ${row.class}: ${row.comment}`);
}

/**
 * Prints precision per rule of `found`, from the labels a reviewer wrote after reading each
 * finding's code.
 * @param {string} title
 * @param {Finding[]} found
 */
function printPrecision(title, found) {
  console.log(`\nPrecision per rule, ${title} (labels from real-labels.tsv)`);
  console.log(['rule', 'findings', 'TP', 'FP', 'unlabeled', 'precision'].join('\t'));
  const count = (/** @type {Finding[]} */ list, /** @type {string} */ label) => list.filter((finding) => labelOf.get(finding.key)?.label === label).length;
  for (const rule of [...new Set(found.map((finding) => finding.rule))].sort()) {
    const own = found.filter((finding) => finding.rule === rule);
    const [tp, fp] = [count(own, 'TP'), count(own, 'FP')];
    console.log([rule, own.length, tp, fp, own.length - tp - fp, ratio(tp, tp + fp)].join('\t'));
  }
  const [tp, fp] = [count(found, 'TP'), count(found, 'FP')];
  console.log(['all', found.length, tp, fp, found.length - tp - fp, ratio(tp, tp + fp)].join('\t'));
}
printPrecision(`the ${sample.length} sampled files`, findings);
printPrecision(`all ${corpus.length} files of the five repositories`, corpusFindings);

console.log('\nFindings not in the reading list (candidate false positives)');
for (const finding of findings.filter((entry) => !reading.some((row) => covers(entry, row)))) {
  const label = labelOf.get(finding.key);
  console.log(`  ${finding.key} [${label?.label ?? 'unlabeled'}] ${finding.message.slice(0, 110)}`);
}
const unlabeled = corpusFindings.filter((finding) => !labelOf.has(finding.key));
if (unlabeled.length > 0) {
  console.log('\nFindings without a label (add them to real-labels.tsv):');
  for (const finding of unlabeled) console.log(`  ${finding.repo}\t${finding.file}\t${finding.line}\t${finding.rule}`);
}
