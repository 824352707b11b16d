/**
 * What `ai-code report --provenance` and `--history` cost on one repository, against `git
 * blame` over the same files, each as a whole process: the plain report, the report with
 * provenance with an empty cache and again with the cache, `git blame` run file after file
 * (plain, and with the -M -C the report asks for), the report's blame engine alone at 1, 2 and 4
 * blames at once, and the weekly history with and without provenance, cold and cached.
 *
 * Usage: npm run build && node bench/provenance.js REPOSITORY [--since DATE]
 *   REPOSITORY is a clone the benchmark may write its cache into (under its git directory).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './corpus.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { since: { type: 'string' } } });
const repository = path.resolve(positionals[0] ?? '.');
const bin = path.join(projectRoot, 'bin', 'ai-code.js');
const gitDirectory = path.resolve(repository, execFileSync('git', ['rev-parse', '--git-common-dir'], { cwd: repository, encoding: 'utf8' }).trim());
const clearCache = () => fs.rmSync(path.join(gitDirectory, 'ai-code'), { recursive: true, force: true });

/**
 * Seconds a command takes, and its standard output.
 * @param {string} command
 * @param {string[]} args
 */
function timed(command, args) {
  const started = performance.now();
  const output = execFileSync(command, args, { cwd: repository, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  return { seconds: (performance.now() - started) / 1000, output };
}

const rows = [];
/**
 * @param {string} what
 * @param {number} seconds
 */
const note = (what, seconds) => {
  rows.push([what, seconds]);
  console.log(`${what.padEnd(58)} ${seconds.toFixed(2).padStart(7)} s`);
};

console.log(`${repository} (load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}, ${os.availableParallelism()} CPUs)`);
const plain = timed(process.execPath, [bin, 'report', '--format', 'json']);
const files = JSON.parse(plain.output).files.map((/** @type {{ path: string }} */ file) => file.path);
console.log(`${files.length} files reported`);
note('report', plain.seconds);
clearCache();
const cold = timed(process.execPath, [bin, 'report', '--provenance', '--format', 'json']);
note('report --provenance, empty cache', cold.seconds);
note('report --provenance, cached', timed(process.execPath, [bin, 'report', '--provenance', '--format', 'json']).seconds);
// git blame over the same files, one after another, as a script would run it.
let started = performance.now();
for (const file of files) execFileSync('git', ['blame', '--incremental', '--', file], { cwd: repository, maxBuffer: 1 << 30 });
note('git blame, file after file', (performance.now() - started) / 1000);
started = performance.now();
for (const file of files) execFileSync('git', ['blame', '--incremental', '-M', '-C', '--', file], { cwd: repository, maxBuffer: 1 << 30 });
note('git blame -M -C, file after file', (performance.now() - started) / 1000);

// The engine alone, without the report around it, at several blames at once.
const { Provenance } = await import('../dist/cli/report/provenance/attribution.js');
const { DEFAULT_IDENTITIES } = await import('../dist/cli/report/provenance/identities.js');
for (const concurrency of [1, 2, 4]) {
  const provenance = await Provenance.open(repository, { identities: DEFAULT_IDENTITIES, cache: false, concurrency });
  started = performance.now();
  await provenance.ofWorkingTree(files.map((/** @type {string} */ file) => path.join(repository, file)));
  note(`blame engine, ${concurrency} at once, no cache`, (performance.now() - started) / 1000);
  await provenance.close();
}

if (values.since !== undefined) {
  note('report --history week', timed(process.execPath, [bin, 'report', '--history', 'week', '--since', values.since]).seconds);
  clearCache();
  note('report --history week --provenance, empty cache', timed(process.execPath, [bin, 'report', '--history', 'week', '--since', values.since, '--provenance']).seconds);
  note('report --history week --provenance, cached', timed(process.execPath, [bin, 'report', '--history', 'week', '--since', values.since, '--provenance']).seconds);
}
console.log(`load average after: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
