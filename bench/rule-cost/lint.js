/**
 * One lint of each input under a setup, timed by ESLint's own `stats` option, so the times
 * mean what `eslint --stats` means: parse time is `times.passes[0].parse.total`, a rule's
 * time is `times.passes[0].rules[id].total` (its `create()` plus every listener call).
 *
 * @typedef {import('./setups.js').Config} Config
 * @typedef {import('./setups.js').LanguageOptions} LanguageOptions
 * @typedef {import('./setups.js').Setup} Setup
 * @typedef {import('./inputs.js').Input} Input
 * Sums over the inputs, and per input: `parses` (parse time), `ruleTimes` (the setup's rules
 * together) and, when asked for, `facts` (the FileFacts analysis).
 * @typedef {{ parse: number, rules: Map<string, number>, problems: number, fatal: string[], parses: number[], ruleTimes: number[], facts: number[] }} Measurement
 */
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import { FileFacts } from '../../dist/lib/core/file-facts.js';
import { sourceFromESLint } from '../../dist/lib/eslint/source-adapter.js';
import { DOCUMENTATION_KINDS, kindMask } from '../../dist/lib/kinds/comment-kinds.js';

const linter = new Linter();
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
 * Lints every input once under `setup` and sums ESLint's stats over the files. With
 * `measureFacts`, it also times a fresh FileFacts analysis on each already-parsed file.
 * @param {Setup} setup
 * @param {Input[]} inputs
 * @param {Map<LanguageOptions, Config[]>} configs the setup's config per language options
 * @param {boolean} measureFacts
 * @returns {Measurement}
 */
export function lintAll(setup, inputs, configs, measureFacts = false) {
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

/**
 * Builds each setup's config once per distinct language options, so no round pays for it.
 * @param {Setup[]} list
 * @param {LanguageOptions[]} languageOptions
 */
export function configsBySetup(list, languageOptions) {
  return new Map(list.map((setup) => [setup, new Map(languageOptions.map((options) => [options, setup.build(options)]))]));
}
