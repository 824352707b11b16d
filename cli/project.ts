/**
 * What `ai-code init` learns about the project before planning anything: where the git
 * repository and the package are, which package manager and hook manager it uses, and which
 * ESLint and lint-staged configuration files already exist. Only reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InitError, parseJson, type Json } from './edits.js';
import { relativePosixPath } from './relative-path.js';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';
export type HookManager = 'husky' | 'lefthook' | 'simple-git-hooks' | 'pre-commit';
/** An ESLint-based linter whose configuration our flat-config preset cannot join. */
export type OtherLinter = 'xo' | 'standard' | 'eslintrc';
export const HOOK_MANAGERS: readonly HookManager[] = ['husky', 'lefthook', 'simple-git-hooks', 'pre-commit'];

export interface Project {
  readonly gitRoot: string;
  readonly packageRoot: string;
  /** The package's path from the git root, with `/`; empty when they are the same directory. */
  readonly subdirectory: string;
  readonly packageJsonPath: string;
  readonly packageJson: { [key: string]: Json };
  readonly packageManager: PackageManager;
  /** Hook managers already in use, in order of preference. */
  readonly hookManagers: HookManager[];
  readonly eslintConfig: string | undefined;
  /** Set only when there is no flat config: a flat config is where our preset goes instead. */
  readonly otherLinter: OtherLinter | undefined;
  readonly typescript: boolean;
}

// The order lockfiles are looked for when several exist: the more specific managers first.
const LOCKFILES: [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
];

export const ESLINT_CONFIG_NAMES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const ESLINTRC_NAMES = ['.eslintrc', '.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc.yaml', '.eslintrc.yml'];
export const LEFTHOOK_CONFIG_NAMES = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml'];

/** The closest directory from `start` upwards that contains `entry`. */
function findUp(start: string, entry: string, stop?: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, entry))) return dir;
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

export function firstExisting(dir: string, names: readonly string[]): string | undefined {
  return names.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** Package names from every dependency field of a manifest (runtime, dev and optional), for telling which tools a project uses. */
export function declaredDependencies(packageJson: { [key: string]: Json }): Set<string> {
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const value = packageJson[field];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}

function detectPackageManager(packageJson: { [key: string]: Json }, packageRoot: string, gitRoot: string): PackageManager {
  // Corepack's field is an explicit statement; lockfiles are evidence.
  const declared = typeof packageJson.packageManager === 'string' ? packageJson.packageManager.split('@')[0] : undefined;
  const known = LOCKFILES.map(([, manager]) => manager);
  if (declared !== undefined && known.includes(declared as PackageManager)) return declared as PackageManager;
  // A workspace package has its lockfile at the workspace root, above the package.
  for (let dir = packageRoot; ; dir = path.dirname(dir)) {
    const found = LOCKFILES.find(([lockfile]) => fs.existsSync(path.join(dir, lockfile)));
    if (found !== undefined) return found[1];
    if (dir === gitRoot || path.dirname(dir) === dir) return 'npm';
  }
}

/** xo and standard (and their variants) run ESLint with configurations of their own; an .eslintrc is ESLint 8's. */
function detectOtherLinter(packageJson: { [key: string]: Json }, packageRoot: string): OtherLinter | undefined {
  const dependencies = declaredDependencies(packageJson);
  if (dependencies.has('xo') || 'xo' in packageJson) return 'xo';
  if (['standard', 'semistandard', 'ts-standard'].some((name) => dependencies.has(name)) || 'standard' in packageJson) return 'standard';
  if (firstExisting(packageRoot, ESLINTRC_NAMES) !== undefined || 'eslintConfig' in packageJson) return 'eslintrc';
  return undefined;
}

function detectHookManagers(project: Omit<Project, 'hookManagers'>): HookManager[] {
  const dependencies = declaredDependencies(project.packageJson);
  const found: Record<HookManager, boolean> = {
    husky: dependencies.has('husky') || fs.existsSync(path.join(project.packageRoot, '.husky')),
    lefthook: dependencies.has('lefthook') || firstExisting(project.gitRoot, LEFTHOOK_CONFIG_NAMES) !== undefined,
    'simple-git-hooks': dependencies.has('simple-git-hooks') || 'simple-git-hooks' in project.packageJson,
    'pre-commit': fs.existsSync(path.join(project.gitRoot, '.pre-commit-config.yaml')),
  };
  return HOOK_MANAGERS.filter((manager) => found[manager]);
}

/** Reads the project around `cwd`; throws InitError when there is no git repository or package. */
export function detectProject(cwd: string): Project {
  const start = path.resolve(cwd);
  const gitRoot = findUp(start, '.git');
  if (gitRoot === undefined) throw new InitError(`No git repository at or above ${start}; run \`git init\` first.`);
  const packageRoot = findUp(start, 'package.json', gitRoot);
  if (packageRoot === undefined) throw new InitError(`No package.json between ${start} and the git root ${gitRoot}; run \`npm init\` first.`);
  // Parsed here so a broken package.json stops init before anything is planned.
  const packageJsonPath = path.join(packageRoot, 'package.json');
  const packageJson = parseJson(fs.readFileSync(packageJsonPath, 'utf8'), 'package.json');
  if (packageJson === null || typeof packageJson !== 'object' || Array.isArray(packageJson)) {
    throw new InitError('package.json does not hold a JSON object; fix it and run again.');
  }
  const eslintConfig = firstExisting(packageRoot, ESLINT_CONFIG_NAMES);
  const base = {
    gitRoot,
    packageRoot,
    subdirectory: relativePosixPath(gitRoot, packageRoot),
    packageJsonPath,
    packageJson,
    packageManager: detectPackageManager(packageJson, packageRoot, gitRoot),
    eslintConfig,
    otherLinter: eslintConfig === undefined ? detectOtherLinter(packageJson, packageRoot) : undefined,
    typescript: declaredDependencies(packageJson).has('typescript') || fs.existsSync(path.join(packageRoot, 'tsconfig.json')),
  };
  return { ...base, hookManagers: detectHookManagers(base) };
}
