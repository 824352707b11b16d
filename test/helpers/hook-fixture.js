// A user's project with the packed plugin installed, for the end-to-end hook tests and the
// hook-overhead benchmark. Installing costs tens of seconds, so it happens once: each case
// gets a copy of the project files and a link to the one installed node_modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OTHER_RANGES } from '../../dist/cli/init.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// A commit needs an author; these keep the user's own git identity out of the tests.
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'ai-code test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'ai-code test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  // Cache-friendly installs: what is in npm's cache is not fetched again.
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // Plain output, so tests can look for messages in it.
  NO_COLOR: '1',
};

/**
 * The environment for a case: the caller's, without a CI's HUSKY=0, plus GIT_ENV.
 * @param {Record<string, string>} [extra]
 */
export function caseEnv(extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ...GIT_ENV, ...extra };
  if (!('HUSKY' in extra)) delete env.HUSKY;
  return env;
}

/**
 * Runs a command; returns its status and combined output.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {Record<string, string>} [extraEnv]
 */
export function run(command, args, cwd, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd, env: caseEnv(extraEnv), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * The tools a user's project needs beside the plugin, and the `extra` ones, at this
 * repository's own versions.
 * @param {string[]} extra
 */
function toolVersions(extra) {
  return ownVersions(['eslint', 'husky', 'lint-staged', ...extra]);
}

/**
 * This repository's own devDependency ranges for `names`.
 * @param {string[]} names
 */
function ownVersions(names) {
  const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.fromEntries(names.map((name) => [name, own.devDependencies[name]]));
}

// Installed with the fixture but left out of its manifest: a case becomes a TypeScript project
// by declaring them (typescriptProject), without an install of its own.
const TYPESCRIPT_TOOLS = ['typescript', '@typescript-eslint/parser'];

/**
 * Packs this repository (built beforehand) and installs the tarball into a new project in
 * `dir`; returns the project's path. Scripts stay off while packing: `prepare` would
 * install this repository's own hooks.
 * @param {string} dir
 * @param {string[]} [extraTools] more of this repository's devDependencies to install, such
 *   as `typescript` and `@typescript-eslint/parser` for a TypeScript project
 */
export function installFixture(dir, extraTools = []) {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const tarball = pack.stdout.trim().split('\n').at(-1);
  const project = path.join(dir, 'fixture');
  fs.mkdirSync(project);
  const manifest = {
    name: 'fixture',
    private: true,
    type: 'module',
    // The config init writes beside a .gitignore imports @eslint/compat, at the range init adds.
    devDependencies: { ...toolVersions(extraTools), '@eslint/compat': OTHER_RANGES['@eslint/compat'], 'eslint-plugin-ai-code': `file:../${tarball}` },
  };
  const write = (/** @type {object} */ json) => fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify(json, null, 2)}\n`);
  write({ ...manifest, devDependencies: { ...manifest.devDependencies, ...ownVersions(TYPESCRIPT_TOOLS) } });
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], project);
  if (install.status !== 0) throw new Error(`npm install failed: ${install.output}`);
  write(manifest);
  return project;
}

/**
 * A new git repository with the fixture's manifest and lockfile and a link to its
 * node_modules, at `subdirectory` below the repository root if given; returns the package.
 * @param {string} fixture
 * @param {{ subdirectory?: string, files?: Record<string, string>, copyModules?: boolean }} [options]
 */
export function newRepository(fixture, options = {}) {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-e2e-'));
  run('git', ['init', '-q'], repo);
  const pkg = path.join(repo, options.subdirectory ?? '');
  fs.mkdirSync(pkg, { recursive: true });
  for (const name of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(fixture, name), path.join(pkg, name));
  // A case that installs gets its own copy, so it cannot change the shared one.
  if (options.copyModules) fs.cpSync(path.join(fixture, 'node_modules'), path.join(pkg, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  else fs.symlinkSync(path.join(fixture, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules\n');
  for (const [name, content] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    fs.writeFileSync(path.join(repo, name), content);
  }
  return { repo, pkg };
}

/**
 * Declares TypeScript and typescript-eslint's parser, installed with the fixture, in a case's package.json.
 * @param {string} pkg
 */
export function typescriptProject(pkg) {
  const file = path.join(pkg, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.devDependencies = { ...manifest.devDependencies, ...ownVersions(TYPESCRIPT_TOOLS) };
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Stages `files` (paths relative to the repository) and commits them with `message`.
 * @param {string} repo
 * @param {Record<string, string>} files
 * @param {Record<string, string>} [extraEnv]
 * @param {string} [message]
 */
export function commit(repo, files, extraEnv = {}, message = 'change') {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    fs.writeFileSync(path.join(repo, name), content);
  }
  run('git', ['add', '--', ...Object.keys(files)], repo);
  return run('git', ['commit', '-q', '-m', message], repo, extraEnv);
}

/**
 * `ai-code init` through the installed bin, as a user runs it.
 * @param {string} pkg
 * @param {string[]} args
 */
export function aiCodeInit(pkg, ...args) {
  return run(path.join(pkg, 'node_modules', '.bin', 'ai-code'), ['init', ...args], pkg);
}
