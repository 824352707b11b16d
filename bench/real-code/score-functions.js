/**
 * Scores the density rules against the blind function sample: function-sample.tsv (drawn by
 * draw-functions.js) labelled NEEDS/FINE in function-labels.tsv by reviewers who never saw the
 * rules' findings. One set of labels gives both figures: precision = labelled NEEDS among the
 * sampled functions the rules flag, recall = flagged among those labelled NEEDS. Printed per
 * reviewer, for the functions both reviewers agree on, with the reviewers' own agreement
 * (Cohen's kappa) as the ceiling a rule can be judged against. Labelled functions that are not in
 * the sample (added by hand) are shown apart and never counted.
 *
 * Usage: node bench/real-code/score-functions.js [--sample function-sample.tsv] [--labels function-labels.tsv]
 * (after run.js; `--sample function-sample-2.tsv --labels function-labels-2.tsv` scores the second sample)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FINDINGS_FILE, HERE, readTsv } from './corpus.js';
import { flaggedBy, functionAt } from './flags.js';

const { values } = parseArgs({
  options: { sample: { type: 'string', default: 'function-sample.tsv' }, labels: { type: 'string', default: 'function-labels.tsv' } },
});
const SAMPLE_FILE = path.resolve(HERE, values.sample);
const FUNCTION_LABELS_FILE = path.resolve(HERE, values.labels);
for (const file of [FINDINGS_FILE, SAMPLE_FILE, FUNCTION_LABELS_FILE]) {
  if (!fs.existsSync(file)) {
    console.error(`bench/real-code/score-functions.js: ${path.basename(file)} is missing (run.js writes findings.json, draw-functions.js the sample).`);
    process.exit(1);
  }
}
/** @type {import('./corpus.js').Finding[]} */
const findings = JSON.parse(fs.readFileSync(FINDINGS_FILE, 'utf8'));
const labels = readTsv(FUNCTION_LABELS_FILE);
const reviewers = [...new Set(labels.map((row) => row.reviewer ?? ''))].sort();

/** @type {Map<string, string[]>} `file:line` → the density rules that flag the function there. */
const flags = new Map();
for (const row of labels) {
  const key = `${row.file}:${row.line}`;
  if (flags.has(key)) continue;
  const fn = functionAt(row.file ?? '', Number(row.line));
  flags.set(key, fn ? flaggedBy(findings, row.file ?? '', fn) : []);
}

/** @param {number} part @param {number} whole */
const ratio = (part, whole) => (whole === 0 ? '-' : (part / whole).toFixed(2));

/**
 * Precision and recall of `flagged` against labelled rows, as one printed line.
 * @param {string} title
 * @param {Record<string, string>[]} rows
 * @param {(row: Record<string, string>) => boolean} flagged
 */
function scoreLine(title, rows, flagged) {
  const needs = rows.filter((row) => row.label === 'NEEDS');
  const hits = rows.filter(flagged);
  const both = hits.filter((row) => row.label === 'NEEDS').length;
  return `  ${title.padEnd(40)} flagged ${String(hits.length).padStart(2)}  precision ${ratio(both, hits.length)} (${both}/${hits.length})  recall ${ratio(both, needs.length)} (${both}/${needs.length})`;
}

/** `file:line` of each sampled function → where it came from (the `source` column, when a sample mixes lists). */
const sampledAt = new Map(readTsv(SAMPLE_FILE).map((row) => [`${row.file}:${row.line}`, row.source ?? '']));
const sampled = (/** @type {Record<string, string>} */ row) => sampledAt.has(`${row.file}:${row.line}`);
/** The density rules that flag the row's function. @param {Record<string, string>} row */
const flaggedRules = (row) => flags.get(`${row.file}:${row.line}`) ?? [];
const byRule = {
  'either density rule': (/** @type {Record<string, string>} */ row) => flaggedRules(row).length > 0,
  'comment-ratio': (/** @type {Record<string, string>} */ row) => flaggedRules(row).includes('comment-ratio'),
  'no-comment-gap': (/** @type {Record<string, string>} */ row) => flaggedRules(row).includes('no-comment-gap'),
};

for (const reviewer of reviewers) {
  const rows = labels.filter((row) => row.reviewer === reviewer && sampled(row));
  const needs = rows.filter((row) => row.label === 'NEEDS').length;
  console.log(`reviewer ${reviewer}: ${rows.length} sampled functions, ${needs} NEEDS (${ratio(needs, rows.length)}: the precision of flagging every one)`);
  for (const [title, flagged] of Object.entries(byRule)) console.log(scoreLine(title, rows, flagged));
}

if (reviewers.length === 2) {
  const [first, second] = reviewers.map((reviewer) => new Map(labels.filter((row) => row.reviewer === reviewer && sampled(row)).map((row) => [row.id ?? '', row])));
  const shared = [...(first ?? new Map()).keys()].filter((id) => second?.has(id));
  const agreed = shared.filter((id) => first?.get(id)?.label === second?.get(id)?.label);
  // Cohen's kappa: agreement beyond what two reviewers with these NEEDS rates reach by chance.
  const rate = (/** @type {Map<string, Record<string, string>> | undefined} */ map) => shared.filter((id) => map?.get(id)?.label === 'NEEDS').length / shared.length;
  const chance = rate(first) * rate(second) + (1 - rate(first)) * (1 - rate(second));
  const observed = agreed.length / shared.length;
  console.log(`\nreviewers agree on ${agreed.length}/${shared.length} (${ratio(agreed.length, shared.length)}); Cohen's kappa ${((observed - chance) / (1 - chance)).toFixed(2)}`);
  const consensus = agreed.map((id) => /** @type {Record<string, string>} */ (first?.get(id)));
  console.log(`functions both label alike: ${consensus.length}, ${consensus.filter((row) => row.label === 'NEEDS').length} NEEDS`);
  for (const [title, flagged] of Object.entries(byRule)) console.log(scoreLine(title, consensus, flagged));
  // A mixed sample hides which list a function came from; here the lists are judged apart.
  for (const source of new Set([...sampledAt.values()].filter(Boolean))) {
    const ids = shared.filter((id) => sampledAt.get(`${first?.get(id)?.file}:${first?.get(id)?.line}`) === source);
    const both = (/** @type {string} */ label) => ids.filter((id) => first?.get(id)?.label === label && second?.get(id)?.label === label).length;
    console.log(`\n${source}: ${ids.length} functions, both NEEDS ${both('NEEDS')}, both FINE ${both('FINE')}, split ${ids.length - both('NEEDS') - both('FINE')}`);
    const agreedHere = consensus.filter((row) => sampledAt.get(`${row.file}:${row.line}`) === source);
    for (const [title, flagged] of Object.entries(byRule)) console.log(scoreLine(title, agreedHere, flagged));
  }
}

const added = labels.filter((row) => !sampled(row));
if (added.length > 0) {
  console.log('\nfunctions added by hand (not counted):');
  for (const row of added) console.log(`  ${row.reviewer} ${row.id} ${row.function} ${row.label} flagged by: ${flaggedRules(row).join(', ') || '-'}`);
}
