/**
 * `npm run bench`: every benchmark in one run, printed as it goes and written to
 * bench/RESULTS.md. The rule cost (bare parse, each rule, each preset, the reference rules of
 * other plugins, the big files, scaling) comes from bench/rule-cost.js, the pre-commit hook's
 * overhead on a 10-file commit from bench/hook-overhead.js, and `ai-code report` against cloc
 * from bench/report-vs-cloc.js.
 *
 * Usage: npm run bench [-- --rounds N] [-- --sample N]   (the options go to rule-cost.js)
 *
 * Each benchmark runs in its own process, exactly as its own usage line says, so each can
 * still be run alone, and none inherits another's heap.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './corpus.js';

const RESULTS = path.join(projectRoot, 'bench', 'RESULTS.md');

/**
 * Runs `node ...args` in the project root, echoing its standard output while keeping a copy;
 * its progress on standard error goes straight through.
 * @param {string[]} args
 * @returns {Promise<{ status: number, output: string, seconds: number }>}
 */
function runNode(args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (/** @type {string} */ chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/**
 * A benchmark that prints plain lines, as a Markdown section with its output kept verbatim.
 * @param {string} title
 * @param {{ status: number, output: string }} result
 */
function outputSection(title, result) {
  const failed = result.status === 0 ? [] : [`**Failed with exit code ${result.status}.**`, ''];
  return [`## ${title}`, '', ...failed, '```text', result.output.trimEnd(), '```', ''].join('\n');
}

/** The commit measured, so that a figure in review can be traced to its code. */
function commitMeasured() {
  /** @param {string[]} args */
  const git = (args) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']) || 'unknown';
  // RESULTS.md itself is rewritten by every run, so its own changes do not count.
  const changed = git(['status', '--porcelain', '--', '.', ':!bench/RESULTS.md']) !== '';
  return `${commit} on ${branch}${changed ? ', with uncommitted changes' : ''}`;
}

const started = performance.now();
const measured = commitMeasured();
const markdown = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-bench-run-')), 'rule-cost.md');
try {
  const ruleCost = await runNode(['bench/rule-cost.js', '--markdown', markdown, ...process.argv.slice(2)]);
  process.stdout.write('\nHook overhead on a 10-file commit\n');
  const hook = await runNode(['bench/hook-overhead.js']);
  process.stdout.write('\nReport vs cloc\n');
  const report = await runNode(['bench/report-vs-cloc.js', '--rounds', '3']);

  const seconds = (performance.now() - started) / 1000;
  const steps = [ruleCost, hook, report].map((step) => step.seconds.toFixed(0));
  const summary = `\`npm run bench\` took ${seconds.toFixed(0)} s: rule cost ${steps[0]} s, hook overhead ${steps[1]} s, report vs cloc ${steps[2]} s.`;
  // rule-cost.js renders its own sections; when it failed, its output is all there is.
  const costMarkdown =
    ruleCost.status === 0 && fs.existsSync(markdown)
      ? fs.readFileSync(markdown, 'utf8').replace(/^# .*\n/u, '# eslint-plugin-ai-code: benchmark results\n')
      : `# eslint-plugin-ai-code: benchmark results\n\n${outputSection('Rule cost', ruleCost)}`;
  const sections = [costMarkdown.trimEnd(), '', outputSection('Hook overhead on a 10-file commit', hook), outputSection('Report vs cloc', report), '## Run time', '', `- ${summary}`, `- Commit measured: ${measured}.`, ''];
  fs.writeFileSync(RESULTS, sections.join('\n'));
  process.stdout.write(`\n${summary}\nwrote ${path.relative(projectRoot, RESULTS)}\n`);
  process.exitCode = [ruleCost, hook, report].every((step) => step.status === 0) ? 0 : 1;
} finally {
  fs.rmSync(path.dirname(markdown), { recursive: true, force: true });
}
