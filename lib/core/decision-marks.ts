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
import { mayEscapeNames, tokensBefore, type FileSource, type SourceToken } from '../source/file-source.js';
import { isCode, isCodedString, isUnnamedNumber, isUnnamedPattern, isWeighedNumber, isWeighedPattern } from './unnamed.js';
import { LastFileCache } from '../util/last-file.js';
import { CodeMatches } from './code-matches.js';
import { AMPERSAND, DOLLAR, DOT, LEFT_BRACE, QUESTION_MARK, UNDERSCORE, VERTICAL_BAR } from '../util/char-codes.js';
import { isAsciiLetterOrDigit } from '../util/chars.js';

// The tokens that may record a decision: `?` (conditionals, `??` and `??=`), `&&` and `||`
// (and their assignments), and the keywords of branches, loops and handlers.
const DECISION_MARK = /\?|&&|\|\||\b(?:if|for|while|do|switch|catch)\b/g;
// What one decision weighs at most: a nested one.
const MOST_WEIGHT = 2;

// The decision tokens as the code spells them: a logical operator or its assignment (`??` one
// token, not two marks), a conditional `?` (not an optional mark `a?:`, `f(a?)`, nor `?.`
// before anything but a digit), or a keyword of a branch, loop or handler.
const DECISION_TOKEN = /\?\?=?|&&=?|\|\|=?|\?(?![:),\]=;]|\.\D)|\b(?:if|for|while|do|switch|catch)\b/g;
// A run of digits: each literal a value may be (lib/core/unnamed.ts) holds one.
const DIGITS = /\d+/g;

/** How far the text of one file has been read, by each bound, and what each has found: every rule that asks goes on from there. */
interface FileBounds {
  /** The text holds a Unicode escape. */
  readonly escaped: boolean;
  readonly marks: CodeMatches;
  /** Marks found in code so far. */
  marksFound: number;
  readonly decisionTokens: CodeMatches;
  /** What the decision tokens found so far may weigh. */
  weight: number;
  readonly digits: CodeMatches;
  /** The literals read so far that may be values, and whether one may be a code. */
  values: number;
  code: boolean;
  /** The last token read at a run of digits: a literal's later runs (`0.25`) are its first run's. */
  lastLiteral: number;
}

// Both density rules ask about the file being linted, with different weights.
const fileBounds = new LastFileCache<FileBounds>();

function boundsOf(source: FileSource): FileBounds {
  return fileBounds.for(source, () => ({
    escaped: mayEscapeNames(source.text),
    marks: new CodeMatches(source, DECISION_MARK, true),
    marksFound: 0,
    decisionTokens: new CodeMatches(source, DECISION_TOKEN, false),
    weight: 0,
    digits: new CodeMatches(source, DIGITS, true),
    values: 0,
    code: false,
    lastLiteral: -1,
  }));
}

/**
 * Whether the file's decisions may weigh `weight` or more; false only when its code holds too
 * few decision marks for that. A keyword written with a Unicode escape is not spelled out in the
 * text, so a file with an escape is never ruled out.
 */
export function mayWeigh(source: FileSource, weight: number): boolean {
  const needed = Math.ceil(weight / MOST_WEIGHT);
  if (needed <= 0) return true;
  const bounds = boundsOf(source);
  if (bounds.escaped) return true;
  if (bounds.marksFound < needed && !bounds.marks.done) bounds.marks.walk(() => ++bounds.marksFound >= needed);
  return bounds.marksFound >= needed;
}

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
  const bounds = boundsOf(source);
  if (weight <= 0 || bounds.escaped) return true;
  if (bounds.weight < weight && !bounds.decisionTokens.done) {
    bounds.decisionTokens.walk((_text, _at, match) => {
      const first = match.charCodeAt(0);
      bounds.weight += first === AMPERSAND || first === VERTICAL_BAR || match.charCodeAt(1) === QUESTION_MARK ? 1 : MOST_WEIGHT;
      return bounds.weight >= weight;
    });
  }
  return bounds.weight >= weight;
}

/** Whether the character code `code` continues a name or a number: a run of digits after one is not a literal's start. */
function continuesWord(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === UNDERSCORE || code === DOLLAR;
}

// Characters that join a run of digits to a longer literal: `1.5`, `1e3`, `0x1f`, `0o7`, `0b1`, `1n`, `1_000`.
const CONTINUES_LITERAL = new Set('.eExXoObBn_');

/**
 * Whether the run of digits `match` at `at` is a lone `0` or `1`, which is never a value
 * (`isUnnamedNumber`), told from the text without finding its token: not the start of a longer
 * number, nor after a `.` (`.1` is a number of its own) or a `{` (a pattern's count, `/a{1}/`).
 */
function isLoneZeroOrOne(text: string, at: number, match: string): boolean {
  if (match !== '0' && match !== '1') return false;
  const before = text.charCodeAt(at - 1);
  return before !== DOT && before !== LEFT_BRACE && !CONTINUES_LITERAL.has(text.charAt(at + 1));
}

/** Whether the literal `token`, at `index` of `tokens`, passes the pass's tests of a value, wherever it stands. */
function mayBeValue(tokens: readonly SourceToken[], index: number, token: SourceToken): boolean {
  const { type } = token;
  // Read as after a conditional's `:`, the reading that takes more numbers as unnamed.
  if (type === 'Numeric') return isUnnamedNumber(tokens, index, true) && isWeighedNumber(tokens, index);
  if (type === 'String') return isCodedString(tokens, index);
  return type === 'RegularExpression' && isUnnamedPattern(token) && isWeighedPattern(tokens, index);
}

/**
 * Whether the file may hold `count` values (lib/core/unnamed.ts), or one that is a code
 * (`isCode`), which makes a finding alone: false only when the literals its code spells cannot
 * be that many. Each value is a literal that passes the pass's own tests of its neighbours
 * (`isWeighedNumber`, `isCodedString`, `isWeighedPattern`), which the pass then narrows by where
 * the literal stands (an object's data, a ladder's bound); every such literal holds a run of
 * digits that starts no name's tail, so only the tokens at those runs are read, and only until
 * enough are found.
 */
export function mayHoldValues(source: FileSource, count: number): boolean {
  if (count <= 0) return true;
  const bounds = boundsOf(source);
  const { tokens } = source;
  if (bounds.values < count && !bounds.code && !bounds.digits.done) {
    bounds.digits.walk((text, at, match) => {
      if (continuesWord(text.charCodeAt(at - 1)) || isLoneZeroOrOne(text, at, match)) return false;
      const index = tokensBefore(tokens, at + 1) - 1;
      const token = tokens[index];
      if (token === undefined || index === bounds.lastLiteral || token.range[1] <= at) return false;
      bounds.lastLiteral = index;
      if (!mayBeValue(tokens, index, token)) return false;
      bounds.values++;
      bounds.code ||= isCode(tokens, index);
      return bounds.values >= count || bounds.code;
    });
  }
  return bounds.values >= count || bounds.code;
}
