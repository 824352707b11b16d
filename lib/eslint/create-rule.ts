/**
 * The rule factory every rule uses. It sets the docs URL, completes the options' type, hands
 * each rule the file's analysis and skips the files the analysis says are not ours, so a rule
 * keeps only what is its own.
 *
 * It keeps typescript-eslint's typing but not its `RuleCreator` wrapper, which merges
 * `meta.defaultOptions` into the options again on every `create()`, a deep merge per rule per
 * file (bench/RESULTS.md). ESLint >= 9.15 merges them before `create()` runs, and the peer range
 * starts at 9.22, so `context.options` arrives complete.
 */
import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import { fileAnalysis, type FileAnalysis } from './analysis.js';
import { contextValue } from './rule-context.js';
import { REPOSITORY_URL } from '../util/package-meta.js';

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

/** Options as users write them: any subset, merged over `meta.defaultOptions` by ESLint. */
export type UserOptions<Options extends object> = [Partial<Options>];

/** A rule of the plugin, as its module defines it. */
export interface AiCodeRuleDefinition<Options extends object, MessageIds extends string> {
  readonly name: string;
  /** `defaultOptions` holds every option, so the options a rule is given are complete. */
  readonly meta: Omit<ESLintUtils.NamedCreateRuleMeta<MessageIds, AiCodeRuleDocs, UserOptions<Options>>, 'defaultOptions'> & {
    readonly defaultOptions: [Options];
  };
  /** The rule's listeners for a file the analysis does not skip, with its completed options. */
  create(context: Readonly<TSESLint.RuleContext<MessageIds, UserOptions<Options>>>, options: Readonly<Options>, analysis: FileAnalysis): TSESLint.RuleListener;
}

export type AiCodeRuleModule<Options extends object, MessageIds extends string> = TSESLint.RuleModule<MessageIds, UserOptions<Options>, AiCodeRuleDocs> & {
  name: string;
};

export function createRule<Options extends object, MessageIds extends string>({
  name,
  meta,
  create,
}: AiCodeRuleDefinition<Options, MessageIds>): AiCodeRuleModule<Options, MessageIds> {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create(context) {
      const analysis = fileAnalysis(context);
      // Another language's file, or a tool banner the settings skip: nothing for any rule to do.
      if (analysis.skipFile) return {};
      // Complete: ESLint merged `meta.defaultOptions`, which holds every option, before create.
      // Read by index, not by destructuring, which would run the iterator protocol per file.
      const options = contextValue(context, 'options')[0] as Options;
      return create(context, options, analysis);
    },
  };
}
