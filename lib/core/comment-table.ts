/**
 * The file's comments as facts, in order, and what FileFacts reads from their order and lines
 * alone: where each starts and ends, which comments lead a piece of code, and a lower bound of
 * the lines with counted words that needs no comment's kind worked out.
 */
import { countWords, firstNonSpace } from '../util/chars.js';
import { isOfKinds, knownOfKinds } from '../kinds/comment-kinds.js';
import type { CommentFact } from './comment-fact.js';
import { CommentSite, Fact } from './comment-site.js';
import { lineEnd } from './source-lines.js';
import { wordLines } from './line-tables.js';
import { lowerBound } from '../util/lower-bound.js';
import type { FileSource } from '../source/file-source.js';
import { zeroedInt32s } from '../util/tables.js';

/** The comments' facts and the line counts that come with their lines (see `classifyComments`). */
export interface CommentTable {
  readonly facts: readonly CommentFact[];
  /** Lines strictly inside a multi-line comment (`FileFacts.linesInsideComments`). */
  readonly inside: number;
  /** The comments' lines, each comment's counted in full (`FileFacts.linesCoveredByComments`). */
  readonly covered: number;
}

/**
 * One fact per comment, with its lines; everything else about a comment is read when a rule
 * first asks (see `Fact`). The kinds that read the code around a comment wait longest: a rule
 * about placeholders never needs them, one about commented-out code only for line comments.
 * The comments' line counts come with the lines, so that no second pass reads every fact again.
 */
export function classifyComments(source: FileSource, lineCount: number, markerAliases: readonly string[]): CommentTable {
  const { comments, lineStarts } = source;
  const facts: CommentFact[] = [];
  const site = new CommentSite(source, lineCount, markerAliases);
  let inside = 0;
  let covered = 0;
  let line = 1;
  comments.forEach((comment, index) => {
    const start = comment.range[0];
    while (line < lineStarts.length && lineStarts[line]! <= start) line++;
    const endLine = endLineOf(source, lineCount, comment.range[1], line);
    facts.push(new Fact(comment, line, endLine, index, site));
    inside += Math.max(0, endLine - line - 1);
    covered += endLine - line + 1;
    line = endLine;
  });
  return { facts, inside, covered };
}

/** The line on which a comment that starts on `line` and ends at offset `end` ends. */
function endLineOf(source: FileSource, lineCount: number, end: number, line: number): number {
  let last = line;
  while (last < lineCount && lineEnd(source, last) < end) last++;
  return last;
}

/** How many comments start before `offset`: the index of the first that starts at or after it. */
export function commentsBefore(comments: readonly CommentFact[], offset: number): number {
  return lowerBound(comments.length, (at) => comments[at]!.comment.range[0] >= offset);
}

/**
 * The index of the first of `FileFacts.leadingComments` for code at `offset` on `line`, given
 * `end`, the index of the comment after them.
 */
export function firstLeading(text: string, comments: readonly CommentFact[], offset: number, line: number, end: number): number {
  let first = end;
  let nextStart = offset;
  let nextLine = line;
  while (first > 0) {
    const fact = comments[first - 1]!;
    if (nextLine - fact.endLine > 1 || firstNonSpace(text, fact.comment.range[1], nextStart) !== -1) break;
    first--;
    nextStart = fact.comment.range[0];
    nextLine = fact.startLine;
  }
  return first;
}

/**
 * Indexed by comment, as `FileFacts.wordPrefix`. A line that two counted comments share is
 * counted for the first only: a range that starts at the second then misses it, which only
 * lowers the bound.
 */
export function knownTextPrefix(source: FileSource, comments: readonly CommentFact[], mask: number): Int32Array {
  const sums = zeroedInt32s(comments.length + 1);
  let countedEnd = 0;
  comments.forEach((fact, index) => {
    const lines = knownOfKinds(fact, mask) === true ? wordLines(source, fact, countedEnd + 1, Number.POSITIVE_INFINITY) : 0;
    if (lines > 0) countedEnd = fact.endLine;
    sums[index + 1] = sums[index]! + lines;
  });
  return sums;
}

/** Words in the comments of a kind in `mask`, summed by comment (see `FileFacts.wordPrefix`). */
export function wordPrefixOf(comments: readonly CommentFact[], mask: number): Int32Array {
  const sums = zeroedInt32s(comments.length + 1);
  comments.forEach((fact, index) => {
    sums[index + 1] = sums[index]! + (isOfKinds(fact, mask) ? countWords(fact.text) : 0);
  });
  return sums;
}
