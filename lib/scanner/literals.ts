/**
 * Where the scanner's literals end (scanner.ts): numbers, strings, template chunks and
 * regular expressions, each found by one forward walk over character codes, and where the
 * white space and comments after a token end. A literal that never ends is a syntax error,
 * which only ESLint may report: the scan gives up on the file.
 */
import { isLineBreak, isSpaceAt } from '../util/chars.js';
import * as charCodes from '../util/char-codes.js';
import { isAsciiWordStart, isDigit, isHexDigit } from './token-classes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { ASTERISK, BACKSLASH, BACKTICK, CARRIAGE_RETURN, DIGIT_ZERO, DOLLAR, DOT, LEFT_BRACE, LEFT_BRACKET, LINE_FEED, LOWER_B, LOWER_CASE_BIT, LOWER_E, LOWER_N, LOWER_O, LOWER_X, MINUS, PLUS, RIGHT_BRACKET, SLASH, UNDERSCORE } = charCodes;

/** Thrown where only a parser could go on; `scanSource` turns it into "ask ESLint". */
export class Undecidable extends Error {}

function digitsEnd(text: string, from: number, isDigitCode: (code: number) => boolean): number {
  let end = from;
  while (isDigitCode(text.charCodeAt(end)) || text.charCodeAt(end) === UNDERSCORE) end++;
  return end;
}

/**
 * The end of the number at `start`. An invalid literal (`08n`, `1__0`) is a parse error ESLint
 * reports, so only valid ones need an exact extent: radix digits, or digits, a fraction and an
 * exponent; then a BigInt `n`.
 */
export function numberEnd(text: string, start: number): number {
  let end: number;
  const radix = text.charCodeAt(start) === DIGIT_ZERO ? text.charCodeAt(start + 1) | LOWER_CASE_BIT : 0;
  if (radix === LOWER_X || radix === LOWER_O || radix === LOWER_B) end = digitsEnd(text, start + 2, isHexDigit);
  else {
    end = digitsEnd(text, start, isDigit);
    if (text.charCodeAt(end) === DOT) end = digitsEnd(text, end + 1, isDigit);
    if ((text.charCodeAt(end) | LOWER_CASE_BIT) === LOWER_E) {
      const sign = text.charCodeAt(end + 1);
      end = digitsEnd(text, end + (sign === PLUS || sign === MINUS ? 2 : 1), isDigit);
    }
  }
  return text.charCodeAt(end) === LOWER_N ? end + 1 : end;
}

/** The end of the string opened at `start`; a raw line break leaves it unterminated (a continuation is escaped). */
export function stringEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  let end = start + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (Number.isNaN(code) || code === LINE_FEED || code === CARRIAGE_RETURN) throw new Undecidable('unterminated string');
    if (code === BACKSLASH) end += text.charCodeAt(end + 1) === CARRIAGE_RETURN && text.charCodeAt(end + 2) === LINE_FEED ? 3 : 2;
    else if (code === quote) return end + 1;
    else end++;
  }
}

/**
 * The end of a template chunk whose text starts at `start` (after "`" or `}`): after the
 * closing "`", or after `${` when a substitution opens, which a negative end signals.
 */
export function templateChunkEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    const code = text.charCodeAt(end);
    if (Number.isNaN(code)) throw new Undecidable('unterminated template');
    if (code === BACKSLASH) end += 2;
    else if (code === BACKTICK) return end + 1;
    else if (code === DOLLAR && text.charCodeAt(end + 1) === LEFT_BRACE) return -(end + 2);
    else end++;
  }
}

/** The end of the regular expression at `start`, flags included; a `/` inside a class does not end it. */
export function regularExpressionEnd(text: string, start: number): number {
  let end = start + 1;
  let inClass = false;
  for (;;) {
    const code = text.charCodeAt(end);
    if (Number.isNaN(code) || isLineBreak(code)) throw new Undecidable('unterminated regular expression');
    if (code === BACKSLASH) {
      end++;
      if (isLineBreak(text.charCodeAt(end))) throw new Undecidable('unterminated regular expression');
    } else if (code === LEFT_BRACKET) inClass = true;
    else if (code === RIGHT_BRACKET) inClass = false;
    else if (code === SLASH && !inClass) break;
    end++;
  }
  end++;
  while (isAsciiWordStart(text.charCodeAt(end))) end++;
  return end;
}

/** The code of the first character at or after `from` that is neither white space nor in a comment. */
export function nextSignificantCode(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === SLASH && text.charCodeAt(at + 1) === SLASH) while (at < text.length && !isLineBreak(text.charCodeAt(at))) at++;
    else if (code === SLASH && text.charCodeAt(at + 1) === ASTERISK) {
      const close = text.indexOf('*/', at + 2);
      at = close < 0 ? text.length : close + 2;
    } else if (isSpaceAt(text, at)) at++;
    else return code;
  }
}
