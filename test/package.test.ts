/**
 * The package as npm would publish it, packed once: what it holds, what publint (strict) and
 * arethetypeswrong (ESM-only profile: the package has no CommonJS entry) say of it, and an
 * eslint.config.ts type-checked against it with the oldest and the newest TypeScript the README
 * names. The oldest is installed once into node_modules/.cache (from npm's cache where it is
 * there): as a devDependency its `tsc` would take the place of the current one's.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { installPacked, pack, ROOT, type Packed } from './helpers/packed.js';

const run = promisify(execFile);
const OLDEST_TYPESCRIPT = '5.0.4';
const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name);

/** The tsc of the oldest supported TypeScript, installed on first use. */
function oldestTsc(): string {
  const prefix = path.join(ROOT, 'node_modules', '.cache', `typescript-${OLDEST_TYPESCRIPT}`);
  const tsc = path.join(prefix, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!fs.existsSync(tsc)) {
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', `typescript@${OLDEST_TYPESCRIPT}`]);
  }
  return tsc;
}

// One tarball for every case: a temporary folder holds it and the user's project beside it.
let dir: string;
let packed: Packed;
let project: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-package-'));
  packed = pack(dir);
  project = path.join(dir, 'project');
  fs.cpSync(path.join(ROOT, 'test/fixtures/packed-types'), project, { recursive: true });
  // Named apart in the repository, where ESLint would take it for the fixtures' own configuration.
  fs.renameSync(path.join(project, 'user-eslint.config.ts'), path.join(project, 'eslint.config.ts'));
  installPacked(packed, project, ['eslint', '@eslint/core', '@typescript-eslint/utils']);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.concurrent('the packed package', () => {
  it('holds the built code, its declarations, the docs, the licence and nothing else', () => {
    const shipped = /^(?:LICENSE|README\.md|package\.json|bin\/ai-code\.js|dist\/.+\.(?:js|d\.ts|cjs|d\.cts)|docs\/.+\.(?:md|json))$/u;
    expect(packed.files.filter((file) => !shipped.test(file))).toEqual([]);
    expect(packed.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'bin/ai-code.js', 'dist/index.js', 'dist/index.d.ts', 'dist/rule-options.d.cts', 'docs/rules/comment-ratio.md']));
  });

  // npm shows the README without the repository around it.
  it('links from its README only to files it holds, or to absolute URLs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1]!).filter((target) => !/^(?:https?:|mailto:|#)/u.test(target));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.map((target) => target.split('#')[0]!).filter((file) => !packed.files.includes(file))).toEqual([]);
  });

  // publint --strict turns its suggestions into errors; the CLI exits non-zero on any.
  it('passes publint --strict', async () => {
    const { stdout } = await run(bin('publint'), ['--strict', packed.tarball]);
    expect(stdout).toContain('All good!');
  });

  // attw exits non-zero on any problem the profile does not ignore (CommonJS resolutions).
  it('passes arethetypeswrong with the ESM-only profile', async () => {
    const { stdout } = await run(bin('attw'), ['--profile', 'esm-only', packed.tarball]);
    expect(stdout).toContain('node16 (from ESM): 🟢 (ESM)');
  });

  // The config's @ts-expect-error lines are options the types must reject: unused, they fail.
  it.for([
    ['oldest', oldestTsc],
    ['newest', (): string => bin('tsc')],
  ] as const)('types an eslint.config.ts with the %s supported TypeScript', async ([, tsc]) => {
    const result = await run(process.execPath, [tsc(), '-p', project]).catch((error: { stdout: string; code: number }) => error);
    expect(result.stdout).toBe('');
  });

  it('names every rule in the typed rule entries', () => {
    const declared = [...fs.readFileSync(path.join(ROOT, 'rule-options.cts'), 'utf8').matchAll(/^ {4}'ai-code\/([\w-]+)'\?:/gmu)].map((match) => match[1]);
    expect(declared).toEqual(Object.keys(plugin.rules));
  });
});
