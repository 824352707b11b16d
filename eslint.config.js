// The repository lints itself with its own `strict` preset (from the build, as users load
// it), in CI and in its pre-commit hook, and with eslint-plugin-eslint-plugin's checks on
// rule definitions.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import aiCode from './dist/index.js';

export default defineConfig([
  // Fixtures and the leftovers benchmark's cases are labeled data: code written to be reported.
  { ignores: ['dist/', 'coverage/', 'scratch/', 'examples/', 'test/fixtures/', 'bench/leftovers/cases/'] },
  ...tseslint.configs.recommended,
  aiCode.configs.strict,
  {
    // strict's tighter density thresholds (a comment per five decisions, five decisions in a
    // row) find 88 places in this repository, and no-comment-gap's default of seven decisions in
    // a row finds 27 (dispatch chains in the scanner and the classifiers, mostly); until those are
    // written, the code is held to a comment per ten decisions and ten decisions in a row.
    rules: {
      'ai-code/comment-ratio': ['error', { minimumDecisions: 10, decisionsPerComment: 10 }],
      'ai-code/no-comment-gap': ['error', { maximum: 10 }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-property-in-node': 'off',
      'eslint-plugin/meta-property-ordering': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    ...eslintPlugin.configs['tests-recommended'],
  },
  {
    // Every regular expression in the package must match in linear time: rules run on every
    // keystroke, and comment text is attacker-controlled in a pull request.
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // The analysis is ESLint-free outside its adapter (docs/architecture.md): the core, the
    // kinds and the report's scanner read plain input, so that the report counts as the rules do.
    files: ['lib/**/*.ts'],
    ignores: ['lib/eslint/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?:eslint|espree|@eslint/|@typescript-eslint/|typescript-eslint)', message: 'Only lib/eslint/ (the adapter) may import ESLint or its parsers.' },
            { regex: '(?:^|/)(?:rules|cli|presets)/', message: 'lib/ sits below rules/, presets/ and cli/.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
]);
