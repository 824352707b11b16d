// Where the real AI-written corpus and this benchmark's files live, and how findings are
// keyed and ordered; shared by the runner and the scorer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
/** ../shared/corpus/real-ai/ from the project root: one folder per repository. */
export const CORPUS_DIR = path.resolve(HERE, '..', '..', '..', 'shared', 'corpus', 'real-ai');
export const FINDINGS_FILE = path.join(HERE, 'findings.json');
export const LABELS_FILE = path.join(HERE, 'labels.tsv');
export const MUST_EXPLAIN_FILE = path.join(HERE, 'must-explain.tsv');

// The extensions MANIFEST.md counts as source files.
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

/** Every source file of the corpus, relative to it with `/` separators, sorted. */
export function corpusSourceFiles() {
  return fs
    .readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => SOURCE_FILE.test(name) && fs.statSync(path.join(CORPUS_DIR, name)).isFile())
    .sort();
}

/**
 * The repository a corpus path belongs to: its first folder.
 * @param {string} file
 */
export const repoOf = (file) => file.slice(0, file.indexOf('/'));

/**
 * @typedef {{ rule: string, repo: string, file: string, line: number, column: number, endLine: number, message: string }} Finding
 */

/**
 * Orders findings by file, line, column, rule and message, so that every run writes the same list.
 * @param {Finding} a
 * @param {Finding} b
 */
export function byPosition(a, b) {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * Rows of a tab-separated file with a header line, as objects keyed by the header's names;
 * an absent file has none.
 * @param {string} file
 * @returns {Record<string, string>[]}
 */
export function readTsv(file) {
  if (!fs.existsSync(file)) return [];
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const names = (header ?? '').split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}
