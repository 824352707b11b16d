/**
 * Lints the real AI-written corpus (../shared/corpus/real-ai/, see its MANIFEST.md) once,
 * with the built plugin's `recommended` + `typescript` presets configured as a new user
 * would, and writes every finding to bench/real-code/findings.json, sorted by repo, file,
 * position and rule. Prints the findings per rule and per repository.
 *
 * The corpus is only parsed: its own ESLint configs are not loaded (an inline flat config
 * replaces them), so none of its code runs.
 *
 * Usage: node bench/real-code/run.js   (after `npm run build`; also `npm run bench:real-code`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { CORPUS_DIR, FINDINGS_FILE, byPosition, corpusSourceFiles, repoOf } from './corpus.js';

if (!fs.existsSync(CORPUS_DIR)) {
  console.error(`bench/real-code: the corpus folder ${CORPUS_DIR} is missing (it holds the real AI-written repositories; see issue 22).`);
  process.exit(1);
}

const { default: aiCode } = await import('../../dist/index.js');

// What the README tells a new user to write, plus the one line any JSX project adds: ESLint
// parses `.jsx` only when a config names the files and turns JSX on.
const config = [
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  aiCode.configs.recommended,
  aiCode.configs.typescript,
];

const eslint = new ESLint({ cwd: CORPUS_DIR, overrideConfigFile: true, overrideConfig: config, ignore: false });
const files = corpusSourceFiles();
const started = performance.now();
const results = await eslint.lintFiles(files.map((file) => path.join(CORPUS_DIR, file)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

/** @type {import('./corpus.js').Finding[]} */
const findings = [];
let fatal = 0;
for (const result of results) {
  const file = path.relative(CORPUS_DIR, result.filePath).split(path.sep).join('/');
  for (const message of result.messages) {
    // A message without a rule is a parse error: counted and shown, never a finding.
    if (message.ruleId === null) {
      fatal += 1;
      console.error(`${file}:${message.line}: ${message.message}`);
      continue;
    }
    findings.push({
      // Fatal messages, the only ones without a rule, were counted above.
      rule: message.ruleId ?? '',
      repo: repoOf(file),
      file,
      line: message.line,
      column: message.column,
      endLine: message.endLine ?? message.line,
      message: message.message,
    });
  }
}
// Sorted, so that the file changes only when the findings do and the scorer's draw is stable.
findings.sort(byPosition);
fs.writeFileSync(FINDINGS_FILE, `${JSON.stringify(findings, null, 1)}\n`);

/**
 * Counts of `findings` by `key`, as sorted table rows.
 * @param {(finding: (typeof findings)[number]) => string} key
 */
function countBy(key) {
  const counts = new Map();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

console.log(`${files.length} files linted in ${seconds} s; ${findings.length} findings, ${fatal} parse errors -> ${path.relative(process.cwd(), FINDINGS_FILE)}`);
console.log('\nper rule:');
for (const [rule, count] of countBy((finding) => finding.rule)) console.log(`  ${rule.padEnd(36)} ${count}`);
console.log('\nper repository and rule:');
for (const [key, count] of countBy((finding) => `${finding.repo}  ${finding.rule}`)) console.log(`  ${key.padEnd(70)} ${count}`);
