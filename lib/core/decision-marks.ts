/**
 * An upper bound of a file's decisions, read from its text before the token pass
 * (lib/core/decision-finder.ts) runs: each decision the pass records is one of these marks in
 * the code, and none weighs more than two (lib/core/logic.ts), so a file whose code holds too
 * few marks cannot weigh enough for a rule to judge anything, and the pass over its tokens is
 * spared. Most files are such files. Comments are passed over, since their prose says "if" and
 * "for"; strings and markup text are not, which only loosens the bound.
 *
 * Of the files that pass, many still weigh too little: `decisionsMayWeigh` reads their marks
 * again, this time as the tokens the pass acts on (none in a string or a pattern, a logical run
 * weighing one), and `mayHoldValues` bounds the values the pass would find by reading, with the
 * pass's own tests, the literals at their digits.
 */
import { tokensBefore, type FileSource, type SourceToken } from '../source/file-source.js';
import { isCode, isCodedString, isUnnamedNumber, isUnnamedPattern, isWeighedNumber, isWeighedPattern } from './unnamed.js';
import { LastFileCache } from '../util/last-file.js';
import { AMPERSAND, DOLLAR, QUESTION_MARK, UNDERSCORE, VERTICAL_BAR } from '../util/char-codes.js';
import { isAsciiLetterOrDigit } from '../util/chars.js';

// The tokens that may record a decision: `?` (conditionals, `??` and `??=`), `&&` and `||`
// (and their assignments), and the keywords of branches, loops and handlers.
const DECISION_MARK = /\?|&&|\|\||\b(?:if|for|while|do|switch|catch)\b/g;
// What one decision weighs at most: a nested one.
const MOST_WEIGHT = 2;

/** How far the text of one file has been read for marks: each rule that asks goes on from there. */
interface MarkScan {
  /** The text holds a Unicode escape. */
  readonly escaped: boolean;
  /** Marks found in code so far. */
  found: number;
  /** Where the next search starts. */
  next: number;
  /** The first comment that may hold or follow the next mark. */
  comment: number;
  /** The whole text has been read. */
  done: boolean;
}

// Both density rules ask about the file being linted, with different weights.
const scans = new LastFileCache<MarkScan>();

/**
 * Whether the file's decisions may weigh `weight` or more; false only when its code holds too
 * few decision marks for that. A keyword written with a Unicode escape is not spelled out in the
 * text, so a file with an escape is never ruled out.
 */
export function mayWeigh(source: FileSource, weight: number): boolean {
  const needed = Math.ceil(weight / MOST_WEIGHT);
  if (needed <= 0) return true;
  const scan = scans.for(source, () => ({ escaped: source.text.includes('\\u'), found: 0, next: 0, comment: 0, done: false }));
  if (scan.escaped || scan.found >= needed) return true;
  if (!scan.done) readMarks(source, scan, needed);
  return scan.found >= needed;
}

/** Reads on in `scan` until `needed` marks are found or the text ends. */
function readMarks({ text, comments }: FileSource, scan: MarkScan, needed: number): void {
  DECISION_MARK.lastIndex = scan.next;
  let { found, comment } = scan;
  while (found < needed) {
    const match = DECISION_MARK.exec(text);
    if (match === null) {
      scan.done = true;
      break;
    }
    while (comment < comments.length && comments[comment]!.range[1] <= match.index) comment++;
    const around = comments[comment];
    if (around !== undefined && around.range[0] <= match.index) DECISION_MARK.lastIndex = around.range[1];
    else found++;
  }
  scan.found = found;
  scan.comment = comment;
  scan.next = DECISION_MARK.lastIndex;
}

// The decision tokens as the code spells them: a logical operator or its assignment (`??` one
// token, not two marks), a conditional `?` (not an optional mark `a?:`, `f(a?)`, nor `?.`
// before anything but a digit), or a keyword of a branch, loop or handler.
const DECISION_TOKEN = /\?\?=?|&&=?|\|\|=?|\?(?![:),\]=;]|\.\D)|\b(?:if|for|while|do|switch|catch)\b/g;
// A run of digits: each literal a value may be (lib/core/unnamed.ts) holds one.
const DIGITS = /\d+/g;
// Tokens the decision pass records nothing at, though their text may spell decisions and digits.
const TEXT_TOKENS = new Set(['String', 'Template', 'RegularExpression', 'JSXText']);

/**
 * Calls `visit` on each match of `pattern` in the code of `source`: outside comments and, with
 * `inText` false, outside strings, templates and patterns.
 */
function eachInCode(source: FileSource, pattern: RegExp, inText: boolean, visit: (text: string, at: number, match: string) => void): void {
  const { text, comments, tokens } = source;
  pattern.lastIndex = 0;
  let comment = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const at = match.index;
    while (comment < comments.length && comments[comment]!.range[1] <= at) comment++;
    const around = comments[comment];
    if (around !== undefined && around.range[0] <= at) {
      pattern.lastIndex = around.range[1];
      continue;
    }
    if (!inText) {
      const token = tokens[tokensBefore(tokens, at + 1) - 1];
      if (token !== undefined && token.range[1] > at && TEXT_TOKENS.has(token.type)) {
        pattern.lastIndex = token.range[1];
        continue;
      }
    }
    visit(text, at, match[0]);
  }
}

// Per file, what its decision tokens may weigh at most, and how many values it may hold, once read.
const weightBounds = new LastFileCache<{ weight: number | undefined; values: ValueBound | undefined }>();

/**
 * Whether the file's decisions may weigh `weight` or more, read from the decision tokens its
 * code spells: a logical operator's run weighs one, any other decision at most two
 * (lib/core/logic.ts), and nothing in a comment, string, template or pattern decides. Tighter
 * than `mayWeigh` (asked first), at the cost of finding the token around each mark in code; a
 * file with a Unicode escape is never ruled out.
 */
export function decisionsMayWeigh(source: FileSource, weight: number): boolean {
  // The loose bound first: it rules most files out without finding a token, reading on only until it is met.
  if (!mayWeigh(source, weight)) return false;
  if (weight <= 0 || source.text.includes('\\u')) return true;
  const bounds = weightBounds.for(source, () => ({ weight: undefined, values: undefined }));
  if (bounds.weight === undefined) {
    let found = 0;
    eachInCode(source, DECISION_TOKEN, false, (_text, _at, match) => {
      const first = match.charCodeAt(0);
      found += first === AMPERSAND || first === VERTICAL_BAR || match.charCodeAt(1) === QUESTION_MARK ? 1 : MOST_WEIGHT;
    });
    bounds.weight = found;
  }
  return bounds.weight >= weight;
}

/** Whether the character code `code` continues a name or a number: a run of digits after one is not a literal's start. */
function continuesWord(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === UNDERSCORE || code === DOLLAR;
}

/** What the values of a file may be at most: how many, and whether one may be a code. */
interface ValueBound {
  readonly count: number;
  readonly code: boolean;
}

/**
 * What the pass's values (lib/core/unnamed.ts) may be at most, read from the literals its code
 * spells: each value is a literal that passes the pass's own tests of its neighbours
 * (`isWeighedNumber`, `isCodedString`, `isWeighedPattern`), which the pass then narrows by where
 * the literal stands (an object's data, a ladder's bound). Every such literal holds a run of
 * digits that starts no name's tail, so only the tokens at those runs are read: a few per file.
 */
function valueBound(source: FileSource): ValueBound {
  const { tokens } = source;
  let count = 0;
  let code = false;
  let last = -1;
  eachInCode(source, DIGITS, true, (text, at) => {
    if (continuesWord(text.charCodeAt(at - 1))) return;
    const index = tokensBefore(tokens, at + 1) - 1;
    const token = tokens[index];
    // A literal's later runs (`0.25`) are its first run's: each token is read once.
    if (token === undefined || index === last || token.range[1] <= at) return;
    last = index;
    if (!mayBeValue(tokens, index, token)) return;
    count++;
    code ||= isCode(tokens, index);
  });
  return { count, code };
}

/** Whether the literal `token`, at `index` of `tokens`, passes the pass's tests of a value, wherever it stands. */
function mayBeValue(tokens: readonly SourceToken[], index: number, token: SourceToken): boolean {
  const { type } = token;
  if (type === 'Numeric') return (isUnnamedNumber(tokens, index, false) || isUnnamedNumber(tokens, index, true)) && isWeighedNumber(tokens, index);
  if (type === 'String') return isCodedString(tokens, index);
  return type === 'RegularExpression' && isUnnamedPattern(token) && isWeighedPattern(tokens, index);
}

/**
 * Whether the file may hold `count` values, or one that is a code (`isCode`), which makes a
 * finding alone: false only when the literals of its code cannot be that many values.
 */
export function mayHoldValues(source: FileSource, count: number): boolean {
  if (count <= 0) return true;
  const bounds = weightBounds.for(source, () => ({ weight: undefined, values: undefined }));
  bounds.values ??= valueBound(source);
  return bounds.values.count >= count || bounds.values.code;
}
