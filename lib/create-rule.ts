/**
 * The rule factory every rule uses, so docs URLs and doc metadata are set in one place.
 *
 * It keeps typescript-eslint's typing (`RuleWithMetaAndName`, `RuleModule`) but not its
 * `RuleCreator` wrapper: that wrapper merges `meta.defaultOptions` into the options again on
 * every `create()` (a structuredClone and a deep merge per rule per file), which measured
 * 1.1–1.4% of ESLint's parse time per rule on the benchmark corpus: most of the 2% budget.
 * ESLint ≥ 9.15 already merges `meta.defaultOptions` before `create()` runs, and the peer
 * range starts at 9.22, so `context.options` arrives complete.
 *
 * Rules read their options object as `options[0]`, not with a destructuring parameter
 * (`[given]`): a pattern runs the array iterator protocol, which on a rule's start, once per
 * file and with cold caches, measured about 0.8 µs against nothing for the index.
 */
import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import { REPOSITORY_URL } from './package-meta.js';
import { contextValue } from './rule-context.js';

export interface AiCodeRuleDocs {
  /** The rule is on in the `recommended` preset. */
  readonly recommended: boolean;
  /**
   * Options the `strict` preset sets over `meta.defaultOptions` (tighter thresholds). A rule
   * that has them is in `strict` even when it is not recommended.
   */
  readonly strictOptions?: Readonly<Record<string, unknown>>;
  /** The rule only ever looks at AI-generated code, so `generated-only` takes it as it is. */
  readonly generatedCodeOnly?: boolean;
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, AiCodeRuleDocs>>): TSESLint.RuleModule<
  MessageIds,
  Options,
  AiCodeRuleDocs
> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create: (context) => create(context, contextValue(context, 'options')),
  };
}
