/**
 * The npm corpus (bench/corpus.js) read once as ESLint inputs, and the parser options every
 * setup shares.
 *
 * @typedef {import('./setups.js').LanguageOptions} LanguageOptions
 * @typedef {{ filename: string, text: string, languageOptions: LanguageOptions }} Input
 */
import fs from 'node:fs';
import { corpusName, languageOptionsFor, npmCorpusFiles } from '../corpus.js';

// SonarJS re-parses a candidate comment with the file's parser and parser options and then
// needs tokens from it, which espree returns only when asked. Every setup gets the same
// options, so the reference rows are measured like ours; ESLint's own parse sets them anyway.
export const PARSER_OPTIONS = { tokens: true, comment: true, range: true, loc: true };

/**
 * Reads every `sample`-th corpus file, with one language-options object per language, so
 * each setup builds one config per language.
 * @param {number} sample
 * @returns {Input[]}
 */
export function readCorpus(sample) {
  /** @type {Map<string, LanguageOptions>} */
  const byLanguage = new Map();
  return npmCorpusFiles({ sample }).map((entry) => {
    const languageOptions = /** @type {LanguageOptions} */ ({ ...languageOptionsFor(entry), parserOptions: PARSER_OPTIONS });
    const key = JSON.stringify({ ...languageOptions, parser: languageOptions.parser === undefined ? undefined : 'ts' });
    if (!byLanguage.has(key)) byLanguage.set(key, languageOptions);
    return { filename: corpusName(entry.file), text: fs.readFileSync(entry.file, 'utf8'), languageOptions: byLanguage.get(key) ?? languageOptions };
  });
}

/** @param {Input[]} inputs */
export const mebibytes = (inputs) => inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0) / 2 ** 20;
