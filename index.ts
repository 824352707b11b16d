/**
 * eslint-plugin-ai-code: rules and presets that keep AI-generated code reviewable.
 * The default export is the ESLint plugin object (`meta`, `rules`, `configs`); `RuleOptions`
 * types each rule's options, and every flat config's `rules` (defineConfig's too) checks them.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { NAMESPACE, PACKAGE_NAME, PACKAGE_VERSION } from './lib/util/package-meta.js';
import { buildPresets, type PresetName } from './presets/index.js';
import { rules, type RuleName } from './rules/index.js';
// Loads the typed rule entries of flat configs (rule-options.cts).
export type {} from './rule-options.cjs';
export type { RuleOptions } from './rules/options.js';

/** Typed with ESLint's own types, so TypeScript configs can register and extend it. */
interface AiCodePlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<PresetName, Linter.Config>;
}

const plugin: AiCodePlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  // typescript-eslint's rule types and ESLint's differ in detail but not at run time.
  rules: rules as unknown as AiCodePlugin['rules'],
  // Filled in below: each preset must reference the finished plugin object.
  configs: {} as AiCodePlugin['configs'],
};
plugin.configs = buildPresets(plugin);

export default plugin;
/**
 * Node's require(esm) returns this export itself, so CommonJS configs get the plugin object.
 * Left out of the declarations (`stripInternal`): TypeScript before 5.6 cannot parse a string
 * export name, and the types of `require()` from CommonJS are the default export's anyway.
 * @internal
 */
export { plugin as 'module.exports' };
export type { PresetName };
