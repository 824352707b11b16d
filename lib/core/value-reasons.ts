/**
 * Reasons for values: whether the comments a reader meets around a value that a decision or a
 * computation uses (lib/core/unnamed.ts: `score < 0.25`, `weight * 0.1`, `status === 404`,
 * `message.includes('403')`) say where it comes from.
 *
 * - A **fraction** (`0.1`, `2.5`) is a ratio or a weight someone chose. Its reason is given by a
 *   comment that speaks of values (`speaksOfValues`: it writes a number, a unit, quoted code, an
 *   origin or a reason) where the reader meets it: on its line (trailing, or a comment starting
 *   or ending there), as the first thing inside the block whose head holds it, directly above
 *   the statement that holds it or one enclosing it within its function, or heading its
 *   paragraph (lib/core/explained-statements.ts). A comment that only names the step (`// Apply
 *   severe penalty for veto` above `total += weight * score * 0.1`) does not say why a tenth.
 * - An **integer or a pattern** is mostly something a label names: a key code (`// Enter`
 *   above `code === 13`), a field number, a format. Any comment with words at those places
 *   gives it, and so does the comment block above the function or one enclosing it, directly or
 *   across blank lines (a section banner, a header over it), or above the paragraph of
 *   declarations it is one of (lib/eslint/explained-span.ts, `paragraphStart`).
 * - A **code** (lib/core/unnamed.ts, `isCode`: `error.code === '23505'`, not an HTTP status)
 *   maps a value to a meaning nobody reads from the number; a label where it stands gives it, a
 *   header that says what the function does does not (`/** Reserves the key *\/`).
 * - Any value is explained by a comment that writes it out (`statesValue`: `0.4`, `40%`, `'403'`)
 *   inside the function or above it outside other functions: its doc block, a comment over its
 *   group of declarations, a section banner, the file header, a table's `// 90–100` beside a
 *   bucket. A header says what the module does; it explains a number only by naming it.
 * - Any value the code's own text states, the message of the branch it guards or a schema of
 *   the file, has its reason there (lib/core/stated-values.ts).
 *
 * Worked out only for the functions that hold enough values to be judged.
 */
import { firstNonSpace } from '../util/chars.js';
import { DIGIT_NINE, DIGIT_ZERO, DOT, DOUBLE_QUOTE, LEFT_BRACE, SINGLE_QUOTE, SLASH } from '../util/char-codes.js';
import { lowerBound } from '../util/lower-bound.js';
import { zeroedBytes } from '../util/tables.js';
import { markExplainedStatements } from './explained-statements.js';
import { explainsInKinds } from './explanations.js';
import { commentsBefore } from './comment-table.js';
import { statedInCode } from './stated-values.js';
import { isCode } from './unnamed.js';
import { tokensBefore } from '../source/file-source.js';
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

/** Whether `character` may stand next to a number written out in prose without being part of it: past either end, or anything but a digit or a point. */
function isNumberBoundary(code: number): boolean {
  return Number.isNaN(code) || !((code >= DIGIT_ZERO && code <= DIGIT_NINE) || code === DOT);
}

/** What a value's literal is: a code in quotes (`'403'`), a pattern (`/…/`), or a number. */
function literalKind(literal: string): 'code' | 'pattern' | 'number' {
  const first = literal.charCodeAt(0);
  if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) return 'code';
  return first === SLASH ? 'pattern' : 'number';
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
  const kind = literalKind(literal);
  // A code in quotes: three digits or more are a number in prose, a shorter one is quoted there too.
  if (kind === 'code') {
    const code = literal.slice(1, -1);
    return code.length > 2 ? holdsNumber(text, code) : text.includes(`'${code}'`) || text.includes(`"${code}"`) || text.includes(`\`${code}\``);
  }
  // A pattern is not written out in prose.
  if (kind === 'pattern') return false;
  const number = literal.startsWith('-') ? literal.slice(1) : literal;
  if (holdsNumber(text, number)) return true;
  const fraction = Number(number);
  return fraction > 0 && fraction < 1 && text.includes(`${Math.round(fraction * 1000) / 10}%`);
}

/** A value no comment gives the reason for: where it starts, and its text as written. */
export interface UnexplainedValue {
  readonly offset: number;
  readonly text: string;
  /** Whether it is a code (lib/core/unnamed.ts, `isCode`), which alone is a question. */
  readonly code: boolean;
}

/** The ranges of the function bodies that close before `offset`, outermost only: comments in them belong to other functions. */
function closedBodies(facts: FileFacts, logic: Logic, offset: number): FunctionRange[] {
  const { text } = facts.source;
  const open: number[] = [];
  const closed: FunctionRange[] = [];
  for (let index = 0; index < logic.boundaryCount && logic.boundaries[index]! < offset; index++) {
    const at = logic.boundaries[index]!;
    if (text.charCodeAt(at) === LEFT_BRACE) open.push(at);
    else if (open.length > 0) {
      const start = open.pop()!;
      while (closed.length > 0 && closed.at(-1)!.start > start) closed.pop();
      closed.push({ start, end: at + 1 });
    }
  }
  return closed;
}

/**
 * Whether a comment with words of the kinds in `mask` that the function spanning `fn` holds, or
 * one above it outside the function bodies that close before it (`bodies`, asked for when first
 * needed), writes `literal` out (`statesValue`). Each comment's text is read first: few write the
 * value out, and only theirs are placed and have their kinds worked out.
 */
function statedInComments(facts: FileFacts, mask: number, fn: FunctionRange, literal: string, bodies: () => readonly FunctionRange[]): boolean {
  const { comments } = facts;
  const { text } = facts.source;
  let closed: readonly FunctionRange[] | undefined;
  let body = 0;
  for (const fact of comments) {
    const [from] = fact.comment.range;
    if (from >= fn.end) break;
    if (!statesValue(fact.text, literal)) continue;
    if (from < fn.start) {
      closed ??= bodies();
      while (body < closed.length && closed[body]!.end <= from) body++;
      if (body < closed.length && closed[body]!.start <= from) continue;
    }
    if (explainsInKinds(text, fact, mask)) return true;
  }
  return false;
}

/** Whether a value is a fraction (`0.1`, `2.5`, `1e-3`): a ratio or a weight someone chose, where an integer, a code or a pattern is mostly something a label names. */
function isFraction(literal: string): boolean {
  return literalKind(literal) === 'number' && (literal.includes('.') || literal.includes('e-'));
}

/**
 * Marks the lines each comment of the kinds in `mask` within `fromLine`–`toLine` explains, in
 * `labelled` (every such comment with words) and in `reasoned` (those that speak of values): its
 * own lines, where it trails code or stands on its own, and when it is the first thing inside a
 * block (`if (score > 0.85) {` / `// Excellent: 88–95`), the line of the block's head.
 */
function markCommentLines(facts: FileFacts, mask: number, fromLine: number, toLine: number, labelled: Uint8Array, reasoned: Uint8Array): void {
  const { comments } = facts;
  const { tokens, text } = facts.source;
  for (let index = lowerBound(comments.length, (at) => comments[at]!.endLine >= fromLine); index < comments.length; index++) {
    const fact = comments[index]!;
    if (fact.startLine > toLine) break;
    const [start] = fact.comment.range;
    if (!explainsInKinds(text, fact, mask)) continue;
    const speaks = speaksOfValues(fact);
    const before = tokens[tokensBefore(tokens, start) - 1];
    const head = before?.value === '{' ? facts.lineOf(before.range[0]) : fact.startLine;
    for (const line of [fact.startLine, fact.endLine, head]) {
      labelled[line] = 1;
      if (speaks) reasoned[line] = 1;
    }
  }
}

/**
 * The values of the function spanning `fn` (those of its nested `children` are theirs) that no
 * comment of the kinds in `mask` gives the reason for, in source order. `introduced` tells, when
 * first asked, whether a comment block stands above the function or one enclosing it
 * (`isIntroduced`).
 */
export function unexplainedValues(facts: FileFacts, logic: Logic, mask: number, fn: FunctionRange, children: readonly FunctionRange[], introduced: () => boolean): UnexplainedValue[] {
  const { tokens } = facts.source;
  // The lines the comments explain, marked only once a value needs them.
  let marks: { labelled: Uint8Array; reasoned: Uint8Array } | undefined;
  let bodies: FunctionRange[] | undefined;
  const closed = (): readonly FunctionRange[] => (bodies ??= closedBodies(facts, logic, fn.start));
  const found: UnexplainedValue[] = [];
  let child = 0;
  for (let index = valueAt(logic, fn.start); index < logic.valueCount && logic.valueStarts[index]! < fn.end; index++) {
    const offset = logic.valueStarts[index]!;
    while (child < children.length && children[child]!.end <= offset) child++;
    if (child < children.length && children[child]!.start <= offset) continue;
    const at = tokensBefore(tokens, offset);
    const token = tokens[at]!;
    const fraction = isFraction(token.value);
    // A code's meaning is the code's own choice: a label where it stands or a comment that writes it out gives it, not a header over the function.
    const code = isCode(tokens, at);
    if (!fraction && !code && introduced()) continue;
    marks ??= markLines(facts, mask, fn);
    const line = facts.lineOf(offset);
    if (marks.reasoned[line] !== 0 || (!fraction && marks.labelled[line] !== 0)) continue;
    if (statedInComments(facts, mask, fn, token.value, closed)) continue;
    if (!statedInCode(facts, at, (text) => statesValue(text, token.value))) found.push({ offset, text: token.value, code });
  }
  return found;
}

/** The lines of `fn` that a comment labels (`labelled`) or gives values' reasons on (`reasoned`), indexed by line. */
function markLines(facts: FileFacts, mask: number, fn: FunctionRange): { labelled: Uint8Array; reasoned: Uint8Array } {
  const fromLine = facts.lineOf(fn.start);
  const toLine = facts.lineOf(fn.end - 1);
  const labelled = zeroedBytes(facts.lineCount + 1);
  const reasoned = zeroedBytes(facts.lineCount + 1);
  markExplainedStatements(facts, mask, fromLine, toLine, labelled, { lines: reasoned, accepts: speaksOfValues });
  markCommentLines(facts, mask, fromLine, toLine, labelled, reasoned);
  return { labelled, reasoned };
}

/**
 * Whether a block of comments, one of the kinds in `mask` with words among them, stands alone
 * above `offset` with nothing but blank lines between: a section banner or a header over the
 * declaration that starts there.
 */
function blockAbove(facts: FileFacts, mask: number, offset: number): boolean {
  const { comments } = facts;
  const { tokens, text } = facts.source;
  let index = commentsBefore(comments, offset) - 1;
  if (index < 0 || firstNonSpace(text, comments[index]!.comment.range[1], offset) !== -1) return false;
  let found = false;
  // Up the block, one comment under the other, to its first line (a ruler may close it).
  for (let next = offset; index >= 0 && firstNonSpace(text, comments[index]!.comment.range[1], next) === -1; index--) {
    const fact = comments[index]!;
    found ||= explainsInKinds(text, fact, mask);
    next = fact.comment.range[0];
  }
  const first = comments[index + 1]!;
  const before = tokens[tokensBefore(tokens, first.comment.range[0]) - 1];
  // A comment trailing code belongs to that code.
  return found && (before === undefined || facts.lineOf(before.range[1] - 1) !== first.startLine);
}

/**
 * Whether the function at `start` is introduced: a comment block of the kinds in `mask` stands
 * above it from `docStart` (lib/eslint/explained-span.ts), or one stands above `docStart` across
 * blank lines.
 */
export function isIntroduced(facts: FileFacts, mask: number, docStart: number, start: number): boolean {
  return commentsIn(facts, mask, docStart, start).length > 0 || blockAbove(facts, mask, docStart);
}

/** The comments that start within `[start, end)`, have words and are of the kinds in `mask`. */
export function commentsIn(facts: FileFacts, mask: number, start: number, end: number): CommentFact[] {
  const { comments } = facts;
  const { text } = facts.source;
  const found: CommentFact[] = [];
  for (let index = commentsBefore(comments, start); index < comments.length; index++) {
    const fact = comments[index]!;
    if (fact.comment.range[0] >= end) break;
    if (explainsInKinds(text, fact, mask)) found.push(fact);
  }
  return found;
}

/** The start offsets of the file's values that are codes (lib/core/unnamed.ts, `isCode`), ascending: one alone can make a finding. */
export function codeStarts(facts: FileFacts, logic: Logic): number[] {
  const { tokens } = facts.source;
  const starts: number[] = [];
  for (let index = 0; index < logic.valueCount; index++) {
    const offset = logic.valueStarts[index]!;
    if (isCode(tokens, tokensBefore(tokens, offset))) starts.push(offset);
  }
  return starts;
}
