/**
 * The pre-commit hook, for each supported hook manager: which packages it needs, the files
 * it merges into, and the command that makes git use it. Husky and simple-git-hooks run
 * lint-staged; lefthook and the pre-commit framework hand staged files to ESLint themselves.
 */
import path from 'node:path';
import { ESLINT_COMMAND, STAGED_GLOB } from '../presets/lint-staged.js';
import { PACKAGE_NAME, PACKAGE_VERSION, REPOSITORY_URL } from '../lib/util/package-meta.js';
import { addMissing, type FileEdits, type Json } from './edits.js';
import { mergeLintStaged } from './lint-staged.js';
import { firstExisting, LEFTHOOK_CONFIG_NAMES, type HookManager, type PackageManager, type Project } from './project.js';

export interface HookPlan {
  /** Packages the hook needs in devDependencies. */
  readonly packages: string[];
  /** The command (run from `cwd`, with the package's bin folder on PATH) that activates the hook. */
  readonly activate?: { command: string; args: string[]; cwd: string };
}

const EXEC: Record<PackageManager, string> = { npm: 'npx', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' };


/** The hook's command line, run from the git root as git does. */
function lintStagedLine(project: Project): string {
  const command = `${EXEC[project.packageManager]} lint-staged`;
  // A subshell, so lines the user adds after ours still run from the git root.
  return project.subdirectory === '' ? command : `(cd ${project.subdirectory} && ${command})`;
}

/** Appends `command` to a package.json script unless the script already runs `tool`. */
function appendScript(scripts: { [key: string]: Json }, name: string, tool: string, command: string): string[] {
  const current = scripts[name];
  if (typeof current === 'string' && new RegExp(`\\b${tool}\\b`, 'u').test(current)) return [];
  scripts[name] = typeof current === 'string' && current.trim() !== '' ? `${current} && ${command}` : command;
  return [`${name} script runs \`${command}\``];
}

function mergePrepare(edits: FileEdits, project: Project, tool: string, command: string): void {
  edits.mergeJson(project.packageJsonPath, (json) => {
    addMissing(json, 'scripts', {});
    return appendScript(json.scripts as { [key: string]: Json }, 'prepare', tool, command);
  });
}

/**
 * Husky only installs from the directory that holds `.git`, so a package below the git root
 * runs it from there with the path to its own `.husky` folder.
 */
function husky(edits: FileEdits, project: Project): HookPlan {
  const { subdirectory } = project;
  const up = subdirectory.split('/').map(() => '..').join('/');
  const args = subdirectory === '' ? [] : [`${subdirectory}/.husky`];
  mergePrepare(edits, project, 'husky', subdirectory === '' ? 'husky' : `cd ${up} && husky ${args[0]}`);
  const hook = path.join(project.packageRoot, '.husky', 'pre-commit');
  edits.appendLine(hook, lintStagedLine(project), (text) => /\blint-staged\b/u.test(text), 'runs lint-staged');
  mergeLintStaged(edits, project);
  return { packages: ['husky', 'lint-staged'], activate: { command: 'husky', args, cwd: project.gitRoot } };
}

/** simple-git-hooks keeps its hooks in package.json and installs them with its own command. */
function simpleGitHooks(edits: FileEdits, project: Project): HookPlan {
  edits.mergeJson(project.packageJsonPath, (json) => {
    addMissing(json, 'simple-git-hooks', {});
    const hooks = json['simple-git-hooks'];
    if (hooks === null || typeof hooks !== 'object' || Array.isArray(hooks)) return [];
    return appendScript(hooks, 'pre-commit', 'lint-staged', lintStagedLine(project)).map((note) => `simple-git-hooks ${note}`);
  });
  mergePrepare(edits, project, 'simple-git-hooks', 'simple-git-hooks');
  mergeLintStaged(edits, project);
  return { packages: ['simple-git-hooks', 'lint-staged'], activate: { command: 'simple-git-hooks', args: [], cwd: project.packageRoot } };
}

/** lefthook filters staged files by glob itself, so it runs ESLint without lint-staged. */
function lefthook(edits: FileEdits, project: Project): HookPlan {
  const file = firstExisting(project.gitRoot, LEFTHOOK_CONFIG_NAMES) ?? path.join(project.gitRoot, 'lefthook.yml');
  const job = [
    '    - name: ai-code',
    ...(project.subdirectory === '' ? [] : [`      root: "${project.subdirectory}/"`]),
    `      glob: "${STAGED_GLOB}"`,
    `      run: ${EXEC[project.packageManager]} ${ESLINT_COMMAND} {staged_files}`,
  ];
  const text = edits.read(file) ?? '';
  // Without a YAML parser, a job can only be added by appending a whole new section.
  if (/^pre-commit:/mu.test(text) && !text.includes('name: ai-code')) {
    edits.addManualStep({ file, reason: 'it has a pre-commit section already; add this job to its jobs', lines: job });
  } else {
    edits.appendLine(file, ['pre-commit:', '  jobs:', ...job].join('\n'), (current) => /^pre-commit:/mu.test(current), 'pre-commit job ai-code');
  }
  return { packages: ['lefthook'], activate: { command: 'lefthook', args: ['install'], cwd: project.gitRoot } };
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
  if (text === undefined) {
    edits.write(file, ['repos:', ...entry, ''].join('\n'), 'added the ai-code hook');
  } else if (!text.includes(REPOSITORY_URL)) {
    // Appending extends the `repos:` list only if that list is the file's last top-level key.
    const topLevel = text.split('\n').filter((line) => /^[^\s#-]/u.test(line));
    if (topLevel.at(-1)?.trim() === 'repos:') edits.appendLine(file, entry.join('\n'), () => false, 'added the ai-code hook');
    else edits.addManualStep({ file, reason: 'its `repos:` list is not the last key; add this entry to it', lines: entry });
  }
  return { packages: [], activate: { command: 'pre-commit', args: ['install'], cwd: project.gitRoot } };
}

export const HOOK_SETUP: Record<HookManager, (edits: FileEdits, project: Project) => HookPlan> = {
  husky,
  lefthook,
  'simple-git-hooks': simpleGitHooks,
  'pre-commit': preCommit,
};
