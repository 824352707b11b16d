/**
 * no-placeholder-comments: comments that stand for code which is not there. The phrases and
 * their tiers are lib/kinds/placeholders.ts'; FileFacts gives every comment its tier once. This rule
 * adds the user's own patterns and, for the risky tier, the stub-body check that needs the AST.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { commentsLoc } from '../lib/eslint/comment-removal.js';
import { isOfKinds, kindMask } from '../lib/kinds/comment-kinds.js';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import { ignorePatternsSchema } from '../lib/eslint/option-schemas.js';
import type { CommentFact } from '../lib/core/file-facts.js';
import { PLACEHOLDER_TIERS, type PlaceholderTier } from '../lib/kinds/placeholders.js';
import { marksStub } from '../lib/eslint/stub-body.js';
import { compileUserPatterns } from '../lib/util/user-patterns.js';
import { PerOptions } from '../lib/eslint/per-options.js';

export interface NoPlaceholderCommentsOptions {
  tiers: PlaceholderTier[];
  extraPatterns: string[];
  ignorePatterns: string[];
  /** The old name of `ignorePatterns`, still read. */
  allowedPatterns?: string[];
}

export type MessageIds = 'placeholder' | 'placeholderInStub' | 'extraPattern';

// The user's patterns compiled and the tiers as a set, once per configuration.
const compiledOptions = new PerOptions((options: NoPlaceholderCommentsOptions) => ({
  extra: compileUserPatterns('no-placeholder-comments', 'extraPatterns', options.extraPatterns),
  allowed: [
    ...compileUserPatterns('no-placeholder-comments', 'ignorePatterns', options.ignorePatterns),
    ...compileUserPatterns('no-placeholder-comments', 'allowedPatterns', options.allowedPatterns ?? []),
  ],
  tiers: new Set(options.tiers),
}));

// Kinds whose text is never a placeholder: tool instructions, legal text and markers.
const NEVER_PLACEHOLDER = kindMask(['directive', 'license', 'marker']);

export default createRule<NoPlaceholderCommentsOptions, MessageIds>({
  name: 'no-placeholder-comments',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comments that stand for code which is not there',
      recommended: true,
    },
    // User patterns are strings in the schema and compiled on first use, once per configuration.
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          tiers: {
            type: 'array',
            items: { type: 'string', enum: [...PLACEHOLDER_TIERS] },
            uniqueItems: true,
            description: 'Built-in phrase tiers to report: certain elisions, likely placeholders, and risky phrases (reported only in an empty or stub body).',
          },
          extraPatterns: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'More regular expressions (case-insensitive) that mark a comment as a placeholder.',
          },
          ignorePatterns: ignorePatternsSchema('Regular expressions (case-insensitive) for comments never to report, even if a tier or an extra pattern matches.'),
          // no-trivial-comments calls the same idea ignorePatterns; the old name keeps configurations working.
          allowedPatterns: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            // JSON Schema's `deprecated`, which eslint-doc-generator shows; typescript-eslint's schema type predates it.
            ...{ deprecated: true },
            description: 'Deprecated: the old name of `ignorePatterns`, read as its patterns too.',
          },
        },
      },
    ],
    defaultOptions: [{ tiers: [...PLACEHOLDER_TIERS], extraPatterns: [], ignorePatterns: [] }],
    // Messages quote the comment, so a list of findings reads without opening the file.
    messages: {
      placeholder: "Comment '{{text}}' stands for code that is not here; write the code or delete the comment.",
      placeholderInStub: "Comment '{{text}}' marks an unimplemented body; implement it or delete the stub.",
      extraPattern: "Comment '{{text}}' matches the placeholder pattern '{{pattern}}'; write the code or delete the comment.",
    },
  },
  create(context, options, analysis) {
    const { extra, allowed, tiers } = compiledOptions.of(options);
    const { sourceCode } = analysis;

    // Long comments are quoted by their start only, so the message stays one line.
    const quote = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

    // Called for every comment of the file: the location and the quote are only worked out for
    // the few that are reported, and empty pattern lists cost nothing.
    function check(fact: CommentFact): void {
      const { comment, placeholder } = fact;
      const tiered = placeholder !== undefined && tiers.has(placeholder);
      // Only a comment that would be reported needs its kind: most have no tier to report.
      if (!tiered && extra.length === 0) return;
      if (isOfKinds(fact, NEVER_PLACEHOLDER) || (allowed.length > 0 && allowed.some((pattern) => pattern.test(fact.text)))) return;
      if (tiered) {
        if (placeholder !== 'risky') {
          report(context, { loc: commentsLoc(sourceCode, comment, comment), messageId: 'placeholder', data: { text: quote(fact.text) } });
          return;
        }
        if (marksStub(sourceCode, comment as TSESTree.Comment)) {
          report(context, { loc: commentsLoc(sourceCode, comment, comment), messageId: 'placeholderInStub', data: { text: quote(fact.text) } });
          return;
        }
      }
      const pattern = extra.length === 0 ? undefined : extra.find((candidate) => candidate.test(fact.text));
      if (pattern !== undefined) {
        report(context, { loc: commentsLoc(sourceCode, comment, comment), messageId: 'extraPattern', data: { text: quote(fact.text), pattern: pattern.source } });
      }
    }

    return {
      Program(): void {
        for (const fact of analysis.facts.comments) check(fact);
      },
    };
  },
});
