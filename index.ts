/**
 * eslint-plugin-ai-code: rules and presets that keep AI-generated code reviewable.
 * The default export is the ESLint plugin object (`meta`, `rules`, `configs`).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { NAMESPACE, PACKAGE_NAME, PACKAGE_VERSION } from './lib/package-meta.js';
import { buildPresets, type PresetName } from './presets/index.js';
import { rules } from './rules/index.js';

interface AiCodePlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<PresetName, TSESLint.FlatConfig.Config>;
}

const plugin: AiCodePlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  rules,
  // Filled in below: each preset must reference the finished plugin object.
  configs: {} as AiCodePlugin['configs'],
};
plugin.configs = buildPresets(plugin as unknown as TSESLint.FlatConfig.Plugin);

export default plugin;
export { rules };
export type { PresetName };
