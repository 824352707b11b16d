// Rule docs and the README tables are generated from rule metadata; `npm test` runs the
// generator with --check, so a doc that drifts from its rule fails CI.
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  ignoreConfig: ['all'],
  configEmoji: [
    ['strict', '🔒'],
    ['generated-only', '🤖'],
    ['typescript', '🟦'],
  ],
  ruleDocNotices: ['description', 'configs', 'type', 'fixableAndHasSuggestions', 'options'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options'],
  // The template every rule page follows.
  ruleDocSectionInclude: ['Why', 'Options', 'Examples', 'When not to use it'],
};

export default config;
