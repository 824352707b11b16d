/**
 * What a candidate text's shape alone tells about its parse (commented-code.ts), each a scan of
 * its characters: a parse costs far more, and most of it goes to texts that fail.
 */

import { ASTERISK, SLASH } from '../util/char-codes.js';

/**
 * Whether `code` ends with a comma outside a `//` comment, as a list item does: then it parses as
 * no statements. A comma that ends a program leaves an expression or a declaration unfinished,
 * and one inside a string, a template, a regular expression, a block comment or JSX leaves that
 * unterminated.
 */
export function endsWithComma(code: string): boolean {
  const text = code.trimEnd();
  return text.endsWith(',') && !text.includes('//', text.lastIndexOf('\n') + 1);
}

const NAME_AND_COLON = /^\s*(?:readonly[ \t]+)?(?:[A-Za-z_$][\w$]*(?:[ \t]*\?)?|\[[ \t]*[A-Za-z_$][\w$]*)[ \t]*:/u;

/**
 * Whether `code` opens with a name and a colon, which make its first statement a label (a prose
 * heading, `Note: …`, that reads as no statements) or a syntax error, or with a name, `?` and a
 * colon (an optional member, `abort?: boolean;`), which open no statement at all: either way
 * the text reads as no statements. Members commented out of a type are many, and so are their
 * other openings, which open no statement either: `readonly` before the name on its line (two
 * words side by side), and an index signature's `[key:` (a colon after an array's element).
 */
export function leadsWithNameAndColon(code: string): boolean {
  return NAME_AND_COLON.test(code);
}

/**
 * Whether `code` may hold a JSX element, which TypeScript without JSX rejects and espree reads:
 * every element opens with `<` and ends with a `>` after the `/` that closes it (`<a />`,
 * `<a></a>`, `<></>`), so a text without those three in that order holds none. A TypeScript
 * generic (`Array<string>`) has no such `/`, and espree would only fail on it. Nor has a text
 * whose `/` after its `<` all belong to comments (`merge<T>(): // was Object<T>`,
 * `f<T> = /*@__PURE__*\/ (x) => x`; see `mayCloseElement`).
 */
export function mayHoldJSX(code: string): boolean {
  const open = code.indexOf('<');
  if (open === -1) return false;
  let slash = code.indexOf('/', open + 1);
  while (slash !== -1 && !mayCloseElement(code, slash)) slash = code.indexOf('/', slash + 1);
  return slash !== -1 && code.includes('>', slash + 1);
}

/**
 * Whether the `/` at `at` may be the token that closes a JSX element (`</a>`, `<a />`). That
 * token is followed by neither `/` nor `*`, which would open a comment, and preceded by no `*`
 * (nothing in a tag ends with one); a `/` before it can only end a block comment (`<a /**\//>`).
 */
function mayCloseElement(code: string, at: number): boolean {
  const next = code.charCodeAt(at + 1);
  if (next === SLASH || next === ASTERISK) return false;
  const previous = code.charCodeAt(at - 1);
  return previous !== ASTERISK && (previous !== SLASH || code.charCodeAt(at - 2) === ASTERISK);
}

// A punctuator that only continues what stands before it: a binary or ternary operator, a
// separator, a closing bracket, or `.` before anything but a digit (`.5` is a number).
const CONTINUATION_LEAD = /^\s*(?:[:,|&=*>?^%)\]}]|\.(?!\d))/u;

/**
 * Whether `code` opens with a token that can open no statement, so that it parses as none in
 * JavaScript or TypeScript, inside a function body too: the continued line of an expression or
 * a type (`: never;`, `| { … }`, `&& ready`). `\s` is exactly what both languages skip before a
 * first token. A slot may still hold such a text (`*step() {}` in a class), read apart.
 */
export function opensAsContinuation(code: string): boolean {
  return CONTINUATION_LEAD.test(code);
}
