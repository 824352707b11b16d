/**
 * The configurations under test: bare parse, every rule alone, each preset, and rules of
 * other plugins for scale. `target` is the share of parse time a setup may cost, if it has
 * one; a reference is another plugin's rule, measured for comparison only.
 *
 * @typedef {import('eslint').Linter.Config} Config
 * @typedef {import('eslint').Linter.LanguageOptions} LanguageOptions
 * @typedef {'bare' | 'rule' | 'preset' | 'reference'} SetupKind
 * @typedef {{ name: string, kind: SetupKind, ruleIds: string[], build: (languageOptions: LanguageOptions) => Config[], target: number | undefined }} Setup
 */
import jsdoc from 'eslint-plugin-jsdoc';
import sonarjs from 'eslint-plugin-sonarjs';
import plugin from '../../dist/index.js';
import { PRESET_SHARE_TARGETS, RULE_SHARE_TARGET } from './targets.js';

const NAMESPACE = 'ai-code';
const FILES = ['**/*.js', '**/*.ts'];
// The plugins' typings differ from ESLint's Plugin type (ours comes from typescript-eslint),
// though the objects are the same ones ESLint loads from a config file.
const plugins = /** @type {Record<string, import('eslint').ESLint.Plugin>} */ (/** @type {unknown} */ ({ [NAMESPACE]: plugin, jsdoc, sonarjs }));
/** Rules of other plugins that the issue compares ours with. */
export const REFERENCE_RULES = ['jsdoc/require-jsdoc', 'sonarjs/no-commented-code'];

/**
 * One rule alone, with its default options.
 * @param {string} ruleId `plugin/rule`
 * @param {SetupKind} kind
 * @returns {Setup}
 */
function singleRule(ruleId, kind) {
  const pluginName = ruleId.slice(0, ruleId.indexOf('/'));
  return {
    name: `${ruleId} alone${kind === 'reference' ? ' (reference)' : ''}`,
    kind,
    ruleIds: [ruleId],
    target: kind === 'rule' ? RULE_SHARE_TARGET : undefined,
    build: (languageOptions) => [{ files: FILES, languageOptions, plugins: { [pluginName]: plugins[pluginName] ?? {} }, rules: { [ruleId]: 'error' } }],
  };
}

/**
 * The baseline (no rules: bare parse), every rule alone, each of the plugin's presets, and
 * the reference rules. A rule measured alone pays for the shared FileFacts analysis itself,
 * which is its honest cost: a user who enables only that rule pays it too.
 * @returns {Setup[]}
 */
export function setups() {
  /** @type {Setup[]} */
  const list = [{ name: 'bare parse (no rules)', kind: 'bare', ruleIds: [], target: undefined, build: (languageOptions) => [{ files: FILES, languageOptions }] }];
  for (const name of Object.keys(plugin.rules)) list.push(singleRule(`${NAMESPACE}/${name}`, 'rule'));
  for (const [presetName, preset] of Object.entries(plugin.configs)) {
    const presetConfig = /** @type {Config} */ (/** @type {unknown} */ (preset));
    list.push({
      name: `preset ${presetName}`,
      kind: 'preset',
      ruleIds: Object.keys(presetConfig.rules ?? {}),
      target: PRESET_SHARE_TARGETS.get(presetName),
      build: (languageOptions) => [{ ...presetConfig, files: FILES, languageOptions }],
    });
  }
  for (const ruleId of REFERENCE_RULES) list.push(singleRule(ruleId, 'reference'));
  return list;
}
