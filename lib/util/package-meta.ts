/**
 * The package's name, version and repository as the plugin, its docs URLs and `init` give them.
 * Kept as constants so the entry needs no file access at load time; a test holds them equal to
 * package.json.
 */
export const PACKAGE_NAME = 'eslint-plugin-ai-code';
export const PACKAGE_VERSION = '0.1.0';
export const NAMESPACE = 'ai-code';
export const REPOSITORY_URL = 'https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code';
