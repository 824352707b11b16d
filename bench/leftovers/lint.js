// One Linter and one way to choose a parser by extension, shared by the leftovers benchmark
// (cases in memory) and the real-code scorer (files from the corpus), so both read code alike.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import deslop from 'eslint-plugin-deslop';
import jsdoc from 'eslint-plugin-jsdoc';
import sonarjs from 'eslint-plugin-sonarjs';
import plugin from '../../dist/index.js';

// The plugins' typings differ from ESLint's Plugin type, though ESLint loads them as they are.
export const plugins = /** @type {Record<string, import('eslint').ESLint.Plugin>} */ (
  /** @type {unknown} */ ({ 'ai-code': plugin, sonarjs, jsdoc, deslop })
);

/** Our rules that report leftovers, in the order the tables print them. */
export const OUR_RULES = ['no-placeholder-comments', 'no-trivial-comments', 'no-edit-history-comments', 'no-commented-out-code', 'valid-generated-markers', 'no-undocumented-generated'].filter(
  (name) => name in plugin.rules,
);

// SonarJS re-parses a candidate with the file's parser and these options and then needs its
// tokens; espree returns none unless asked.
const parserOptions = { tokens: true, comment: true, range: true, loc: true };

/**
 * Language options for a file with extension `ext` (`ts`, `tsx`, `js`, `jsx`, `mjs`, …).
 * @param {string} ext
 * @returns {import('eslint').Linter.LanguageOptions}
 */
export function languageOptionsFor(ext) {
  const typescript = /^[cm]?tsx?$/u.test(ext);
  const jsx = ext.endsWith('x') || ext === 'js';
  return typescript
    ? { parser: tsParser, parserOptions: { ...parserOptions, ecmaFeatures: { jsx }, sourceType: 'module' } }
    : { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ...parserOptions, ecmaFeatures: { jsx } } };
}

const linter = new Linter();

/**
 * Lints `text` as a file with extension `ext` with `rules` (full rule ids, at their defaults)
 * and returns the messages; a parse error is thrown, since a case that does not parse is a
 * broken case, not a finding.
 * @param {string} text
 * @param {string} ext
 * @param {string[]} rules
 * @param {string} [filename]
 */
export function lint(text, ext, rules, filename = `case.${ext}`) {
  /** @type {Record<string, 'error'>} */
  const enabled = {};
  for (const rule of rules) enabled[rule] = 'error';
  const config = [{ files: [`**/*.${ext}`], languageOptions: languageOptionsFor(ext), plugins, rules: enabled }];
  const messages = linter.verify(text, config, { filename });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filename} does not parse: ${fatal.message} (line ${fatal.line})`);
  return messages;
}
