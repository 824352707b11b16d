import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../cli/index.js';

/**
 * `ai-code init` through `execute`, on temporary git repositories, without installing:
 * what it plans and writes for each shape of project. The real install and commit are in
 * test/e2e/hooks.test.ts.
 */

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A git repository holding `files` (paths relative to its root). */
function repository(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-init-'));
  roots.push(root);
  spawnSync('git', ['init', '-q'], { cwd: root });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

// Without the hook managers on PATH, activation is reported as a step left to the user.
const env = { PATH: '/usr/bin:/bin' };

/** Runs `ai-code init --no-install` with `args` in `cwd`, collecting what it prints. */
async function init(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await execute(['init', '--no-install', ...args], { cwd, env, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function read(root: string, name: string): string {
  return fs.readFileSync(path.join(root, name), 'utf8');
}

const json = (root: string, name = 'package.json'): Record<string, unknown> => JSON.parse(read(root, name)) as Record<string, unknown>;

const COMMAND = 'eslint --max-warnings=0 --no-warn-ignored --cache --cache-strategy content --cache-location node_modules/.cache/eslint/';
const GLOB = '*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
// What the hooks put before the tools they start, so Node 22+ compiles them once.
const CACHE = 'NODE_COMPILE_CACHE=node_modules/.cache/node-compile-cache';

describe('ai-code init', () => {
  // The whole plan for the common case, line by line: this is what a new user reads.
  it('sets up husky, its check of the staged files and the ESLint config in a fresh package, then changes nothing', async () => {
    const root = repository({ 'package.json': '{\n  "name": "app",\n  "type": "module"\n}\n' });
    const first = await init(root, '--yes');
    expect(first.code).toBe(0);
    expect(first.out.split('\n')).toEqual([
      'updated package.json: prepare script runs `husky`; added devDependencies husky, eslint, eslint-plugin-ai-code',
      'created .husky/pre-commit: runs `ai-code check-staged` on the staged files',
      'created eslint.config.js: uses the recommended preset, ignores build folders',
      `The hook runs \`ai-code check-staged\` on staged ${GLOB}.`,
      'Run `npm install` to install husky, eslint, eslint-plugin-ai-code.',
      expect.stringMatching(/^Could not run `husky` \(.*ENOENT\); run it yourself to activate the hook\.$/u),
      'Not checked yet: ESLint is not installed; run `npm install`, then `ai-code init` again to prove the hook.',
    ]);
    // Versions come from this package's own manifest; the list stays alphabetical.
    expect(json(root)).toEqual({
      name: 'app',
      type: 'module',
      scripts: { prepare: 'husky' },
      devDependencies: { eslint: '^10.15.0', 'eslint-plugin-ai-code': '^0.1.0', husky: '^9.1.7' },
    });
    // husky 9 puts node_modules/.bin on the hook's PATH: no npx, which costs up to a second.
    expect(read(root, '.husky/pre-commit')).toBe('ai-code check-staged\n');
    // No .gitignore here, so only the build folders are ignored.
    expect(read(root, 'eslint.config.js')).toBe(
      [
        "import aiCode from 'eslint-plugin-ai-code';",
        "import { defineConfig, globalIgnores } from 'eslint/config';",
        '',
        'export default defineConfig([',
        '  // Build output, even where .gitignore does not list it.',
        "  globalIgnores(['**/dist/', '**/build/', '**/out/', '**/coverage/', '**/.next/', '**/.nuxt/', '**/.output/', '**/.svelte-kit/', '**/.turbo/', '**/.vercel/', '**/storybook-static/']),",
        '  aiCode.configs.recommended,',
        ']);',
        '',
      ].join('\n'),
    );

    // A rerun that rewrote identical content would still change mtimes: compare those too.
    const before = fs.readdirSync(root, { recursive: true }).map((name) => [name, fs.statSync(path.join(root, String(name))).mtimeMs]);
    const second = await init(root, '--yes');
    expect(second.out.split('\n')[0]).toBe('Nothing to change: the files are set up for the ai-code pre-commit hook with husky.');
    expect(fs.readdirSync(root, { recursive: true }).map((name) => [name, fs.statSync(path.join(root, String(name))).mtimeMs])).toEqual(before);
  });

  // husky init would have replaced both the prepare script and the hook file.
  it('merges into what exists: prepare appended, the user hook lines kept, lint-staged globs kept', async () => {
    const root = repository({
      'package.json': JSON.stringify({ scripts: { prepare: 'npm run build' }, devDependencies: { husky: '^9.0.0' }, 'lint-staged': { '*.css': 'stylelint' } }),
      '.husky/pre-commit': 'npm test\n',
    });
    expect((await init(root, '--yes')).code).toBe(0);
    const manifest = json(root);
    expect(manifest.scripts).toEqual({ prepare: 'npm run build && husky' });
    expect(manifest['lint-staged']).toEqual({ '*.css': 'stylelint', [GLOB]: COMMAND });
    expect(read(root, '.husky/pre-commit')).toBe(`npm test\n${CACHE} lint-staged\n`);
  });

  // lint-staged is the project's when a configuration of it or a hook line running it exists;
  // a declared package alone sets nothing up, and a hook running our check already keeps it.
  it.each([
    ['a hook line running lint-staged', { '.husky/pre-commit': 'npx lint-staged\n' }, `npx lint-staged\n`, true],
    ['lint-staged declared, nothing configured', { 'package.json': '{"devDependencies": {"lint-staged": "^16.0.0"}}' }, 'ai-code check-staged\n', false],
    ['our check in the hook beside a new lint-staged config', { '.husky/pre-commit': 'ai-code check-staged\n', '.lintstagedrc.json': '{"*.css": "stylelint"}\n' }, 'ai-code check-staged\n', false],
  ])('keeps lint-staged only where the project set it up: %s', async (_, files, hook, lintStaged) => {
    const root = repository({ 'package.json': '{}', ...files });
    expect((await init(root, '--yes')).code).toBe(0);
    expect(read(root, '.husky/pre-commit')).toBe(hook);
    expect(json(root)['lint-staged']).toEqual(lintStaged ? { [GLOB]: COMMAND } : undefined);
    if ('.lintstagedrc.json' in files) expect(read(root, '.lintstagedrc.json')).toBe(files['.lintstagedrc.json']);
  });

  // A second ESLint entry on the same files would lint them twice, concurrently; without
  // --max-warnings=0 the preset's warnings would not block (issue 25's `{"*.ts": ["eslint --fix"]}`).
  it.each([
    [{ '*.ts': ['eslint --fix'] }, { '*.ts': ['eslint --fix --max-warnings=0'], '*.{js,jsx,mjs,cjs,tsx,mts,cts}': COMMAND }],
    [{ '*.{js,ts}': 'npx eslint --max-warnings 0' }, { '*.{js,ts}': 'npx eslint --max-warnings 0', '*.{jsx,mjs,cjs,tsx,mts,cts}': COMMAND }],
    [{ '*.{js,jsx,ts,tsx}': 'eslint --max-warnings=5' }, { '*.{js,jsx,ts,tsx}': ['eslint --max-warnings=5', COMMAND], '*.{mjs,cjs,mts,cts}': COMMAND }],
    [{ [GLOB]: 'eslint --max-warnings=0', '*.md': 'prettier --write' }, { [GLOB]: 'eslint --max-warnings=0', '*.md': 'prettier --write' }],
  ])('keeps the ESLint entry of %j, makes it fail on warnings and adds the extensions it misses', async (before, after) => {
    const root = repository({ 'package.json': '{}', '.lintstagedrc.json': JSON.stringify(before) });
    const { code, out } = await init(root, '--yes');
    expect(code).toBe(0);
    expect(json(root, '.lintstagedrc.json')).toEqual(after);
    if (JSON.stringify(before) === JSON.stringify(after)) expect(out).not.toContain('.lintstagedrc.json');
  });

  it('appends to our glob when it runs other commands', async () => {
    const sameGlob = repository({ 'package.json': '{}', '.lintstagedrc.json': JSON.stringify({ [GLOB]: 'prettier --write' }) });
    await init(sameGlob, '--yes');
    expect(json(sameGlob, '.lintstagedrc.json')).toEqual({ [GLOB]: ['prettier --write', COMMAND] });
  });

  // Each of lint-staged's file forms is merged in place; none moves to package.json.
  it.each([
    ['.lintstagedrc.yaml', '"*.css": stylelint\n', `"*.css": stylelint\n"${GLOB}": ${COMMAND}\n`],
    ['.lintstagedrc.yml', '# styles\n"*.css": stylelint\n', `# styles\n"*.css": stylelint\n"${GLOB}": ${COMMAND}\n`],
    ['.lintstagedrc', '"*.css": stylelint', `"*.css": stylelint\n"${GLOB}": ${COMMAND}\n`],
    ['.lintstagedrc', '{\n  "*.css": "stylelint"\n}\n', `{\n  "*.css": "stylelint",\n  "${GLOB}": "${COMMAND}"\n}\n`],
  ])('merges %s', async (name, before, after) => {
    const root = repository({ 'package.json': '{}', [name]: before });
    await init(root, '--yes');
    expect(read(root, name)).toBe(after);
    expect(json(root)['lint-staged']).toBeUndefined();
  });

  // Code cannot be merged without a parser: a lint-staged module is left alone and our checks
  // run from a file of their own; an ESLint config gets the exact lines instead.
  it('wires a JavaScript lint-staged config through a lint-staged call of its own, and prints the lines for an ESLint config it cannot edit', async () => {
    // The array is built elsewhere: inserting into `export default configs` is not safe.
    const eslintConfig = 'const configs = [];\nexport default configs;\n';
    const lintStaged = "export default { '*.css': 'stylelint' };\n";
    const root = repository({ 'package.json': '{}', 'lint-staged.config.js': lintStaged, 'eslint.config.mjs': eslintConfig });
    const { code, out } = await init(root, '--yes');
    // The rest of the plan (hook, dependencies) is applied, but the ESLint config lacks our preset: exit 1.
    expect(code).toBe(1);
    expect(out).toContain(
      [
        'lint-staged.config.js was left as it was (a JavaScript configuration cannot be edited safely): the hook runs ai-code.lint-staged.json in a lint-staged call of its own. To check in one call instead, make lint-staged.config.js hold these entries, then delete ai-code.lint-staged.json and its line in the hook:',
        `    '${GLOB}': '${COMMAND}',`,
      ].join('\n'),
    );
    expect(read(root, 'lint-staged.config.js')).toBe(lintStaged);
    expect(json(root, 'ai-code.lint-staged.json')).toEqual({ [GLOB]: COMMAND });
    expect(read(root, '.husky/pre-commit')).toBe(`${CACHE} lint-staged\n${CACHE} lint-staged --config ai-code.lint-staged.json\n`);
    expect(out).toContain(
      [
        'eslint.config.mjs was not changed: its shape is not one init can edit safely:',
        "    import aiCode from 'eslint-plugin-ai-code';",
        '    // then, first in the exported config array:',
        '    aiCode.configs.recommended,',
      ].join('\n'),
    );
    expect(read(root, 'eslint.config.mjs')).toBe(eslintConfig);
  });

  // lint-staged 16 loads every configuration of a folder and uses the first by name, so a
  // .lintstagedrc.json beats package.json's key; a module Node cannot load is passed over.
  it('edits the configuration lint-staged uses when there are several', async () => {
    const root = repository({
      'package.json': JSON.stringify({ 'lint-staged': { '*.md': 'echo markdown' } }),
      '.lintstagedrc.json': '{ "*.css": "stylelint" }\n',
      '.lintstagedrc.cts': "const config: Record<string, string> = { '*.js': 'eslint' };\nmodule.exports = config;\n",
    });
    const { code, out } = await init(root, '--yes');
    expect(code).toBe(0);
    expect(json(root, '.lintstagedrc.json')).toEqual({ '*.css': 'stylelint', [GLOB]: COMMAND });
    expect(json(root)['lint-staged']).toEqual({ '*.md': 'echo markdown' });
    // Node 20 cannot import TypeScript (the error's words are the importer's); newer Nodes strip its types and use .lintstagedrc.cts.
    if (!(process.features as { typescript?: unknown }).typescript) expect(out).toContain(`lint-staged cannot load .lintstagedrc.cts on this Node (${process.version}) either, and reads the next configuration instead: `);
  });

  // A JavaScript config is imported, as lint-staged does, so one that already works is left alone quietly.
  it('reads a JavaScript lint-staged config and accepts one that checks every extension', async () => {
    const root = repository({ 'package.json': '{"type": "module"}', 'lint-staged.config.js': `export default { '${GLOB}': '${COMMAND}' };\n` });
    const { code, out } = await init(root, '--yes');
    expect(code).toBe(0);
    expect(out).toContain(`The hook runs \`${COMMAND}\` on staged ${GLOB}.`);
    expect(out).not.toContain('was not changed');
  });

  // A YAML manifest's key is never edited: our checks go to a file of their own, with the entry to fold back.
  it('wires a package.yaml lint-staged key through a lint-staged call of its own', async () => {
    const manifest = 'name: app\nlint-staged:\n  "*.css": stylelint\n';
    const root = repository({ 'package.json': '{}', 'package.yaml': manifest });
    const { code, out } = await init(root, '--yes');
    expect(code).toBe(0);
    expect(read(root, 'package.yaml')).toBe(manifest);
    expect(json(root, 'ai-code.lint-staged.json')).toEqual({ [GLOB]: COMMAND });
    expect(json(root)['lint-staged']).toBeUndefined();
    expect(out).toContain(`package.yaml was left as it was (init does not edit a key of a YAML manifest): the hook runs ai-code.lint-staged.json in a lint-staged call of its own. To check in one call instead, make package.yaml hold these entries, then delete ai-code.lint-staged.json and its line in the hook:\n    "${GLOB}": ${COMMAND}`);
  });

  // In YAML only a new key is appended; where a command must change, the file is left alone
  // and our checks run from a file of their own.
  it.each<[string, { appended?: string; fold?: string[] }]>([
    ['"*.{js,ts}": eslint --max-warnings=0\n', { appended: `"*.{jsx,mjs,cjs,tsx,mts,cts}": ${COMMAND}\n` }],
    ['"*.ts":\n  - eslint --fix\n', { fold: ['    "*.ts":', '      - eslint --fix --max-warnings=0', `    "*.{js,jsx,mjs,cjs,tsx,mts,cts}": ${COMMAND}`] }],
  ])('merges or works around a YAML config holding %j', async (before, expected) => {
    const root = repository({ 'package.json': '{}', '.lintstagedrc.yml': before });
    const dry = await init(root, '--dry-run');
    const real = await init(root, '--yes');
    // The dry run promises what the real run does, exit code included.
    expect([dry.code, real.code]).toEqual([0, 0]);
    if (expected.appended !== undefined) expect(read(root, '.lintstagedrc.yml')).toBe(`${before}${expected.appended}`);
    else {
      expect(read(root, '.lintstagedrc.yml')).toBe(before);
      expect(json(root, 'ai-code.lint-staged.json')).toEqual({ [GLOB]: COMMAND });
      for (const result of [dry, real]) expect(result.out).toContain(['To check in one call instead, make .lintstagedrc.yml hold these entries, then delete ai-code.lint-staged.json and its line in the hook:', ...expected.fold!].join('\n'));
    }
  });

  // Issue 25, item 5: a new config reads .gitignore through @eslint/compat, which init adds.
  it('makes a new config honour .gitignore and adds @eslint/compat', async () => {
    const root = repository({ 'package.json': '{"type": "module"}', '.gitignore': 'node_modules\ndistribution/\n' });
    const { out } = await init(root, '--yes');
    expect(out).toContain('created eslint.config.js: uses the recommended preset, ignores what .gitignore does and build folders');
    const config = read(root, 'eslint.config.js');
    expect(config.split('\n').slice(0, 4)).toEqual([
      "import { includeIgnoreFile } from '@eslint/compat';",
      "import aiCode from 'eslint-plugin-ai-code';",
      "import { defineConfig, globalIgnores } from 'eslint/config';",
      "import { fileURLToPath } from 'node:url';",
    ]);
    expect(config).toContain("  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),\n");
    expect(json(root).devDependencies).toMatchObject({ '@eslint/compat': '^2.1.1' });
  });

  // A package below the git root: the root's .gitignore and the package's nested ones apply from
  // their own folders, as in git; a folder git ignores keeps its .gitignore out.
  it('makes a new config in a subdirectory package honour every .gitignore from its own folder', async () => {
    const root = repository({
      '.gitignore': 'node_modules\n/apps/web/generated/\n',
      'apps/web/package.json': '{"type": "module"}',
      'apps/web/src/fixtures/.gitignore': '*.js\n',
      'apps/web/generated/.gitignore': '*.ts\n',
    });
    const { out } = await init(path.join(root, 'apps/web'), '--yes');
    expect(out).toContain('created apps/web/eslint.config.js: uses the recommended preset, ignores what ../../.gitignore, src/fixtures/.gitignore do and build folders');
    expect(read(root, 'apps/web/eslint.config.js')).toContain(
      [
        '  // What git ignores is not linted either: each .gitignore applies from its own folder, as in git.',
        "  { ...includeIgnoreFile(fileURLToPath(new URL('../../.gitignore', import.meta.url))), basePath: '../..' },",
        "  { ...includeIgnoreFile(fileURLToPath(new URL('src/fixtures/.gitignore', import.meta.url))), basePath: 'src/fixtures' },",
        '  // Build output, even where .gitignore does not list it.',
      ].join('\n'),
    );
  });

  // `basePath` came with ESLint 9.30: before it, only the package's own .gitignore is read, and init says so.
  it('reads only the package\'s own .gitignore where ESLint has no basePath', async () => {
    const root = repository({ '.gitignore': 'node_modules\n', 'web/package.json': '{"type": "module"}', 'web/.gitignore': 'built/\n', 'web/node_modules/eslint/package.json': '{"version": "9.29.0"}' });
    const { out } = await init(path.join(root, 'web'), '--yes', '--dry-run');
    expect(out).toContain("+  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),");
    expect(out).not.toContain(', basePath:');
    expect(out).toContain('ESLint 9.29.0 cannot apply a .gitignore from another folder (`basePath` needs 9.30), so the config does not read ../.gitignore.');
  });

  // Bulk suppressions came with ESLint 9.24: before it, existing findings would block, and init says so.
  it('offers generated-only where the installed ESLint has no bulk suppressions', async () => {
    const root = repository({ 'package.json': '{}', 'src/old.js': 'export const a = 1;\n', 'node_modules/eslint/package.json': '{"version": "9.22.0"}' });
    spawnSync('git', ['add', 'src/old.js'], { cwd: root });
    const { code, out } = await init(root, '--yes');
    expect(code).toBe(0);
    expect(out).toContain(
      "ESLint 9.22.0 has no bulk suppressions (they need 9.24), so findings already in the code will block commits that touch their files. Upgrade ESLint and run `ai-code init` again, or start with the `generated-only` preset (it judges only AI-marked code): aiCode.configs['generated-only'] in place of aiCode.configs.recommended in the ESLint config.",
    );
    // Warnings, as usual: raising them to errors is only for suppressions.
    expect(read(root, 'eslint.config.mjs')).toMatch(/\n {2}aiCode\.configs\.recommended,\n\]\);/u);
  });

  // With code in the repository, the plan (and so the dry run) raises our rules to errors and says what it will record.
  it('plans gradual adoption for a repository with code, and says so in a dry run', async () => {
    const root = repository({ 'package.json': '{"type": "module", "devDependencies": {"standard": "^17.0.0"}}', 'index.js': 'export const a = 1;\n' });
    spawnSync('git', ['add', 'index.js'], { cwd: root });
    const { code, out } = await init(root, '--dry-run');
    expect(code).toBe(0);
    // The check never fails on a recorded finding that is gone, so it needs no flag for that.
    expect(out).toContain(`The hook runs \`ai-code check-staged\` on staged ${GLOB}.`);
    expect(out).toContain("+  { rules: Object.fromEntries(Object.keys({ ...aiCode.configs.recommended.rules }).map((rule) => [rule, 'error'])) },");
    expect(out).toContain("+  // standard lints this project with its own rules;");
    expect(out).toContain('A real run records the findings the code has today in eslint-suppressions.json (unless it exists), so the hook refuses only new ones.');
  });

  // The shapes that can be edited safely: the import goes before the first one, the preset first in the array.
  it.each([
    [
      'eslint.config.mjs',
      "import js from '@eslint/js';\n\nexport default [\n  js.configs.recommended,\n];\n",
      "import aiCode from 'eslint-plugin-ai-code';\nimport js from '@eslint/js';\n\nexport default [\n  aiCode.configs.recommended,\n  js.configs.recommended,\n];\n",
    ],
    [
      'eslint.config.js',
      "// lint\nimport { defineConfig } from 'eslint/config';\nexport default defineConfig([{ rules: {} }]);\n",
      "// lint\nimport aiCode from 'eslint-plugin-ai-code';\nimport { defineConfig } from 'eslint/config';\nexport default defineConfig([aiCode.configs.recommended, { rules: {} }]);\n",
    ],
    [
      'eslint.config.cjs',
      "'use strict';\nconst js = require('@eslint/js');\nmodule.exports = [js.configs.recommended];\n",
      "'use strict';\nconst aiCode = require('eslint-plugin-ai-code');\nconst js = require('@eslint/js');\nmodule.exports = [aiCode.configs.recommended, js.configs.recommended];\n",
    ],
  ])('adds the preset to %s', async (name, before, after) => {
    const root = repository({ 'package.json': '{"type": "module"}', [name]: before });
    await init(root, '--yes');
    expect(read(root, name)).toBe(after);
  });

  // typescript or a tsconfig.json makes a TypeScript project, which needs the parser the preset loads.
  it('adds the typescript preset and its parser in a TypeScript project', async () => {
    const root = repository({ 'package.json': '{"devDependencies": {"typescript": "^6.0.0"}}' });
    await init(root, '--yes');
    expect(read(root, 'eslint.config.mjs')).toContain('  aiCode.configs.recommended,\n  aiCode.configs.typescript,\n]);');
    expect(json(root).devDependencies).toMatchObject({ '@typescript-eslint/parser': '^8.72.0' });
  });

  // The hook runs its commands the way the project's package manager runs local binaries.
  it.each([
    ['yarn.lock', 'yarn ai-code check-staged', `${CACHE} yarn lint-staged`],
    ['bun.lock', 'ai-code check-staged', `${CACHE} lint-staged`],
    ['package-lock.json', 'ai-code check-staged', `${CACHE} lint-staged`],
  ])('recognises %s', async (lockfile, line, lintStagedLine) => {
    const root = repository({ 'package.json': '{}', [lockfile]: '' });
    await init(root, '--yes');
    expect(read(root, '.husky/pre-commit')).toBe(`${line}\n`);
    const withLintStaged = repository({ 'package.json': '{}', [lockfile]: '', '.lintstagedrc.json': '{}' });
    await init(withLintStaged, '--yes');
    expect(read(withLintStaged, '.husky/pre-commit')).toBe(`${lintStagedLine}\n`);
  });

  // A project without a pre-commit config gets a new one holding only our hook.
  it('creates .pre-commit-config.yaml for --hooks pre-commit', async () => {
    const root = repository({ 'package.json': '{}' });
    await init(root, '--yes', '--hooks', 'pre-commit');
    expect(read(root, '.pre-commit-config.yaml')).toBe(
      [
        'repos:',
        '  - repo: https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code',
        '    rev: v0.1.0',
        '    hooks:',
        '      - id: ai-code',
        "        additional_dependencies: ['eslint@^10.0.0', 'eslint-plugin-ai-code@0.1.0']",
        '',
      ].join('\n'),
    );
  });

  // Husky refuses paths with `..`, so the script changes to the root and names the package's folder.
  it('runs husky from the git root for a package in a subdirectory', async () => {
    const root = repository({ 'packages/web/package.json': '{}', 'packages/web/pnpm-lock.yaml': '' });
    await init(path.join(root, 'packages/web'), '--yes');
    expect((json(root, 'packages/web/package.json').scripts as Record<string, string>).prepare).toBe('cd ../.. && husky packages/web/.husky');
    expect(read(root, 'packages/web/.husky/pre-commit')).toBe('(cd packages/web && ai-code check-staged)\n');
  });

  // The diff starts at the first changed line, with context, as git shows it.
  it('prints the plan as a diff on --dry-run and writes nothing', async () => {
    const root = repository({ 'package.json': '{\n  "name": "app"\n}\n' });
    const { code, out } = await init(root, '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('--- a/package.json\n+++ b/package.json\n {\n-  "name": "app"\n+  "name": "app",\n+  "scripts": {');
    expect(out).toContain('--- /dev/null\n+++ b/.husky/pre-commit\n+ai-code check-staged');
    expect(out.split('\n').at(-1)).toBe('Dry run: nothing was written; a real run ends by proving the hook on a probe file.');
    expect(fs.readdirSync(root).sort()).toEqual(['.git', 'package.json']);
  });

  // Without --yes, init never writes unasked; in a pipeline there is no one to ask.
  it('asks before writing, and needs --yes without a terminal', async () => {
    const root = repository({ 'package.json': '{}' });
    expect(await init(root)).toMatchObject({ code: 1, err: 'ai-code: No terminal to confirm on: pass --yes to apply the plan, or --dry-run to see it.' });
    const declined = await execute(['init', '--no-install'], { cwd: root, env, out: () => {}, confirm: async () => false });
    expect(declined).toBe(1);
    expect(read(root, 'package.json')).toBe('{}');
  });

  // The other hook managers: each writes its own file and recognises it on the next run.
  it.each([
    ['lefthook', { 'package.json': '{}' }, 'lefthook.yml', `pre-commit:\n  jobs:\n    - name: ai-code\n      glob: "${GLOB}"\n      run: ${CACHE} node_modules/.bin/${COMMAND} {staged_files}\n`],
    ['simple-git-hooks', { 'package.json': '{}' }, 'package.json', `"pre-commit": "${CACHE} node_modules/.bin/lint-staged"`],
    [
      'pre-commit',
      { 'package.json': '{}', '.pre-commit-config.yaml': 'repos:\n  - repo: local\n    hooks: []\n' },
      '.pre-commit-config.yaml',
      'repos:\n  - repo: local\n    hooks: []\n  - repo: https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code\n    rev: v0.1.0\n    hooks:\n      - id: ai-code\n',
    ],
  ])('sets up --hooks %s', async (manager, files, name, expected) => {
    const root = repository(files);
    expect((await init(root, '--yes', '--hooks', manager)).code).toBe(0);
    expect(read(root, name)).toContain(expected);
    expect(fs.existsSync(path.join(root, '.husky'))).toBe(false);
    // The second run finds its own edits and adds nothing.
    const again = await init(root, '--yes', '--hooks', manager);
    expect(again.out.split('\n')[0]).toBe(`Nothing to change: the files are set up for the ai-code pre-commit hook with ${manager}.`);
  });

  // Installing husky beside lefthook would leave two managers fighting over core.hooksPath.
  it('uses the hook manager already in use', async () => {
    const root = repository({ 'package.json': '{"devDependencies": {"lefthook": "^2.0.0"}}' });
    await init(root, '--yes');
    expect(fs.existsSync(path.join(root, 'lefthook.yml'))).toBe(true);
  });

  // Each failure is one line on stderr, exit code 1, and no file touched.
  it.each([
    ['invalid JSON in package.json', { 'package.json': '{ "name": }' }, /^ai-code: package\.json is not valid JSON \(.+\); fix it and run again\.$/u],
    ['no package.json', {}, /^ai-code: No package\.json between .+ and the git root .+; run `npm init` first\.$/u],
  ])('fails cleanly on %s', async (_, files, message) => {
    const root = repository(files);
    const result = await init(root, '--yes');
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(message);
  });

  // Root can write to a 0444 file, so the mode itself is what marks it read-only.
  it('fails cleanly outside a git repository and on a read-only package.json', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-nogit-'));
    roots.push(outside);
    const noGit = await init(outside, '--yes');
    expect(noGit).toMatchObject({ code: 1, err: `ai-code: No git repository at or above ${outside}; run \`git init\` first.` });
    const root = repository({ 'package.json': '{}' });
    fs.chmodSync(path.join(root, 'package.json'), 0o444);
    const readOnly = await init(root, '--yes');
    expect(readOnly).toMatchObject({ code: 1, err: 'ai-code: package.json is read-only; make it writable or run with --dry-run. Nothing was changed.' });
    expect(fs.readdirSync(root).sort()).toEqual(['.git', 'package.json']);
  });

  // Every command answers --help and -h on stdout with exit code 0; report has its own help.
  it.for([['--help'], ['-h'], ['init', '--help'], ['init', '-h'], ['report', '--help'], ['report', '-h']])('answers %j with help and exit code 0', async (argv) => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await execute(argv, { cwd: os.tmpdir(), out: (line) => out.push(line), err: (line) => err.push(line) })).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(argv[0] === 'report' ? /^Usage: ai-code report \[paths…\]/u : /^Usage: ai-code init \[options\]/u);
  });

  // Exit code 2 separates a wrong command line from a project problem (1).
  it('answers usage errors with exit code 2', async () => {
    const err: string[] = [];
    const options = { cwd: os.tmpdir(), out: () => {}, err: (line: string) => err.push(line) };
    expect(await execute(['init', '--hooks', 'overcommit'], options)).toBe(2);
    expect(await execute(['lint'], options)).toBe(2);
    expect(await execute(['init', '--bogus'], options)).toBe(2);
    expect(await execute(['init', '--hooks'], options)).toBe(2);
    // `report` parses its own options, so its errors carry its own prefix.
    expect(await execute(['report', '--bogus'], options)).toBe(2);
    expect(err).toEqual([
      "ai-code: --hooks must be one of husky, lefthook, simple-git-hooks, pre-commit, not 'overcommit'.",
      "ai-code: unknown command 'lint'; see ai-code --help.",
      "ai-code: Unknown option '--bogus'; see ai-code --help.",
      "ai-code: Option '--hooks <value>' argument missing; see ai-code --help.",
      "ai-code report: Unknown option '--bogus'",
      expect.stringMatching(/^Usage: ai-code report /u),
    ]);
  });
});

// The commit-msg hook itself is proved end to end in test/e2e/assistant-commit.test.ts.
describe('ai-code init --assistant-commits', () => {
  it('plans the husky commit-msg hook, from the git root for a package below it', async () => {
    const root = repository({ 'app/package.json': '{\n  "name": "app",\n  "type": "module"\n}\n' });
    const { code, out } = await init(path.join(root, 'app'), '--dry-run', '--assistant-commits');
    expect(code).toBe(0);
    expect(out).toContain('--- /dev/null\n+++ b/app/.husky/commit-msg\n+(cd app && ai-code check-commit "$1")\n');
  });

  it('keeps what a commit-msg hook already runs, and adds its line once', async () => {
    const root = repository({ 'package.json': '{\n  "name": "app",\n  "type": "module"\n}\n', '.husky/commit-msg': 'npx commitlint --edit "$1"\n' });
    expect((await init(root, '--yes', '--assistant-commits')).code).toBe(0);
    expect(read(root, '.husky/commit-msg')).toBe('npx commitlint --edit "$1"\nai-code check-commit "$1"\n');
    await init(root, '--yes', '--assistant-commits');
    expect(read(root, '.husky/commit-msg')).toBe('npx commitlint --edit "$1"\nai-code check-commit "$1"\n');
  });

  it('says in one line that it needs husky', async () => {
    const root = repository({ 'package.json': '{\n  "name": "app",\n  "type": "module"\n}\n' });
    const { code, err } = await init(root, '--yes', '--assistant-commits', '--hooks', 'lefthook');
    expect(code).toBe(1);
    expect(err).toBe("ai-code: --assistant-commits adds a husky commit-msg hook; this project's hooks are run by lefthook.");
  });

  it('check-commit wants the message file', async () => {
    const err: string[] = [];
    expect(await execute(['check-commit'], { err: (line) => err.push(line) })).toBe(2);
    expect(err).toEqual(['ai-code check-commit: give the commit message file, as git passes it to a commit-msg hook.']);
  });
});
