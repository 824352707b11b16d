/**
 * The check `ai-code init` ends with: for each kind of file the project has, the command the
 * hook runs on it (`ai-code check-staged`, or an ESLint command line) is run on a probe (an
 * unclosed generated region, which every preset reports) given on stdin under a name beside the
 * project's own files, and must fail with our rule's finding. Nothing is written: the probe
 * never touches the disk or the index.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_NAME } from '../lib/util/package-meta.js';
import { CHECK_STAGED_COMMAND } from './check-staged.js';
import type { StagedCheck, Wiring } from './lint-staged.js';
import type { Project } from './project.js';

// Split so that this file's own lint does not read the marker as a comment's.
const PROBE_SOURCE = `// @ai${'-generated-begin'} tool=ai-code-init\nexport const probe = 1;\n`;
const PROBE_RULE = 'ai-code/valid-generated-markers';

/** The arguments of an ESLint command line, without the launcher and what would write files. */
function probeArguments(command: string): string[] {
  const words = command.trim().split(/\s+/u);
  const start = words.findIndex((word) => word === 'eslint' || word.endsWith('/eslint'));
  const args: string[] = [];
  for (let index = start + 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--fix-type') index++;
    else if (word !== '--fix' && !word.startsWith('--fix-type=')) args.push(word);
  }
  return args;
}

/** Where a probe with `extension` stands: beside a tracked file of that kind, or in the package root. */
function probePath(project: Project, extension: string): string {
  const listed = spawnSync('git', ['ls-files', '--', `*.${extension}`], { cwd: project.packageRoot, encoding: 'utf8' });
  const first = listed.status === 0 ? listed.stdout.split('\n').find((line) => line !== '' && !line.includes('node_modules/')) : undefined;
  return path.join(project.packageRoot, first === undefined ? '' : path.dirname(first), `ai-code-probe.${extension}`);
}

/** A binary of the package's node_modules/.bin, as the hook finds it on PATH. */
function localBinary(project: Project, name: string): string {
  return path.join(project.packageRoot, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/** The process that runs `check` on a probe at `probe` read from stdin, and what its output holds when it refuses the probe. */
function probeRun(project: Project, check: StagedCheck, probe: string): { binary: string; args: string[]; refusal: string } {
  if (check.command.endsWith(CHECK_STAGED_COMMAND)) return { binary: localBinary(project, 'ai-code'), args: ['check-staged', '--stdin-filename', probe], refusal: `  ${PROBE_RULE}\n` };
  return { binary: localBinary(project, 'eslint'), args: [...probeArguments(check.command), '--format', 'json', '--stdin', '--stdin-filename', probe], refusal: `"ruleId":"${PROBE_RULE}"` };
}

export interface ProofResult {
  readonly ok: boolean;
  readonly lines: string[];
}

/** Runs the hook's command on a probe per kind of file; says what it proved, or what is wrong. */
export function proveHook(project: Project, wiring: Wiring, env: NodeJS.ProcessEnv): ProofResult {
  const ours = [...wiring.values()].some((check) => check.command.endsWith(CHECK_STAGED_COMMAND));
  const missing = [['eslint', 'ESLint'], ...(ours ? [['ai-code', PACKAGE_NAME]] : [])].find(([binary]) => !fs.existsSync(localBinary(project, binary!)));
  if (missing !== undefined) {
    return { ok: true, lines: [`Not checked yet: ${missing[1]!} is not installed; run \`${project.packageManager} install\`, then \`ai-code init\` again to prove the hook.`] };
  }
  const extensions = project.typescript ? ['js', 'ts'] : ['js'];
  const lines: string[] = [];
  let ok = true;
  for (const extension of extensions) {
    const check = wiring.get(extension);
    if (check === undefined) {
      lines.push(`Not proven for .${extension} files: the hook does not run ESLint on them until the lines above are added.`);
      ok = false;
      continue;
    }
    // A probe beside the project's files meets the same config blocks and ignores they do.
    const probe = probePath(project, extension);
    const shown = path.relative(project.packageRoot, probe);
    const { binary, args, refusal } = probeRun(project, check, probe);
    const result = spawnSync(binary, args, {
      cwd: project.packageRoot,
      env,
      input: PROBE_SOURCE,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    // Exit code 1 is findings; 2 would be a broken config or command line, which proves nothing.
    const reported = result.status === 1 && result.stdout.includes(refusal);
    if (reported) {
      const scope = check.scoped ? ` (only files matching ${check.glob} are checked)` : '';
      lines.push(`Proved: \`${check.command}\`, which the hook runs on staged .${extension} files, refuses ${shown} with ${PROBE_RULE}${scope}.`);
      continue;
    }
    // ESLint's first line of complaint, if any, usually names what is wrong with the config.
    ok = false;
    const said = `${result.stderr}`.trim().split('\n')[0] ?? '';
    lines.push(`The hook would let .${extension} files through: \`${check.command}\` on ${shown} did not fail with ${PROBE_RULE}${said === '' ? '' : ` (${said})`}; check that the ESLint config loads eslint-plugin-ai-code for it.`);
  }
  return { ok, lines };
}
