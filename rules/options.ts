/**
 * The rules' options by id, as flat configs write them: what rule-options.cts merges into
 * ESLint's config types, and what the package exports as `RuleOptions`.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { NAMESPACE } from '../lib/util/package-meta.js';
import type { rules, RuleName } from './index.js';

/** The options a rule module takes, as typescript-eslint's `RuleModule` carries them. */
type OptionsOf<Module> = Module extends TSESLint.RuleModule<string, infer Options> ? Options : never;

/** Each rule's options by its id in a config: `'ai-code/comment-ratio'` → `[{ minimum?: number, … }]`. */
export type RuleOptions = { [Name in RuleName as `${typeof NAMESPACE}/${Name}`]: OptionsOf<(typeof rules)[Name]> };
