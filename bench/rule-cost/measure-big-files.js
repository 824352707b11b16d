/**
 * The big files (bench/big-files.js) with the `all` preset: the cost must stay linear in
 * the input, and no rule may crash on them.
 *
 * @typedef {import('./setups.js').Setup} Setup
 * @typedef {import('./setups.js').LanguageOptions} LanguageOptions
 * A big file's outcome: the minimum over rounds of its bare parse time and of the `all`
 * preset's time (a pause only adds time, and both sides have as many lints), or the error
 * that stopped it (a stack overflow would land there).
 * @typedef {{ file: import('../big-files.js').BigFile, parse: number, rules: number, problems: number, failure: string | undefined }} BigFileResult
 */
import { bigFiles } from '../big-files.js';
import { PARSER_OPTIONS } from './inputs.js';
import { configsBySetup, lintAll } from './lint.js';
import { minimum, sum } from './stats.js';

/**
 * Rounds over each big file. None is a warm-up: the first lint of a big file also grows the
 * heap (and runs colder code), which makes it the slowest, and the minimum drops it.
 */
export const BIG_FILE_ROUNDS = 3;

/**
 * Lints each big file, alone and with the `all` preset, alternating.
 * @param {Setup} bare
 * @param {Setup} all
 * @returns {BigFileResult[]}
 */
export function measureBigFiles(bare, all) {
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
