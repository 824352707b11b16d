/**
 * Syntax errors told without a parse, for TypeScript's parser: it does not stop at its first
 * syntax error but recovers and reads on, so a failed parse of prose costs many times what a
 * parse of code that succeeds does (bench/RESULTS.md).
 *
 * The scan reads the text only as far as every character lexes the same in any context, and
 * stops at the first one that may not: a `/` that opens no comment may open a regular
 * expression, `@` a decorator (`@Input name`), `#` a private name, `\` an escaped identifier,
 * `<` JSX text where JSX is read, and a character beyond ASCII may be part of a word or a line
 * break. Quoted strings, templates without a substitution and comments are skipped when they
 * close. Up to there, two mistakes are syntax errors wherever they stand in TypeScript or
 * JavaScript, whatever follows them:
 * - two words side by side on one line (`do nothing`), neither of them a keyword: no rule joins
 *   two identifiers with nothing between them, and a line break, which could end a statement
 *   between them, is not nothing (nor is a comment that holds one);
 * - a closing bracket that closes nothing, or an opener of another kind: brackets nest in every
 *   construct, and the `}` that could close something else, a template's substitution, closes
 *   none before the scan stops, since it stops at the template.
 * A text read to its end without a stop has one more: a bracket left open.
 */

import { numberEnd, stringEnd, templateChunkEnd, Undecidable } from '../scanner/literals.js';
import { isAsciiWordStart, isDigit } from '../scanner/token-classes.js';
import { charCodeSet, hasLineBreak, isLineBreak } from '../util/chars.js';
import * as charCodes from '../util/char-codes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { SPACE, TAB, BACKSLASH, SINGLE_QUOTE, DOUBLE_QUOTE, BACKTICK, LESS_THAN, EXCLAMATION, SLASH, ASTERISK, LINE_FEED, CARRIAGE_RETURN } = charCodes;
const { LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, LEFT_BRACE, RIGHT_BRACE } = charCodes;
// Characters after which the rest of the text may lex differently (see above); `/` only when it
// opens no comment, and `<` only with JSX or as `<!`, which some readers take for an HTML comment.
const STOPS = charCodeSet('@#\\');

/**
 * Whether `code` has a syntax error the scan is sure of (see the module comment). `keywords`
 * must hold every keyword and contextual keyword of the parser the result stands in for
 * (`declare function`, `x is T`).
 */
export function hasSureSyntaxError(code: string, keywords: ReadonlySet<string>, readsJSX: boolean): boolean {
  // The word just read, while only spaces, tabs and comments on the line follow it.
  let previous: string | undefined;
  // The closers of the brackets open, the innermost last.
  const closers: number[] = [];
  let at = 0;
  while (at < code.length) {
    const char = code.charCodeAt(at);
    if (char === SPACE || char === TAB) {
      at++;
    } else if (isAsciiWordStart(char)) {
      let end = at + 1;
      while (isAsciiWordStart(code.charCodeAt(end)) || isDigit(code.charCodeAt(end))) end++;
      const next = code.charCodeAt(end);
      // A word that goes on beyond ASCII, or with an escape, is not read here.
      if (next > 127 || next === BACKSLASH) return false;
      const word = code.slice(at, end);
      if (previous !== undefined && !keywords.has(previous) && !keywords.has(word)) return true;
      previous = word;
      at = end;
    } else if (char === SLASH) {
      const end = commentEnd(code, at);
      if (end === undefined) return false;
      // A comment that breaks a line may end a statement between two words; one that holds no break is nothing.
      if (end === at + 1 || hasLineBreak(code, at, end)) previous = undefined;
      at = end;
    } else if (char === SINGLE_QUOTE || char === DOUBLE_QUOTE || char === BACKTICK) {
      // A string's words are its text, never two code words side by side: it is skipped whole.
      const end = closedLiteralEnd(code, at);
      if (end === undefined) return false;
      previous = undefined;
      at = end;
    } else if (char > 127 || STOPS.has(char) || (char === LESS_THAN && (readsJSX || code.charCodeAt(at + 1) === EXCLAMATION))) {
      return false;
    } else {
      const closer = closerOf(char);
      if (closer !== undefined) closers.push(closer);
      else if ((char === RIGHT_PAREN || char === RIGHT_BRACKET || char === RIGHT_BRACE) && closers.pop() !== char) return true;
      // A number (`0x1F`, `1_000n`, `2.5e3`) is no word. A word it runs into (`1st`) is a
      // syntax error of its own, so what the scan makes of that word turns nothing away wrongly.
      at = isDigit(char) ? numberEnd(code, at) : at + 1;
      previous = undefined;
    }
  }
  return closers.length > 0;
}

function closerOf(char: number): number | undefined {
  if (char === LEFT_PAREN) return RIGHT_PAREN;
  if (char === LEFT_BRACKET) return RIGHT_BRACKET;
  return char === LEFT_BRACE ? RIGHT_BRACE : undefined;
}

/**
 * Where what the `/` at `start` opens ends, when it lexes the same in any context: a comment
 * (`//` to its line's end, `/*` past its close), or a lone `/` before a line break, which
 * divides or else opens a regular expression that the break leaves unterminated, an error of
 * its own. Undefined for any other `/`, and for a block comment that does not close.
 */
function commentEnd(code: string, start: number): number | undefined {
  const next = code.charCodeAt(start + 1);
  if (next === SLASH) {
    let end = start + 2;
    while (end < code.length && !isLineBreak(code.charCodeAt(end))) end++;
    return end;
  }
  if (next === ASTERISK) {
    const close = code.indexOf('*/', start + 2);
    return close === -1 ? undefined : close + 2;
  }
  return next === LINE_FEED || next === CARRIAGE_RETURN ? start + 1 : undefined;
}

/**
 * The end of the string opened at `start` when it closes on its line, or of the template opened
 * there when it closes without a substitution; else undefined.
 */
function closedLiteralEnd(code: string, start: number): number | undefined {
  try {
    if (code.charCodeAt(start) !== BACKTICK) return stringEnd(code, start);
    const end = templateChunkEnd(code, start + 1);
    return end < 0 ? undefined : end;
  } catch (error) {
    if (error instanceof Undecidable) return undefined;
    throw error;
  }
}
