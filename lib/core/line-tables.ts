/**
 * Line tables: each line's kind (cloc's classes, with the lines where a counted comment has
 * words), marked from the text in place, and the running counts per line that answer a span's
 * figures with a subtraction. FileFacts owns the tables and decides when each is built.
 */
import { firstNonSpace, hasWordChar } from '../util/chars.js';
import type { CommentFact } from './comment-fact.js';
import { codeOnLine, lineEnd } from './source-lines.js';
import { lowerBound } from '../util/lower-bound.js';
import type { FileSource } from '../source/file-source.js';
import { zeroedInt32s } from '../util/tables.js';

/**
 * cloc's classes of a physical line, plus `mixed` for a code line that also holds a
 * comment (cloc counts those as code; the report shows them apart).
 */
export const LineKind = { blank: 0, comment: 1, code: 2, mixed: 3 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface LineCounts {
  readonly blank: number;
  readonly comment: number;
  readonly code: number;
  readonly mixed: number;
}

// Presence bits chosen so that OR-ing them yields the line's LineKind directly.
const HAS_COMMENT = LineKind.comment;
export const HAS_CODE = LineKind.code;
/** Beside a line's LineKind (see `FileFacts.lineKindsIn`): a comment of the counted kinds has words on the line. */
export const COUNTED_TEXT = 4;

/** Line counts of a span (see `FileFacts.lineTotals`). */
export interface LineTotals {
  /** Lines with words of a counted comment. */
  readonly text: number;
  /** Lines with code or words of a counted comment. */
  readonly measured: number;
  /** Lines with code. */
  readonly code: number;
}

/** Per-line running counts for one set of counted comment kinds (see `FileFacts.lineSums`). */
export interface LineSums {
  /** Lines with words of a counted comment. */
  readonly text: Int32Array;
  /** Lines with code or words of a counted comment. */
  readonly measured: Int32Array;
  /** Lines with code. */
  readonly code: Int32Array;
}

/** Lines `fromLine` to `toLine` of a per-line table that holds a line's entry at `line - offset`. */
export interface TableLines {
  readonly fromLine: number;
  readonly toLine: number;
  readonly offset: number;
}

/**
 * Marks the lines that hold code: a character that is neither white space nor in a comment
 * (what the tokens are made of, see `FileSource.tokens`). Reading the text line by line stops
 * at the first such character, usually right after the indentation, so a line costs a few
 * characters; walking the tokens instead touched a token object and its range array for every
 * token of the file, and those memory reads were most of the analysis' time.
 */
export function markCodeLines(source: FileSource, presence: Uint8Array, lines: TableLines): void {
  const { comments, lineStarts } = source;
  let cursor = firstCommentReaching(source, lines.fromLine);
  for (let line = lines.fromLine; line <= lines.toLine; line++) {
    const lineStart = lineStarts[line - 1]!;
    while (cursor < comments.length && comments[cursor]!.range[1] <= lineStart) cursor++;
    if (codeOnLine(source, line, cursor)) presence[line - lines.offset] = HAS_CODE;
  }
}

/**
 * Marks HAS_COMMENT on each of `lines` where the comment's part of it is not white space, and
 * with `counted`, COUNTED_TEXT where that part has words. The parts are read in place, without
 * a slice or a callback per line.
 */
export function markCommentLines(source: FileSource, presence: Uint8Array, lines: TableLines, fact: CommentFact, counted: boolean): void {
  const last = Math.min(fact.endLine, lines.toLine);
  for (let line = Math.max(fact.startLine, lines.fromLine); line <= last; line++) {
    const start = partStart(source, fact, line);
    const end = partEnd(source, fact, line);
    if (firstNonSpace(source.text, start, end) !== -1) presence[line - lines.offset]! |= HAS_COMMENT;
    if (counted && hasWordChar(source.text, start, end)) presence[line - lines.offset]! |= COUNTED_TEXT;
  }
}

/** The index of the first comment that reaches into `line` or starts after it. */
export function firstCommentReaching(source: FileSource, line: number): number {
  const { comments, lineStarts } = source;
  return lowerBound(comments.length, (index) => comments[index]!.range[1] > lineStarts[line - 1]!);
}

/**
 * The comment's lines from `fromLine` on that have a letter or digit in its part of them,
 * counted up to `limit`.
 */
export function wordLines(source: FileSource, fact: CommentFact, fromLine: number, limit: number): number {
  let lines = 0;
  for (let line = Math.max(fact.startLine, fromLine); line <= fact.endLine && lines < limit; line++) {
    if (hasWordChar(source.text, partStart(source, fact, line), partEnd(source, fact, line))) lines++;
  }
  return lines;
}

/** Where the comment's part of `line` (one of its lines) starts in the text. */
function partStart(source: FileSource, fact: CommentFact, line: number): number {
  return Math.max(fact.comment.range[0], source.lineStarts[line - 1]!);
}

/** Where the comment's part of `line` (one of its lines) ends in the text. */
function partEnd(source: FileSource, fact: CommentFact, line: number): number {
  return line === fact.endLine ? fact.comment.range[1] : lineEnd(source, line);
}

/** `LineTotals` counted from the line kinds of a span (see `FileFacts.lineKindsIn`). */
export function totalsOfKinds(kinds: Uint8Array): LineTotals {
  let text = 0;
  let measured = 0;
  let code = 0;
  for (const kind of kinds) {
    const hasText = (kind & COUNTED_TEXT) !== 0;
    const hasCode = (kind & HAS_CODE) !== 0;
    if (hasText) text++;
    if (hasCode) code++;
    if (hasText || hasCode) measured++;
  }
  return { text, measured, code };
}

/** `LineTotals` of lines `fromLine` to `toLine`, from the running counts. */
export function totalsOfSums(sums: LineSums, fromLine: number, toLine: number): LineTotals {
  return { text: rangeSum(sums.text, fromLine, toLine), measured: rangeSum(sums.measured, fromLine, toLine), code: rangeSum(sums.code, fromLine, toLine) };
}

/** The running counts per line of the whole file's line kinds `kinds` (index 0 is line 1). */
export function lineSumsOf(kinds: Uint8Array, lineCount: number): LineSums {
  const text = zeroedInt32s(lineCount + 1);
  const measured = zeroedInt32s(lineCount + 1);
  const code = zeroedInt32s(lineCount + 1);
  for (let line = 1; line <= lineCount; line++) {
    const hasText = (kinds[line - 1]! & COUNTED_TEXT) !== 0;
    const hasCode = (kinds[line - 1]! & HAS_CODE) !== 0;
    text[line] = text[line - 1]! + (hasText ? 1 : 0);
    measured[line] = measured[line - 1]! + (hasText || hasCode ? 1 : 0);
    code[line] = code[line - 1]! + (hasCode ? 1 : 0);
  }
  return { text, measured, code };
}

/** What the entries `fromLine` to `toLine` add up to, from their running counts `prefix`. */
export function rangeSum(prefix: Int32Array, fromLine: number, toLine: number): number {
  return prefix[toLine]! - prefix[fromLine - 1]!;
}
