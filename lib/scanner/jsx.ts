/**
 * JSX for the scanner (scanner.ts): an element's tokens as espree and typescript-eslint's
 * parser give them (`<`, names, `=`, attribute strings and text as `JSXText`, `/`, `>`), with
 * expression containers handed back to the JavaScript scanner. Both parsers agree on these
 * ranges; espree decodes entities in a `JSXText` value, which the accounting core never reads.
 */
import * as charCodes from '../util/char-codes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { COLON, COMMA, DOT, DOUBLE_QUOTE, EQUALS, GREATER_THAN, LEFT_BRACE, LESS_THAN, SINGLE_QUOTE, SLASH } = charCodes;

/** What the JSX scanner needs of the JavaScript scanner that meets a `<`. */
export interface JsxHost {
  readonly text: string;
  position: number;
  /** Records a token ending at `end` and moves there. */
  token(type: string, start: number, end: number): void;
  /** Skips white space and records comments, which JSX allows inside tags. */
  skipTrivia(): void;
  /** Scans `{ … }` as JavaScript, up to and including its `}`. */
  expressionContainer(): void;
  /** Gives up on the file: only a parser can read what follows. */
  fail(reason: string): never;
  /** The file's parser reads `<T,>` as type parameters (TypeScript in `.tsx`). */
  readonly typescript: boolean;
}

const NAME_START = /[\p{ID_Start}$_]/u;
const NAME_PART = /[\p{ID_Continue}$\u200C\u200D-]/u;

/** The character code at the host's position, NaN at the end of the text. */
const current = (host: JsxHost): number => host.text.charCodeAt(host.position);

function punctuator(host: JsxHost, code: number): void {
  if (current(host) !== code) host.fail('malformed JSX');
  host.token('Punctuator', host.position, host.position + 1);
}

/** One JSX name part (`div`, `data-x`); letters, digits, `$`, `_` and `-`. */
function namePart(host: JsxHost): void {
  const { text } = host;
  const start = host.position;
  if (!NAME_START.test(text[start] ?? '')) host.fail('malformed JSX name');
  let end = start + 1;
  while (end < text.length && NAME_PART.test(text[end]!)) end++;
  host.token('JSXIdentifier', start, end);
}

/** A tag or attribute name: `a`, `a.b.c` or `ns:name`. */
function name(host: JsxHost): void {
  namePart(host);
  for (;;) {
    host.skipTrivia();
    const code = current(host);
    if (code !== DOT && code !== COLON) return;
    punctuator(host, code);
    host.skipTrivia();
    namePart(host);
  }
}

/** An attribute's quoted value: JSX strings have no escapes and may span lines. */
function attributeString(host: JsxHost, quote: number): void {
  const end = host.text.indexOf(String.fromCharCode(quote), host.position + 1);
  if (end < 0) host.fail('unterminated JSX string');
  host.token('JSXText', host.position, end + 1);
}

function attribute(host: JsxHost): void {
  name(host);
  host.skipTrivia();
  if (current(host) !== EQUALS) return;
  punctuator(host, EQUALS);
  host.skipTrivia();
  const code = current(host);
  if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) attributeString(host, code);
  else if (code === LEFT_BRACE) host.expressionContainer();
  else if (code === LESS_THAN) element(host);
  else host.fail('malformed JSX attribute');
}

/** Text and nested elements up to the `<` of the closing tag, which is left for the caller. */
function children(host: JsxHost): void {
  const { text } = host;
  for (;;) {
    const start = host.position;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LESS_THAN && text.charCodeAt(end) !== LEFT_BRACE) end++;
    // Both parsers reject a bare `>` or `}` in text; ESLint must say so.
    if (/[>}]/u.test(text.slice(start, end))) host.fail('malformed JSX text');
    if (end >= text.length) host.fail('unclosed JSX element');
    if (end > start) host.token('JSXText', start, end);
    host.position = end;
    if (text.charCodeAt(end) === LEFT_BRACE) {
      host.expressionContainer();
      continue;
    }
    if (/^<\s*\//u.test(text.slice(end, end + 64))) return;
    element(host);
  }
}

/** `</name>` or `</>`, from its `<`. */
function closingTag(host: JsxHost): void {
  punctuator(host, LESS_THAN);
  host.skipTrivia();
  punctuator(host, SLASH);
  host.skipTrivia();
  if (current(host) !== GREATER_THAN) name(host);
  punctuator(host, GREATER_THAN);
}

/** A whole element or fragment, from its `<` to its last `>`. */
export function element(host: JsxHost): void {
  punctuator(host, LESS_THAN);
  host.skipTrivia();
  if (current(host) !== GREATER_THAN) {
    name(host);
    // In `.tsx`, `<T,>` and `<T extends U>` open an arrow function's type parameters.
    if (host.typescript && (current(host) === COMMA || /^extends\b/u.test(host.text.slice(host.position, host.position + 8)))) host.fail('type parameters');
  }
  for (;;) {
    host.skipTrivia();
    const code = current(host);
    if (code === SLASH) {
      punctuator(host, SLASH);
      host.skipTrivia();
      punctuator(host, GREATER_THAN);
      return;
    }
    if (code === GREATER_THAN) break;
    if (code === LEFT_BRACE) host.expressionContainer();
    else attribute(host);
  }
  punctuator(host, GREATER_THAN);
  children(host);
  closingTag(host);
}
