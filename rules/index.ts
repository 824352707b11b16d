import commentRatio from './comment-ratio.js';
import noCommentGap from './no-comment-gap.js';
import noUndocumentedGenerated from './no-undocumented-generated.js';
import requireSpdxHeader from './require-spdx-header.js';
import validGeneratedMarkers from './valid-generated-markers.js';

/** Every rule of the plugin by its id without the `ai-code/` prefix. */
export const rules = {
  'comment-ratio': commentRatio,
  'no-comment-gap': noCommentGap,
  'no-undocumented-generated': noUndocumentedGenerated,
  'require-spdx-header': requireSpdxHeader,
  'valid-generated-markers': validGeneratedMarkers,
};

export type RuleName = keyof typeof rules;
