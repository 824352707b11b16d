/**
 * What the plugin's rules cost, as a share of what ESLint already spends parsing the same
 * files. Parse time is the yardstick because it is the one cost every lint run pays and
 * no rule can avoid; a rule that stays within a small share of it is cheap in any setup.
 * Two rules of other plugins, measured the same way, give the figures a scale; two oversized
 * files and a synthetic file at three sizes show that the cost grows linearly with the input.
 *
 * Usage: node bench/rule-cost.js [--markdown FILE] [--rounds N] [--sample N]   (after `npm run build`)
 * `npm run bench` (bench/run.js) runs it with the hook and report benchmarks and writes
 * bench/RESULTS.md. `--sample N` keeps every N-th corpus file, for a quick run.
 *
 * The parts live in bench/rule-cost/: the command line (args.js), the budget (targets.js),
 * the configurations (setups.js), the corpus as inputs (inputs.js), a timed lint (lint.js),
 * the three measurements (measure-*.js), and the report (sections.js, render.js).
 */
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArguments } from './rule-cost/args.js';
import { readCorpus } from './rule-cost/inputs.js';
import { measureBigFiles } from './rule-cost/measure-big-files.js';
import { measureCorpus } from './rule-cost/measure-corpus.js';
import { measureScaling } from './rule-cost/measure-scaling.js';
import { render } from './rule-cost/render.js';
import { bigFileSection, costSection, scalingSection, setupSection } from './rule-cost/sections.js';
import { setups } from './rule-cost/setups.js';

/** @typedef {import('./rule-cost/setups.js').Setup} Setup */

function main() {
  const started = performance.now();
  // Taken before any work of ours, so it shows what else the machine was doing.
  const loadAtStart = os.loadavg()[0] ?? 0;
  const options = parseArguments(process.argv.slice(2));
  const inputs = readCorpus(options.sample);
  const list = setups();
  const corpus = measureCorpus(list, inputs, options.rounds);
  // Progress goes to stderr; stdout carries only the report, for a caller to capture.
  process.stderr.write('big files...\n');
  const bare = /** @type {Setup} */ (list.find((setup) => setup.kind === 'bare'));
  const all = /** @type {Setup} */ (list.find((setup) => setup.name === 'preset all'));
  const big = measureBigFiles(bare, all);
  process.stderr.write('scaling check...\n');
  const scalingLoad = os.loadavg()[0] ?? 0;
  const scaling = measureScaling(list.filter((setup) => setup.kind === 'rule'));
  const run = { rounds: options.rounds, sample: options.sample, seconds: (performance.now() - started) / 1000, loadAtStart };
  const report = [setupSection(inputs, run), costSection(corpus), bigFileSection(big, corpus, inputs), scalingSection(scaling, scalingLoad)];
  const title = 'eslint-plugin-ai-code: rule cost';
  process.stdout.write(render(title, report, 'text'));
  if (options.markdown !== undefined) {
    fs.writeFileSync(options.markdown, render(title, report, 'markdown'));
    process.stderr.write(`wrote ${options.markdown}\n`);
  }
}

main();
