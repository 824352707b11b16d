/**
 * Prose told from code without a parse, for TypeScript's parser: it does not stop at its first
 * syntax error but recovers and reads on, so a failed parse of prose costs many times what a
 * parse of code that succeeds does (bench/RESULTS.md).
 *
 * Two words side by side on one line (`do nothing`), neither of them a keyword, are a syntax
 * error wherever they stand in TypeScript or JavaScript: no rule joins two identifiers with
 * nothing between them, and a line break, which could end a statement between them, is not
 * nothing. The scan reads the text only as far as every character lexes the same in any
 * context, and stops at the first one that may not: `/` may open a regular expression or a
 * comment, a backquote a template, `@` a decorator (`@Input name`), `\` an escaped identifier,
 * `<` JSX text where JSX is read, and a character beyond ASCII may be part of a word or a line
 * break. Quoted strings are skipped when they close on their line.
 */

import { numberEnd, stringEnd, Undecidable } from '../scanner/literals.js';
import { isAsciiWordStart, isDigit } from '../scanner/token-classes.js';
import { charCodeSet } from '../util/chars.js';
import * as charCodes from '../util/char-codes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { SPACE, TAB, BACKSLASH, SINGLE_QUOTE, DOUBLE_QUOTE, LESS_THAN, EXCLAMATION } = charCodes;
// Characters after which the rest of the text may lex differently (see above); `<` only with JSX
// or as `<!`, which some readers take for an HTML comment.
const STOPS = charCodeSet('/`@#\\');

/**
 * Whether `code` has two words side by side on one line, neither a keyword, before anything
 * that may lex differently (see the module comment). `keywords` must hold every keyword and
 * contextual keyword of the parser the result stands in for (`declare function`, `x is T`).
 */
export function hasAdjacentWords(code: string, keywords: ReadonlySet<string>, readsJSX: boolean): boolean {
  // The word just read, while only spaces and tabs follow it.
  let previous: string | undefined;
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
    } else if (char === SINGLE_QUOTE || char === DOUBLE_QUOTE) {
      // A string's words are its text, never two code words side by side: it is skipped whole.
      const end = closedStringEnd(code, at);
      if (end === undefined) return false;
      previous = undefined;
      at = end;
    } else if (char > 127 || STOPS.has(char) || (char === LESS_THAN && (readsJSX || code.charCodeAt(at + 1) === EXCLAMATION))) {
      return false;
    } else {
      // A number (`0x1F`, `1_000n`, `2.5e3`) is no word. A word it runs into (`1st`) is a
      // syntax error of its own, so what the scan makes of that word turns nothing away wrongly.
      at = isDigit(char) ? numberEnd(code, at) : at + 1;
      previous = undefined;
    }
  }
  return false;
}

/** The end of the string opened at `start`, or undefined when it does not close on its line. */
function closedStringEnd(code: string, start: number): number | undefined {
  try {
    return stringEnd(code, start);
  } catch (error) {
    if (error instanceof Undecidable) return undefined;
    throw error;
  }
}
