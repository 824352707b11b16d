/**
 * The report's sections: the setup, the cost on the corpus, the big files and the scaling
 * check, each with the notes a reader needs to judge its figures.
 *
 * @typedef {import('./inputs.js').Input} Input
 * @typedef {import('./render.js').Section} Section
 * @typedef {import('./measure-corpus.js').SetupRounds} SetupRounds
 * @typedef {import('./measure-corpus.js').CorpusResult} CorpusResult
 * @typedef {import('./measure-scaling.js').ScalePoint} ScalePoint
 * @typedef {import('./measure-big-files.js').BigFileResult} BigFileResult
 */
import os from 'node:os';
import { Linter } from 'eslint';
import plugin from '../../dist/index.js';
import { npmCorpusDescription } from '../corpus.js';
import { mebibytes } from './inputs.js';
import { BIG_FILE_ROUNDS } from './measure-big-files.js';
import { WARM_UP_STRIDE } from './measure-corpus.js';
import { SCALES, SCALING_ROUNDS } from './measure-scaling.js';
import { milliseconds, percent } from './render.js';
import { REFERENCE_RULES } from './setups.js';
import { median, quantile, spread, sum } from './stats.js';
import { LINEAR_BUDGET, PRESET_SHARE_TARGETS, RULE_SHARE_TARGET, SCALING_TARGET } from './targets.js';

/** Tiny files have tiny parse times, so their analysis/parse ratios are noise. */
const RATIO_MIN_PARSE_MS = 1;

/**
 * The machine, the versions and the corpus: what anyone comparing two reports checks first.
 * @param {Input[]} inputs
 * @param {{ rounds: number, sample: number, seconds: number, loadAtStart: number }} run
 * @returns {Section}
 */
export function setupSection(inputs, run) {
  const cpus = os.cpus();
  const lines = inputs.reduce((total, input) => total + input.text.split('\n').length, 0);
  const jsFiles = inputs.filter((input) => input.filename.endsWith('.js')).length;
  const declarations = inputs.filter((input) => input.filename.endsWith('.d.ts')).length;
  const sample = run.sample === 1 ? 'every file' : `every ${run.sample}th file of each package (--sample ${run.sample})`;
  return {
    title: 'Setup',
    text: [
      `Date: ${new Date().toISOString()}`,
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
      `Node ${process.version}, ESLint ${Linter.version}, ${plugin.meta.name} ${plugin.meta.version}`,
      // Other work on the machine is the main source of noise; the load says how much there was.
      `Load average at start (1 min): ${run.loadAtStart.toFixed(2)}`,
      `Corpus: ${inputs.length} files (${jsFiles} JS, ${inputs.length - jsFiles - declarations} TS, ${declarations} d.ts), ${lines} lines, ${mebibytes(inputs).toFixed(1)} MiB: ${npmCorpusDescription()}; ${sample}.`,
      `Method: 1 uncounted warm-up round on every ${WARM_UP_STRIDE}th file, then ${run.rounds} measured round${run.rounds === 1 ? '' : 's'} over the corpus with the configurations interleaved; each corpus figure is the median over rounds. Three rounds by default (--rounds), so that a whole \`npm run bench\` stays within about 15 minutes on two cores.`,
      'Times are ESLint stats (Linter#verifyAndFix with stats: true), summed over files: parse = passes[0].parse.total, a rule = passes[0].rules[id].total.',
      `Run took ${run.seconds.toFixed(0)} s.`,
    ],
  };
}

/** The budget in words, from the same constants the verdicts use. */
function costTargets() {
  const presets = [...PRESET_SHARE_TARGETS].map(([name, share]) => `the ${name} preset ≤ ${percent(share, 1)}`);
  return [`each rule alone ≤ ${percent(RULE_SHARE_TARGET, 1)} of parse time`, ...presets].join(', ');
}

/**
 * Every setup's cost as a share of bare parse time, with the verdict where there is a target.
 * @param {CorpusResult} corpus
 * @returns {Section}
 */
export function costSection(corpus) {
  const bare = corpus.rounds.find((entry) => entry.setup.kind === 'bare');
  const bareParse = bare?.parse ?? [];
  // Judged on each file's least time over the rounds, since a collection or another process
  // only ever adds time and every configuration has as many rounds; the parse time is that of
  // the same lints, as `eslint --stats` prints it beside the rules' times.
  /** @param {SetupRounds} entry */
  const leastShare = (entry) => sum(entry.setup.kind === 'bare' ? entry.leastParse : entry.leastRules) / sum(entry.leastParse);
  /** @param {number[]} perRound @param {number[]} parses */
  const shareOf = (perRound, parses) => median(perRound.map((ms, round) => ms / (parses[round] ?? Number.NaN)));

  const rows = corpus.rounds.map((entry) => {
    const { kind, name, ruleIds, target } = entry.setup;
    const values = kind === 'bare' ? entry.parse : entry.total;
    const share = leastShare(entry);
    // A setup without a target is there for scale; only a reference says so in its verdict.
    const verdict = target === undefined ? (kind === 'reference' ? 'reference' : '') : share <= target ? 'PASS' : 'FAIL';
    const rules = ruleIds.length > 1 ? ` (${ruleIds.length} rules)` : '';
    const targetText = target === undefined ? '' : `≤ ${percent(target, 1)}`;
    return [name + rules, milliseconds(median(values)), percent(share), percent(shareOf(values, entry.parse)), percent(spread(values), 1), targetText, verdict];
  });
  const factsRun = corpus.factsRun;
  const notes = [
    'Each rule runs alone, so it pays for the shared FileFacts analysis itself; presets share one analysis between their rules.',
    `Reference rows: ${REFERENCE_RULES.join(' and ')} with their default options, measured exactly like ours; the issue quotes 2.4% and 22% of parse time for them on another corpus.`,
    "Share = the sum over files of each file's least rule time over the rounds, over the sum of each file's least parse time in the same lints (what `eslint --stats` reports beside the rules' times); the least per file, since a garbage collection or another process only adds time, and every configuration has as many rounds. Median round = the median over rounds of (the round's time / its parse time), for comparison. Time = the median over rounds of the round's sum; spread = (max − min) / median of those sums.",
  ];
  if (bare && factsRun) {
    const ratios = factsRun.facts.flatMap((ms, index) => ((factsRun.parses[index] ?? 0) >= RATIO_MIN_PARSE_MS ? [ms / (factsRun.parses[index] ?? 1)] : []));
    rows.push(['FileFacts analysis, isolated', milliseconds(median(bare.facts)), '', percent(shareOf(bare.facts, bareParse)), percent(spread(bare.facts), 1), '', 'info']);
    notes.push(
      "FileFacts analysis, isolated: every part of it (each comment's kind, the line kinds, the documentation lines), timed on each file's already-parsed SourceCode in the bare-parse runs. Rules build only the parts they read, so none pays all of it.",
      `Per file in the last round (files parsing in ≥ ${RATIO_MIN_PARSE_MS} ms, ${ratios.length} of ${factsRun.facts.length}): analysis/parse median ${percent(median(ratios))}, 90th percentile ${percent(quantile(ratios, 0.9))}.`,
    );
  }
  if (corpus.fatal.length > 0) notes.push(`WARNING: ${corpus.fatal.length} files were not parsed, e.g. ${corpus.fatal[0]}`);
  return {
    title: `Cost on the corpus (targets: ${costTargets()})`,
    text: notes,
    table: {
      headers: ['Configuration', 'Time (ms)', 'Share of parse', 'Median round', 'Spread', 'Target', 'Result'],
      rows,
      rightAligned: [false, true, true, true, true, false, false],
    },
  };
}

/**
 * Time per file at each scale and the growth per tenfold step; parse is shown for scale.
 * @param {ScalePoint[]} scaling
 * @param {number} load the 1-minute load average when the scaling check started
 * @returns {Section}
 */
export function scalingSection(scaling, load) {
  /** @type {[string, (point: ScalePoint) => number][]} */
  const measures = [['parse', (point) => point.parse]];
  for (const id of scaling[0]?.rules.keys() ?? []) measures.push([id, (point) => point.rules.get(id) ?? 0]);
  const rows = measures.map(([name, timeOf]) => {
    const times = scaling.map(timeOf);
    const ratios = times.slice(1).map((ms, index) => ms / (times[index] ?? Number.NaN));
    const isRule = name !== 'parse';
    const verdict = ratios.every((ratio) => ratio <= SCALING_TARGET) ? 'PASS' : 'FAIL';
    return [name, ...times.map(milliseconds), ...ratios.map((ratio) => `${ratio.toFixed(1)}×`), isRule ? `≤ ${SCALING_TARGET}×` : '', isRule ? verdict : 'info'];
  });
  const [one, ten, hundred] = scaling;
  return {
    title: `Scaling (target: ≤ ${SCALING_TARGET}× time per 10× input)`,
    text: [
      `Synthetic JS (functions, a class, comments, strings) in one UMD-style wrapper; 1× = ${one?.lines} lines, 10× = ${ten?.lines}, 100× = ${hundred?.lines}.`,
      `Time per file: the lower quartile of all lints of that file (${SCALING_ROUNDS} rounds; a round lints the 1×, 10× and 100× files ${SCALES.map(({ repeats }) => repeats).join(', ')} times with each rule).`,
      'Why a low quantile: a garbage collection or a time slice lost to another process inside a rule counts as that rule\'s time and only ever adds to it; with the median, such pauses made the 100×/10× ratio of single rules vary by a few × between runs. Why not the minimum (used before): it falls with the number of samples, which differs between scales, and one lint with everything in cache sets it; a rule\'s 10× minimum once read 0.058 ms where reruns put all its lints at 0.108–0.30 ms. A forced collection before each lint (node --expose-gc) was tried and made it worse: the shrunk heap is grown again during the next big lint through major collections charged to the rules (no-trivial-comments on the 50,000-line file: 9–14 ms per lint without, 25–117 ms with).',
      `Another process on the machine still inflates the 100× figures, whose lints last seconds and never escape it: when the load average exceeds the number of cores, a ratio above target needs a rerun on a quiet machine before it counts. Load average when this check started: ${load.toFixed(2)} on ${os.cpus().length} cores.`,
    ],
    table: {
      headers: ['Measure', '1× (ms)', '10× (ms)', '100× (ms)', '10×/1×', '100×/10×', 'Target', 'Result'],
      rows,
      rightAligned: [false, true, true, true, true, true, false, false],
    },
  };
}

/**
 * Each big file's cost with the `all` preset, per MiB, against the corpus's per MiB.
 * @param {BigFileResult[]} results
 * @param {CorpusResult} corpus
 * @param {Input[]} inputs the corpus
 * @returns {Section}
 */
export function bigFileSection(results, corpus, inputs) {
  // The yardstick: what the same preset costs per MiB of ordinary-sized files.
  const corpusMiB = mebibytes(inputs);
  const all = corpus.rounds.find((entry) => entry.setup.name === 'preset all');
  const bare = corpus.rounds.find((entry) => entry.setup.kind === 'bare');
  const corpusPerMiB = median(all?.total ?? []) / corpusMiB;
  const notes = results.map(({ file }) => `${file.name} (${file.filename}): ${file.description}.`);
  notes.push(
    `Each file linted ${BIG_FILE_ROUNDS} times without rules (parse) and ${BIG_FILE_ROUNDS} times with the all preset, alternating; times are the minimum over rounds (a collection or another process only adds time, and both sides have as many lints).`,
    `Linear budget: the all preset's time per MiB on the big file ≤ ${LINEAR_BUDGET}× its time per MiB on the corpus (${milliseconds(corpusPerMiB)} ms/MiB; corpus parse ${milliseconds(median(bare?.parse ?? []) / corpusMiB)} ms/MiB).`,
    'Outcome "completed" means ESLint parsed the file and every rule finished without an exception (no stack overflow).',
  );
  const rows = results.map(({ file, parse, rules, problems, failure }) => {
    const size = Buffer.byteLength(file.text) / 2 ** 20;
    // Per MiB, not per line: the minified file has few, very long lines.
    const perMiB = rules / size;
    const ratio = perMiB / corpusPerMiB;
    // A crash fails the file whatever its time; the outcome column says which it was.
    const verdict = failure === undefined && ratio <= LINEAR_BUDGET ? 'PASS' : 'FAIL';
    const outcome = failure ?? `completed, ${problems} problems reported`;
    return [
      file.name,
      size.toFixed(2),
      String(file.text.split('\n').length),
      milliseconds(parse),
      milliseconds(rules),
      percent(rules / parse),
      milliseconds(perMiB),
      `${ratio.toFixed(2)}×`,
      `≤ ${LINEAR_BUDGET}×`,
      outcome,
      verdict,
    ];
  });
  return {
    title: `Big files with the all preset (target: per-MiB time ≤ ${LINEAR_BUDGET}× the corpus's, no crash)`,
    text: notes,
    table: {
      headers: ['File', 'MiB', 'Lines', 'Parse (ms)', 'all (ms)', 'Share of parse', 'all ms/MiB', 'vs corpus', 'Budget', 'Outcome', 'Result'],
      rows,
      rightAligned: [false, true, true, true, true, true, true, true, false, false, false],
    },
  };
}
