/**
 * Numbers a run of decisions takes from a comment of its function. A run's gate is how many
 * tokens of it no name explains (lib/core/unnamed.ts); a number that a comment in the same
 * function writes out (`perfect: 0, // 90-100` over a stats literal, then `if (score >= 90)`) is
 * named there, as a constant's name would name it, and leaves the count. The comment may stand
 * anywhere in the function: a reader meets the table before the ladder that fills it.
 *
 * Worked out only for the runs long enough to report, so it costs nothing on most files.
 */
import { tokensBefore } from '../source/file-source.js';
import { LEFT_BRACE } from '../util/char-codes.js';
import { lowerBound } from '../util/lower-bound.js';
import type { CommentFact, FileFacts } from './file-facts.js';
import type { Logic } from './logic.js';
import { commentsIn, statesValue } from './value-reasons.js';

/** The `[start, end)` of the innermost function body that holds `offset`, or of the whole file outside every function. */
function bodyAround(facts: FileFacts, logic: Logic, offset: number): { start: number; end: number } {
  const { text } = facts.source;
  const open: number[] = [];
  let index = 0;
  for (; index < logic.boundaryCount && logic.boundaries[index]! < offset; index++) {
    if (text.charCodeAt(logic.boundaries[index]!) === LEFT_BRACE) open.push(logic.boundaries[index]!);
    else open.pop();
  }
  if (open.length === 0) return { start: 0, end: text.length };
  // On to the `}` that closes the body still open at `offset`.
  for (let depth = 0; index < logic.boundaryCount; index++) {
    if (text.charCodeAt(logic.boundaries[index]!) === LEFT_BRACE) depth++;
    else if (depth-- === 0) return { start: open.at(-1)!, end: logic.boundaries[index]! + 1 };
  }
  return { start: open.at(-1)!, end: text.length };
}

/**
 * How many of the unnamed tokens on lines `startLine`–`endLine` (those `counted` accepts, as the
 * run counted them) are numbers that a comment of the kinds in `mask` in the function holding
 * the run writes out.
 */
export function statedUnnamed(facts: FileFacts, logic: Logic, mask: number, startLine: number, endLine: number, counted: (line: number) => boolean): number {
  const { tokens, lineStarts } = facts.source;
  const start = lineStarts[startLine - 1]!;
  const end = endLine < lineStarts.length ? lineStarts[endLine]! : facts.source.text.length;
  let comments: CommentFact[] | undefined;
  let stated = 0;
  for (let index = lowerBound(logic.unnamedCount, (at) => logic.unnamedStarts[at]! >= start); index < logic.unnamedCount; index++) {
    const offset = logic.unnamedStarts[index]!;
    if (offset >= end) break;
    const token = tokens[tokensBefore(tokens, offset)]!;
    if (token.type !== 'Numeric' || !counted(facts.lineOf(offset))) continue;
    if (comments === undefined) {
      const body = bodyAround(facts, logic, start);
      comments = commentsIn(facts, mask, body.start, body.end);
    }
    if (comments.some((fact) => statesValue(fact.text, token.value))) stated++;
  }
  return stated;
}
