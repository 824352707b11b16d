// Type-checked by `tsc --noEmit` (not run): a TypeScript user's eslint.config.ts must accept the
// plugin object and its presets as ESLint's own types describe them.
import { defineConfig } from 'eslint/config';
import aiCode from '../../index.js';

export default defineConfig([
  aiCode.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { 'ai-code': aiCode },
    rules: { 'ai-code/comment-ratio': ['error', { minimum: 10, unit: 'tokens' }] },
  },
]);
