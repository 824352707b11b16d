/**
 * Adds the plugin's ESLint command to the project's lint-staged configuration, in whichever
 * of lint-staged's forms the project already uses: the `lint-staged` key of package.json,
 * `.lintstagedrc.json`, YAML (`.lintstagedrc.yaml`, `.yml`, or an existing extension-less
 * `.lintstagedrc`), or a JavaScript module. A project without one gets the package.json key.
 */
import path from 'node:path';
import { ESLINT_COMMAND, STAGED_GLOB } from '../presets/lint-staged.js';
import { addMissing, type FileEdits, type Json } from './edits.js';
import { firstExisting, type Project } from './project.js';

// lint-staged's own search order for files, after the package.json key.
const CONFIG_FILES = [
  '.lintstagedrc',
  '.lintstagedrc.json',
  '.lintstagedrc.yaml',
  '.lintstagedrc.yml',
  '.lintstagedrc.mjs',
  '.lintstagedrc.js',
  '.lintstagedrc.cjs',
  'lint-staged.config.mjs',
  'lint-staged.config.js',
  'lint-staged.config.cjs',
];

const NOTE = `runs \`${ESLINT_COMMAND}\` on staged files`;

/** Whether a command (or list of commands) already runs ESLint. */
function runsEslint(value: Json | undefined): boolean {
  if (typeof value === 'string') return /\beslint\b/u.test(value);
  return Array.isArray(value) && value.some(runsEslint);
}

/**
 * Adds our glob to a lint-staged object unless some entry runs ESLint already. When the
 * same glob exists with other commands, ours is appended to them: two globs matching one
 * file would run concurrently, and a formatter racing ESLint on the same file is a bug.
 */
export function mergeLintStagedObject(config: { [key: string]: Json }): string[] {
  if (Object.values(config).some(runsEslint)) return [];
  const existing = config[STAGED_GLOB];
  if (existing === undefined) {
    addMissing(config, STAGED_GLOB, ESLINT_COMMAND);
  } else {
    config[STAGED_GLOB] = [...(Array.isArray(existing) ? existing : [existing]), ESLINT_COMMAND];
  }
  return [`lint-staged ${NOTE}`];
}

function mergeYaml(edits: FileEdits, file: string): void {
  const text = edits.read(file) ?? '';
  if (/\beslint\b/u.test(text)) return;
  // A block mapping can take one more top-level line; flow style or our glob already used cannot.
  const firstLine = text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('#'));
  if (firstLine?.startsWith('{') === true || text.includes(STAGED_GLOB)) {
    edits.addManualStep({ file, reason: 'its YAML cannot be merged safely', lines: [`"${STAGED_GLOB}": ${ESLINT_COMMAND}`] });
    return;
  }
  edits.appendLine(file, `"${STAGED_GLOB}": ${ESLINT_COMMAND}`, () => false, NOTE);
}

/** Plans the ESLint command into the lint-staged configuration the project already has. */
export function mergeLintStaged(edits: FileEdits, project: Project): void {
  // lint-staged reads the package.json key first, so an existing key is the live configuration.
  if ('lint-staged' in project.packageJson) {
    edits.mergeJson(project.packageJsonPath, (json) => {
      const config = json['lint-staged'];
      return config !== null && typeof config === 'object' && !Array.isArray(config) ? mergeLintStagedObject(config) : [];
    });
    return;
  }
  const file = firstExisting(project.packageRoot, CONFIG_FILES);
  if (file === undefined) {
    edits.mergeJson(project.packageJsonPath, (json) => (addMissing(json, 'lint-staged', {}) ? mergeLintStagedObject(json['lint-staged'] as { [key: string]: Json }) : []));
    return;
  }
  const text = edits.read(file) ?? '';
  const extension = path.extname(file);
  // lint-staged reads an extension-less .lintstagedrc as JSON or YAML; JSON is YAML's subset.
  const isJson = extension === '.json' || (extension === '' && text.trimStart().startsWith('{'));
  if (isJson) edits.mergeJson(file, mergeLintStagedObject);
  else if (extension === '' || extension === '.yaml' || extension === '.yml') mergeYaml(edits, file);
  else if (!/\beslint\b/u.test(text)) {
    edits.addManualStep({
      file,
      reason: 'a JavaScript configuration cannot be edited safely',
      lines: [`'${STAGED_GLOB}': '${ESLINT_COMMAND}',`, "// or the whole preset: export { default } from 'eslint-plugin-ai-code/lint-staged';"],
    });
  }
}
