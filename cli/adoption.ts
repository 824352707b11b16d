/**
 * Gradual adoption in a project that has code already: ESLint's bulk suppressions
 * (`eslint-suppressions.json`, ESLint 9.24 and later) record the findings the files have
 * today, so the hook refuses only new ones. Suppressions record errors only, so the config
 * init writes then raises our rules to errors (cli/eslint-config.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NAMESPACE, PACKAGE_NAME } from '../lib/util/package-meta.js';
import { STAGED_EXTENSIONS } from '../presets/lint-staged.js';
import type { Project } from './project.js';
import { readSuppressions, SUPPRESSIONS_FILE } from './suppressions.js';

/** How init treats the findings the project's files have before it. */
export interface Adoption {
  /** `record`: suppress them; `unsupported`: ESLint too old to; `none`: a project without code yet. */
  readonly mode: 'record' | 'unsupported' | 'none';
  /** The ESLint version the decision was made for, installed or the lowest the range allows. */
  readonly eslintVersion: string;
  /** The flag that keeps a fixed old finding (an unused suppression) from failing the hook, where ESLint has it. */
  readonly hookFlags: string;
}

const SUPPRESSIONS_SINCE = [9, 24] as const;
const PASS_ON_UNPRUNED_SINCE = [9, 28] as const;

/** Whether a version (`major.minor…`) is at least `major.minor`. */
export function atLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.split('.').map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

/** The installed ESLint's version, else the lowest version the declared range allows, else what init adds. */
function eslintVersion(project: Project, addedRange: string): string {
  try {
    const manifest = createRequire(project.packageJsonPath).resolve('eslint/package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    const dev = project.packageJson.devDependencies;
    const declared = dev !== null && typeof dev === 'object' && !Array.isArray(dev) && typeof dev.eslint === 'string' ? dev.eslint : addedRange;
    return /\d+(?:\.\d+){0,2}/u.exec(declared)?.[0] ?? '0';
  }
}

/** Tracked JavaScript and TypeScript files of the package, outside node_modules. */
function hasCode(project: Project): boolean {
  const listed = spawnSync('git', ['ls-files', '--', ...STAGED_EXTENSIONS.map((extension) => `*.${extension}`)], { cwd: project.packageRoot, encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.split('\n').some((line) => line !== '' && !line.includes('node_modules/'));
}

/** Whether the ESLint config loads the plugin already: then adoption was decided on an earlier run, or by the user. */
function configured(project: Project): boolean {
  return project.eslintConfig !== undefined && fs.readFileSync(project.eslintConfig, 'utf8').includes(PACKAGE_NAME);
}

export function planAdoption(project: Project, addedRange: string): Adoption {
  const version = eslintVersion(project, addedRange);
  const flags = atLeast(version, PASS_ON_UNPRUNED_SINCE) ? '--pass-on-unpruned-suppressions' : '';
  if (configured(project) || !hasCode(project)) return { mode: 'none', eslintVersion: version, hookFlags: '' };
  return { mode: atLeast(version, SUPPRESSIONS_SINCE) ? 'record' : 'unsupported', eslintVersion: version, hookFlags: flags };
}

/** What init says about existing findings before writing anything, in a dry run and a real one alike. */
export function describeAdoption(adoption: Adoption): string | undefined {
  if (adoption.mode === 'unsupported') {
    return [
      `ESLint ${adoption.eslintVersion} has no bulk suppressions (they need 9.24), so findings already in the code will block commits that touch their files.`,
      `Upgrade ESLint and run \`ai-code init\` again, or start with the \`generated-only\` preset (it judges only AI-marked code): aiCode.configs['generated-only'] in place of aiCode.configs.recommended in the ESLint config.`,
    ].join(' ');
  }
  return undefined;
}

/** Sum of the counts in the package's suppressions file. */
function countSuppressions(project: Project): { findings: number; files: number } {
  const recorded = readSuppressions(project.packageRoot);
  const findings = Object.values(recorded).flatMap((rules) => Object.values(rules)).reduce((sum, { count }) => sum + count, 0);
  return { findings, files: Object.keys(recorded).length };
}

/**
 * Records our rules' current findings in eslint-suppressions.json with ESLint itself, once: a
 * file already there is the team's list, which init never grows behind their back.
 */
export function recordFindings(project: Project, ruleNames: string[], env: NodeJS.ProcessEnv): string[] {
  const file = path.join(project.packageRoot, SUPPRESSIONS_FILE);
  const burnDown = `Fix them at your own pace, then run \`npx eslint --prune-suppressions\` to shrink the list; commit ${SUPPRESSIONS_FILE}.`;
  if (fs.existsSync(file)) {
    const { findings, files } = countSuppressions(project);
    return [`${SUPPRESSIONS_FILE} is in place (${findings} suppressed findings in ${files} files); init leaves it as it is. ${burnDown}`];
  }
  const eslint = path.join(project.packageRoot, 'node_modules', '.bin', 'eslint');
  if (!fs.existsSync(eslint)) return [`Existing findings not recorded yet: install ESLint, then run \`ai-code init\` again to record them in ${SUPPRESSIONS_FILE}.`];
  const rules = ruleNames.flatMap((name) => ['--suppress-rule', `${NAMESPACE}/${name}`]);
  // Exit code 1 only means other findings remain; the file is the result that matters.
  const result = spawnSync(eslint, [...rules, '--no-warn-ignored', '--format', 'json', '.'], { cwd: project.packageRoot, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!fs.existsSync(file)) {
    const said = result.status === 0 || result.status === 1 ? 'none found' : `${result.stderr}`.trim().split('\n')[0] ?? '';
    return [`No existing findings to record (${said}).`];
  }
  const { findings, files } = countSuppressions(project);
  if (findings === 0) {
    fs.rmSync(file);
    return ['No existing findings to record: the code passes the hook already.'];
  }
  return [`Recorded the ${findings} findings already in ${files} files in ${SUPPRESSIONS_FILE}: the hook refuses only new ones. ${burnDown}`];
}
