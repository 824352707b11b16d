/**
 * The crash run: every rule, with options that take every code path, over thousands of real
 * files and over variants of them that stress the line accounting (CRLF, a byte-order mark,
 * a shebang). A file ESLint cannot parse is counted as a parse error,
 * not against the plugin; any exception thrown while a rule runs is a crash and fails the run.
 *
 * Usage: npm run stress [-- --limit N]
 * The corpus is every JavaScript and TypeScript file under node_modules plus the packages
 * bench/corpus.js installs once into bench/.corpus (the npm registry is the only source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';
import { ensureExtraPackages, installedSourceFiles, projectRoot } from './corpus.js';

/**
 * A configuration that drives every rule through all its branches: the whole file treated as
 * generated, every function judged, tiny thresholds, attribution required.
 * @param {import('eslint').Linter.LanguageOptions} languageOptions
 * @returns {import('eslint').Linter.Config[]}
 */
export function stressConfig(languageOptions) {
  return [
    {
      // Named extensions: a bare `**/*` pattern matches no file on its own in flat config.
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions,
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { 'ai-code': plugin },
      settings: { 'ai-code': { treatAsGenerated: true, skipToolGenerated: false } },
      rules: {
        'ai-code/comment-ratio': ['error', { unit: 'tokens', minimumSize: 0, minimum: 50, maximum: 60 }],
        'ai-code/no-comment-gap': ['error', { maximum: 1, countImports: true }],
        'ai-code/no-undocumented-generated': ['error', { minimumWords: 5, tiers: [{ complexity: 2, lines: 3, minimumWords: 9 }] }],
        'ai-code/valid-generated-markers': ['error', { requireFields: ['tool', 'reviewed-by'] }],
        'ai-code/no-placeholder-comments': ['error', { extraPatterns: ['\\bstub\\b'], ignorePatterns: ['^\\.\\.\\.$'] }],
        'ai-code/no-commented-out-code': 'error',
        'ai-code/no-trivial-comments': 'error',
        'ai-code/no-edit-history-comments': ['error', { ignorePatterns: ['^changelog:'] }],
        'ai-code/require-spdx-header': [
          'error',
          { allowed: ['MIT', 'GPL-2.0+'], requireCopyright: true, requireAttribution: true, header: { license: 'MIT', copyrightText: '2026 Stress' } },
        ],
      },
    },
  ];
}

/** @param {string} file */
export function languageOptionsForFile(file) {
  const typescript = /\.[cm]?tsx?$/u.test(file);
  const jsx = /x$/u.test(file);
  /** @type {import('eslint').Linter.LanguageOptions} */
  const options = typescript
    ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx } } }
    : { ecmaVersion: 'latest', sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
  return options;
}

/**
 * The variants of a file's text that the line accounting treats differently.
 * @param {string} text
 * @returns {[string, string][]}
 */
export function variantsOf(text) {
  return [
    ['as is', text],
    ['crlf', text.replaceAll(/\r?\n/gu, '\r\n')],
    ['bom+shebang', `\uFEFF#!/usr/bin/env node\n${text}`],
  ];
}

/**
 * Lints each text with the stress configuration and sorts the outcomes.
 * @param {{ name: string, file: string, text: string }[]} inputs
 */
export function lintForCrashes(inputs) {
  const linter = new Linter();
  /** @type {{ name: string, error: string }[]} */
  const crashes = [];
  let parseErrors = 0;
  let problems = 0;
  // A file ESLint did not lint at all (no matching configuration) would pass for a clean one.
  let notLinted = 0;
  for (const input of inputs) {
    try {
      // ESLint skips anything whose path runs through node_modules; the name keeps the rest.
      const filename = path.relative(projectRoot, path.resolve(projectRoot, input.file)).replaceAll(/(?:^|[\\/])node_modules[\\/]/gu, '/').replace(/^\//u, '');
      const messages = linter.verify(input.text, stressConfig(languageOptionsForFile(input.file)), filename);
      if (messages.some((message) => message.fatal)) parseErrors++;
      else if (messages.some((message) => message.message.startsWith('No matching configuration'))) notLinted++;
      else problems += messages.length;
    } catch (error) {
      crashes.push({ name: input.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return { crashes, parseErrors, notLinted, problems };
}

function main() {
  const limitAt = process.argv.indexOf('--limit');
  const limit = limitAt === -1 ? Number.POSITIVE_INFINITY : Number(process.argv[limitAt + 1]);
  ensureExtraPackages();
  const files = installedSourceFiles().slice(0, limit);
  const started = performance.now();
  let crashes = 0;
  let parseErrors = 0;
  let notLinted = 0;
  let linted = 0;
  // One file at a time, with its variants, so memory stays flat over ten thousand files.
  for (const [index, file] of files.entries()) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(projectRoot, file);
    const inputs = variantsOf(text).map(([variant, variantText]) => ({ name: `${name} (${variant})`, file, text: variantText }));
    const outcome = lintForCrashes(inputs);
    linted += inputs.length;
    parseErrors += outcome.parseErrors;
    notLinted += outcome.notLinted;
    crashes += outcome.crashes.length;
    for (const crash of outcome.crashes) console.error(`CRASH ${crash.name}\n${crash.error}\n`);
    if ((index + 1) % 1000 === 0) console.error(`${index + 1}/${files.length} files ...`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  // One summary line on stdout (progress and crashes went to stderr), for notes and CI logs.
  console.log(`stress: ${files.length} files, ${linted} texts linted (as is, CRLF, BOM + shebang), ${parseErrors} parse errors (skipped), ${notLinted} not linted, ${crashes} crashes, ${seconds} s`);
  process.exitCode = crashes === 0 && notLinted === 0 && files.length > 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
