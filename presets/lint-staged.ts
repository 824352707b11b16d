/**
 * The lint-staged preset (`eslint-plugin-ai-code/lint-staged`): ESLint on the staged
 * JavaScript and TypeScript files, failing on any warning, so the commit is refused with the
 * same findings the editor shows. `--no-warn-ignored` keeps files the ESLint config ignores
 * from turning into warnings that `--max-warnings=0` would count; the cache lives with the
 * other tools' caches in node_modules/.cache.
 */

/** Every extension ESLint's JavaScript and typescript-eslint's parser handle. */
export const STAGED_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

export const STAGED_GLOB = `*.{${STAGED_EXTENSIONS.join(',')}}`;

/** Where the hook's ESLint keeps its cache, with the other tools' caches; `ai-code check-staged` shares it. */
export const ESLINT_CACHE_LOCATION = 'node_modules/.cache/eslint/';

// The cache skips files whose content and config ESLint has seen pass, as in a retried commit.
export const ESLINT_COMMAND = `eslint --max-warnings=0 --no-warn-ignored --cache --cache-strategy content --cache-location ${ESLINT_CACHE_LOCATION}`;

/** lint-staged configuration: glob → command. */
const config: Record<string, string> = { [STAGED_GLOB]: ESLINT_COMMAND };

export default config;
