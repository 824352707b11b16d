// `npm run example`: lints examples/src with the recommended preset (examples/eslint.config.js),
// prints the findings in ESLint's stylish format, and ends with one line saying whether they are
// the findings the examples were written to show (examples/expected-findings.js). Exits 0 when
// they are, 1 when they differ, 2 when ESLint cannot run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { EXPECTED_FINDINGS } from '../examples/expected-findings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each file's findings as "line rule", as examples/expected-findings.js lists them.
 * @param {ESLint.LintResult[]} results
 * @returns {Record<string, string[]>}
 */
function findingsOf(results) {
  return Object.fromEntries(
    results.map((result) => [path.relative(root, result.filePath).split(path.sep).join('/'), result.messages.map((message) => `${message.line} ${message.ruleId}`)]),
  );
}

/**
 * The findings one side has and the other has not, as "file line rule".
 * @param {Readonly<Record<string, readonly string[]>>} from
 * @param {Readonly<Record<string, readonly string[]>>} other
 */
function missingFrom(from, other) {
  return Object.entries(from).flatMap(([file, findings]) => findings.filter((finding) => !(other[file] ?? []).includes(finding)).map((finding) => `${file}:${finding}`));
}

try {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: 'examples/eslint.config.js' });
  const results = await eslint.lintFiles(['examples/src']);
  process.stdout.write(await (await eslint.loadFormatter('stylish')).format(results));
  const found = findingsOf(results);
  const unexpected = missingFrom(found, EXPECTED_FINDINGS);
  const missing = missingFrom(EXPECTED_FINDINGS, found);
  const sameFiles = Object.keys(found).sort().join() === Object.keys(EXPECTED_FINDINGS).sort().join();
  if (unexpected.length === 0 && missing.length === 0 && sameFiles) {
    const total = Object.values(found).flat().length;
    const clean = Object.keys(found).filter((file) => found[file]?.length === 0);
    console.log(
      `\nExample OK: these ${total} warnings are what the examples were written to show (AI-style code gets them; ${clean.map((file) => path.basename(file)).join(', ')}, the documented one, gets none).`,
    );
  } else {
    for (const finding of unexpected) console.log(`Unexpected: ${finding}`);
    for (const finding of missing) console.log(`Missing: ${finding}`);
    console.log('\nExample FAILED: the findings differ from examples/expected-findings.js (see the lines above).');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Example FAILED: ESLint could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
