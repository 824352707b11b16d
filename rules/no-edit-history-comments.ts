/**
 * no-edit-history-comments: comments that narrate how the code was changed ("Removed X",
 * "Changed to …", "Now uses …") instead of what it does. FileFacts finds the note in each
 * comment (lib/kinds/edit-history.ts) and gives a comment that is only about the change the kind
 * `edit-history`; this rule reports both, offering removal only where the whole comment is the note.
 */
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import { ignorePatternsSchema } from '../lib/eslint/option-schemas.js';
import { isOfKinds, kindMask } from '../lib/kinds/comment-kinds.js';
import { removeComments, commentsLoc, lineCommentRun } from '../lib/eslint/comment-removal.js';
import { ignoredText } from '../lib/eslint/comment-rule.js';
import { PerOptions } from '../lib/eslint/per-options.js';
import { asideSpans, noteIsThePoint } from '../lib/kinds/edit-history.js';
import { commentValueStart, textStart } from '../lib/source/comment-text.js';
import type { CommentFact } from '../lib/core/comment-fact.js';

// Kinds whose text is never read as prose: tool instructions, legal text and markers.
const NEVER_EDIT_HISTORY = kindMask(['directive', 'license', 'marker']);
const EDIT_HISTORY = kindMask(['edit-history']);

export interface NoEditHistoryCommentsOptions {
  ignorePatterns: string[];
}

export type MessageIds = 'editHistory' | 'editNote' | 'editAside' | 'plannedWork' | 'removeComment';

// The team's exceptions, compiled once per configuration.
const ignoredTexts = new PerOptions((options: NoEditHistoryCommentsOptions) => ignoredText('no-edit-history-comments', options.ignorePatterns));

export default createRule<NoEditHistoryCommentsOptions, MessageIds>({
  name: 'no-edit-history-comments',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow comments that narrate how the code was changed instead of what it does',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignorePatterns: ignorePatternsSchema('Regular expressions (case-insensitive) for comments never to report, such as a changelog section a team keeps in code.'),
        },
      },
    ],
    defaultOptions: [{ ignorePatterns: [] }],
    // Messages quote the note, so a list of findings reads without opening the file.
    messages: {
      editHistory: "Comment '{{text}}' tells how the code was changed, not what it does; keep that in the commit message and delete the comment.",
      editNote: "Comment has an edit note, '{{text}}', that tells how the code was changed, not what it does; keep that in the commit message and delete the note.",
      editAside: "Comment has an aside, '{{text}}', that tells how the code was changed, not what it does; keep that in the commit message and delete the aside.",
      plannedWork: "Comment has an aside, '{{text}}', about a phase of the work, not what the code does; keep that in the plan or the commit message and delete the aside.",
      removeComment: 'Remove the comment.',
    },
  },
  create(context, options, analysis) {
    const ignored = ignoredTexts.of(options);
    const { sourceCode } = analysis;

    // Long notes are quoted by their start only, so the message stays one line.
    const quote = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

    /**
     * Reports each aside of a paragraph (`asideSpans`) on its own span: the rest of the paragraph
     * describes the code as it is, and stays.
     */
    const reportAsides = (paragraph: readonly CommentFact[]): void => {
      // The paragraph's text, one comment a line, and where each comment's text starts in it.
      const starts: number[] = [];
      let text = '';
      for (const fact of paragraph) {
        if (text.length > 0) text += '\n';
        starts.push(text.length);
        text += fact.text;
      }
      const sourceIndex = (offset: number): number => {
        let at = starts.length - 1;
        while (starts[at]! > offset) at--;
        const { comment } = paragraph[at]!;
        return commentValueStart(comment) + textStart(comment) + offset - starts[at]!;
      };
      for (const aside of asideSpans(text)) {
        const loc = { start: sourceCode.getLocFromIndex(sourceIndex(aside.start)), end: sourceCode.getLocFromIndex(sourceIndex(aside.end - 1) + 1) };
        // One line of the quote per line of the aside, without a block's decoration.
        const lines = text.slice(aside.start, aside.end).split('\n');
        const quoted = quote(lines.map((line) => line.replace(/^[\s*]+/u, '').trimEnd()).join(' '));
        report(context, { loc, messageId: aside.phase ? 'plannedWork' : 'editAside', data: { text: quoted } });
      }
    };

    return {
      Program(): void {
        const { comments } = analysis.facts;
        // The last comment of the paragraph reported last: one report per paragraph.
        let reportedUpTo = -1;
        comments.forEach((fact, index) => {
          const note = fact.editNote;
          if (index <= reportedUpTo || note === undefined || isOfKinds(fact, NEVER_EDIT_HISTORY) || ignored(fact.text)) return;
          const [first, last] = lineCommentRun(analysis.facts, index);
          let paragraphLength = 0;
          for (let at = first; at <= last; at++) paragraphLength += comments[at]!.text.length;
          if (!noteIsThePoint(note, paragraphLength)) {
            // A later comment of the paragraph may hold a note that is the point, reported for the paragraph.
            for (let at = index + 1; at <= last; at++) if (comments[at]!.editNote?.aside === false) return;
            reportedUpTo = last;
            reportAsides(comments.slice(first, last + 1));
            return;
          }
          reportedUpTo = last;
          const loc = commentsLoc(sourceCode, comments[first]!.comment, comments[last]!.comment);
          const { comment } = fact;
          if (first === last && isOfKinds(fact, EDIT_HISTORY)) {
            report(context, { loc, messageId: 'editHistory', data: { text: quote(fact.text) }, suggest: [{ messageId: 'removeComment', fix: removeComments(sourceCode.text, comment, comment) }] });
          } else {
            // The note is a sentence of a longer comment: removing the comment would take the rest with it.
            report(context, { loc, messageId: 'editNote', data: { text: quote(fact.text.slice(note.start).split('\n', 1)[0]!) } });
          }
        });
      },
    };
  },
});
