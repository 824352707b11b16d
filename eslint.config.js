// The repository lints itself with its own `recommended` preset (from the build, as users
// load it) and with eslint-plugin-eslint-plugin's checks on rule definitions.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import aiCode from './dist/index.js';

export default defineConfig([
  { ignores: ['dist/', 'coverage/', 'scratch/', 'examples/', 'test/fixtures/'] },
  ...tseslint.configs.recommended,
  aiCode.configs.recommended,
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
]);
