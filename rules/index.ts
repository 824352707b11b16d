import commentRatio from './comment-ratio.js';
import noCommentGap from './no-comment-gap.js';
import noCommentedOutCode from './no-commented-out-code.js';
import noEditHistoryComments from './no-edit-history-comments.js';
import noPlaceholderComments from './no-placeholder-comments.js';
import noTrivialComments from './no-trivial-comments.js';
import noUndocumentedGenerated from './no-undocumented-generated.js';
import requireSpdxHeader from './require-spdx-header.js';
import validGeneratedMarkers from './valid-generated-markers.js';

/**
 * Every rule of the plugin by its id without the `ai-code/` prefix: the presets, the docs and
 * the README tables are derived from this list.
 */
export const rules = {
  'comment-ratio': commentRatio,
  'no-comment-gap': noCommentGap,
  'no-commented-out-code': noCommentedOutCode,
  'no-edit-history-comments': noEditHistoryComments,
  'no-placeholder-comments': noPlaceholderComments,
  'no-trivial-comments': noTrivialComments,
  'no-undocumented-generated': noUndocumentedGenerated,
  'require-spdx-header': requireSpdxHeader,
  'valid-generated-markers': validGeneratedMarkers,
};

export type RuleName = keyof typeof rules;
