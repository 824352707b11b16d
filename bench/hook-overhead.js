// The cost of the pre-commit hook: wall time of `git commit` of 10 staged files through
// husky + lint-staged + ESLint with the recommended preset, minus the same commit with
// `--no-verify`, in one run. Installs the packed plugin into a temporary project first
// (run `npm run build` before). Usage: node bench/hook-overhead.js [rounds]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aiCodeInit, caseEnv, installFixture, newRepository, run } from '../test/helpers/hook-fixture.js';

const rounds = Number(process.argv[2] ?? 3);

/**
 * A small documented module, different per index, that passes the recommended preset.
 * @param {number} index
 */
function moduleSource(index) {
  const lines = [`/** Totals for report ${index}: sums, counts and the average of the given rows. */`];
  lines.push(`export function summarize${index}(rows) {`, '  let total = 0;', '  let count = 0;');
  // Enough statements to be judged by comment-ratio, with a comment to keep it documented.
  lines.push('  // Rows without an amount are skipped, not counted as zero.');
  for (let step = 0; step < 20; step++) lines.push(`  if (rows[${step}]?.amount !== undefined) { total += rows[${step}].amount; count++; }`);
  lines.push('  return { total, count, average: count === 0 ? 0 : total / count };', '}', '');
  return lines.join('\n');
}

/**
 * Milliseconds one `git commit` of 10 new files takes, with or without the hook.
 * @param {string} repo
 * @param {number} round
 * @param {boolean} verify
 */
function timeCommit(repo, round, verify) {
  const names = Array.from({ length: 10 }, (_, index) => `src/r${round}-${verify ? 'hook' : 'bare'}-${index}.js`);
  fs.mkdirSync(path.join(repo, 'src'), { recursive: true });
  names.forEach((name, index) => fs.writeFileSync(path.join(repo, name), moduleSource(index)));
  run('git', ['add', '--', ...names], repo);
  const args = ['commit', '-q', '-m', `round ${round}`, ...(verify ? [] : ['--no-verify'])];
  const start = performance.now();
  const result = spawnSync('git', args, { cwd: repo, env: caseEnv(), encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`git commit failed:\n${result.stdout}${result.stderr}`);
  return elapsed;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-bench-'));
let repo;
try {
  const fixture = installFixture(work);
  ({ repo } = newRepository(fixture));
  const init = aiCodeInit(repo, '--yes');
  if (init.status !== 0) throw new Error(init.output);
  // A first commit, so lint-staged works as in a real repository (with its backup stash).
  run('git', ['add', '.'], repo);
  run('git', ['commit', '-q', '--no-verify', '-m', 'setup'], repo);
  const overheads = [];
  for (let round = 0; round < rounds; round++) {
    const bare = timeCommit(repo, round, false);
    const hooked = timeCommit(repo, round, true);
    overheads.push(hooked - bare);
    console.log(`round ${round + 1}: bare ${bare.toFixed(0)} ms, with hook ${hooked.toFixed(0)} ms, overhead ${(hooked - bare).toFixed(0)} ms`);
  }
  const median = [...overheads].sort((a, b) => a - b)[Math.floor(overheads.length / 2)] ?? 0;
  console.log(`hook overhead on a commit of 10 staged files: ${(median / 1000).toFixed(2)} s (median of ${rounds}; target ≤ 1.5 s)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (repo !== undefined) fs.rmSync(repo, { recursive: true, force: true });
}
