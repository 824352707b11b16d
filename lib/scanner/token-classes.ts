/**
 * What the scanner's characters and brackets are: the character classes it tests codes
 * against, its punctuators looked up by their first character, and the kinds of bracket it
 * keeps open. The scanner, its literals and JSDoc names read them; so does the leftovers'
 * scan for sure syntax errors, which must lex as the scanner does.
 */
import * as charCodes from '../util/char-codes.js';
import { isLineBreak } from '../util/chars.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { DIGIT_NINE, DIGIT_ZERO, DOLLAR, FORM_FEED, LOWER_A, LOWER_CASE_BIT, LOWER_F, LOWER_Z, SPACE, TAB, UNDERSCORE, UPPER_A, UPPER_Z, VERTICAL_TAB } = charCodes;

/** ASCII white space and line breaks; other white space is told by `\s` on the rare non-ASCII character. */
export const isSpace = (code: number): boolean => code === SPACE || code === TAB || code === VERTICAL_TAB || code === FORM_FEED || isLineBreak(code);
export const isAsciiWordStart = (code: number): boolean => (code >= LOWER_A && code <= LOWER_Z) || (code >= UPPER_A && code <= UPPER_Z) || code === DOLLAR || code === UNDERSCORE;
export const isDigit = (code: number): boolean => code >= DIGIT_ZERO && code <= DIGIT_NINE;
export const isHexDigit = (code: number): boolean => isDigit(code) || ((code | LOWER_CASE_BIT) >= LOWER_A && (code | LOWER_CASE_BIT) <= LOWER_F);

// Beyond ASCII, names start and go on as ECMAScript's IdentifierName says.
export const ID_START = /[\p{ID_Start}]/u;
export const ID_CONTINUE = /[\p{ID_Continue}\u200C\u200D]/u;

// Punctuators by length, longest first within a first character (`>` is handled apart).
const PUNCTUATORS = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
  '^=', '**', '<<', '>>',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '=', '!', '~', '?', ':', '.', '+', '-', '*', '/', '%',
  '&', '|', '^', '@',
]; // prettier-ignore
export const PUNCTUATORS_BY_FIRST = new Map<number, string[]>();
for (const punctuator of PUNCTUATORS) {
  const first = punctuator.charCodeAt(0);
  PUNCTUATORS_BY_FIRST.set(first, [...(PUNCTUATORS_BY_FIRST.get(first) ?? []), punctuator]);
}

// Characters that start no longer punctuator, by code: the common brackets and separators need no search.
export const SINGLE_PUNCTUATORS: (string | undefined)[] = [];
for (const single of ['{', '}', '(', ')', '[', ']', ';', ',', '~', ':', '@']) SINGLE_PUNCTUATORS[single.charCodeAt(0)] = single;

// Tokens that end any type argument list still open at their level (they cannot occur in types).
export const ENDS_TYPE_ARGUMENTS = new Set([';', '&&', '||', '==', '===', '!=', '!==']);

// What an open bracket on the stack is; `}` of a template substitution resumes the template.
export const PAREN = 0;
export const CONTROL_PAREN = 1;
export const BRACKET = 2;
export const TEMPLATE = 3;
export const BRACE_MEMBERS = 4;
export const BRACE_STATEMENTS = 5;
// Bodies whose members a keyword can name: a class's or enum's, and an interface's, where `new (` is a construct signature.
export const BRACE_CLASS = 7;
export const BRACE_INTERFACE = 8;
// A JSX expression container: its `}` returns to JSX.
export const JSX_EXPRESSION = 9;
// Whether an open bracket of this kind ends with `}`: any brace, and a template's `${`.
export const closesWithBrace = (kind: number): boolean => kind >= BRACE_MEMBERS || kind === TEMPLATE;
