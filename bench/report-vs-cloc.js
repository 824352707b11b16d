/**
 * `ai-code report` against cloc on the same files, as processes timed by wall clock in one
 * run: what a user waits for, start-up included, on the small corpus (645 files) and on the
 * rule benchmark's npm corpus (3,580 files). The corpus files are copied out of node_modules
 * into a temporary project (ESLint never lints node_modules) with a flat config that parses
 * them as the rule benchmark does. A bare `eslint` run over the same project (no
 * rules: parsing only) shows what reading every file through ESLint's pipeline would cost.
 *
 * Usage: npm run build && node bench/report-vs-cloc.js [--rounds N]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusFiles, npmCorpusFiles, projectRoot } from './corpus.js';

const roundsFlag = process.argv.indexOf('--rounds');
// Five rounds by default: on a shared two-core machine a median of three still follows one bad round.
const rounds = roundsFlag < 0 ? 5 : Number(process.argv[roundsFlag + 1]);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/** Wall time of one process run in ms; a failing run stops the benchmark with its output. */
function timed(/** @type {string} */ command, /** @type {string[]} */ args, /** @type {string} */ cwd) {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const elapsed = performance.now() - started;
  // ESLint exits 1 for the corpus files it cannot parse (the report skips them too).
  if (run.status !== 0 && !(run.status === 1 && /Parsing error/u.test(run.stdout))) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return { elapsed, stdout: run.stdout };
}

/**
 * Copies `files` into a temporary project with a flat config that parses them as the rule
 * benchmark does, and returns its folder.
 * @param {import('./corpus.js').CorpusEntry[]} files
 * @param {'commonjs' | 'module'} javascript how the corpus's JavaScript is parsed
 */
function temporaryProject(files, javascript) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-report-bench-'));
  for (const [index, { file }] of files.entries()) {
    // Numbered names keep every file apart; the extension keeps its language.
    const target = path.join(work, 'src', `${String(index).padStart(4, '0')}-${path.basename(file)}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  fs.writeFileSync(
    path.join(work, 'eslint.config.js'),
    [
      `import tsParser from ${JSON.stringify(path.join(projectRoot, 'node_modules/@typescript-eslint/parser/dist/index.js'))};`,
      `export default [{ files: ['**/*.js'], languageOptions: { sourceType: '${javascript}' } }, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }];`,
      '',
    ].join('\n'),
  );
  return work;
}

/**
 * Times cloc, the report and a bare eslint on one corpus, interleaved, and prints the medians.
 * @param {string} name
 * @param {import('./corpus.js').CorpusEntry[]} files
 * @param {'commonjs' | 'module'} javascript
 */
function compare(name, files, javascript) {
  const work = temporaryProject(files, javascript);
  try {
    const lines = files.reduce((sum, { file }) => sum + fs.readFileSync(file, 'utf8').split('\n').length, 0);
    const commands = {
      cloc: [path.join(projectRoot, 'node_modules/.bin/cloc'), ['--quiet', '--json', '--timeout=120', 'src']],
      report: [process.execPath, [path.join(projectRoot, 'bin/ai-code.js'), 'report', 'src', '--format', 'json']],
      eslint: [process.execPath, [path.join(projectRoot, 'node_modules/eslint/bin/eslint.js'), '--no-warn-ignored', '--no-inline-config', 'src']],
    };
    /** @type {Record<keyof typeof commands, number[]>} */
    const times = { cloc: [], report: [], eslint: [] };
    let reported = 0;
    // Interleaved rounds, after one uncounted warm-up of each (disk cache, compile cache).
    for (let round = 0; round <= rounds; round++) {
      for (const [command, [program, args]] of /** @type {[keyof typeof commands, [string, string[]]][]} */ (Object.entries(commands))) {
        const { elapsed, stdout } = timed(program, args, work);
        if (round > 0) times[command].push(elapsed);
        if (command === 'report') reported = JSON.parse(stdout).totals.files;
      }
    }
    const [cloc, report, eslint] = [median(times.cloc), median(times.report), median(times.eslint)];
    const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`${name}: ${files.length} files, ${lines} lines; the report covered ${reported} files`);
    console.log(`  cloc:              ${seconds(cloc)}`);
    console.log(`  ai-code report:    ${seconds(report)}  (${(report / cloc).toFixed(2)}× cloc; goal ≤ 2×)`);
    console.log(`  eslint, no rules:  ${seconds(eslint)}  (${(eslint / cloc).toFixed(2)}× cloc: the parse the report avoids)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// The date, machine and load make a figure comparable with later runs.
console.log(`${new Date().toISOString()}  ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, node ${process.version}, load ${os.loadavg()[0]?.toFixed(2)}; median of ${rounds} rounds`);
compare('small corpus (ESLint, typescript-eslint, ajv)', corpusFiles(), 'commonjs');
compare('npm corpus (the rule benchmark\'s)', npmCorpusFiles(), 'module');
