/**
 * Reporting on comments: where a report on a run of comments points, and the text to delete
 * when a suggestion removes comments: whole lines when the comments stand
 * alone on them (so no blank line is left behind), otherwise the trailing comment and the
 * spaces before it. Shared by the rules that offer "remove this comment".
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceComment } from '../source/file-source.js';
import type { FileFacts } from '../core/file-facts.js';

const HORIZONTAL_SPACE = /[ \t]/u;

export function removalRange(text: string, first: SourceComment, last: SourceComment): [number, number] {
  let start = first.range[0];
  while (start > 0 && HORIZONTAL_SPACE.test(text[start - 1]!)) start--;
  let end = last.range[1];
  while (end < text.length && HORIZONTAL_SPACE.test(text[end]!)) end++;
  const startsLine = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  const endsLine = end === text.length || text[end] === '\n' || text[end] === '\r';
  if (startsLine && endsLine) {
    // Take the line break too; `\r\n` is one break.
    if (text.startsWith('\r\n', end)) end += 2;
    else if (end < text.length) end++;
    return [start, end];
  }
  // Code stays on the line: keep what follows the comment, drop only the spaces that led to it.
  return endsLine ? [start, last.range[1]] : [first.range[0], last.range[1]];
}

/** A suggestion fix removing the comments from `first` to `last`. */
export function removeComments(text: string, first: SourceComment, last: SourceComment): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const range = removalRange(text, first, last);
  return (fixer) => fixer.removeRange(range);
}

/** The location from the start of `first` to the end of `last`, for a report on comments. */
export function commentsLoc(sourceCode: Readonly<TSESLint.SourceCode>, first: SourceComment, last: SourceComment): TSESTree.SourceLocation {
  return { start: sourceCode.getLocFromIndex(first.range[0]), end: sourceCode.getLocFromIndex(last.range[1]) };
}

/**
 * The indexes of the first and last comment of the paragraph the comment at `index` is in: `//`
 * comments each alone on adjacent lines. A sentence may run over several of them, so a report on
 * one sentence points at the paragraph. Any other comment is a paragraph of its own.
 */
export function lineCommentRun(facts: FileFacts, index: number): [number, number] {
  const { comments } = facts;
  const inRun = (at: number): boolean => comments[at]!.comment.type === 'Line' && !facts.codeBesideComment(at);
  if (!inRun(index)) return [index, index];
  let first = index;
  while (first > 0 && comments[first - 1]!.startLine === comments[first]!.startLine - 1 && inRun(first - 1)) first--;
  let last = index;
  while (last + 1 < comments.length && comments[last + 1]!.startLine === comments[last]!.startLine + 1 && inRun(last + 1)) last++;
  return [first, last];
}
