// Lints the bundled examples with the plugin's recommended preset, as a user's project would.
import tsParser from '@typescript-eslint/parser';
import aiCode from '../dist/index.js';

export default [
  aiCode.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
];
