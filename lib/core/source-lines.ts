/**
 * Questions about one line of a file's source: where it ends, how deeply it is indented, and
 * whether it holds code or a comment, read from the text and the comment ranges alone.
 */
import { firstNonSpace } from '../util/chars.js';
import type { FileSource } from '../source/file-source.js';

/** How many spaces and tabs open `line`; a line of white space only counts as unindented. */
export function indentation(source: FileSource, line: number): number {
  const { text, lineStarts } = source;
  const start = lineStarts[line - 1]!;
  const code = firstNonSpace(text, start, lineEnd(source, line));
  return code === -1 ? 0 : code - start;
}

export function lineEnd(source: FileSource, line: number): number {
  return source.lineStarts[line] ?? source.text.length;
}

/**
 * Whether `line` holds a character that is neither white space nor in a comment. Every comment
 * before index `from` ends at or before the line's start; the ones from there on are skipped
 * over where they cover the line.
 */
export function codeOnLine(source: FileSource, line: number, from: number): boolean {
  const { text, comments } = source;
  const end = lineEnd(source, line);
  let at = source.lineStarts[line - 1]!;
  let index = from;
  while (at < end) {
    while (index < comments.length && comments[index]!.range[1] <= at) index++;
    const comment = comments[index];
    if (comment !== undefined && comment.range[0] <= at) {
      // Inside a comment: what follows it on this line may still be code (`*/ run();`).
      at = comment.range[1];
      continue;
    }
    const codeEnd = comment === undefined ? end : Math.min(comment.range[0], end);
    if (firstNonSpace(text, at, codeEnd) !== -1) return true;
    at = codeEnd;
  }
  return false;
}

/** `codeOnLine` for a line at or above the start of the comment at `index`. */
export function codeNear(source: FileSource, line: number, index: number): boolean {
  const lineStart = source.lineStarts[line - 1]!;
  const { comments } = source;
  // Back to the first comment that reaches into the line (`/* a */ b; // c` has two).
  let from = index;
  while (from > 0 && comments[from - 1]!.range[1] > lineStart) from--;
  return codeOnLine(source, line, from);
}

/** Whether a comment before index `before` shows something other than white space on `line`. */
export function commentOnLine(source: FileSource, line: number, before: number): boolean {
  const { text, comments, lineStarts } = source;
  const lineStart = lineStarts[line - 1]!;
  for (let index = before - 1; index >= 0 && comments[index]!.range[1] > lineStart; index--) {
    const [start, end] = comments[index]!.range;
    if (firstNonSpace(text, Math.max(start, lineStart), Math.min(end, lineEnd(source, line))) !== -1) return true;
  }
  return false;
}
