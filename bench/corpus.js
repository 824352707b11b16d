// The real-code corpora shared by the tests and the benchmarks: files that no one here wrote.
// `corpusFiles()` is the small one, from packages the lockfile pins (the tests use it);
// `npmCorpusFiles()` is the large one the rule benchmark runs on, from packages installed at
// pinned versions into bench/.corpus by `ensureExtraPackages()`, plus typescript's lib.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(projectRoot, 'node_modules');

// Packages chosen for volume and variety: thousands of small modules, ESM and CJS builds,
// TypeScript sources, minified bundles, declaration files. Exact versions, so that every run
// of the benchmark and of the crash run reads the same files.
const EXTRA_PACKAGES = ['date-fns@4.1.0', 'rxjs@7.8.2', 'zod@3.25.76', 'lodash-es@4.17.21', 'react-dom@19.1.0', '@types/react@19.1.8'];
/** Where `ensureExtraPackages()` installs them; git ignores it. */
export const EXTRA_DIR = path.join(projectRoot, 'bench', '.corpus');
const extraModules = path.join(EXTRA_DIR, 'node_modules');

/**
 * Installs EXTRA_PACKAGES into bench/.corpus from the npm registry unless every one of them
 * is already there at its pinned version (an older install with other versions is replaced).
 */
export function ensureExtraPackages() {
  const installed = EXTRA_PACKAGES.every((spec) => {
    const at = spec.lastIndexOf('@');
    const manifest = path.join(extraModules, spec.slice(0, at), 'package.json');
    return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).version === spec.slice(at + 1);
  });
  if (installed) return;
  fs.mkdirSync(EXTRA_DIR, { recursive: true });
  fs.writeFileSync(path.join(EXTRA_DIR, 'package.json'), '{ "private": true }\n');
  console.error(`installing ${EXTRA_PACKAGES.join(' ')} into ${path.relative(projectRoot, EXTRA_DIR)} ...`);
  // Scripts stay off: the packages are read as text, never run.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...EXTRA_PACKAGES], { cwd: EXTRA_DIR, stdio: 'inherit' });
}

/**
 * Files below `dir` (recursively) whose names pass `accept`, sorted for a stable order.
 * @param {string} dir
 * @param {(name: string) => boolean} accept
 */
function filesBelow(dir, accept) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => accept(name))
    .map((name) => path.join(dir, name))
    .sort();
}

const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
// Larger files are bundles of the same code again; they add time, not coverage.
const MAX_SOURCE_BYTES = 2_000_000;

/**
 * JavaScript and TypeScript files up to 2 MB below `dir`, skipping symlinked folders (so a
 * shared node_modules is read once), sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function sourceFilesBelow(dir) {
  return filesBelow(dir, (name) => SOURCE_FILE.test(name)).filter((file) => {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size <= MAX_SOURCE_BYTES;
  });
}

/** Every source file installed here: this repository's node_modules, then bench/.corpus's. */
export function installedSourceFiles() {
  return [...sourceFilesBelow(path.join(projectRoot, 'node_modules')), ...sourceFilesBelow(extraModules)];
}

/** @param {string} name */
const isTypeScriptSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');

/**
 * The corpus, as absolute paths: ESLint's own JavaScript sources, typescript-eslint's
 * declaration files, and ajv's TypeScript sources.
 * @returns {CorpusEntry[]}
 */
export function corpusFiles() {
  const javascript = filesBelow(path.join(modules, 'eslint', 'lib'), (name) => name.endsWith('.js'));
  const declarations = fs
    .readdirSync(path.join(modules, '@typescript-eslint'))
    .sort()
    .flatMap((pkg) => filesBelow(path.join(modules, '@typescript-eslint', pkg, 'dist'), (name) => name.endsWith('.d.ts')))
    .slice(0, 150);
  // ajv 8 ships its TypeScript sources; npm may hoist it or nest it beside ajv 6.
  const typescript =
    [path.join(modules, 'ajv', 'lib'), path.join(modules, 'eslint-doc-generator', 'node_modules', 'ajv', 'lib')]
      .map((dir) => filesBelow(dir, isTypeScriptSource))
      .find((files) => files.length > 0) ?? [];
  return [
    ...javascript.map((file) => ({ file, language: /** @type {const} */ ('js') })),
    ...[...declarations, ...typescript].map((file) => ({ file, language: /** @type {const} */ ('ts') })),
  ];
}

/**
 * A corpus file: its absolute path and how to parse it. JavaScript is CommonJS unless
 * `module` says the package ships it as an ES module.
 * @typedef {{ file: string, language: 'js' | 'ts', module?: boolean }} CorpusEntry
 */

// Larger files are bundles or giant declaration files (lib.dom.d.ts): one of them would
// outweigh hundreds of modules in every sum, and the benchmark's big-file section covers size.
const NPM_CORPUS_MAX_BYTES = 300_000;

/** @param {string} name */
const isDeclaration = (name) => name.endsWith('.d.ts');

/**
 * The packages of the large corpus and which of their files it takes (`accept` sees the
 * name relative to `dir`); `what` says it in the report.
 * @type {{ pkg: string, root: string, dir: string, accept: (name: string) => boolean, language: 'js' | 'ts', what: string }[]}
 */
const NPM_CORPUS_GROUPS = [
  { pkg: 'rxjs', root: extraModules, dir: 'src', accept: (name) => name.endsWith('.ts'), language: 'ts', what: 'TypeScript sources' },
  // zod ships its own tests; they are left out as test code.
  { pkg: 'zod', root: extraModules, dir: 'src', accept: (name) => name.endsWith('.ts') && !/(?:^|[\\/])(?:__tests__|tests?)[\\/]/u.test(name), language: 'ts', what: 'TypeScript sources without tests' },
  { pkg: 'lodash-es', root: extraModules, dir: '', accept: (name) => name.endsWith('.js') && !name.includes(path.sep), language: 'js', what: 'ES modules' },
  // The cdn.* files are date-fns's bundles of the same modules again.
  { pkg: 'date-fns', root: extraModules, dir: '', accept: (name) => name.endsWith('.js') && !path.basename(name).startsWith('cdn'), language: 'js', what: 'ES modules' },
  { pkg: 'date-fns', root: extraModules, dir: '', accept: isDeclaration, language: 'ts', what: 'declarations' },
  { pkg: '@types/react', root: extraModules, dir: '', accept: isDeclaration, language: 'ts', what: 'declarations' },
  { pkg: 'typescript', root: modules, dir: 'lib', accept: (name) => /^lib\..*\.d\.ts$/u.test(name), language: 'ts', what: 'lib/lib.*.d.ts' },
];

/**
 * The large corpus, in a stable order: rxjs's and zod's TypeScript sources, lodash-es and
 * date-fns as ES modules, date-fns's, @types/react's and typescript's declaration files.
 * Installs the packages first if needed. `sample` keeps every n-th file of each group, so a
 * shorter run still sees every kind of file.
 * @param {{ sample?: number }} [options]
 * @returns {CorpusEntry[]}
 */
export function npmCorpusFiles({ sample = 1 } = {}) {
  ensureExtraPackages();
  return NPM_CORPUS_GROUPS.flatMap(({ pkg, root, dir, accept, language }) =>
    filesBelow(path.join(root, pkg, dir), accept)
      .filter((file, index) => index % sample === 0 && fs.statSync(file).size <= NPM_CORPUS_MAX_BYTES)
      // Every JavaScript package here ships ES modules.
      .map((file) => ({ file, language, ...(language === 'js' ? { module: true } : {}) })),
  );
}

/** The large corpus in one line, with the installed versions, for the benchmark's report. */
export function npmCorpusDescription() {
  const parts = NPM_CORPUS_GROUPS.map(({ pkg, root, what }) => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, pkg, 'package.json'), 'utf8'));
    return `${pkg} ${version} (${what})`;
  });
  return `${parts.join(', ')}; files ≤ ${NPM_CORPUS_MAX_BYTES / 1000} kB`;
}

/**
 * The name under which ESLint lints a corpus file: the path below its last node_modules
 * folder, under `corpus/`, because ESLint ignores every path through node_modules.
 * @param {string} file
 */
export function corpusName(file) {
  const parts = file.split(path.sep);
  return path.join('corpus', ...parts.slice(parts.lastIndexOf('node_modules') + 1));
}

/**
 * Flat-config language options that parse a corpus file as its package ships it.
 * @param {CorpusEntry} entry
 */
export function languageOptionsFor(entry) {
  if (entry.language === 'ts') return { parser: tsParser, sourceType: /** @type {const} */ ('module') };
  // ESLint's lib is CommonJS.
  return { sourceType: entry.module ? /** @type {const} */ ('module') : /** @type {const} */ ('commonjs'), ecmaVersion: /** @type {const} */ ('latest') };
}
