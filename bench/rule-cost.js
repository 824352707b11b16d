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
 * All times come from ESLint's own `stats` option, so they mean what `eslint --stats`
 * means: parse time is `times.passes[0].parse.total`, a rule's time is
 * `times.passes[0].rules[id].total` (its `create()` plus every listener call).
 */
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import jsdoc from 'eslint-plugin-jsdoc';
import sonarjs from 'eslint-plugin-sonarjs';
import plugin from '../dist/index.js';
import { FileFacts } from '../dist/lib/file-facts.js';
import { sourceFromESLint } from '../dist/lib/source.js';
import { DOCUMENTATION_KINDS, kindMask } from '../dist/lib/comment-kinds.js';
import { bigFiles } from './big-files.js';
import { corpusName, languageOptionsFor, npmCorpusDescription, npmCorpusFiles } from './corpus.js';

/** Each rule alone may cost at most this share of parse time. */
const RULE_SHARE_TARGET = 0.02;
/** All rules together (the `all` preset) may cost at most this share of parse time. */
const ALL_SHARE_TARGET = 0.05;
/**
 * The linear budget: per MiB of input, a big file may cost the `all` preset at most this
 * many times what the corpus costs it per MiB. Content moves the figure (minified code has
 * no comments to classify), so the budget has slack; a cost that grows faster than the
 * input would exceed it by far on files a thousand times the corpus's average size.
 */
const LINEAR_BUDGET = 2;
/** Growing the input tenfold may grow a rule's time at most this much (linear, with slack). */
const SCALING_TARGET = 11;
const NAMESPACE = 'ai-code';

// ---------------------------------------------------------------------------------------
// Command line

/**
 * @param {string[]} argv
 * @returns {{ markdown: string | undefined, rounds: number, sample: number }}
 */
function parseArguments(argv) {
  let markdown;
  // Three rounds over the whole corpus (3,580 files) keep `npm run bench` near ten minutes
  // on two cores; each share is a per-round ratio, which a slow round moves little.
  let rounds = 3;
  let sample = 1;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--markdown') markdown = argv[++index];
    else if (argument === '--rounds') rounds = Number(argv[++index]);
    else if (argument === '--sample') sample = Number(argv[++index]);
    else throw new Error(`Unknown argument: ${argument}`);
  }
  // Without a value the flag would silently write nothing.
  if (markdown === undefined && argv.includes('--markdown')) throw new Error('--markdown needs a file name');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  if (!Number.isInteger(sample) || sample < 1) throw new Error('--sample needs a positive integer');
  return { markdown, rounds, sample };
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

/** @param {number[]} values */
const minimum = (values) => Math.min(...values);

/** @param {number[]} values */
const sum = (values) => values.reduce((total, ms) => total + ms, 0);

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
 * A configuration under test. `target` is the share of parse time it may cost, if it has
 * one; a reference is another plugin's rule, measured for comparison only.
 * @typedef {import('eslint').Linter.Config} Config
 * @typedef {import('eslint').Linter.LanguageOptions} LanguageOptions
 * @typedef {'bare' | 'rule' | 'preset' | 'reference'} SetupKind
 * @typedef {{ name: string, kind: SetupKind, ruleIds: string[], build: (languageOptions: LanguageOptions) => Config[], target: number | undefined }} Setup
 */

const FILES = ['**/*.js', '**/*.ts'];
// The plugins' typings differ from ESLint's Plugin type (ours comes from typescript-eslint),
// though the objects are the same ones ESLint loads from a config file.
const plugins = /** @type {Record<string, import('eslint').ESLint.Plugin>} */ (/** @type {unknown} */ ({ [NAMESPACE]: plugin, jsdoc, sonarjs }));
/** Rules of other plugins that the issue compares ours with (2.4% and 22% of parse there). */
const REFERENCE_RULES = ['jsdoc/require-jsdoc', 'sonarjs/no-commented-code'];

/**
 * One rule alone, with its default options.
 * @param {string} ruleId `plugin/rule`
 * @param {SetupKind} kind
 * @returns {Setup}
 */
function singleRule(ruleId, kind) {
  const pluginName = ruleId.slice(0, ruleId.indexOf('/'));
  return {
    name: `${ruleId} alone${kind === 'reference' ? ' (reference)' : ''}`,
    kind,
    ruleIds: [ruleId],
    target: kind === 'rule' ? RULE_SHARE_TARGET : undefined,
    build: (languageOptions) => [{ files: FILES, languageOptions, plugins: { [pluginName]: plugins[pluginName] ?? {} }, rules: { [ruleId]: 'error' } }],
  };
}

/**
 * The baseline (no rules: bare parse), every rule alone, each preset, and the reference
 * rules. A rule measured alone pays for the shared FileFacts analysis itself, which is its
 * honest cost: a user who enables only that rule pays it too.
 * @returns {Setup[]}
 */
function setups() {
  /** @type {Setup[]} */
  const list = [{ name: 'bare parse (no rules)', kind: 'bare', ruleIds: [], target: undefined, build: (languageOptions) => [{ files: FILES, languageOptions }] }];
  for (const name of Object.keys(plugin.rules)) list.push(singleRule(`${NAMESPACE}/${name}`, 'rule'));
  for (const [presetName, preset] of Object.entries(plugin.configs)) {
    const presetConfig = /** @type {Config} */ (/** @type {unknown} */ (preset));
    list.push({
      name: `preset ${presetName}`,
      kind: 'preset',
      ruleIds: Object.keys(presetConfig.rules ?? {}),
      target: presetName === 'all' ? ALL_SHARE_TARGET : undefined,
      build: (languageOptions) => [{ ...presetConfig, files: FILES, languageOptions }],
    });
  }
  for (const ruleId of REFERENCE_RULES) list.push(singleRule(ruleId, 'reference'));
  return list;
}

// ---------------------------------------------------------------------------------------
// Linting with ESLint's stats

/**
 * @typedef {{ filename: string, text: string, languageOptions: LanguageOptions }} Input
 * Sums over the inputs, and per input: `parses` (parse time), `ruleTimes` (the setup's rules
 * together) and, when asked for, `facts` (the FileFacts analysis).
 * @typedef {{ parse: number, rules: Map<string, number>, problems: number, fatal: string[], parses: number[], ruleTimes: number[], facts: number[] }} Measurement
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
  const result = { parse: 0, rules: new Map(setup.ruleIds.map((id) => [id, 0])), problems: 0, fatal: [], parses: [], ruleTimes: [], facts: [] };
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
    result.problems += messages.length;
    const parse = pass.parse?.total ?? 0;
    result.parse += parse;
    result.parses.push(parse);
    let ruleTime = 0;
    for (const id of setup.ruleIds) {
      const ms = pass.rules?.[id]?.total ?? 0;
      result.rules.set(id, (result.rules.get(id) ?? 0) + ms);
      ruleTime += ms;
    }
    result.ruleTimes.push(ruleTime);
    if (measureFacts) {
      const sourceCode = /** @type {Parameters<typeof sourceFromESLint>[0]} */ (/** @type {unknown} */ (linter.getSourceCode()));
      const start = performance.now();
      analyzeFully(sourceCode);
      result.facts.push(performance.now() - start);
    }
  }
  return result;
}

const DOCUMENTATION_MASK = kindMask(DOCUMENTATION_KINDS);

/**
 * Every part of the FileFacts analysis, which is built in parts on first use: each comment's
 * kind (and all it rests on), the line kinds and the documentation lines, as the report reads them.
 * @param {Parameters<typeof sourceFromESLint>[0]} sourceCode
 */
function analyzeFully(sourceCode) {
  const facts = new FileFacts(sourceFromESLint(sourceCode));
  for (const fact of facts.comments) void fact.kind;
  void facts.lineKinds;
  void facts.lineKindsIn(DOCUMENTATION_MASK, 1, facts.lineCount);
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
 * setup only) the FileFacts analysis time; and per file, the least parse and rule time of
 * any round.
 * @typedef {{ setup: Setup, parse: number[], total: number[], facts: number[], leastParse: number[], leastRules: number[] }} SetupRounds
 */

/**
 * Keeps, per file, the least time any round took.
 * @param {number[]} least
 * @param {number[]} times
 */
function keepLeast(least, times) {
  times.forEach((ms, index) => {
    least[index] = Math.min(least[index] ?? Number.POSITIVE_INFINITY, ms);
  });
}

/** The warm-up round lints every n-th file: enough for V8 to compile the hot code. */
const WARM_UP_STRIDE = 4;

/**
 * One uncounted warm-up round on part of the corpus, then `rounds` measured ones. Each
 * round runs every setup, starting one setup later than the round before, so slow phases
 * of a noisy machine (a neighbour's build, thermal throttling) spread over all setups
 * instead of hitting one.
 * @param {Setup[]} list
 * @param {Input[]} inputs
 * @param {number} rounds
 */
function measureCorpus(list, inputs, rounds) {
  const warmUpInputs = inputs.filter((_, index) => index % WARM_UP_STRIDE === 0);
  const configs = configsBySetup(list, [...new Set(inputs.map((input) => input.languageOptions))]);
  /** @type {Map<Setup, SetupRounds>} */
  const bySetup = new Map(list.map((setup) => [setup, { setup, parse: [], total: [], facts: [], leastParse: [], leastRules: [] }]));
  /** @type {Measurement | undefined} */
  let factsRun;
  /** @type {Set<string>} */
  const fatal = new Set();
  for (let round = 0; round <= rounds; round++) {
    for (let step = 0; step < list.length; step++) {
      const setup = /** @type {Setup} */ (list[(round + step) % list.length]);
      // The analysis is timed on the bare-parse setup, where no rule has built it already.
      const isBare = setup.kind === 'bare';
      const measured = lintAll(setup, round === 0 ? warmUpInputs : inputs, configs.get(setup) ?? new Map(), isBare);
      for (const filename of measured.fatal) fatal.add(filename);
      if (round === 0) continue; // warm-up: let V8 compile the parser and the rules
      const entry = /** @type {SetupRounds} */ (bySetup.get(setup));
      entry.parse.push(measured.parse);
      keepLeast(entry.leastParse, measured.parses);
      keepLeast(entry.leastRules, measured.ruleTimes);
      if (isBare) {
        factsRun = measured;
        entry.facts.push(sum(measured.facts));
      }
      entry.total.push(sum([...measured.rules.values()]));
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

/**
 * Each scale and how often a round lints it: every lint is one sample for the lower quartile.
 * The 100× file gets 4: twelve back-to-back lints of it with comment-ratio took 8 to 22 ms.
 */
const SCALES = [
  { scale: 1, repeats: 20 },
  { scale: 10, repeats: 4 },
  { scale: 100, repeats: 4 },
];
/** Chunks in the 1× file; with the wrapper this is a few hundred lines, a typical module. */
const BASE_CHUNKS = 4;
/**
 * Rounds per scale. None is a warm-up: the corpus has warmed the JIT, and since the figure
 * is a low quantile, a lint that still ran colder only drops out.
 */
const SCALING_ROUNDS = 3;
/** The quantile of each file's lint times that the check compares (see measureScaling). */
const SCALING_QUANTILE = 0.25;

/**
 * @typedef {{ scale: number, lines: number, parse: number, rules: Map<string, number> }} ScalePoint
 */

/**
 * Lints the synthetic file at each scale with each rule alone, interleaved like the corpus
 * rounds, and keeps the lower quartile of the times of all lints of that file with that rule.
 *
 * Why a low quantile: a garbage collection that falls inside a rule's listeners is counted as
 * that rule's time, and so is a time slice lost to another process. Both only ever add
 * time. With the median, one such pause on the 100× file (a 28,000-line file whose AST fills
 * the heap) pushed the 100×/10× ratio over the target in some runs.
 *
 * Why not the minimum, which this check used before: the least of n samples falls as n grows,
 * and the scales have different numbers of lints (60, 12 and 12 per rule), so the smaller
 * scale's figure came out lower for that alone; and one lint that ran with everything in
 * cache set it. In one run no-undocumented-generated's 10× minimum was 0.058 ms, while
 * reruns put all of its 10× lints at 0.108–0.30 ms, and its 100×/10× ratio read 15.6×. The
 * lower quartile is passed neither by one lucky lint nor by pauses in up to three of four.
 *
 * Why no forced collection (`node --expose-gc`, `gc()` before each lint): it was measured
 * and made things worse. A collected heap is also shrunk, so the next big lint grows it
 * again through several major collections, which land in the rules' time: on the
 * 50,000-line file, no-trivial-comments took 9–14 ms per lint without and 25–117 ms with a
 * collection before each lint. A heap already grown by the lints before is the steady
 * state an editor or a CI run is in.
 * @param {Setup[]} ruleSetups
 * @returns {ScalePoint[]}
 */
function measureScaling(ruleSetups) {
  const languageOptions = /** @type {LanguageOptions} */ ({ sourceType: 'module', ecmaVersion: 'latest' });
  const configs = configsBySetup(ruleSetups, [languageOptions]);
  const points = SCALES.map(({ scale, repeats }) => {
    const text = syntheticSource(BASE_CHUNKS * scale);
    const inputs = Array.from({ length: repeats }, () => ({ filename: `synthetic/x${scale}.js`, text, languageOptions }));
    return { scale, lines: text.split('\n').length - 1, inputs, parse: /** @type {number[]} */ ([]), rules: /** @type {Map<string, number[]>} */ (new Map()) };
  });
  for (let round = 0; round < SCALING_ROUNDS; round++) {
    for (let step = 0; step < ruleSetups.length * points.length; step++) {
      const setup = /** @type {Setup} */ (ruleSetups[(round + step) % ruleSetups.length]);
      const point = /** @type {(typeof points)[number]} */ (points[(round + Math.floor(step / ruleSetups.length)) % points.length]);
      const measured = lintAll(setup, point.inputs, configs.get(setup) ?? new Map());
      if (measured.fatal.length > 0) throw new Error('The synthetic source does not parse; fix syntheticChunk().');
      point.parse.push(...measured.parses);
      // Each setup here is a single rule, so its rules' time per lint is that rule's.
      const id = setup.ruleIds[0] ?? '';
      point.rules.set(id, [...(point.rules.get(id) ?? []), ...measured.ruleTimes]);
    }
  }
  return points.map((point) => ({
    scale: point.scale,
    lines: point.lines,
    parse: quantile(point.parse, SCALING_QUANTILE),
    rules: new Map([...point.rules].map(([id, values]) => [id, quantile(values, SCALING_QUANTILE)])),
  }));
}

// ---------------------------------------------------------------------------------------
// Big files

/**
 * Rounds over each big file. None is a warm-up: the first lint of a big file also grows the
 * heap (and runs colder code), which makes it the slowest, and the minimum drops it.
 */
const BIG_FILE_ROUNDS = 3;

/**
 * A big file's outcome: the minimum over rounds of its bare parse time and of the `all`
 * preset's time (a pause only adds time, and both sides have as many lints), or the error
 * that stopped it (a stack overflow would land there).
 * @typedef {{ file: import('./big-files.js').BigFile, parse: number, rules: number, problems: number, failure: string | undefined }} BigFileResult
 */

/**
 * Lints each big file, alone and with the `all` preset, alternating.
 * @param {Setup} bare
 * @param {Setup} all
 * @returns {BigFileResult[]}
 */
function measureBigFiles(bare, all) {
  // Scripts: each original file sits in a function (see big-files.js), not in a module.
  const languageOptions = /** @type {LanguageOptions} */ ({ sourceType: 'script', ecmaVersion: 'latest', parserOptions: PARSER_OPTIONS });
  const configs = configsBySetup([bare, all], [languageOptions]);
  return bigFiles().map((file) => {
    const input = { filename: file.filename, text: file.text, languageOptions };
    /** @type {number[]} */
    const parse = [];
    /** @type {number[]} */
    const rules = [];
    let problems = 0;
    // A failure ends the file's rounds: the same text would fail the same way again.
    let failure;
    for (let round = 0; round < BIG_FILE_ROUNDS && failure === undefined; round++) {
      try {
        parse.push(lintAll(bare, [input], configs.get(bare) ?? new Map()).parse);
        const measured = lintAll(all, [input], configs.get(all) ?? new Map());
        if (measured.fatal.length > 0) failure = 'ESLint could not parse it';
        rules.push(sum([...measured.rules.values()]));
        problems = measured.problems;
      } catch (error) {
        // Reported, not thrown: the rest of the benchmark still runs and prints.
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
    process.stderr.write(`big file ${file.name} done\n`);
    return { file, parse: minimum(parse), rules: minimum(rules), problems, failure };
  });
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

/** @param {Input[]} inputs */
const mebibytes = (inputs) => inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0) / 2 ** 20;

/**
 * The machine, the versions and the corpus: what anyone comparing two reports checks first.
 * @param {Input[]} inputs
 * @param {{ rounds: number, sample: number, seconds: number, loadAtStart: number }} run
 * @returns {Section}
 */
function setupSection(inputs, run) {
  const cpus = os.cpus();
  const lines = inputs.reduce((sum, input) => sum + input.text.split('\n').length, 0);
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

/**
 * Every setup's cost as a share of bare parse time, with the verdict where there is a target.
 * @param {{ rounds: SetupRounds[], factsRun: Measurement | undefined, fatal: string[] }} corpus
 * @returns {Section}
 */
function costSection(corpus) {
  const bare = corpus.rounds.find((entry) => entry.setup.kind === 'bare');
  const bareParse = bare?.parse ?? [];
  // Judged: each file's least rule time over the rounds, summed, over each file's least parse
  // time in the same lints, summed. The parse time of the same lints is what `eslint --stats`
  // prints beside the rules' times; the least of each file is taken because a garbage
  // collection or a time slice lost to another process only ever adds to a time (every
  // configuration has as many rounds, so the least is biased alike for all), and on this
  // machine the same configuration's round sums differ by up to a third from one round to the
  // next. The median over rounds of (the round's rule time / its parse time) is shown beside it.
  /** @param {SetupRounds} entry */
  const leastShare = (entry) => sum(entry.setup.kind === 'bare' ? entry.leastParse : entry.leastRules) / sum(entry.leastParse);
  /** @param {number[]} perRound @param {number[]} parses */
  const shareOf = (perRound, parses) => median(perRound.map((ms, round) => ms / (parses[round] ?? Number.NaN)));

  const rows = corpus.rounds.map((entry) => {
    const { kind, name, ruleIds, target } = entry.setup;
    const values = kind === 'bare' ? entry.parse : entry.total;
    const share = leastShare(entry);
    const verdict = target === undefined ? (kind === 'reference' ? 'reference' : '') : share <= target ? 'PASS' : 'FAIL';
    const rules = ruleIds.length > 1 ? ` (${ruleIds.length} rules)` : '';
    const targetText = target === undefined ? '' : `≤ ${percent(target, 0)}`;
    return [name + rules, milliseconds(median(values)), percent(share), percent(shareOf(values, entry.parse)), percent(spread(values), 1), targetText, verdict];
  });
  const factsRun = corpus.factsRun;
  const notes = [
    'Each rule runs alone, so it pays for the shared FileFacts analysis itself; presets share one analysis between their rules.',
    `Reference rows: ${REFERENCE_RULES.join(' and ')} with their default options, measured exactly like ours; the issue quotes 2.4% and 22% of parse time for them on another corpus.`,
    "Share = the sum over files of each file's least rule time over the rounds, over the sum of each file's least parse time in the same lints (what `eslint --stats` reports beside the rules' times); the least per file, since a garbage collection or another process only adds time, and every configuration has as many rounds. Median round = the median over rounds of (the round's time / its parse time), for comparison. Time = the median over rounds of the round's sum; spread = (max − min) / median of those sums.",
  ];
  if (bare && factsRun) {
    // Tiny files have tiny parse times, so their ratios are noise; judge files of ≥ 1 ms.
    const ratios = factsRun.facts.flatMap((ms, index) => ((factsRun.parses[index] ?? 0) >= 1 ? [ms / (factsRun.parses[index] ?? 1)] : []));
    rows.push(['FileFacts analysis, isolated', milliseconds(median(bare.facts)), '', percent(shareOf(bare.facts, bareParse)), percent(spread(bare.facts), 1), '', 'info']);
    notes.push(
      "FileFacts analysis, isolated: every part of it (each comment's kind, the line kinds, the documentation lines), timed on each file's already-parsed SourceCode in the bare-parse runs. Rules build only the parts they read, so none pays all of it.",
      `Per file in the last round (files parsing in ≥ 1 ms, ${ratios.length} of ${factsRun.facts.length}): analysis/parse median ${percent(median(ratios))}, 90th percentile ${percent(quantile(ratios, 0.9))}.`,
    );
  }
  if (corpus.fatal.length > 0) notes.push(`WARNING: ${corpus.fatal.length} files were not parsed, e.g. ${corpus.fatal[0]}`);
  return {
    title: `Cost on the corpus (targets: each rule alone ≤ ${percent(RULE_SHARE_TARGET, 0)} of parse time, the all preset ≤ ${percent(ALL_SHARE_TARGET, 0)})`,
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
function scalingSection(scaling, load) {
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
 * @param {{ rounds: SetupRounds[] }} corpus
 * @param {Input[]} inputs the corpus
 * @returns {Section}
 */
function bigFileSection(results, corpus, inputs) {
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
    // Per MiB, not per line: the minified file has few lines of thousands of characters.
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

// ---------------------------------------------------------------------------------------
// Main

// SonarJS re-parses a candidate comment with the file's parser and parser options and then
// needs tokens from it, which espree returns only when asked. Every setup gets the same
// options, so the reference rows are measured like ours; ESLint's own parse sets them anyway.
const PARSER_OPTIONS = { tokens: true, comment: true, range: true, loc: true };

/**
 * Reads the corpus once, as ESLint inputs with one language-options object per language, so
 * each setup builds one config per language.
 * @param {number} sample
 * @returns {Input[]}
 */
function readCorpus(sample) {
  /** @type {Map<string, LanguageOptions>} */
  const byLanguage = new Map();
  return npmCorpusFiles({ sample }).map((entry) => {
    const languageOptions = /** @type {LanguageOptions} */ ({ ...languageOptionsFor(entry), parserOptions: PARSER_OPTIONS });
    const key = JSON.stringify({ ...languageOptions, parser: languageOptions.parser === undefined ? undefined : 'ts' });
    if (!byLanguage.has(key)) byLanguage.set(key, languageOptions);
    return { filename: corpusName(entry.file), text: fs.readFileSync(entry.file, 'utf8'), languageOptions: byLanguage.get(key) ?? languageOptions };
  });
}

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
