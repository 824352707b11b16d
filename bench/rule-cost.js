/**
 * What the plugin's rules cost, as a share of what ESLint already spends parsing the same
 * files. Parse time is the yardstick because it is the one cost every lint run pays and
 * no rule can avoid; a rule that stays within a small share of it is cheap in any setup.
 *
 * Usage: node bench/rule-cost.js [--markdown FILE] [--rounds N]   (after `npm run build`)
 *
 * All times come from ESLint's own `stats` option, so they mean what `eslint --stats`
 * means: parse time is `times.passes[0].parse.total`, a rule's time is
 * `times.passes[0].rules[id].total` (its `create()` plus every listener call).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import plugin from '../dist/index.js';
import { FileFacts } from '../dist/lib/file-facts.js';
import { sourceFromESLint } from '../dist/lib/source.js';
import { corpusFiles, languageOptionsFor, projectRoot } from './corpus.js';

/** Each rule alone may cost at most this share of parse time. */
const RULE_SHARE_TARGET = 0.02;
/** Growing the input tenfold may grow a rule's time at most this much (linear, with slack). */
const SCALING_TARGET = 11;
const NAMESPACE = 'ai-code';

// ---------------------------------------------------------------------------------------
// Command line

/**
 * @param {string[]} argv
 * @returns {{ markdown: string | undefined, rounds: number }}
 */
function parseArguments(argv) {
  let markdown;
  // Five rounds: on a shared two-core machine a median of three still follows one bad round.
  let rounds = 5;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--markdown') markdown = argv[++index];
    else if (argument === '--rounds') rounds = Number(argv[++index]);
    else throw new Error(`Unknown argument: ${argument}`);
  }
  // Without a value the flag would silently write nothing.
  if (markdown === undefined && argv.includes('--markdown')) throw new Error('--markdown needs a file name');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  return { markdown, rounds };
}

// ---------------------------------------------------------------------------------------
// Small statistics helpers

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The value below which a share `q` of the values lie (nearest rank).
 * @param {number[]} values
 * @param {number} q
 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Max minus min as a share of the median: how far the rounds disagree. */
function spread(/** @type {number[]} */ values) {
  const middle = median(values);
  return middle === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / middle;
}

/** @param {number} share */
const percent = (share, digits = 2) => `${(share * 100).toFixed(digits)}%`;
/** @param {number} ms */
const milliseconds = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

// ---------------------------------------------------------------------------------------
// Configurations under test

/**
 * @typedef {import('eslint').Linter.Config} Config
 * @typedef {import('eslint').Linter.LanguageOptions} LanguageOptions
 * @typedef {{ name: string, ruleIds: string[], build: (languageOptions: LanguageOptions) => Config[], target: boolean }} Setup
 */

const FILES = ['**/*.js', '**/*.ts'];
// The plugin's typings come from typescript-eslint; ESLint's own Config type is stricter
// about rule modules, though the objects are the same ones ESLint loads from a config file.
const eslintPlugin = /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (plugin));

/**
 * The baseline (no rules: bare parse), every rule alone, and each preset. A rule measured
 * alone pays for the shared FileFacts analysis itself, which is its honest cost: a user who
 * enables only that rule pays it too.
 * @returns {Setup[]}
 */
function setups() {
  const ruleIds = Object.keys(plugin.rules).map((name) => `${NAMESPACE}/${name}`);
  /** @type {Setup[]} */
  const list = [{ name: 'bare parse (no rules)', ruleIds: [], target: false, build: (languageOptions) => [{ files: FILES, languageOptions }] }];
  for (const ruleId of ruleIds) {
    list.push({
      name: `${ruleId} alone`,
      ruleIds: [ruleId],
      target: true,
      build: (languageOptions) => [{ files: FILES, languageOptions, plugins: { [NAMESPACE]: eslintPlugin }, rules: { [ruleId]: 'error' } }],
    });
  }
  for (const [presetName, preset] of Object.entries(plugin.configs)) {
    const presetConfig = /** @type {Config} */ (/** @type {unknown} */ (preset));
    list.push({
      name: `preset ${presetName}`,
      ruleIds: Object.keys(presetConfig.rules ?? {}),
      target: false,
      build: (languageOptions) => [{ ...presetConfig, files: FILES, languageOptions }],
    });
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// Linting with ESLint's stats

/**
 * @typedef {{ filename: string, text: string, languageOptions: LanguageOptions }} Input
 * @typedef {{ parse: number, rules: Map<string, number>, fatal: string[], facts: number[], parses: number[] }} Measurement
 */

const linter = new Linter();

/**
 * Lints every input once under `setup` and sums ESLint's stats over the files. With
 * `measureFacts`, it also times a fresh FileFacts analysis on each already-parsed file.
 * @param {Setup} setup
 * @param {Input[]} inputs
 * @param {Map<LanguageOptions, Config[]>} configs the setup's config per language options
 * @param {boolean} measureFacts
 * @returns {Measurement}
 */
function lintAll(setup, inputs, configs, measureFacts = false) {
  /** @type {Measurement} */
  const result = { parse: 0, rules: new Map(setup.ruleIds.map((id) => [id, 0])), fatal: [], facts: [], parses: [] };
  for (const input of inputs) {
    // verifyAndFix is what ESLint's CLI calls; plain verify() does not reset the stats slot.
    // `stats` is missing from ESLint's FixOptions typings, though verifyAndFix() reads it.
    const fixOptions = /** @type {import('eslint').Linter.FixOptions} */ ({ filename: input.filename, fix: false, stats: true });
    const { messages } = linter.verifyAndFix(input.text, configs.get(input.languageOptions) ?? [], fixOptions);
    const pass = /** @type {{ parse?: { total: number }, rules?: Record<string, { total: number }> }} */ (
      linter.getTimes().passes[0] ?? {}
    );
    // A file that did not parse, or that no config matched, would lower every figure unseen.
    if (pass.parse === undefined || messages.some((message) => message.fatal)) result.fatal.push(input.filename);
    const parse = pass.parse?.total ?? 0;
    result.parse += parse;
    for (const id of setup.ruleIds) result.rules.set(id, (result.rules.get(id) ?? 0) + (pass.rules?.[id]?.total ?? 0));
    if (measureFacts) {
      const sourceCode = /** @type {Parameters<typeof sourceFromESLint>[0]} */ (/** @type {unknown} */ (linter.getSourceCode()));
      const start = performance.now();
      new FileFacts(sourceFromESLint(sourceCode));
      result.facts.push(performance.now() - start);
      result.parses.push(parse);
    }
  }
  return result;
}

/**
 * Builds each setup's config once per distinct language options, so no round pays for it.
 * @param {Setup[]} list
 * @param {LanguageOptions[]} languageOptions
 */
function configsBySetup(list, languageOptions) {
  return new Map(list.map((setup) => [setup, new Map(languageOptions.map((options) => [options, setup.build(options)]))]));
}

// ---------------------------------------------------------------------------------------
// The corpus measurement

/**
 * Per-round sums for one setup: parse time, its rules' time together, and (for the bare
 * setup only) the FileFacts analysis time.
 * @typedef {{ setup: Setup, parse: number[], total: number[], facts: number[] }} SetupRounds
 */

/**
 * One uncounted warm-up round, then `rounds` measured ones. Each round runs every setup,
 * starting one setup later than the round before, so slow phases of a noisy machine (a
 * neighbour's build, thermal throttling) spread over all setups instead of hitting one.
 * @param {Setup[]} list
 * @param {Input[]} inputs
 * @param {number} rounds
 */
function measureCorpus(list, inputs, rounds) {
  const configs = configsBySetup(list, [...new Set(inputs.map((input) => input.languageOptions))]);
  /** @type {Map<Setup, SetupRounds>} */
  const bySetup = new Map(list.map((setup) => [setup, { setup, parse: [], total: [], facts: [] }]));
  /** @type {Measurement | undefined} */
  let factsRun;
  /** @type {Set<string>} */
  const fatal = new Set();
  for (let round = 0; round <= rounds; round++) {
    for (let step = 0; step < list.length; step++) {
      const setup = /** @type {Setup} */ (list[(round + step) % list.length]);
      // The analysis is timed on the bare-parse setup, where no rule has built it already.
      const isBare = setup.ruleIds.length === 0;
      const measured = lintAll(setup, inputs, configs.get(setup) ?? new Map(), isBare);
      for (const filename of measured.fatal) fatal.add(filename);
      if (round === 0) continue; // warm-up: let V8 compile the parser and the rules
      const entry = /** @type {SetupRounds} */ (bySetup.get(setup));
      entry.parse.push(measured.parse);
      if (isBare) {
        factsRun = measured;
        entry.facts.push(measured.facts.reduce((sum, ms) => sum + ms, 0));
      }
      entry.total.push([...measured.rules.values()].reduce((sum, ms) => sum + ms, 0));
    }
    process.stderr.write(round === 0 ? 'warm-up done\n' : `round ${round}/${rounds} done\n`);
  }
  return { rounds: [...bySetup.values()], factsRun, fatal: [...fatal] };
}

// ---------------------------------------------------------------------------------------
// Synthetic source for the scaling check

/**
 * One self-contained chunk of ordinary application code: documented and undocumented
 * functions, a class, an object of handlers, template and plain strings, and one long
 * uncommented function, so both rules find something to measure and to report.
 * @param {number} n distinguishes the names of this chunk from every other
 */
function syntheticChunk(n) {
  return [
    // A commented header and a documented function: the part that satisfies both rules.
    `
  // Orders for region ${n}. Prices are integer cents so that sums do not drift.
  const TAX_RATE_${n} = ${(n % 20) / 100 + 0.05};
  const labels${n} = { open: 'Open order', closed: "Closed order", draft: \`Draft #${n}\` };

  /**
   * Sums an order's line items and applies the region's tax.
   * @param {Array<{ price: number, quantity: number }>} items
   */
  function orderTotal${n}(items) {
    let total = 0;
    for (const item of items) {
      if (item.quantity <= 0) continue; // returns carry a negative quantity
      total += item.price * item.quantity;
    }
    return Math.round(total * (1 + TAX_RATE_${n}));
  }
`,
    // Methods, arrow functions and shorthand methods: each is a function the
    // function-scope check visits, though most are too short to be judged.
    `
  class Cart${n} {
    constructor(owner) {
      this.owner = owner;
      this.items = [];
    }

    /* Keeps the cart sorted by price, which the receipt printer expects. */
    add(item) {
      this.items.push(item);
      this.items.sort((a, b) => a.price - b.price);
      return this;
    }

    describe() {
      return \`\${this.owner}: \${this.items.length} items, \${orderTotal${n}(this.items)} cents\`;
    }
  }

  const handlers${n} = {
    onAdd: (cart, item) => cart.add(item),
    onClear(cart) {
      cart.items.length = 0;
    },
    onLabel: (state) => labels${n}[state] ?? 'Unknown',
  };
`,
    // A long function without comments, as generated code often has: comment-ratio and
    // no-comment-gap both report it, so reporting is part of what scales.
    `
  function renderReceipt${n}(cart, options = {}) {
    const lines = [];
    const width = options.width ?? 40;
    lines.push('='.repeat(width));
    lines.push(cart.describe());
    for (const item of cart.items) {
      const name = String(item.name).padEnd(width - 10, '.');
      const price = (item.price / 100).toFixed(2).padStart(10);
      lines.push(name + price);
    }
    const total = orderTotal${n}(cart.items);
    lines.push('-'.repeat(width));
    lines.push('Total'.padEnd(width - 10) + (total / 100).toFixed(2).padStart(10));
    if (options.footer) {
      lines.push(options.footer);
    }
    if (cart.items.length === 0) {
      lines.push(handlers${n}.onLabel('draft'));
    } else {
      lines.push(handlers${n}.onLabel('open'));
    }
    lines.push('='.repeat(width));
    return lines.join('\\n');
  }

  exported.push({ Cart${n}, handlers${n}, renderReceipt${n} });
`,
  ].join('');
}

/**
 * A file of `chunks` chunks inside a UMD-style wrapper, as bundles ship: one function then
 * spans the whole file, which is where a per-function cost that grows with size would show.
 * @param {number} chunks
 */
function syntheticSource(chunks) {
  const body = Array.from({ length: chunks }, (_, index) => syntheticChunk(index)).join('');
  return `/**\n * Generated benchmark input: ${chunks} chunks of order-handling code.\n */\n(function (root) {\n  'use strict';\n  const exported = [];\n${body}\n  root.orders = exported;\n})(globalThis);\n`;
}

/** Each scale and how often a round lints it: small files repeat so their sums are stable. */
const SCALES = [
  { scale: 1, repeats: 50 },
  { scale: 10, repeats: 5 },
  { scale: 100, repeats: 2 },
];
/** Chunks in the 1× file; with the wrapper this is a few hundred lines, a typical module. */
const BASE_CHUNKS = 4;
const SCALING_ROUNDS = 5;

/**
 * @typedef {{ scale: number, lines: number, parse: number, rules: Map<string, number> }} ScalePoint
 */

/**
 * Lints the synthetic file at each scale with each rule alone, interleaved like the corpus
 * rounds, and keeps the median time per file.
 * @param {Setup[]} ruleSetups
 * @returns {ScalePoint[]}
 */
function measureScaling(ruleSetups) {
  const languageOptions = /** @type {LanguageOptions} */ ({ sourceType: 'module', ecmaVersion: 'latest' });
  const configs = configsBySetup(ruleSetups, [languageOptions]);
  const points = SCALES.map(({ scale, repeats }) => {
    const text = syntheticSource(BASE_CHUNKS * scale);
    const inputs = Array.from({ length: repeats }, () => ({ filename: `synthetic/x${scale}.js`, text, languageOptions }));
    return { scale, lines: text.split('\n').length - 1, inputs, parse: /** @type {number[]} */ ([]), rules: new Map() };
  });
  for (let round = 0; round <= SCALING_ROUNDS; round++) {
    for (let step = 0; step < ruleSetups.length * points.length; step++) {
      const setup = /** @type {Setup} */ (ruleSetups[(round + step) % ruleSetups.length]);
      const point = /** @type {(typeof points)[number]} */ (points[(round + Math.floor(step / ruleSetups.length)) % points.length]);
      const measured = lintAll(setup, point.inputs, configs.get(setup) ?? new Map());
      if (measured.fatal.length > 0) throw new Error('The synthetic source does not parse; fix syntheticChunk().');
      if (round === 0) continue; // warm-up, as for the corpus
      const repeats = point.inputs.length;
      point.parse.push(measured.parse / repeats);
      for (const [id, ms] of measured.rules) point.rules.set(id, [...(point.rules.get(id) ?? []), ms / repeats]);
    }
  }
  return points.map((point) => ({
    scale: point.scale,
    lines: point.lines,
    parse: median(point.parse),
    rules: new Map([...point.rules].map(([id, values]) => [id, median(values)])),
  }));
}

// ---------------------------------------------------------------------------------------
// Report

/**
 * @typedef {{ headers: string[], rows: string[][], rightAligned: boolean[] }} Table
 * @typedef {{ title: string, text: string[], table?: Table }} Section
 */

/** @param {Table} table */
function plainTable(table) {
  const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, column) => (table.rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...table.rows.map(line)];
}

/** @param {Table} table */
function markdownTable(table) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(table.headers), `|${table.rightAligned.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|`, ...table.rows.map(line)];
}

/**
 * @param {string} title
 * @param {Section[]} sections
 * @param {'text' | 'markdown'} format
 */
function render(title, sections, format) {
  const out = format === 'markdown' ? [`# ${title}`, ''] : [title, '='.repeat(title.length), ''];
  for (const section of sections) {
    if (format === 'markdown') out.push(`## ${section.title}`, '');
    else out.push(section.title, '-'.repeat(section.title.length));
    // Markdown would join consecutive lines into one paragraph; a list keeps them apart.
    out.push(...section.text.map((line) => (format === 'markdown' ? `- ${line}` : line)));
    if (section.table) {
      if (section.text.length > 0) out.push('');
      out.push(...(format === 'markdown' ? markdownTable(section.table) : plainTable(section.table)));
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * The machine, the versions and the corpus: what anyone comparing two reports checks first.
 * @param {Input[]} inputs
 * @param {{ rounds: number, seconds: number, loadAtStart: number }} run
 * @returns {Section}
 */
function setupSection(inputs, run) {
  const cpus = os.cpus();
  const lines = inputs.reduce((sum, input) => sum + input.text.split('\n').length, 0);
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0);
  const jsFiles = inputs.filter((input) => input.filename.endsWith('.js')).length;
  return {
    title: 'Setup',
    text: [
      `Date: ${new Date().toISOString()}`,
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
      `Node ${process.version}, ESLint ${Linter.version}, ${plugin.meta.name} ${plugin.meta.version}`,
      // Other work on the machine is the main source of noise; the load says how much there was.
      `Load average at start (1 min): ${run.loadAtStart.toFixed(2)}`,
      `Corpus: ${inputs.length} files (${jsFiles} JS, ${inputs.length - jsFiles} TS), ${lines} lines, ${(bytes / 1024).toFixed(0)} KiB`,
      `Method: 1 uncounted warm-up round, then ${run.rounds} measured rounds with the configurations interleaved; each figure is the median over rounds.`,
      'Times are ESLint stats (Linter#verifyAndFix with stats: true), summed over files: parse = passes[0].parse.total, a rule = passes[0].rules[id].total.',
      `Run took ${run.seconds.toFixed(0)} s.`,
    ],
  };
}

/**
 * Every setup's cost as a share of bare parse time, with the verdict for single rules.
 * @param {{ rounds: SetupRounds[], factsRun: Measurement | undefined, fatal: string[] }} corpus
 * @returns {Section}
 */
function costSection(corpus) {
  const bare = corpus.rounds.find((entry) => entry.setup.ruleIds.length === 0);
  const bareParse = bare?.parse ?? [];
  // Each round's cost is divided by that round's bare parse time, so a slow phase of the
  // machine, which stretches both, does not move the share.
  /** @param {number[]} perRound */
  const shareOfParse = (perRound) => median(perRound.map((ms, round) => ms / (bareParse[round] ?? Number.NaN)));

  const rows = corpus.rounds.map((entry) => {
    const isBare = entry.setup.ruleIds.length === 0;
    const values = isBare ? entry.parse : entry.total;
    const share = shareOfParse(values);
    const verdict = entry.setup.target ? (share <= RULE_SHARE_TARGET ? 'PASS' : 'FAIL') : '';
    const rules = entry.setup.ruleIds.length > 1 ? ` (${entry.setup.ruleIds.length} rules)` : '';
    const target = entry.setup.target ? `≤ ${percent(RULE_SHARE_TARGET, 0)}` : '';
    return [entry.setup.name + rules, milliseconds(median(values)), percent(share), percent(spread(values), 1), target, verdict];
  });
  const factsRun = corpus.factsRun;
  const notes = [
    'Each rule runs alone, so it pays for the shared FileFacts analysis itself; presets share one analysis between their rules.',
    "Share = median over rounds of (time / that round's bare parse time); spread = (max − min) / median of the time over rounds.",
  ];
  if (bare && factsRun) {
    // Tiny files have tiny parse times, so their ratios are noise; judge files of ≥ 1 ms.
    const ratios = factsRun.facts.flatMap((ms, index) => ((factsRun.parses[index] ?? 0) >= 1 ? [ms / (factsRun.parses[index] ?? 1)] : []));
    rows.push(['FileFacts analysis, isolated', milliseconds(median(bare.facts)), percent(shareOfParse(bare.facts)), percent(spread(bare.facts), 1), '', 'info']);
    notes.push(
      "FileFacts analysis, isolated: `new FileFacts(sourceFromESLint(sourceCode))` timed on each file's already-parsed SourceCode in the bare-parse runs.",
      `Per file in the last round (files parsing in ≥ 1 ms, ${ratios.length} of ${factsRun.facts.length}): analysis/parse median ${percent(median(ratios))}, 90th percentile ${percent(quantile(ratios, 0.9))}.`,
    );
  }
  if (corpus.fatal.length > 0) notes.push(`WARNING: ${corpus.fatal.length} files were not parsed, e.g. ${corpus.fatal[0]}`);
  return {
    title: `Cost on the corpus (target: each rule alone ≤ ${percent(RULE_SHARE_TARGET, 0)} of parse time)`,
    text: notes,
    table: { headers: ['Configuration', 'Time (ms)', 'Share of parse', 'Spread', 'Target', 'Result'], rows, rightAligned: [false, true, true, true, false, false] },
  };
}

/**
 * Time per file at each scale and the growth per tenfold step; parse is shown for scale.
 * @param {ScalePoint[]} scaling
 * @returns {Section}
 */
function scalingSection(scaling) {
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
      `Time per file, median of ${SCALING_ROUNDS} rounds after a warm-up; a round lints the 1×, 10× and 100× files ${SCALES.map(({ repeats }) => repeats).join(', ')} times.`,
      'Rule times include any garbage-collection pause that falls inside the rule; with the large AST of the 100× file in the heap these pauses are longer, so the 100×/10× ratio varies by a few × between runs.',
    ],
    table: {
      headers: ['Measure', '1× (ms)', '10× (ms)', '100× (ms)', '10×/1×', '100×/10×', 'Target', 'Result'],
      rows,
      rightAligned: [false, true, true, true, true, true, false, false],
    },
  };
}

// ---------------------------------------------------------------------------------------
// Main

const started = performance.now();
const loadAtStart = os.loadavg()[0] ?? 0;
const options = parseArguments(process.argv.slice(2));
const modules = path.join(projectRoot, 'node_modules');
// Inputs are read once; file names keep the package layout but drop every node_modules
// segment (ajv may sit in a nested one), because ESLint ignores files below node_modules.
/** @type {Input[]} */
const inputs = corpusFiles().map((entry) => ({
  filename: path.join('corpus', ...path.relative(modules, entry.file).split(path.sep).filter((part) => part !== 'node_modules')),
  text: fs.readFileSync(entry.file, 'utf8'),
  languageOptions: /** @type {LanguageOptions} */ (languageOptionsFor(entry)),
}));
// One options object per language, so each setup builds one config per language.
const byLanguage = new Map();
for (const input of inputs) {
  const key = JSON.stringify({ ...input.languageOptions, parser: input.languageOptions.parser === undefined ? undefined : 'ts' });
  input.languageOptions = byLanguage.get(key) ?? byLanguage.set(key, input.languageOptions).get(key);
}

const list = setups();
const corpus = measureCorpus(list, inputs, options.rounds);
process.stderr.write('scaling check...\n');
const scaling = measureScaling(list.filter((setup) => setup.target));
const run = { rounds: options.rounds, seconds: (performance.now() - started) / 1000, loadAtStart };
const report = [setupSection(inputs, run), costSection(corpus), scalingSection(scaling)];
const title = 'eslint-plugin-ai-code: rule cost';
process.stdout.write(render(title, report, 'text'));
if (options.markdown !== undefined) {
  fs.writeFileSync(options.markdown, render(title, report, 'markdown'));
  process.stderr.write(`wrote ${options.markdown}\n`);
}
