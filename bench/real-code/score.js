/**
 * Scores the density rules against the reviewer labels in labels.tsv and the must-explain
 * functions in must-explain.tsv, from the findings the last `run.js` wrote.
 *
 * For each of `comment-ratio` and `no-comment-gap` it draws `--n` findings in a fixed random
 * order (mulberry32 seeded with `--seed`), matches labels by rule + file + line, and prints the
 * precision over every labelled current finding with its n, the FP causes, the sampled
 * findings that still lack a label (what to read next), and apart from them the labels whose
 * finding no longer occurs. Then, per repository, how many must-explain functions the rules flag.
 *
 * Usage: node bench/real-code/score.js [--n 75] [--seed 22] [--labels FILE]
 */
import fs from 'node:fs';
import path from 'node:path';
import { FINDINGS_FILE, LABELS_FILE, MUST_EXPLAIN_FILE, readTsv } from './corpus.js';
import { RULES, flaggedBy, functionAt } from './flags.js';
import { shuffled } from './sample.js';


/**
 * The value after `--name` on the command line, as a positive integer, or `fallback`.
 * @param {string} name
 * @param {number} fallback
 */
function intOption(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench/real-code/score.js: --${name} needs a positive integer.`);
    process.exit(1);
  }
  return value;
}

const n = intOption('n', 75);
const seed = intOption('seed', 22);

if (!fs.existsSync(FINDINGS_FILE)) {
  console.error('bench/real-code/score.js: no findings.json yet; run `node bench/real-code/run.js` first.');
  process.exit(1);
}
/** @type {import('./corpus.js').Finding[]} */
const findings = JSON.parse(fs.readFileSync(FINDINGS_FILE, 'utf8'));

/** @param {{ rule?: string, file?: string, line?: number | string }} item */
const keyOf = (item) => `${item.rule}\t${item.file}\t${item.line}`;

// `--labels FILE` scores another label set, such as labels-baseline.tsv against the findings of c1650ec.
const labelsAt = process.argv.indexOf('--labels');
const labelsFile = labelsAt === -1 ? LABELS_FILE : path.resolve(process.argv[labelsAt + 1] ?? '');
const labels = readTsv(labelsFile);
const labelByKey = new Map(labels.map((label) => [keyOf(label), label]));
const currentKeys = new Set(findings.map(keyOf));

/**
 * Counts of `values`, most frequent first, as `value N` text.
 * @param {(string | undefined)[]} values
 */
function tally(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => `${value} ${count}`).join(', ');
}

console.log(`seed ${seed}, sample size ${n}, labels from ${path.basename(labelsFile)}\n`);
// Per rule: precision over every current finding that carries a label (labels match by rule, file
// and line, so a finding that moved is unlabelled again), then the sample's findings still to label.
for (const rule of RULES) {
  const ofRule = findings.filter((finding) => finding.rule === rule);
  const labelled = labels.filter((label) => label.rule === rule && currentKeys.has(keyOf(label)));
  const positives = labelled.filter((label) => label.label === 'TP');
  const precision = labelled.length === 0 ? 'n/a' : (positives.length / labelled.length).toFixed(2);
  console.log(`${rule}: ${ofRule.length} findings; ${labelled.length} labelled; precision ${precision} (${positives.length} TP of n=${labelled.length})`);
  console.log(`  TP causes: ${tally(positives.map((label) => label.cause)) || '-'}`);
  console.log(`  FP causes: ${tally(labelled.filter((label) => label.label === 'FP').map((label) => label.cause)) || '-'}`);
  const missing = shuffled(ofRule, seed).slice(0, n).filter((finding) => !labelByKey.has(keyOf(finding)));
  console.log(`  sampled without a label: ${missing.length}`);
  for (const finding of missing) console.log(`    ${finding.file}:${finding.line}  ${finding.message}`);
  const gone = labels.filter((label) => label.rule === rule && !currentKeys.has(keyOf(label)));
  if (gone.length > 0) {
    console.log(`  labels whose finding no longer occurs (kept, not counted): ${gone.length} (${tally(gone.map((label) => label.label))})`);
    for (const label of gone) console.log(`    ${label.label} ${label.file}:${label.line}  ${label.cause}`);
  }
  console.log('');
}

const mustExplain = readTsv(MUST_EXPLAIN_FILE);
if (mustExplain.length > 0) {
  console.log('must-explain functions flagged by the density rules:');
  /** @type {Map<string, { total: number, flagged: number }>} */
  const perRepo = new Map();
  const missed = [];
  const hit = [];
  // Rows that more reviewers judged FINE than NEEDS (the adjudication column) are left out of the second total.
  let adjudicated = 0;
  let adjudicatedFlagged = 0;
  // A row whose line starts no function is a stale list (the corpus was refreshed): shown, not flagged.
  for (const row of mustExplain) {
    const file = `${row.repo}/${row.file}`;
    const fn = functionAt(file, Number(row.line));
    const counts = perRepo.get(row.repo ?? '') ?? { total: 0, flagged: 0 };
    perRepo.set(row.repo ?? '', counts);
    counts.total += 1;
    if (!fn) {
      missed.push(`${file}:${row.line} ${row.function}: no function starts on that line`);
      continue;
    }
    const by = flaggedBy(findings, file, fn);
    const kept = !(row.adjudication ?? '').startsWith('out');
    if (kept) adjudicated += 1;
    if (kept && by.length > 0) adjudicatedFlagged += 1;
    if (by.length > 0) {
      counts.flagged += 1;
      hit.push(`${file}:${row.line} ${row.function} (${by.join(', ')})`);
    } else missed.push(`${file}:${row.line} ${row.function}`);
  }
  // Per repository first, so a repository the rules read badly stands out from the total.
  let flagged = 0;
  for (const [repo, counts] of perRepo) {
    flagged += counts.flagged;
    console.log(`  ${repo.padEnd(32)} ${counts.flagged}/${counts.total}`);
  }
  console.log(`  ${'total'.padEnd(32)} ${flagged}/${mustExplain.length}`);
  console.log(`  ${'total, adjudicated'.padEnd(32)} ${adjudicatedFlagged}/${adjudicated}`);
  if (hit.length > 0) console.log(`  flagged:\n${hit.map((line) => `    ${line}`).join('\n')}`);
  if (missed.length > 0) console.log(`  not flagged:\n${missed.map((line) => `    ${line}`).join('\n')}`);
}
