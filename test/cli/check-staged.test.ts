import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../cli/index.js';

/**
 * `ai-code check-staged` through `execute`, in temporary git repositories with a config of two
 * core rules (ESLint resolves from this repository): what it lints, what it prints, what it
 * refuses. The real hook, with husky and `git commit`, is in test/e2e/hooks.test.ts.
 */

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

// An error and a warning, so both count; `generated/` ignored, as build output is.
const CONFIG = "export default [{ ignores: ['generated/'] }, { rules: { 'no-console': 'error', 'no-debugger': 'warn' } }];\n";
const CLEAN = 'export const total = 1;\n';

function write(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

/** A git repository with the config, `files` written and staged. */
function repository(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-staged-')));
  roots.push(root);
  spawnSync('git', ['init', '-q'], { cwd: root });
  write(root, { 'eslint.config.mjs': CONFIG, ...files });
  stage(root, Object.keys(files));
  return root;
}

function stage(root: string, names: string[]): void {
  if (names.length > 0) spawnSync('git', ['add', '--', ...names], { cwd: root });
}

async function checkStaged(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await execute(['check-staged', ...args], { cwd, env: process.env, out: (text) => out.push(text), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const REFUSED_ONE = 'ai-code check-staged: commit refused by the finding above (warnings count too); fix it and stage the fix, or skip the check once with `git commit --no-verify`.';

describe('ai-code check-staged', () => {
  it("refuses staged files with findings, warnings too, in ESLint's stylish format", async () => {
    const root = repository({ 'src/a.js': 'console.log(1);\n', 'src/b.js': 'debugger;\n', 'src/clean.js': CLEAN });
    const { code, out, err } = await checkStaged(root);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      '',
      `${root}/src/a.js`,
      '  1:1  error  Unexpected console statement  no-console',
      '',
      `${root}/src/b.js`,
      "  1:1  warning  Unexpected 'debugger' statement  no-debugger",
      '',
      '✖ 2 problems (1 error, 1 warning)',
    ]);
    expect(err).toBe('ai-code check-staged: commit refused by the 2 findings above (warnings count too); fix them and stage the fix, or skip the check once with `git commit --no-verify`.');
  });

  it('accepts clean staged files silently, and nothing staged at all', async () => {
    expect(await checkStaged(repository({ 'src/clean.js': CLEAN }))).toEqual({ code: 0, out: '', err: '' });
    expect(await checkStaged(repository({}))).toEqual({ code: 0, out: '', err: '' });
  });

  // What the commit records is judged: the staged text, not the working copy, which is left as it is.
  it('judges a partly staged file by its staged text and never touches its unstaged changes', async () => {
    const root = repository({ 'src/a.js': CLEAN });
    const unstaged = `${CLEAN}debugger;\n`;
    write(root, { 'src/a.js': unstaged });
    expect(await checkStaged(root)).toEqual({ code: 0, out: '', err: '' });
    expect(fs.readFileSync(path.join(root, 'src/a.js'), 'utf8')).toBe(unstaged);

    // The other way round: a finding staged, then fixed on disk only, still refuses.
    write(root, { 'src/a.js': `${CLEAN}console.log(1);\n` });
    stage(root, ['src/a.js']);
    write(root, { 'src/a.js': CLEAN });
    const refused = await checkStaged(root);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${root}/src/a.js\n  2:1  error  Unexpected console statement  no-console`);
    expect(refused.err).toBe(REFUSED_ONE);
    expect(fs.readFileSync(path.join(root, 'src/a.js'), 'utf8')).toBe(CLEAN);
  });

  it('skips files outside its extensions, files the config ignores, and files outside the current folder', async () => {
    const root = repository({ 'notes.md': 'console.log(1);\n', 'src/data.json': '{}\n', 'generated/client.js': 'console.log(1);\n', 'packages/web/src/a.js': CLEAN });
    expect(await checkStaged(root)).toEqual({ code: 0, out: '', err: '' });
    write(root, { 'src/a.js': 'console.log(1);\n' });
    stage(root, ['src/a.js']);
    expect(await checkStaged(path.join(root, 'packages/web'))).toEqual({ code: 0, out: '', err: '' });
    expect((await checkStaged(root)).code).toBe(1);
  });

  // Suppressions count errors per file and rule: up to the recorded count all are suppressed, beyond it none.
  it('honours eslint-suppressions.json as the ESLint CLI does', async () => {
    const recorded = { 'src/old.js': { 'no-console': { count: 1 } }, 'src/gone.js': { 'no-console': { count: 3 } } };
    const root = repository({ 'eslint-suppressions.json': JSON.stringify(recorded), 'src/old.js': 'console.log(1);\n' });
    expect(await checkStaged(root)).toEqual({ code: 0, out: '', err: '' });
    write(root, { 'src/old.js': 'console.log(1);\nconsole.log(2);\n' });
    stage(root, ['src/old.js']);
    const refused = await checkStaged(root);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('  1:1  error  Unexpected console statement  no-console\n  2:1  error  Unexpected console statement  no-console\n');
    // A warning is never recorded, so it still refuses beside a suppressed error.
    write(root, { 'src/old.js': 'console.log(1);\ndebugger;\n' });
    stage(root, ['src/old.js']);
    expect(await checkStaged(root)).toMatchObject({ code: 1, err: REFUSED_ONE });
  });

  it('stops with one line on a broken suppressions file or a broken ESLint config', async () => {
    const root = repository({ 'src/a.js': CLEAN, 'eslint-suppressions.json': '{ "src/a.js": ' });
    const broken = await checkStaged(root);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^ai-code check-staged: eslint-suppressions\.json is not valid JSON \(.+\); fix it, or recreate it with `npx eslint --suppress-all`\.$/u);
    fs.rmSync(path.join(root, 'eslint-suppressions.json'));
    write(root, { 'eslint.config.mjs': "export default [{ rules: { 'no-console': 'sometimes' } }];\n" });
    const config = await checkStaged(root);
    expect(config.code).toBe(2);
    expect(config.err).toBe('ai-code check-staged: Config (unnamed): Key "rules": Key "no-console": Expected severity of "off", 0, "warn", 1, "error", or 2.');
  });

  it('answers --help and refuses unknown arguments in one line', async () => {
    const help = await checkStaged(os.tmpdir(), '--help');
    expect(help.code).toBe(0);
    expect(help.out.split('\n')[0]).toBe('Usage: ai-code check-staged [--stdin-filename PATH]');
    expect(await checkStaged(os.tmpdir(), '--fix')).toEqual({ code: 2, out: '', err: "ai-code check-staged: Unknown option '--fix'; see ai-code check-staged --help." });
    expect(await checkStaged(os.tmpdir(), 'src/a.js')).toEqual({ code: 2, out: '', err: "ai-code check-staged: Unexpected argument 'src/a.js'. This command does not take positional arguments; see ai-code check-staged --help." });
  });
});
