/**
 * no-commented-out-code against SonarJS S125 (`sonarjs/no-commented-code`) on the real-code
 * corpus, in one run: what each finds (SonarJS's findings are the reference, since no one has
 * labeled the corpus) and what each costs as a share of ESLint's parse time.
 *
 * Usage: node bench/commented-out-code.js [--rounds N]   (after `npm run build`)
 */
import fs from 'node:fs';
import { Linter } from 'eslint';
import sonarjs from 'eslint-plugin-sonarjs';
import plugin from '../dist/index.js';
import { corpusFiles, corpusName, languageOptionsFor } from './corpus.js';

const OURS = 'ai-code/no-commented-out-code';
const SONAR = 'sonarjs/no-commented-code';
const FILES = ['**/*.js', '**/*.ts'];

const roundsFlag = process.argv.indexOf('--rounds');
// Three rounds by default: the figure is a ratio of two rules timed in the same rounds.
const rounds = roundsFlag === -1 ? 3 : Number(process.argv[roundsFlag + 1]);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');

// The plugins' typings differ from ESLint's Plugin type, though ESLint loads them as they are.
const plugins = /** @type {Record<string, import('eslint').ESLint.Plugin>} */ (/** @type {unknown} */ ({ 'ai-code': plugin, sonarjs }));
// SonarJS re-parses a candidate with the file's parser and these parser options, and then
// needs tokens from it; espree returns none unless asked, so both rules get the same options.
const parserOptions = { tokens: true, comment: true, range: true, loc: true };
const inputs = corpusFiles().map((entry) => ({
  filename: corpusName(entry.file),
  text: fs.readFileSync(entry.file, 'utf8'),
  languageOptions: /** @type {import('eslint').Linter.LanguageOptions} */ ({ ...languageOptionsFor(entry), parserOptions }),
}));

const linter = new Linter();

/**
 * Lints the corpus once with `ruleId` (or no rule), after `before` if given; returns parse
 * milliseconds, `ruleId`'s milliseconds and its reported lines as `file:line` keys.
 * @param {string | undefined} ruleId
 * @param {string} [before] a rule enabled first, which builds the shared analysis
 */
function lintCorpus(ruleId, before) {
  let parse = 0;
  let rule = 0;
  /** @type {Set<string>} */
  const lines = new Set();
  for (const input of inputs) {
    /** @type {import('eslint').Linter.Config[]} */
    /** @type {Record<string, 'error'>} */
    const rules = {};
    if (before !== undefined) rules[before] = 'error';
    if (ruleId !== undefined) rules[ruleId] = 'error';
    const config = [{ files: FILES, languageOptions: input.languageOptions, plugins, rules }];
    // `stats` is missing from ESLint's FixOptions typings, though verifyAndFix() reads it.
    const options = /** @type {import('eslint').Linter.FixOptions} */ ({ filename: input.filename, fix: false, stats: true });
    const { messages } = linter.verifyAndFix(input.text, config, options);
    const pass = /** @type {{ parse?: { total: number }, rules?: Record<string, { total: number }> }} */ (linter.getTimes().passes[0] ?? {});
    parse += pass.parse?.total ?? 0;
    rule += ruleId === undefined ? 0 : (pass.rules?.[ruleId]?.total ?? 0);
    for (const message of messages) {
      if (message.ruleId !== ruleId && !message.fatal) continue;
      if (message.fatal) throw new Error(`${input.filename} does not parse: ${message.message}`);
      // A multi-line finding covers all its lines, so a group and its first line match.
      for (let line = message.line; line <= (message.endLine ?? message.line); line++) lines.add(`${input.filename}:${line}`);
    }
  }
  return { parse, rule, lines };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

// A warm-up round, then measured rounds alternating the two rules so drift hits both alike.
/** @typedef {{ parse: number[], rule: number[] }} Times */
/** @type {{ ours: Times, sonar: Times, shared: Times }} */
const times = { ours: { parse: [], rule: [] }, sonar: { parse: [], rule: [] }, shared: { parse: [], rule: [] } };
let oursLines = new Set();
let sonarLines = new Set();
lintCorpus(undefined);
for (let round = 0; round <= rounds; round++) {
  /** @type {('ours' | 'sonar' | 'shared')[]} */
  const order = round % 2 === 0 ? ['ours', 'sonar', 'shared'] : ['shared', 'sonar', 'ours'];
  for (const which of order) {
    // `shared`: the rule beside another of ours (comment-ratio builds the file analysis first), as in a preset.
    const result = which === 'shared' ? lintCorpus(OURS, 'ai-code/comment-ratio') : lintCorpus(which === 'ours' ? OURS : SONAR);
    if (which === 'shared') {
      if (round > 0) {
        times.shared.parse.push(result.parse);
        times.shared.rule.push(result.rule);
      }
      continue;
    }
    if (which === 'ours') oursLines = result.lines;
    else sonarLines = result.lines;
    if (round === 0) continue; // warm-up
    times[which].parse.push(result.parse);
    times[which].rule.push(result.rule);
  }
  process.stderr.write(round === 0 ? 'warm-up done\n' : `round ${round}/${rounds} done\n`);
}

const both = [...sonarLines].filter((key) => oursLines.has(key));
const onlySonar = [...sonarLines].filter((key) => !oursLines.has(key));
const onlyOurs = [...oursLines].filter((key) => !sonarLines.has(key));
const share = (/** @type {Times} */ entry) => median(entry.rule) / median(entry.parse);
const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (b === 0 ? 'n/a' : (a / b).toFixed(2));

console.log(`corpus: ${inputs.length} files, ${rounds} measured rounds (medians)`);
console.log(`lines reported: ${OURS} ${oursLines.size}, ${SONAR} ${sonarLines.size}, both ${both.length}`);
console.log(`recall against SonarJS's findings: ${ratio(both.length, sonarLines.size)} (${both.length} of ${sonarLines.size} lines)`);
console.log(`time: ${OURS} ${median(times.ours.rule).toFixed(1)} ms (${(share(times.ours) * 100).toFixed(2)}% of parse), ` +
  `${SONAR} ${median(times.sonar.rule).toFixed(1)} ms (${(share(times.sonar) * 100).toFixed(2)}% of parse), ratio ${ratio(share(times.ours), share(times.sonar))}`);
console.log(`time beside comment-ratio (analysis already built): ${OURS} ${median(times.shared.rule).toFixed(1)} ms ` +
  `(${(share(times.shared) * 100).toFixed(2)}% of parse), ratio to SonarJS ${ratio(share(times.shared), share(times.sonar))}`);
// The disagreements, for a reader to judge which rule is right on each.
console.log(`only SonarJS (${onlySonar.length}), first 15:\n  ${onlySonar.slice(0, 15).join('\n  ')}`);
console.log(`only ours (${onlyOurs.length}), first 15:\n  ${onlyOurs.slice(0, 15).join('\n  ')}`);
