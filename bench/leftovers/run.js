/**
 * The leftovers benchmark: lints every labeled case in bench/leftovers/cases/ with our
 * leftover rules and with the peers' rules that load under ESLint 10, and prints precision and
 * recall per class and per rule, with n, and the ids of the cases each rule gets wrong.
 *
 * A case expects a number of reports from its class's rules (0 for a case to leave alone); a
 * report beyond the expected number is a false positive, a missing one a false negative. A
 * rule of ours that reports on a case of another class counts as a false positive of that rule.
 *
 * Usage: node bench/leftovers/run.js [--json FILE]   (after `npm run build`)
 */
import fs from 'node:fs';
import commentedOutCode from './cases/commented-out-code.js';
import editHistory from './cases/edit-history.js';
import markers from './cases/markers.js';
import narration from './cases/narration.js';
import stubs from './cases/stubs.js';
import { lint, OUR_RULES } from './lint.js';

const CLASSES = [stubs, editHistory, narration, commentedOutCode, markers];

// The peers' rules on npm that load under ESLint 10 flat config, with the classes they cover.
// eslint-plugin-etc 2.0.3 fails to load its rule under ESLint 10; eslint-antislop, sloplint
// (as an ESLint plugin) and eslint-plugin-vibe-check are not on npm.
const PEERS = {
  narration: ['deslop/no-obvious-comments', 'jsdoc/informative-docs'],
  'commented-out-code': ['sonarjs/no-commented-code'],
};

/** @typedef {{ tp: number, fp: number, fn: number, cases: number, misses: string[], falseAlarms: string[] }} Score */

/** @returns {Score} */
const emptyScore = () => ({ tp: 0, fp: 0, fn: 0, cases: 0, misses: [], falseAlarms: [] });

/**
 * Adds a case's outcome to `score`: `actual` reports against `expect`.
 * @param {Score} score
 * @param {string} id
 * @param {number} expect
 * @param {number} actual
 */
function tally(score, id, expect, actual) {
  score.cases++;
  score.tp += Math.min(expect, actual);
  if (actual > expect) {
    score.fp += actual - expect;
    score.falseAlarms.push(id);
  }
  if (actual < expect) {
    score.fn += expect - actual;
    score.misses.push(id);
  }
}

/** @param {number} part @param {number} whole */
const ratio = (part, whole) => (whole === 0 ? '—' : (part / whole).toFixed(2));

/** @param {Score} score */
const figures = (score) => ({
  precision: ratio(score.tp, score.tp + score.fp),
  recall: ratio(score.tp, score.tp + score.fn),
  reports: score.tp + score.fp,
  positives: score.tp + score.fn,
  cases: score.cases,
});

const peerRules = [...new Set(Object.values(PEERS).flat())];
const ourRuleIds = OUR_RULES.map((name) => `ai-code/${name}`);

/** @type {Map<string, Score>} class name, or class name and peer rule */
const byClass = new Map();
/** @type {Map<string, Score>} class name and case kind, ours only */
const byKind = new Map();
/** @type {Map<string, Score>} our rule, over every case */
const byRule = new Map(OUR_RULES.map((name) => [name, emptyScore()]));

for (const group of CLASSES) {
  const ours = emptyScore();
  byClass.set(group.name, ours);
  const peers = (PEERS[/** @type {keyof typeof PEERS} */ (group.name)] ?? []).map((rule) => {
    const score = emptyScore();
    byClass.set(`${group.name}\t${rule}`, score);
    return { rule, score };
  });
  for (const item of group.cases) {
    // One lint per case with every rule on, so ours and the peers read the same parse.
    const messages = lint(item.code, item.lang, [...ourRuleIds, ...peerRules], `${item.id}.${item.lang}`);
    const count = (/** @type {string} */ ruleId) => messages.filter((message) => message.ruleId === ruleId).length;
    const classReports = group.rules.filter((name) => OUR_RULES.includes(name)).reduce((sum, name) => sum + count(`ai-code/${name}`), 0);
    tally(ours, item.id, item.expect, classReports);
    const kindKey = `${group.name}\t${item.kind}`;
    if (!byKind.has(kindKey)) byKind.set(kindKey, emptyScore());
    tally(/** @type {Score} */ (byKind.get(kindKey)), item.id, item.expect, classReports);
    for (const peer of peers) tally(peer.score, item.id, item.expect, count(peer.rule));
    for (const name of OUR_RULES) {
      const score = /** @type {Score} */ (byRule.get(name));
      // A rule is held to the expectation only in the classes it serves; elsewhere any report is a false one.
      tally(score, item.id, group.rules.includes(name) ? item.expect : 0, count(`ai-code/${name}`));
    }
  }
}

const rows = [];
// The tables are tab-separated so they paste into the README and into a spreadsheet alike.
console.log('Leftovers benchmark: per class (reports from the class\'s rules of ours, then each peer rule alone)\n');
console.log(['class', 'rule', 'cases', 'positives', 'reports', 'precision', 'recall'].join('\t'));
for (const [key, score] of byClass) {
  const [name, peer] = key.split('\t');
  const f = figures(score);
  rows.push({ class: name, rule: peer ?? 'ours', ...f, misses: score.misses, falseAlarms: score.falseAlarms });
  console.log([name, peer ?? 'ours', f.cases, f.positives, f.reports, f.precision, f.recall].join('\t'));
}
console.log('\nPer rule of ours, over every case (a report outside the rule\'s classes is a false positive)\n');
console.log(['rule', 'cases', 'positives', 'reports', 'precision', 'recall'].join('\t'));
for (const [name, score] of byRule) {
  const f = figures(score);
  rows.push({ class: '*', rule: name, ...f, misses: score.misses, falseAlarms: score.falseAlarms });
  console.log([name, f.cases, f.positives, f.reports, f.precision, f.recall].join('\t'));
}
// Per kind, so the classifier engineer sees which shape of a class is missed or over-reported.
console.log('\nOurs per kind of case (positives found / positives; false alarms)\n');
console.log(['class', 'kind', 'cases', 'found', 'positives', 'false alarms'].join('\t'));
for (const [key, score] of byKind) console.log([key, score.cases, score.tp, score.tp + score.fn, score.fp].join('\t'));
// The case ids are what the classifier engineer acts on: each names the shape that was missed.
console.log('\nWhere we miss (case ids), per class');
for (const group of CLASSES) {
  const score = /** @type {Score} */ (byClass.get(group.name));
  console.log(`\n${group.name}: ${score.misses.length} missed, ${score.falseAlarms.length} false alarms`);
  if (score.misses.length > 0) console.log(`  missed: ${score.misses.join(' ')}`);
  if (score.falseAlarms.length > 0) console.log(`  false alarms: ${score.falseAlarms.join(' ')}`);
}
console.log('\nReports of our rules outside their classes (false positives by rule)');
for (const [name, score] of byRule) {
  const elsewhere = score.falseAlarms.filter((id) => !CLASSES.some((group) => group.rules.includes(name) && group.cases.some((item) => item.id === id)));
  console.log(`  ${name}: ${elsewhere.length > 0 ? elsewhere.join(' ') : 'none'}`);
}

const jsonFlag = process.argv.indexOf('--json');
const jsonFile = jsonFlag === -1 ? undefined : process.argv[jsonFlag + 1];
if (jsonFlag !== -1 && jsonFile === undefined) throw new Error('--json needs a file name');
if (jsonFile !== undefined) fs.writeFileSync(jsonFile, `${JSON.stringify(rows, null, 2)}\n`);
