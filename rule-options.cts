/**
 * Typed entries for the plugin's rules in every flat config's `rules`, defineConfig's too: a
 * misspelt or mistyped option fails to type-check in eslint.config.ts. ESLint's types are
 * CommonJS and read @eslint/core's CommonJS declarations, so the merge is made from a CommonJS
 * file. Each rule is named, as an interface takes no mapped members; test/package.test.ts holds
 * the list whole.
 */
/* eslint-disable @typescript-eslint/ban-ts-comment -- each error arises only with some TypeScript versions or settings in the user's project, where @ts-expect-error would fail instead */
/** @ts-ignore -- types of an ES module, which TypeScript before 5.8 reads from CommonJS only with an import attribute */
import type { RuleOptions } from './rules/options.js';

declare module '@eslint/core' {
  interface RulesConfig {
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/comment-ratio'?: RuleConfig<RuleOptions['ai-code/comment-ratio']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-comment-gap'?: RuleConfig<RuleOptions['ai-code/no-comment-gap']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-commented-out-code'?: RuleConfig<RuleOptions['ai-code/no-commented-out-code']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-edit-history-comments'?: RuleConfig<RuleOptions['ai-code/no-edit-history-comments']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-placeholder-comments'?: RuleConfig<RuleOptions['ai-code/no-placeholder-comments']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-trivial-comments'?: RuleConfig<RuleOptions['ai-code/no-trivial-comments']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/no-undocumented-generated'?: RuleConfig<RuleOptions['ai-code/no-undocumented-generated']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/require-spdx-header'?: RuleConfig<RuleOptions['ai-code/require-spdx-header']>;
    /** @ts-ignore -- optional, so `undefined` too, which the index signature leaves out (a comment the declarations keep) */
    'ai-code/valid-generated-markers'?: RuleConfig<RuleOptions['ai-code/valid-generated-markers']>;
  }
}
