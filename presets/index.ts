/**
 * Flat-config presets, derived from rule metadata so a rule's docs and the presets that
 * enable it cannot drift apart. What each preset takes from a rule:
 * - `recommended`: rules with `meta.docs.recommended`, as warnings with their defaults;
 * - `strict`: the recommended rules and those with `meta.docs.strictOptions`, as errors with
 *   those options (tighter thresholds, attribution required);
 * - `all`: every rule as an error with its defaults;
 * - `generated-only`: the recommended rules that can be limited to AI-marked code, limited to
 *   it (an `onlyGenerated` option set to true, or `meta.docs.generatedCodeOnly`);
 * - `typescript`: `recommended` for TypeScript files, with typescript-eslint's parser.
 */
import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import type { AiCodeRuleDocs } from '../lib/eslint/create-rule.js';
import { NAMESPACE } from '../lib/util/package-meta.js';
import { rules, type RuleName } from '../rules/index.js';

export type PresetName = 'recommended' | 'strict' | 'all' | 'generated-only' | 'typescript';

/** The extensions the `typescript` preset covers, and the lint-staged preset's TypeScript half. */
export const TYPESCRIPT_FILES = ['**/*.{ts,tsx,mts,cts}'];

type RuleMeta = (typeof rules)[RuleName]['meta'];

/** The rule's entry in a preset, or undefined when the preset leaves it out. */
type Pick = (meta: RuleMeta) => Linter.RuleEntry | undefined;

function ruleEntries(pick: Pick): Linter.RulesRecord {
  const entries: Record<string, Linter.RuleEntry> = {};
  for (const name of Object.keys(rules) as RuleName[]) {
    const entry = pick(rules[name].meta);
    if (entry !== undefined) entries[`${NAMESPACE}/${name}`] = entry;
  }
  return entries;
}

/** Whether the rule's options object has an `onlyGenerated` switch. */
function canLimitToGenerated(meta: RuleMeta): boolean {
  const [first] = (Array.isArray(meta.schema) ? meta.schema : []) as { properties?: Record<string, unknown> }[];
  return first?.properties?.onlyGenerated !== undefined;
}

// createRule always sets docs; the fallback only satisfies the type, which allows none.
const docsOf = (meta: RuleMeta): AiCodeRuleDocs => meta.docs ?? { recommended: false };

const pickRecommended: Pick = (meta) => (docsOf(meta).recommended ? 'warn' : undefined);

const pickStrict: Pick = (meta) => {
  const { recommended, strictOptions } = docsOf(meta);
  if (strictOptions !== undefined) return ['error', strictOptions];
  return recommended ? 'error' : undefined;
};

const pickGeneratedOnly: Pick = (meta) => {
  const docs = docsOf(meta);
  if (!docs.recommended) return undefined;
  if (docs.generatedCodeOnly === true) return 'warn';
  return canLimitToGenerated(meta) ? ['warn', { onlyGenerated: true }] : undefined;
};

/**
 * typescript-eslint's parser is an optional peer dependency: it is loaded when the `typescript`
 * preset's parser is first read, so JavaScript-only projects never need it.
 */
function loadTypeScriptParser(): Linter.Parser {
  try {
    return createRequire(import.meta.url)('@typescript-eslint/parser') as Linter.Parser;
  } catch (error) {
    throw new Error(
      "eslint-plugin-ai-code: the 'typescript' preset needs @typescript-eslint/parser; install it with `npm install --save-dev @typescript-eslint/parser`.",
      { cause: error },
    );
  }
}

/** Builds the presets for `plugin`, which each preset registers under the `ai-code` namespace. */
export function buildPresets(plugin: ESLint.Plugin): Record<PresetName, Linter.Config> {
  const preset = (name: PresetName, presetRules: Linter.RulesRecord): Linter.Config => ({
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin },
    rules: presetRules,
  });
  // The parser is loaded when it is first read (by ESLint, once the preset is in use), so the
  // presets can be listed, spread and copied where it is not installed.
  let parser: Linter.Parser | undefined;
  const languageOptions: Linter.LanguageOptions = {};
  Object.defineProperty(languageOptions, 'parser', { enumerable: true, get: () => (parser ??= loadTypeScriptParser()) });
  const presets: Record<PresetName, Linter.Config> = {
    // Warnings: density is a judgement call, and the lint-staged preset still blocks on them.
    recommended: preset('recommended', ruleEntries(pickRecommended)),
    strict: preset('strict', ruleEntries(pickStrict)),
    all: preset('all', ruleEntries(() => 'error')),
    'generated-only': preset('generated-only', ruleEntries(pickGeneratedOnly)),
    typescript: { ...preset('typescript', ruleEntries(pickRecommended)), files: TYPESCRIPT_FILES, languageOptions },
  };
  return presets;
}
