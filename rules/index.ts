import commentRatio from './comment-ratio.js';
import noCommentGap from './no-comment-gap.js';

/** Every rule of the plugin by its id without the `ai-code/` prefix. */
export const rules = {
  'comment-ratio': commentRatio,
  'no-comment-gap': noCommentGap,
};

export type RuleName = keyof typeof rules;
