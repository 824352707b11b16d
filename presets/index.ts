/**
 * Flat-config presets, derived from rule metadata so a rule's docs and the presets that
 * enable it cannot drift apart.
 */
import type { ESLint, Linter } from 'eslint';
import { NAMESPACE } from '../lib/package-meta.js';
import { rules, type RuleName } from '../rules/index.js';

export type PresetName = 'recommended' | 'all';

type Severity = 'warn' | 'error';

function ruleEntries(include: (name: RuleName) => boolean, severity: Severity): Record<string, Severity> {
  const entries: Record<string, Severity> = {};
  for (const name of Object.keys(rules) as RuleName[]) {
    if (include(name)) entries[`${NAMESPACE}/${name}`] = severity;
  }
  return entries;
}

/** Builds the presets for `plugin`, which each preset registers under the `ai-code` namespace. */
export function buildPresets(plugin: ESLint.Plugin): Record<PresetName, Linter.Config> {
  const preset = (name: PresetName, presetRules: Record<string, Severity>): Linter.Config => ({
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin },
    rules: presetRules,
  });
  return {
    // Warnings: density is a judgement call, and the lint-staged preset still blocks on them.
    recommended: preset('recommended', ruleEntries((name) => rules[name].meta.docs?.recommended === true, 'warn')),
    all: preset('all', ruleEntries(() => true, 'error')),
  };
}
