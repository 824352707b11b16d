/**
 * END-TO-END (slow: installs from the npm registry or its cache, ~30 s): the packed plugin
 * in a user's project, `ai-code init --yes`, and real `git commit`s through the hook. Needs
 * `npm run build` first (npm test runs it). One installed fixture is shared by all cases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLINT_COMMAND } from '../../presets/lint-staged.js';
import { aiCodeInit, commit, installFixture, newRepository, run, typescriptProject } from '../helpers/hook-fixture.js';

// An unclosed region: valid-generated-markers, on in `recommended`, reports it.
const BAD_FILE = ['// @ai' + '-generated-begin tool=copilot', '/** Adds two numbers. */', 'export function add(a, b) {', '  return a + b;', '}', ''].join('\n');
// ESLint's default formatter prints messages without their final period.
const BAD_MESSAGE = "This region of generated code is never closed; add '@ai" + "-generated-end' after its last line";
const CLEAN_FILE = '/** Adds two numbers, for the checkout totals. */\nexport const add = (a, b) => a + b;\n';
// A placeholder no fix removes, so `eslint --fix` cannot make the commit pass.
const PLACEHOLDER_TS = '/** Totals the basket, in cents. */\nexport function total(items: number[]): number {\n  // ... existing code ...\n  return items.length;\n}\n';
const PLACEHOLDER_MESSAGE = "Comment '... existing code ...' stands for code that is not here";

let work: string;
let fixture: string;
const repositories: string[] = [];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-fixture-'));
  fixture = installFixture(work);
});

afterAll(() => {
  for (const dir of [work, ...repositories]) fs.rmSync(dir, { recursive: true, force: true });
});

function repository(options: Parameters<typeof newRepository>[1] = {}): { repo: string; pkg: string } {
  const created = newRepository(fixture, options);
  repositories.push(created.repo);
  return created;
}

/** Expects the hook to refuse the bad file with the rule's message and to let a clean file through. */
function expectHookWorks(repo: string, prefix = '', env: Record<string, string> = {}): void {
  const refused = commit(repo, { [`${prefix}src/bad.js`]: BAD_FILE }, env);
  expect(refused.status, refused.output).not.toBe(0);
  expect(refused.output).toContain(BAD_MESSAGE);
  run('git', ['reset', '-q', '--', `${prefix}src/bad.js`], repo);
  fs.rmSync(path.join(repo, prefix, 'src/bad.js'));
  const accepted = commit(repo, { [`${prefix}src/add.js`]: CLEAN_FILE }, env);
  expect(accepted.status, accepted.output).toBe(0);
}

describe('ai-code init and the pre-commit hook (end-to-end)', () => {
  it('installs the hook, which refuses a violation and accepts clean code; a second run changes nothing; HUSKY=0 skips', () => {
    const { repo, pkg } = repository({ copyModules: true });
    // The user has ESLint and the plugin; init adds husky and installs it, and no lint-staged.
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    delete manifest.devDependencies.husky;
    delete manifest.devDependencies['lint-staged'];
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest, null, 2));
    // Installing runs husky through `prepare`; init then finds the hook active.
    const first = aiCodeInit(pkg, '--yes');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('Installed husky with `npm install`.');
    expectHookWorks(repo);

    const written = ['package.json', 'package-lock.json', '.husky/pre-commit', 'eslint.config.js'];
    const snapshot = (): string[] => written.map((name) => fs.readFileSync(path.join(pkg, name), 'utf8'));
    const before = snapshot();
    const second = aiCodeInit(pkg, '--yes');
    expect(second.output.split('\n')[0]).toBe('Nothing to change: the files are set up for the ai-code pre-commit hook with husky.');
    expect(second.output).toContain('Proved: `ai-code check-staged`, which the hook runs on staged .js files, refuses src/ai-code-probe.js with ai-code/valid-generated-markers.');
    expect(snapshot()).toEqual(before);

    const skipped = commit(repo, { 'src/bad.js': BAD_FILE }, { HUSKY: '0' });
    expect(skipped.status, skipped.output).toBe(0);
  });

  it("keeps the user's own lines in an existing .husky/pre-commit, and runs them", () => {
    const { repo, pkg } = repository({ files: { '.husky/pre-commit': 'echo "user hook ran"\n' } });
    expect(aiCodeInit(pkg, '--yes').status).toBe(0);
    expect(fs.readFileSync(path.join(repo, '.husky/pre-commit'), 'utf8')).toBe('echo "user hook ran"\nai-code check-staged\n');
    const refused = commit(repo, { 'src/bad.js': BAD_FILE });
    expect(refused.output).toContain('user hook ran');
    expect(refused.output).toContain(BAD_MESSAGE);
  });

  // The hook's own check judges what the commit records: a partly staged file by its staged
  // text, its unstaged part left in the working copy; files outside its extensions pass.
  it('judges partly staged TypeScript by what is staged, keeps the unstaged part, and passes other files', () => {
    const { repo, pkg } = repository();
    typescriptProject(pkg);
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain('Proved: `ai-code check-staged`, which the hook runs on staged .ts files, refuses ai-code-probe.ts with ai-code/valid-generated-markers.');
    const clean = '/** Totals the basket, in cents. */\nexport function total(items: number[]): number {\n  return items.length;\n}\n';
    expect(commit(repo, { 'src/total.ts': clean }).status).toBe(0);

    // Staged: a documented change; not staged: a placeholder, which the commit must not judge or lose.
    const staged = `${clean}\n/** Counts the items, for the badge. */\nexport const count = (items: number[]): number => items.length;\n`;
    fs.writeFileSync(path.join(repo, 'src/total.ts'), staged);
    run('git', ['add', 'src/total.ts'], repo);
    const working = staged.replace('  return items.length;', '  // ... existing code ...\n  return items.length;');
    fs.writeFileSync(path.join(repo, 'src/total.ts'), working);
    const accepted = run('git', ['commit', '-q', '-m', 'count'], repo);
    expect(accepted.status, accepted.output).toBe(0);
    expect(run('git', ['show', 'HEAD:src/total.ts'], repo).output).toBe(staged);
    expect(fs.readFileSync(path.join(repo, 'src/total.ts'), 'utf8')).toBe(working);

    // The placeholder staged, then removed from the working copy only: still refused.
    run('git', ['add', 'src/total.ts'], repo);
    fs.writeFileSync(path.join(repo, 'src/total.ts'), staged);
    const refused = run('git', ['commit', '-q', '-m', 'placeholder'], repo);
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain(PLACEHOLDER_MESSAGE);
    expect(refused.output).toContain('ai-code check-staged: commit refused by the finding above');
    run('git', ['reset', '-q', '--', 'src/total.ts'], repo);

    // Outside the extensions: not linted, whatever they hold.
    const other = commit(repo, { 'docs/notes.md': BAD_FILE, 'src/data.json': '{}\n' });
    expect(other.status, other.output).toBe(0);
  });

  // The forms lint-staged reads: each is merged where it is, and the hook works through it.
  it.each([
    ['.lintstagedrc.json', '{ "*.md": "echo markdown" }\n'],
    ['.lintstagedrc.yaml', '"*.md": echo markdown\n'],
    ['package.json key', ''],
  ])('merges a lint-staged config in %s', (form, content) => {
    const { repo, pkg } = repository(form === 'package.json key' ? {} : { files: { [form]: content } });
    if (form === 'package.json key') {
      const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, 'lint-staged': { '*.md': 'echo markdown' } }));
    }
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    const configFile = form === 'package.json key' ? 'package.json' : form;
    expect(fs.readFileSync(path.join(pkg, configFile), 'utf8')).toContain('echo markdown');
    expectHookWorks(repo);
  });

  // Issue 25, item 1: an entry that runs ESLint without failing on warnings used to leave a
  // hook that blocked nothing. Each form: init proves the hook, a .ts and a .js finding are
  // refused, and the user's entry is kept.
  it.each([
    ['.lintstagedrc.json', '{"*.ts": ["eslint --fix"]}\n', '"eslint --fix --max-warnings=0"'],
    ['package.json key', '', '"eslint --max-warnings=0"'],
    ['.lintstagedrc.yaml', '"src/**/*.{js,ts}": eslint --max-warnings=0\n', '"src/**/*.{js,ts}": eslint --max-warnings=0'],
  ])('wires a blocking hook through an existing ESLint entry in %s', (form, content, kept) => {
    const { repo, pkg } = repository(form === 'package.json key' ? {} : { files: { [form]: content } });
    typescriptProject(pkg);
    if (form === 'package.json key') {
      const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, 'lint-staged': { '*.{js,ts}': 'eslint' } }));
    }
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    expect(init.output).toMatch(/^Proved: .+ on staged \.js files, refuses ai-code-probe\.js with ai-code\/valid-generated-markers/mu);
    expect(init.output).toMatch(/^Proved: .+ on staged \.ts files, refuses ai-code-probe\.ts/mu);
    expect(fs.readFileSync(path.join(pkg, form === 'package.json key' ? 'package.json' : form), 'utf8')).toContain(kept);
    const refused = commit(repo, { 'src/total.ts': PLACEHOLDER_TS });
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain(PLACEHOLDER_MESSAGE);
    run('git', ['rm', '-q', '--cached', 'src/total.ts'], repo);
    expectHookWorks(repo);
  });

  // A module is read, never edited: it is left as it is, our checks run in a lint-staged call of
  // their own, and the user's entries still run in theirs. Node 20 imports TypeScript through
  // strip-types.js, as newer Nodes do natively, for init and for the hook alike.
  const TYPESCRIPT_LOADER = { NODE_OPTIONS: `--import ${path.resolve('test/helpers/strip-types.js')}` };
  const TOUCH = "{ '*.js': 'touch user-config-ran' }";
  it.each([
    ['lint-staged.config.js', 'JavaScript', `export default ${TOUCH};\n`],
    ['lint-staged.config.ts', 'TypeScript', `import type { Configuration } from 'lint-staged';\n\nconst config: Configuration = ${TOUCH};\nexport default config;\n`],
    ['.lintstagedrc.mts', 'TypeScript', `const config: Record<string, string> = ${TOUCH};\nexport default config;\n`],
    ['lint-staged.config.cts', 'TypeScript', `const config: Record<string, string> = ${TOUCH};\nmodule.exports = config;\n`],
  ])('wires a blocking hook beside a lint-staged config in %s', (form, language, content) => {
    const { repo, pkg } = repository({ files: { [form]: content } });
    const init = run(path.join(pkg, 'node_modules', '.bin', 'ai-code'), ['init', '--yes'], pkg, TYPESCRIPT_LOADER);
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain(`${form} was left as it was (a ${language} configuration cannot be edited safely): the hook runs ai-code.lint-staged.json in a lint-staged call of its own.`);
    expect(init.output).toMatch(/^Proved: .+ on staged \.js files, refuses ai-code-probe\.js/mu);
    expect(fs.readFileSync(path.join(pkg, form), 'utf8')).toBe(content);
    expectHookWorks(repo, '', TYPESCRIPT_LOADER);
    expect(fs.existsSync(path.join(pkg, 'user-config-ran'))).toBe(true);
  });

  // Issue 25, item 3: adopting on code with findings. Existing findings are recorded in ESLint's
  // bulk suppressions; a commit touching an old file passes, a new finding is refused. Projects
  // linted by xo or standard get a config that reports only our rules, so directives naming
  // theirs are neither unknown nor unused; a flat config with its own plugin gets our preset.
  const OLD_FILE = ['/** Totals the basket, in cents. */', 'export function total(items) {', '  // ... existing code ...', '  return items.length;', '}', ''].join('\n');
  // Directives naming rules of the project's own linter: a plugin's, and a core rule our config leaves off.
  const OTHER_LINTER_LINES = "export const none = null; // eslint-disable-line unicorn/no-null\n// eslint-disable-next-line no-console\nconsole.log('loaded');\n";
  const LOCAL_PLUGIN_LINE = "export const state = 'loaded'; // eslint-disable-line local/no-loaded\n";
  const DOCUMENTED = '\n/** Counts the items, for the badge on the basket icon. */\nexport const count = (items) => items.length;\n';
  const LOCAL_PLUGIN_CONFIG = [
    '// A plugin of the project\'s own, as a flat config with its own plugins has.',
    'const local = { rules: { "no-loaded": { create: (context) => ({ Literal(node) { if (node.value === "loaded") context.report({ node, message: "no loaded" }); } }) } } };',
    'export default [',
    '  { plugins: { local }, rules: { "local/no-loaded": "error" } },',
    '];',
    '',
  ].join('\n');
  it.each([
    ['no linter', {}, 'uses the recommended preset, our rules as errors'],
    ['xo', { xo: { space: true }, devDependencies: { xo: '^1.0.0' } }, 'only our findings reported'],
    ['standard', { devDependencies: { standard: '^17.0.0' } }, 'only our findings reported'],
    ['a flat config with its own plugin', { 'eslint.config.js': LOCAL_PLUGIN_CONFIG }, 'added aiCode.configs.recommended and our rules as errors'],
  ])('adopts gradually on existing code with %s', (_, setup, configNote) => {
    const { 'eslint.config.js': config, devDependencies, ...keys } = setup as { 'eslint.config.js'?: string; devDependencies?: Record<string, string> };
    const { repo, pkg } = repository({ files: config === undefined ? {} : { 'eslint.config.js': config } });
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, ...keys, devDependencies: { ...manifest.devDependencies, ...devDependencies } }, null, 2));
    const old = `${OLD_FILE}${config === undefined ? (devDependencies === undefined ? '' : OTHER_LINTER_LINES) : LOCAL_PLUGIN_LINE}`;
    expect(commit(repo, { 'src/old.js': old }).status).toBe(0);

    // init records the one old finding; the other linter's directives raise nothing.
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain(configNote);
    expect(init.output).toContain('Recorded the 1 findings already in 1 files in eslint-suppressions.json: the hook refuses only new ones.');
    expect(init.output).toContain('npx eslint --prune-suppressions');
    expect(JSON.parse(fs.readFileSync(path.join(pkg, 'eslint-suppressions.json'), 'utf8'))).toEqual({ 'src/old.js': { 'ai-code/no-placeholder-comments': { count: 1 } } });

    // The old finding is still there, recorded; a second one is new.
    const touched = commit(repo, { 'src/old.js': `${old}${DOCUMENTED}` });
    expect(touched.status, touched.output).toBe(0);
    const refused = commit(repo, { 'src/old.js': `${old}${DOCUMENTED}// ... rest of the code ...\n` });
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain("Comment '... rest of the code ...' stands for code that is not here");
  });

  // Issue 25, item 5: build output is neither linted nor blocking, whether .gitignore lists it
  // (distribution/) or it is one of the usual build folders (dist/).
  it('leaves gitignored and build folders alone', () => {
    const { repo, pkg } = repository({ files: { '.gitignore': 'node_modules\ndistribution/\n' } });
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    for (const [name, content] of Object.entries({ 'distribution/bundle.js': BAD_FILE, 'dist/index.js': BAD_FILE, 'src/bad.js': BAD_FILE })) {
      fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      fs.writeFileSync(path.join(repo, name), content);
    }
    const lint = run(path.join(pkg, 'node_modules', '.bin', 'eslint'), ['--format', 'json', '.'], pkg);
    const linted = (JSON.parse(lint.output) as { filePath: string }[]).map((result) => path.relative(pkg, result.filePath)).filter((name) => name.endsWith('.js'));
    expect(linted).not.toContain('distribution/bundle.js');
    expect(linted).not.toContain('dist/index.js');
    expect(linted).toContain('src/bad.js');
    // Build output committed anyway (git add -f) passes the hook.
    run('git', ['add', '-f', 'distribution/bundle.js', 'dist/index.js'], repo);
    const committed = run('git', ['commit', '-q', '-m', 'build'], repo);
    expect(committed.status, committed.output).toBe(0);
  });

  // What the tarball exposes besides the plugin: both bin names and the lint-staged preset.
  it('ships the ai-code and eslint-plugin-ai-code commands and the lint-staged preset', () => {
    const bin = path.join(fixture, 'node_modules', '.bin');
    expect(run(path.join(bin, 'ai-code'), ['--version'], fixture).output.trim()).toBe('0.1.0');
    expect(run(path.join(bin, 'eslint-plugin-ai-code'), ['--version'], fixture).output.trim()).toBe('0.1.0');
    const preset = run('node', ['--input-type=module', '-e', "console.log(JSON.stringify((await import('eslint-plugin-ai-code/lint-staged')).default))"], fixture);
    expect(JSON.parse(preset.output)).toEqual({ '*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}': ESLINT_COMMAND });
  });

  // The root's .gitignore applies to the package from the root, as in git, for ESLint and the report alike.
  it('works for a package in a subdirectory of the git repository', () => {
    const { repo, pkg } = repository({ subdirectory: 'apps/web', files: { '.gitignore': 'node_modules\n/apps/web/generated/\n' } });
    const init = aiCodeInit(pkg, '--yes');
    expect(init.status, init.output).toBe(0);
    expect(run('git', ['config', 'core.hooksPath'], repo).output.trim()).toBe('apps/web/.husky/_');
    expectHookWorks(repo, 'apps/web/');
    fs.mkdirSync(path.join(pkg, 'generated'));
    fs.writeFileSync(path.join(pkg, 'generated/client.js'), BAD_FILE);
    const lint = run(path.join(pkg, 'node_modules', '.bin', 'eslint'), ['--format', 'json', '.'], pkg);
    const linted = (JSON.parse(lint.output) as { filePath: string }[]).map((result) => path.relative(pkg, result.filePath));
    expect(linted).toContain('src/add.js');
    expect(linted).not.toContain('generated/client.js');
    const report = run(path.join(pkg, 'node_modules', '.bin', 'ai-code'), ['report', '--format', 'json'], pkg);
    const reported = (JSON.parse(report.output) as { files: { path: string }[] }).files.map((file) => file.path);
    expect(reported).toContain('src/add.js');
    expect(reported).not.toContain('generated/client.js');
  });
});
