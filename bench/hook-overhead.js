/**
 * What the pre-commit hook costs, beside the standard stack: the wall time of a real
 * `git commit` of the same 10 new files in temporary git repositories with three stacks,
 * in interleaved rounds, for a JavaScript and a TypeScript project:
 * - no hook: a plain repository;
 * - standard: husky 9 + `npx lint-staged` + ESLint with one core rule, set up as
 *   lint-staged's README does it;
 * - ai-code init: whatever `ai-code init --yes` writes at the time, with our presets (in a
 *   project without a lint-staged configuration, as here: `ai-code check-staged`).
 * A stack's overhead is its commit's time minus the no-hook commit's in the same round.
 * Installs the packed plugin into a temporary project first (run `npm run build` before).
 *
 * Usage: node bench/hook-overhead.js [--rounds N]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aiCodeInit, caseEnv, installFixture, newRepository, run } from '../test/helpers/hook-fixture.js';
import { plainTable } from './rule-cost/render.js';
import { median } from './rule-cost/stats.js';

/** What init's hook may add to a commit, as a multiple of what the standard stack adds. */
const RATIO_TARGET = 0.75;
const FILES_PER_COMMIT = 10;
/** The standard stack's one core rule: one that reads scopes, as most real configurations do. */
const CORE_RULE = 'no-unused-vars';
/** What a TypeScript project has beside the fixture's tools; a JavaScript one lacks them. */
const TYPESCRIPT_TOOLS = ['typescript', '@typescript-eslint/parser'];
const TSCONFIG = `${JSON.stringify({ compilerOptions: { target: 'es2022', module: 'nodenext', strict: true }, include: ['src'] }, null, 2)}\n`;
// An unused variable (the standard stack's rule) and an unclosed generated region (a rule of
// `recommended`): each linting stack must refuse it, or it would be timed linting nothing.
const PROBE = ['// @ai' + '-generated-begin tool=copilot', 'const unused = 1;', ''].join('\n');

/**
 * @typedef {{ name: string, extension: string, typescript: boolean }} Language
 * @typedef {{ name: string, setUp: (pkg: string, language: Language) => void, lints: boolean }} Stack
 * @typedef {{ language: Language, stack: Stack, repo: string, pkg: string, times: number[] }} Case
 */

/** @type {Language[]} */
const LANGUAGES = [
  { name: 'JavaScript', extension: 'js', typescript: false },
  { name: 'TypeScript', extension: 'ts', typescript: true },
];

/** @param {string[]} argv */
function parseArguments(argv) {
  // Five rounds: enough for a median, and a run of a few minutes on a quiet two-core machine.
  let rounds = 5;
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--rounds') rounds = Number(argv[++index]);
    else throw new Error(`Unknown argument: ${argv[index]}`);
  }
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  return { rounds };
}

/**
 * A small documented module, different per index, that every stack accepts: each function says
 * what it is for and each branch why, so `recommended` finds nothing, and the standard rule
 * finds no unused variable.
 * @param {number} index
 * @param {Language} language
 */
function moduleSource(index, language) {
  const typed = language.typescript;
  const rows = typed ? 'rows: Array<{ amount?: number; label: string }>' : 'rows';
  return [
    `/** Totals for report ${index}: sums, counts and the average of the rows that have an amount. */`,
    `export function summarize${index}(${rows})${typed ? ': { total: number; count: number; average: number }' : ''} {`,
    '  let total = 0;',
    '  let count = 0;',
    '  for (const row of rows) {',
    '    // Rows without an amount are skipped, not counted as zero.',
    '    if (row.amount === undefined) continue;',
    '    total += row.amount;',
    '    count++;',
    '  }',
    '  // An empty report averages to zero, not NaN, which the charts cannot draw.',
    '  return { total, count, average: count === 0 ? 0 : total / count };',
    '}',
    '',
    `/** The rows of report ${index} as lines of the printed summary, widest label first. */`,
    `export function lines${index}(${rows})${typed ? ': string[]' : ''} {`,
    '  const width = Math.max(0, ...rows.map((row) => row.label.length));',
    "  return rows.map((row) => `${row.label.padEnd(width)}  ${row.amount ?? '-'}`);",
    '}',
    '',
  ].join('\n');
}

/**
 * @param {string} pkg
 * @param {(manifest: Record<string, any>) => void} edit
 */
function editManifest(pkg, edit) {
  const file = path.join(pkg, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(manifest);
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * lint-staged's README: `npx husky init`, `npx lint-staged` as the hook, and a glob mapped to
 * `eslint`; ESLint itself with one core rule (and the TypeScript parser, which .ts files need).
 * @param {string} pkg
 * @param {Language} language
 */
function standardStack(pkg, language) {
  const husky = run(path.join(pkg, 'node_modules', '.bin', 'husky'), ['init'], pkg);
  if (husky.status !== 0) throw new Error(`husky init failed: ${husky.output}`);
  fs.writeFileSync(path.join(pkg, '.husky', 'pre-commit'), 'npx lint-staged\n');
  editManifest(pkg, (manifest) => {
    manifest['lint-staged'] = { [`*.${language.extension}`]: 'eslint' };
  });
  const rule = `{ rules: { '${CORE_RULE}': 'error' } }`;
  const config = language.typescript
    ? `import tsParser from '@typescript-eslint/parser';\n\nexport default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ${rule}];\n`
    : `export default [${rule}];\n`;
  fs.writeFileSync(path.join(pkg, 'eslint.config.js'), config);
}

/** @param {string} pkg */
function initStack(pkg) {
  const init = aiCodeInit(pkg, '--yes');
  if (init.status !== 0) throw new Error(`ai-code init failed: ${init.output}`);
}

/** @type {Stack[]} */
const STACKS = [
  { name: 'no hook', setUp: () => {}, lints: false },
  { name: 'standard', setUp: standardStack, lints: true },
  { name: 'ai-code init', setUp: initStack, lints: true },
];

/**
 * Writes and stages `files` (paths relative to the repository) and times `git commit`; a
 * refused commit throws, or an accepted one when `refusal` is expected.
 * @param {string} repo
 * @param {Record<string, string>} files
 * @param {{ refusal?: boolean }} [expect]
 */
function timeCommit(repo, files, expect = {}) {
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(repo, name), content);
  run('git', ['add', '--', ...Object.keys(files)], repo);
  const start = performance.now();
  const result = spawnSync('git', ['commit', '-q', '-m', 'bench'], { cwd: repo, env: caseEnv(), encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if ((result.status === 0) === Boolean(expect.refusal)) {
    throw new Error(`git commit in ${repo} was ${expect.refusal ? 'accepted' : 'refused'}:\n${result.stdout}${result.stderr}`);
  }
  return elapsed;
}

/**
 * A repository of `language` with `stack` set up and committed, proven to refuse a bad file
 * when the stack lints.
 * @param {string} fixture
 * @param {Language} language
 * @param {Stack} stack
 * @returns {Case}
 */
function newCase(fixture, language, stack) {
  const { repo, pkg } = newRepository(fixture, { files: language.typescript ? { 'tsconfig.json': TSCONFIG, 'src/.keep': '' } : { 'src/.keep': '' } });
  try {
    if (!language.typescript) editManifest(pkg, (manifest) => TYPESCRIPT_TOOLS.forEach((name) => delete manifest.devDependencies[name]));
    stack.setUp(pkg, language);
    // A first commit, so lint-staged works as in a real repository (with its backup stash).
    run('git', ['add', '.'], repo);
    run('git', ['commit', '-q', '--no-verify', '-m', 'setup'], repo);
    if (stack.lints) {
      const probe = `src/probe.${language.extension}`;
      timeCommit(repo, { [probe]: PROBE }, { refusal: true });
      run('git', ['reset', '-q', '--', probe], repo);
      fs.rmSync(path.join(repo, probe));
    }
  } catch (error) {
    fs.rmSync(repo, { recursive: true, force: true });
    throw error;
  }
  return { language, stack, repo, pkg, times: [] };
}

/**
 * The hook, the lint-staged configuration and the ESLint configuration a stack left in its
 * repository, so the report says what was timed.
 * @param {string} pkg
 */
function describeSetup(pkg) {
  /** @param {string} name */
  const read = (name) => (fs.existsSync(path.join(pkg, name)) ? fs.readFileSync(path.join(pkg, name), 'utf8') : '');
  const hook = read('.husky/pre-commit')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .join('; ');
  const manifest = JSON.parse(read('package.json'));
  const stagedFile = fs.readdirSync(pkg).find((name) => name.startsWith('.lintstagedrc') || name.startsWith('lint-staged.config'));
  // init's own check (`ai-code check-staged`) needs no lint-staged configuration.
  let lintStaged = 'none';
  if (manifest['lint-staged'] !== undefined) lintStaged = JSON.stringify(manifest['lint-staged']);
  else if (stagedFile !== undefined) lintStaged = `${stagedFile}: ${read(stagedFile).replace(/\s+/gu, ' ').trim()}`;
  const configFile = fs.readdirSync(pkg).find((name) => name.startsWith('eslint.config.')) ?? 'no eslint.config.*';
  // The whole exported array on one line, without the comments that give each element's reason.
  const config = read(configFile);
  const exported = config
    .slice(Math.max(0, config.search(/^(?:export default|module\.exports)/mu)))
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return `.husky/pre-commit: ${hook}; lint-staged: ${lintStaged}; ${configFile}: ${exported}`;
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Each language's median overheads over the no-hook commit of the same round, and their ratio.
 * @param {Case[]} cases
 * @param {number} rounds
 */
function summary(cases, rounds) {
  const rows = LANGUAGES.map((language) => {
    /** @param {string} name */
    const timesOf = (name) => cases.find((entry) => entry.language === language && entry.stack.name === name)?.times ?? [];
    const bare = timesOf('no hook');
    /** @param {string} name */
    const overhead = (name) => median(timesOf(name).map((ms, round) => ms - (bare[round] ?? Number.NaN)));
    const standard = overhead('standard');
    const ours = overhead('ai-code init');
    const ratio = ours / standard;
    return [language.name, `${median(bare).toFixed(0)} ms`, seconds(standard), seconds(ours), `${ratio.toFixed(2)}×`, `≤ ${RATIO_TARGET}×`, ratio <= RATIO_TARGET ? 'PASS' : 'FAIL'];
  });
  return [
    `Overhead over no hook on a commit of ${FILES_PER_COMMIT} staged files: the median over ${rounds} rounds of (the stack's commit − the no-hook commit of the same round).`,
    ...plainTable({
      headers: ['Project', 'No hook', 'Standard adds', 'ai-code init adds', 'Ours / standard', 'Target', 'Result'],
      rows,
      rightAligned: [false, true, true, true, true, false, false],
    }),
  ];
}

/**
 * One uncounted warm-up round (it fills the disk cache), then `rounds` measured ones; each
 * round commits in every case, starting one case later than the round before, so a slow
 * phase of a shared machine spreads over all stacks instead of hitting one.
 * @param {Case[]} cases
 * @param {number} rounds
 */
function measureRounds(cases, rounds) {
  for (let round = 0; round <= rounds; round++) {
    /** @type {Map<Case, number>} */
    const times = new Map();
    for (let step = 0; step < cases.length; step++) {
      const entry = /** @type {Case} */ (cases[(round + step) % cases.length]);
      // The same files in every stack; new names each round, since the last ones are committed.
      const files = Object.fromEntries(Array.from({ length: FILES_PER_COMMIT }, (_, index) => [`src/r${round}-${index}.${entry.language.extension}`, moduleSource(index, entry.language)]));
      times.set(entry, timeCommit(entry.repo, files));
    }
    if (round === 0) {
      process.stderr.write('warm-up round done\n');
      continue;
    }
    for (const [entry, ms] of times) entry.times.push(ms);
    const perLanguage = LANGUAGES.map((language) => `${language.name}: ${cases.filter((entry) => entry.language === language).map((entry) => `${entry.stack.name} ${times.get(entry)?.toFixed(0)} ms`).join(', ')}`);
    console.log(`round ${round}: ${perLanguage.join('; ')}`);
  }
}

function main() {
  const started = performance.now();
  // Taken before any work of ours, so it shows what else the machine was doing.
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { rounds } = parseArguments(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-bench-'));
  /** @type {Case[]} */
  const cases = [];
  try {
    const fixture = installFixture(work, TYPESCRIPT_TOOLS);
    for (const language of LANGUAGES) for (const stack of STACKS) cases.push(newCase(fixture, language, stack));
    process.stderr.write('repositories set up\n');
    measureRounds(cases, rounds);
    const cpus = os.cpus();
    const lines = [
      ...summary(cases, rounds),
      '',
      // What each stack that lints left in its repository: init's output changes with the CLI.
      ...cases.filter((entry) => entry.stack.lints).map((entry) => `${entry.stack.name}, ${entry.language.name}: ${describeSetup(entry.pkg)}`),
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), Node ${process.version}; load average (1 min) ${loadAtStart.toFixed(2)} at start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at end; run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    for (const entry of cases) fs.rmSync(entry.repo, { recursive: true, force: true });
  }
}

main();
