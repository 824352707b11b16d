/**
 * The pre-commit hook, for each supported hook manager: which packages it needs, the files
 * it merges into, and the command that makes git use it. Husky runs `ai-code check-staged`, or
 * lint-staged where the project has set it up; simple-git-hooks runs lint-staged; lefthook and the
 * pre-commit framework hand staged files to ESLint themselves.
 */
import path from 'node:path';
import { ESLINT_COMMAND, STAGED_EXTENSIONS, STAGED_GLOB } from '../presets/lint-staged.js';
import { PACKAGE_NAME, PACKAGE_VERSION, REPOSITORY_URL } from '../lib/util/package-meta.js';
import { addMissing, InitError, type FileEdits, type Json } from './edits.js';
import { CHECK_STAGED_COMMAND } from './check-staged.js';
import { hasLintStagedConfig, mergeLintStaged, type LintStagedPlan, type Wiring } from './lint-staged.js';
import { firstExisting, LEFTHOOK_CONFIG_NAMES, type HookManager, type Project } from './project.js';

export interface HookPlan {
  /** Packages the hook needs in devDependencies. */
  readonly packages: string[];
  /** The command (run from `cwd`, with the package's bin folder on PATH) that activates the hook. */
  readonly activate?: { command: string; args: string[]; cwd: string };
  /** The ESLint command the hook runs on each extension; empty while the user has lines to add. */
  readonly wiring: Wiring;
  /** What the user should know about how the hook was wired. */
  readonly notes: string[];
}

/** Every extension checked by `command` under our glob, as the hooks that pick staged files themselves do. */
function ownWiring(command: string): Wiring {
  return new Map(STAGED_EXTENSIONS.map((extension) => [extension, { glob: STAGED_GLOB, command, scoped: false }]));
}

/**
 * How a hook starts a package's binary. `npx` and its kin spend up to a second resolving it,
 * so the hooks call node_modules/.bin directly: husky 9 puts it on the hook's PATH, the other
 * managers get the path. Yarn's Plug'n'Play has no such folder, so yarn keeps its launcher.
 */
function binary(project: Project, name: string, onPath: boolean): string {
  if (project.packageManager === 'yarn') return `yarn ${name}`;
  return onPath ? name : `node_modules/.bin/${name}`;
}

// Node 22.1+ keeps compiled code here between commits (Node 20 ignores it); ESLint enables the cache itself, lint-staged does not.
// Relative, as the tools and the processes they start all run from the package's folder.
const COMPILE_CACHE = 'NODE_COMPILE_CACHE=node_modules/.cache/node-compile-cache';

/** A hook line that runs `command` from the package's folder: git runs hooks from the git root. */
function inPackage(project: Project, command: string): string {
  // A subshell, so lines the user adds after ours still run from the git root.
  return project.subdirectory === '' ? command : `(cd ${project.subdirectory} && ${command})`;
}

/** The hook's command line for lint-staged, with `config` given explicitly if any. */
function lintStagedLine(project: Project, onPath: boolean, config?: string): string {
  return inPackage(project, `${COMPILE_CACHE} ${binary(project, 'lint-staged', onPath)}${config === undefined ? '' : ` --config ${config}`}`);
}

/** Appends `command` to a package.json script unless the script already has `present`. */
function appendScript(scripts: { [key: string]: Json }, name: string, present: RegExp, command: string): string[] {
  const current = scripts[name];
  if (typeof current === 'string' && present.test(current)) return [];
  scripts[name] = typeof current === 'string' && current.trim() !== '' ? `${current} && ${command}` : command;
  return [`${name} script runs \`${command}\``];
}

function mergePrepare(edits: FileEdits, project: Project, tool: string, command: string): void {
  edits.mergeJson(project.packageJsonPath, (json) => {
    addMissing(json, 'scripts', {});
    return appendScript(json.scripts as { [key: string]: Json }, 'prepare', new RegExp(`\\b${tool}\\b`, 'u'), command);
  });
}

/**
 * Husky only installs from the directory that holds `.git`, so a package below the git root
 * runs it from there with the path to its own `.husky` folder. The hook is our own one-process
 * check, unless the project set lint-staged up already: then our checks join its configuration.
 */
async function husky(edits: FileEdits, project: Project, flags: string[]): Promise<HookPlan> {
  const { subdirectory } = project;
  const up = subdirectory.split('/').map(() => '..').join('/');
  const args = subdirectory === '' ? [] : [`${subdirectory}/.husky`];
  mergePrepare(edits, project, 'husky', subdirectory === '' ? 'husky' : `cd ${up} && husky ${args[0]}`);
  const activate = { command: 'husky', args, cwd: project.gitRoot };
  const hook = path.join(project.packageRoot, '.husky', 'pre-commit');
  const hookText = edits.read(hook) ?? '';
  const runsOurs = hookText.includes(CHECK_STAGED_COMMAND);
  if (runsOurs || (!hasLintStagedConfig(edits, project) && !/\blint-staged\b/u.test(hookText))) {
    // Adoption's flag is not needed: the check never fails on a recorded finding that is gone.
    edits.appendLine(hook, inPackage(project, binary(project, CHECK_STAGED_COMMAND, true)), () => runsOurs, `runs \`${CHECK_STAGED_COMMAND}\` on the staged files`);
    return { packages: ['husky'], activate, wiring: ownWiring(CHECK_STAGED_COMMAND), notes: [] };
  }
  const staged = await mergeLintStaged(edits, project, flags);
  edits.appendLine(hook, lintStagedLine(project, true), (text) => /\blint-staged\b/u.test(text), 'runs lint-staged');
  const { ownConfig } = staged;
  if (ownConfig !== undefined) edits.appendLine(hook, lintStagedLine(project, true, ownConfig), (text) => text.includes(ownConfig), `runs lint-staged on ${ownConfig}`);
  return { packages: ['husky', 'lint-staged'], activate, wiring: staged.wiring, notes: staged.notes };
}

/**
 * The commit-msg hook of `--assistant-commits`, beside husky's pre-commit hook: git runs it from
 * the git root with the message file's path, which the check reads from there whatever folder
 * the package is in. Husky only, for now: the other managers would each need their own form.
 */
export function addAssistantCommitHook(edits: FileEdits, project: Project, manager: HookManager): void {
  if (manager !== 'husky') throw new InitError(`--assistant-commits adds a husky commit-msg hook; this project's hooks are run by ${manager}.`);
  const line = inPackage(project, `${binary(project, 'ai-code', true)} check-commit "$1"`);
  edits.appendLine(path.join(project.packageRoot, '.husky', 'commit-msg'), line, (text) => /\bai-code check-commit\b/u.test(text), 'holds assistants\' commits to the generated-code bar');
}

/** simple-git-hooks keeps its hooks in package.json and installs them with its own command. */
async function simpleGitHooks(edits: FileEdits, project: Project, flags: string[]): Promise<HookPlan> {
  const staged: LintStagedPlan = await mergeLintStaged(edits, project, flags);
  const { ownConfig } = staged;
  edits.mergeJson(project.packageJsonPath, (json) => {
    addMissing(json, 'simple-git-hooks', {});
    const hooks = json['simple-git-hooks'];
    if (hooks === null || typeof hooks !== 'object' || Array.isArray(hooks)) return [];
    const notes = appendScript(hooks, 'pre-commit', /\blint-staged\b/u, lintStagedLine(project, false));
    if (ownConfig !== undefined) notes.push(...appendScript(hooks, 'pre-commit', new RegExp(ownConfig.replaceAll('.', '\\.'), 'u'), lintStagedLine(project, false, ownConfig)));
    return notes.map((note) => `simple-git-hooks ${note}`);
  });
  mergePrepare(edits, project, 'simple-git-hooks', 'simple-git-hooks');
  return { packages: ['simple-git-hooks', 'lint-staged'], activate: { command: 'simple-git-hooks', args: [], cwd: project.packageRoot }, wiring: staged.wiring, notes: staged.notes };
}

/** lefthook filters staged files by glob itself, so it runs ESLint without lint-staged. */
function lefthook(edits: FileEdits, project: Project, flags: string[]): HookPlan {
  const file = firstExisting(project.gitRoot, LEFTHOOK_CONFIG_NAMES) ?? path.join(project.gitRoot, 'lefthook.yml');
  const job = [
    '    - name: ai-code',
    ...(project.subdirectory === '' ? [] : [`      root: "${project.subdirectory}/"`]),
    `      glob: "${STAGED_GLOB}"`,
    `      run: ${COMPILE_CACHE} ${binary(project, [ESLINT_COMMAND, ...flags].join(' '), false)} {staged_files}`,
  ];
  const text = edits.read(file) ?? '';
  // Without a YAML parser, a job can only be added by appending a whole new section.
  const manual = /^pre-commit:/mu.test(text) && !text.includes('name: ai-code');
  if (manual) {
    edits.addManualStep({ file, reason: 'it has a pre-commit section already; add this job to its jobs', lines: job });
  } else {
    edits.appendLine(file, ['pre-commit:', '  jobs:', ...job].join('\n'), (current) => /^pre-commit:/mu.test(current), 'pre-commit job ai-code');
  }
  return { packages: ['lefthook'], activate: { command: 'lefthook', args: ['install'], cwd: project.gitRoot }, wiring: manual ? new Map() : ownWiring([ESLINT_COMMAND, ...flags].join(' ')), notes: [] };
}

/** The Python pre-commit framework, with the hook this repository's .pre-commit-hooks.yaml defines. */
function preCommit(edits: FileEdits, project: Project): HookPlan {
  const file = path.join(project.gitRoot, '.pre-commit-config.yaml');
  const entry = [
    `  - repo: ${REPOSITORY_URL}`,
    `    rev: v${PACKAGE_VERSION}`,
    '    hooks:',
    '      - id: ai-code',
    `        additional_dependencies: ['eslint@^10.0.0', '${PACKAGE_NAME}@${PACKAGE_VERSION}']`,
  ];
  const text = edits.read(file);
  // Its command is the one .pre-commit-hooks.yaml defines, without adoption's flags.
  let wiring = ownWiring(ESLINT_COMMAND);
  if (text === undefined) {
    edits.write(file, ['repos:', ...entry, ''].join('\n'), 'added the ai-code hook');
  } else if (!text.includes(REPOSITORY_URL)) {
    // Appending extends the `repos:` list only if that list is the file's last top-level key.
    const topLevel = text.split('\n').filter((line) => /^[^\s#-]/u.test(line));
    if (topLevel.at(-1)?.trim() === 'repos:') edits.appendLine(file, entry.join('\n'), () => false, 'added the ai-code hook');
    else {
      edits.addManualStep({ file, reason: 'its `repos:` list is not the last key; add this entry to it', lines: entry });
      wiring = new Map();
    }
  }
  return { packages: [], activate: { command: 'pre-commit', args: ['install'], cwd: project.gitRoot }, wiring, notes: [] };
}

export const HOOK_SETUP: Record<HookManager, (edits: FileEdits, project: Project, flags: string[]) => HookPlan | Promise<HookPlan>> = {
  husky,
  lefthook,
  'simple-git-hooks': simpleGitHooks,
  'pre-commit': preCommit,
};
