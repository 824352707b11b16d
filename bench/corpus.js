// The real-code corpus shared by the cloc-agreement test and the benchmarks: files that no
// one here wrote, taken from packages the lockfile pins, so every run reads the same files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(projectRoot, 'node_modules');

/**
 * Files below `dir` (recursively) whose names pass `accept`, sorted for a stable order.
 * @param {string} dir
 * @param {(name: string) => boolean} accept
 */
function filesBelow(dir, accept) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => accept(name))
    .map((name) => path.join(dir, name))
    .sort();
}

/** @param {string} name */
const isTypeScriptSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');

/**
 * The corpus, as absolute paths: ESLint's own JavaScript sources, typescript-eslint's
 * declaration files, and ajv's TypeScript sources.
 * @returns {{ file: string, language: 'js' | 'ts' }[]}
 */
export function corpusFiles() {
  const javascript = filesBelow(path.join(modules, 'eslint', 'lib'), (name) => name.endsWith('.js'));
  const declarations = fs
    .readdirSync(path.join(modules, '@typescript-eslint'))
    .sort()
    .flatMap((pkg) => filesBelow(path.join(modules, '@typescript-eslint', pkg, 'dist'), (name) => name.endsWith('.d.ts')))
    .slice(0, 150);
  // ajv 8 ships its TypeScript sources; npm may hoist it or nest it beside ajv 6.
  const typescript =
    [path.join(modules, 'ajv', 'lib'), path.join(modules, 'eslint-doc-generator', 'node_modules', 'ajv', 'lib')]
      .map((dir) => filesBelow(dir, isTypeScriptSource))
      .find((files) => files.length > 0) ?? [];
  return [
    ...javascript.map((file) => ({ file, language: /** @type {const} */ ('js') })),
    ...[...declarations, ...typescript].map((file) => ({ file, language: /** @type {const} */ ('ts') })),
  ];
}

/**
 * Flat-config language options that parse a corpus file as its package ships it.
 * @param {{ file: string, language: 'js' | 'ts' }} entry
 */
export function languageOptionsFor(entry) {
  if (entry.language === 'ts') return { parser: tsParser, sourceType: /** @type {const} */ ('module') };
  // ESLint's lib is CommonJS.
  return { sourceType: /** @type {const} */ ('commonjs'), ecmaVersion: /** @type {const} */ ('latest') };
}
