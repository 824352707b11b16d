/**
 * no-trivial-comments: comments that narrate the statement they sit on. FileFacts classifies
 * them (kind `narration`, see lib/kinds/narration.ts); this rule reports them with a removal suggestion.
 */
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import { ignorePatternsSchema } from '../lib/eslint/option-schemas.js';
import { isOfKinds, kindMask } from '../lib/kinds/comment-kinds.js';
import { removeComments, commentsLoc } from '../lib/eslint/comment-removal.js';
import { ignoredText } from '../lib/eslint/comment-rule.js';
import { PerOptions } from '../lib/eslint/per-options.js';

const NARRATION = kindMask(['narration']);

export interface NoTrivialCommentsOptions {
  ignorePatterns: string[];
}

export type MessageIds = 'trivialComment' | 'removeComment';

// The team's exceptions, compiled once per configuration.
const ignoredTexts = new PerOptions((options: NoTrivialCommentsOptions) => ignoredText('no-trivial-comments', options.ignorePatterns));

export default createRule<NoTrivialCommentsOptions, MessageIds>({
  name: 'no-trivial-comments',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow comments that only repeat the names in the statement they describe',
      recommended: false,
      // Off in `recommended` (what counts as a useful label is team taste), on in `strict`.
      strictOptions: {},
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignorePatterns: ignorePatternsSchema('Regular expressions (case-insensitive) for comments never to report, such as section labels a team keeps.'),
        },
      },
    ],
    defaultOptions: [{ ignorePatterns: [] }],
    // The message names the statement's line, so the reader sees what the comment repeats.
    messages: {
      trivialComment: "Comment '{{text}}' only repeats what the code on line {{line}} says; explain why, or delete it.",
      removeComment: 'Remove the comment.',
    },
  },
  create(context, options, analysis) {
    const ignored = ignoredTexts.of(options);
    const { sourceCode } = analysis;
    return {
      // The narration kind is FileFacts'; this rule adds only the team's own exceptions.
      Program(): void {
        const { facts } = analysis;
        facts.comments.forEach((fact, index) => {
          if (!isOfKinds(fact, NARRATION) || ignored(fact.text)) return;
          const { comment } = fact;
          // A trailing comment narrates its own line; a comment alone (or a doc block) the line below.
          const line = fact.startLine === fact.endLine && facts.codeBesideComment(index) ? fact.startLine : fact.endLine + 1;
          report(context, {
            loc: commentsLoc(sourceCode, comment, comment),
            messageId: 'trivialComment',
            // A doc block is quoted by its summary line, so the message stays one line.
            data: { text: fact.text.split('\n', 1)[0]!, line },
            suggest: [{ messageId: 'removeComment', fix: removeComments(sourceCode.text, comment, comment) }],
          });
        });
      },
    };
  },
});
