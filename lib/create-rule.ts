/** The rule factory every rule uses, so docs URLs and doc metadata are set in one place. */
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code';

export interface AiCodeRuleDocs {
  /** The rule is on in the `recommended` preset. */
  readonly recommended: boolean;
}

export const createRule = RuleCreator<AiCodeRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
