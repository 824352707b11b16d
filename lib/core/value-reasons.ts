/**
 * Reasons for values: whether the comments a reader meets around a value that a decision or a
 * computation uses (lib/core/unnamed.ts: `score < 0.25`, `weight * 0.1`, `status === 404`,
 * `message.includes('403')`) say where it comes from. A comment gives a value's reason when it
 * speaks of values (`speaksOfValues`: it writes a number, a unit or a reason) and stands where
 * the reader meets the value:
 *
 * - on the value's line (a trailing comment, or one that starts or ends there);
 * - directly above the statement that holds the value, or above a statement that encloses it
 *   within its function, or heading the paragraph it is in (lib/core/explained-statements.ts);
 * - above the function, outside every other function: its doc block, a comment over its group
 *   of declarations, a section banner, the file header. These introduce more than the one
 *   value, so they give its reason only when they write it out (`statesValue`: `0.4`, `40%`,
 *   `'403'`): a header that says what the module does does not say where each of its numbers
 *   comes from.
 *
 * A comment that only names the step (`// Apply severe penalty for veto` above
 * `total += weight * score * 0.1`) says what the code does, not where its numbers come from.
 * Worked out only for the functions that hold enough values to be judged.
 */
import { hasWordChar } from '../util/chars.js';
import { isOfKinds } from '../kinds/comment-kinds.js';
import { lowerBound } from '../util/lower-bound.js';
import { zeroedBytes } from '../util/tables.js';
import { markExplainedStatements } from './explained-statements.js';
import { valueAt, type Logic } from './logic.js';
import type { CommentFact, FileFacts } from './file-facts.js';
import type { FunctionRange } from './function-decisions.js';

// What a comment says when it speaks of values: a number, a unit, an origin or a reason, or
// code it quotes (`&|?` over character codes).
const SPEAKS_OF_VALUES =
  /\d|%|`|\b(?:because|since|so|otherwise|unless|avoid\w*|prevent\w*|must|never|instead|due|per|spec\w*|rfc|standard|convention|tuned|empirical\w*|heuristic\w*|chosen|measured|observed|mirrors?|matches|same as|half|halve[sd]?|tenth|quarter|third|twice|double|ms|millis\w*|seconds?|minutes?|hours?|days?|weeks?|months?|years?|bytes?|kb|mb|px|pixels?|km|meters?|metres?|percent\w*|degrees?)\b/i;

/** Whether a comment writes a number, a unit, an origin or a reason: what a value's reason is made of. */
export function speaksOfValues(fact: CommentFact): boolean {
  return SPEAKS_OF_VALUES.test(fact.text);
}

/** Whether `character` may stand next to a number written out in prose without being part of it. */
function isNumberBoundary(code: number): boolean {
  // Past either end, or anything but a digit (`0`–`9`) or a point (`.`).
  return Number.isNaN(code) || !((code >= 48 && code <= 57) || code === 46);
}

/** Whether `text` holds `word` with no digit or point around it. */
function holdsNumber(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (isNumberBoundary(text.charCodeAt(at - 1)) && isNumberBoundary(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/**
 * Whether a comment's `text` writes the value `literal` out: a number as written or, for a
 * fraction, in percent (`0.4`, `40%`); a code in quotes with or without them (`'403'`, `403`).
 */
export function statesValue(text: string, literal: string): boolean {
  const first = literal.charCodeAt(0);
  // A code in quotes (`'` or `"`): three digits or more are a number in prose, a shorter one is quoted there too.
  if (first === 39 || first === 34) {
    const code = literal.slice(1, -1);
    return code.length > 2 ? holdsNumber(text, code) : text.includes(`'${code}'`) || text.includes(`"${code}"`) || text.includes(`\`${code}\``);
  }
  // A pattern (`/…/`) is not written out in prose.
  if (first === 47) return false;
  const number = literal.startsWith('-') ? literal.slice(1) : literal;
  if (holdsNumber(text, number)) return true;
  const fraction = Number(number);
  return fraction > 0 && fraction < 1 && text.includes(`${Math.round(fraction * 1000) / 10}%`);
}

/** A value no comment gives the reason for: where it starts, and its text as written. */
export interface UnexplainedValue {
  readonly offset: number;
  readonly text: string;
}

/** The ranges of the function bodies that close before `offset`, outermost only: comments in them belong to other functions. */
function closedBodies(facts: FileFacts, logic: Logic, offset: number): FunctionRange[] {
  const { text } = facts.source;
  const open: number[] = [];
  const closed: FunctionRange[] = [];
  for (let index = 0; index < logic.boundaryCount && logic.boundaries[index]! < offset; index++) {
    const at = logic.boundaries[index]!;
    if (text.charCodeAt(at) === 123) open.push(at);
    else if (open.length > 0) {
      const start = open.pop()!;
      while (closed.length > 0 && closed.at(-1)!.start > start) closed.pop();
      closed.push({ start, end: at + 1 });
    }
  }
  return closed;
}

/** The comments above the function at `start` outside every other function that has words and is of the kinds in `mask`. */
function introducingComments(facts: FileFacts, logic: Logic, mask: number, start: number): CommentFact[] {
  const { comments } = facts;
  const { text } = facts.source;
  const bodies = closedBodies(facts, logic, start);
  const found: CommentFact[] = [];
  let body = 0;
  for (const fact of comments) {
    const [from, to] = fact.comment.range;
    if (from >= start) break;
    while (body < bodies.length && bodies[body]!.end <= from) body++;
    if (body < bodies.length && bodies[body]!.start <= from) continue;
    if (hasWordChar(text, from, to) && isOfKinds(fact, mask)) found.push(fact);
  }
  return found;
}

/**
 * The values of the function spanning `fn` (those of its nested `children` are theirs) that no
 * comment of the kinds in `mask` gives the reason for, in source order.
 */
export function unexplainedValues(facts: FileFacts, logic: Logic, mask: number, fn: FunctionRange, children: readonly FunctionRange[]): UnexplainedValue[] {
  const { tokens } = facts.source;
  const fromLine = facts.lineOf(fn.start);
  const toLine = facts.lineOf(fn.end - 1);
  const explained = zeroedBytes(facts.lineCount + 1);
  markExplainedStatements(facts, mask, fromLine, toLine, explained, speaksOfValues);
  const { comments } = facts;
  for (let index = lowerBound(comments.length, (at) => comments[at]!.endLine >= fromLine); index < comments.length; index++) {
    const fact = comments[index]!;
    if (fact.startLine > toLine) break;
    if (!isOfKinds(fact, mask) || !speaksOfValues(fact)) continue;
    explained[fact.startLine] = 1;
    explained[fact.endLine] = 1;
  }
  let intro: CommentFact[] | undefined;
  const found: UnexplainedValue[] = [];
  let child = 0;
  for (let index = valueAt(logic, fn.start); index < logic.valueCount && logic.valueStarts[index]! < fn.end; index++) {
    const offset = logic.valueStarts[index]!;
    while (child < children.length && children[child]!.end <= offset) child++;
    if ((child < children.length && children[child]!.start <= offset) || explained[facts.lineOf(offset)] !== 0) continue;
    const token = tokens[lowerBound(tokens.length, (at) => tokens[at]!.range[0] >= offset)]!;
    intro ??= introducingComments(facts, logic, mask, fn.start);
    if (!intro.some((fact) => statesValue(fact.text, token.value))) found.push({ offset, text: token.value });
  }
  return found;
}
