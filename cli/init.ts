/**
 * `ai-code init`: plans every edit (dev dependencies, hook, lint-staged and ESLint config),
 * shows or applies the plan through FileEdits, installs what was added, and activates the
 * hook. Running it again finds everything in place and changes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_NAME, PACKAGE_VERSION } from '../lib/util/package-meta.js';
import { describeAdoption, planAdoption, recordFindings, type Adoption } from './adoption.js';
import { addMissing, FileEdits, InitError, type Json } from './edits.js';
import { GITIGNORE_READER, mergeEslintConfig } from './eslint-config.js';
import { proveHook } from './hook-proof.js';
import { addAssistantCommitHook, HOOK_SETUP, type HookPlan } from './hooks.js';
import type { Wiring } from './lint-staged.js';
import { declaredDependencies, detectProject, type HookManager, type Project } from './project.js';
import { SUPPRESSIONS_FILE } from './suppressions.js';

export interface InitOptions {
  readonly hooks: HookManager | undefined;
  readonly dryRun: boolean;
  readonly yes: boolean;
  readonly install: boolean;
  /** Also the commit-msg hook that holds assistants' commits to the generated-code bar. */
  readonly assistantCommits?: boolean;
}

/** Where init reads and writes; execute() passes the process's, tests their own. */
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(line: string): void;
  /** Asks a yes/no question; absent when there is no terminal to ask on. */
  readonly confirm?: (question: string) => Promise<boolean>;
}

// Packages init adds that are not among this package's own dev dependencies; the end-to-end fixture installs @eslint/compat from here.
export const OTHER_RANGES: Record<string, string> = { lefthook: '^2.2.2', 'simple-git-hooks': '^2.14.0', [GITIGNORE_READER]: '^2.1.1' };

/** The version ranges to add, taken from this package's own manifest so they move with it. */
function versionRange(name: string): string {
  if (name === PACKAGE_NAME) return `^${PACKAGE_VERSION}`;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const own = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const range = own.devDependencies[name] ?? OTHER_RANGES[name] ?? 'latest';
  return /^\d/u.test(range) ? `^${range}` : range;
}

/** Adds the packages the project does not declare yet; returns their names. */
function addDevDependencies(edits: FileEdits, project: Project, packages: string[]): string[] {
  const declared = declaredDependencies(project.packageJson);
  const missing = [...new Set(packages)].filter((name) => !declared.has(name));
  edits.mergeJson(project.packageJsonPath, (json) => {
    addMissing(json, 'devDependencies', {});
    const devDependencies = json.devDependencies as { [key: string]: Json };
    const names = Object.keys(devDependencies);
    const sorted = names.every((name, index) => index === 0 || names[index - 1]! <= name);
    const added = missing.filter((name) => addMissing(devDependencies, name, versionRange(name)));
    // Keep an alphabetical list alphabetical, as package managers write it.
    if (sorted) json.devDependencies = Object.fromEntries(Object.entries(devDependencies).sort(([a], [b]) => (a < b ? -1 : 1)));
    return added.length === 0 ? [] : [`added devDependencies ${added.join(', ')}`];
  });
  return missing;
}

function run(command: string, args: string[], cwd: string, io: Io, project: Project): ReturnType<typeof spawnSync> {
  // The package's own bin folder first, as package-manager scripts have it.
  const bin = path.join(project.packageRoot, 'node_modules', '.bin');
  const env = { ...io.env, PATH: `${bin}${path.delimiter}${io.env.PATH ?? ''}` };
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
}

/** Whether git already runs a pre-commit hook from where this hook manager puts it. */
function hookActive(project: Project, io: Io, manager: HookManager): boolean {
  const result = run('git', ['rev-parse', '--git-path', 'hooks/pre-commit'], project.gitRoot, io, project);
  const hook = path.resolve(project.gitRoot, String(result.stdout).trim());
  if (result.status !== 0 || !fs.existsSync(hook)) return false;
  return manager !== 'husky' || hook === path.join(project.packageRoot, '.husky', '_', 'pre-commit');
}

function activate(plan: HookPlan, project: Project, io: Io): void {
  if (plan.activate === undefined) return;
  const { command, args, cwd } = plan.activate;
  const result = run(command, args, cwd, io, project);
  const shown = `${command} ${args.join(' ')}`.trim();
  if (result.error !== undefined || result.status !== 0) {
    io.out(`Could not run \`${shown}\` (${result.error?.message ?? String(result.stderr).trim()}); run it yourself to activate the hook.`);
    return;
  }
  const said = String(result.stdout).trim();
  io.out(said === '' ? `Activated the hook with \`${shown}\`.` : `${shown}: ${said}`);
}

function printManualSteps(edits: FileEdits, io: Io): void {
  for (const step of edits.manual) {
    io.out(`${path.relative(edits.root, step.file)} was not changed: ${step.reason}:`);
    for (const line of step.lines) io.out(`    ${line}`);
  }
}

/** One line: which ESLint command the hook runs on which staged files, as planned. */
function describeWiring(wiring: Wiring): string | undefined {
  const byCommand = new Map<string, Set<string>>();
  for (const { glob, command } of wiring.values()) byCommand.set(command, (byCommand.get(command) ?? new Set()).add(glob));
  if (byCommand.size === 0) return undefined;
  return `The hook runs ${[...byCommand].map(([command, globs]) => `\`${command}\` on staged ${[...globs].join(', ')}`).join(' and ')}.`;
}

/** The last word of every run: the plan's loose ends, existing findings recorded, and the proof; resolves to the exit code. */
async function finish(edits: FileEdits, plan: HookPlan, adoption: Adoption, project: Project, io: Io): Promise<number> {
  printManualSteps(edits, io);
  if (adoption.mode === 'record') {
    // Loaded only here: the rules pull in what the rest of init never needs.
    const { rules } = await import('../rules/index.js');
    for (const line of recordFindings(project, Object.keys(rules), io.env)) io.out(line);
  }
  const proof = proveHook(project, plan.wiring, io.env);
  for (const line of proof.lines) io.out(line);
  return edits.manual.length === 0 && proof.ok ? 0 : 1;
}

/** Plans, shows or applies the setup; resolves to the exit code. */
export async function init(options: InitOptions, io: Io): Promise<number> {
  const project = detectProject(io.cwd);
  // A hook manager already in use wins over the default: two managers would fight over git's hooks.
  const manager = options.hooks ?? project.hookManagers[0] ?? 'husky';
  const edits = new FileEdits(project.gitRoot);
  const adoption = planAdoption(project, versionRange('eslint'));
  const plan = await HOOK_SETUP[manager](edits, project, adoption.mode === 'record' && adoption.hookFlags !== '' ? [adoption.hookFlags] : []);
  if (options.assistantCommits === true) addAssistantCommitHook(edits, project, manager);
  const configured = mergeEslintConfig(edits, project, adoption);
  const needed = [...plan.packages, 'eslint', PACKAGE_NAME, ...(project.typescript ? ['@typescript-eslint/parser'] : []), ...configured.packages];
  const added = addDevDependencies(edits, project, needed);
  const active = hookActive(project, io, manager);

  // A dry run shows everything a real run would write, and the steps it would leave to the user.
  const facts = [describeWiring(plan.wiring), ...plan.notes, configured.found, describeAdoption(adoption)].filter((line) => line !== undefined);
  if (options.dryRun) {
    io.out(edits.changed ? edits.diff().trimEnd() : 'No file would change.');
    for (const line of facts) io.out(line);
    if (adoption.mode === 'record') io.out(`A real run records the findings the code has today in ${SUPPRESSIONS_FILE} (unless it exists), so the hook refuses only new ones.`);
    printManualSteps(edits, io);
    io.out(`Dry run: nothing was written${edits.manual.length === 0 ? '; a real run ends by proving the hook on a probe file' : '; a real run would exit 1 until the lines above are added'}.`);
    return edits.manual.length === 0 ? 0 : 1;
  }
  // Already set up: a second run writes nothing, but still re-activates a hook manager that a
  // fresh clone has not installed yet, and still proves the hook.
  if (!edits.changed) {
    io.out(`Nothing to change: the files are set up for the ai-code pre-commit hook with ${manager}.`);
    for (const line of facts) io.out(line);
    if (!active) activate(plan, project, io);
    return finish(edits, plan, adoption, project, io);
  }
  if (!options.yes) {
    if (io.confirm === undefined) throw new InitError('No terminal to confirm on: pass --yes to apply the plan, or --dry-run to see it.');
    io.out(edits.diff().trimEnd());
    if (!(await io.confirm('Apply these changes?'))) {
      io.out('Nothing was written.');
      return 1;
    }
  }
  // All files or none: apply() restores what it wrote if a later file fails.
  edits.apply();
  for (const line of [...edits.summary(), ...facts]) io.out(line);
  // Installing runs the package's `prepare` script, which usually activates the hook too.
  if (options.install && added.length > 0) {
    const result = run(project.packageManager, ['install'], project.packageRoot, io, project);
    if (result.status !== 0) {
      throw new InitError(`\`${project.packageManager} install\` failed (${String(result.stderr).trim().split('\n').at(-1) ?? ''}); the files above were written, run it again yourself.`);
    }
    io.out(`Installed ${added.join(', ')} with \`${project.packageManager} install\`.`);
  } else if (added.length > 0) {
    io.out(`Run \`${project.packageManager} install\` to install ${added.join(', ')}.`);
  }
  if (!hookActive(project, io, manager)) activate(plan, project, io);
  return finish(edits, plan, adoption, project, io);
}
