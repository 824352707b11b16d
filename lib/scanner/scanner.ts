/**
 * A lexer that gives the accounting core the tokens and comments ESLint would, without a
 * parse: the report reads a repository this way, several times faster than through ESLint's
 * pipeline. It reproduces what the core reads of ESLint's tokens (ranges, values, and which
 * tokens are names) for espree and typescript-eslint's parser, JSX included. Where only a
 * parser could decide (a `/` after `}`, an escaped name, a file ESLint would reject), it
 * returns undefined and the caller lints the file through ESLint;
 * test/lib/scanner/scanner.test.ts and test/cli/report-paths.test.ts hold the two equal.
 */
import { element, type JsxHost } from './jsx.js';
import { settleJSDocNames, type AfterJSDoc } from './jsdoc-names.js';
import { nextSignificantCode, numberEnd, regularExpressionEnd, stringEnd, templateChunkEnd, Undecidable } from './literals.js';
import { BRACE_CLASS, BRACE_INTERFACE, BRACE_MEMBERS, BRACE_STATEMENTS, BRACKET, closesWithBrace, CONTROL_PAREN, JSX_EXPRESSION, PAREN, TEMPLATE } from './token-classes.js';
import { ENDS_TYPE_ARGUMENTS, ID_CONTINUE, ID_START, isAsciiWordStart, isDigit, isSpace, PUNCTUATORS_BY_FIRST, SINGLE_PUNCTUATORS } from './token-classes.js';
import { opensTypeArguments, TypeArgumentLists } from './type-arguments.js';
import { braceKind, opensControlParen, wordInfo, type BraceKind, type ParserFamily } from './words.js';
import { computeLineStarts, type FileSource, type SourceComment, type SourceToken } from '../source/file-source.js';
import { isJSDocBlock } from '../source/comment-text.js';
import { hasLineBreak, isHighSurrogate, isLineBreak, isSpaceAt } from '../util/chars.js';
import * as charCodes from '../util/char-codes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { ASTERISK, BACKSLASH, BACKTICK, BYTE_ORDER_MARK, DOT, DOUBLE_QUOTE, GREATER_THAN, HASH, LAST_ASCII, NO_BREAK_SPACE, SINGLE_QUOTE, SLASH } = charCodes;

export interface ScanOptions {
  readonly parser: ParserFamily;
  /** JSX may appear (any file but `.ts`, `.mts`, `.cts`): a `<` where an expression starts opens an element. */
  readonly jsx: boolean;
}

const BRACE_OF: Record<BraceKind, number> = { members: BRACE_MEMBERS, statements: BRACE_STATEMENTS };

/** The scan's state: one pass over the text, one token or comment per step. */
class Scanner implements JsxHost {
  readonly tokens: SourceToken[] = [];
  readonly comments: SourceComment[] = [];
  // Comments whose innermost bracket is an interface body, where no code can stand; the last
  // `interface` keyword's token, and the stack depth of the body it opened (-1 outside one).
  readonly inInterfaceBody = new Set<SourceComment>();
  private interfaceAt = -1;
  private interfaceBodyDepth = -1;
  position = 0;
  private expressionExpected = true;
  private readonly stack: number[] = [];
  // Stack depths of the `<` that opened type argument or parameter lists still open.
  private readonly typeArguments = new TypeArgumentLists();
  // A `class`, `enum` or `interface` waits for its body at this stack depth.
  private membersPendingAt = -1;
  private membersPendingKind = BRACE_CLASS;
  // A `case` or `default` waits for its colon at this depth; a `{` after that colon opens statements.
  private caseColonPendingAt = -1;
  private lastColonEndsCase = false;
  // Tokens right after a JSDoc block whose type may decide whether that block documents a declaration.
  private readonly afterJSDoc: AfterJSDoc[] = [];
  private lastCommentIsJSDocBefore = -1;
  // What the last `)`, `]` or `}` closed: a `{` after a control `)` opens statements.
  private lastClosed = -1;

  constructor(
    readonly text: string,
    private readonly options: ScanOptions,
  ) {}

  get typescript(): boolean {
    return this.options.parser === 'typescript';
  }

  scan(): void {
    // ESLint reads a first-line `#!` as a comment of its own type, whatever the parser.
    if (this.text.startsWith('#!')) this.lineComment('Shebang', 2);
    this.scanWhileOpen(0);
    // An unclosed bracket is a syntax error, which ESLint reports: only it may judge the file.
    if (this.stack.length > 0) throw new Undecidable('unclosed bracket');
    settleJSDocNames(this.tokens, this.afterJSDoc);
  }

  /** Scans tokens until the text ends or the bracket stack falls below `depth`. */
  private scanWhileOpen(depth: number): void {
    const text = this.text;
    while (this.position < text.length && this.stack.length >= depth) {
      const code = text.charCodeAt(this.position);
      if (isSpace(code) || code === NO_BREAK_SPACE) this.position++;
      else if (code === SLASH && text.charCodeAt(this.position + 1) === SLASH) this.lineComment('Line', 2);
      else if (code === SLASH && text.charCodeAt(this.position + 1) === ASTERISK) this.blockComment();
      // Words, numbers, strings and templates are read whole; what is left is punctuation.
      else if (isAsciiWordStart(code)) this.word();
      else if (isDigit(code) || (code === DOT && isDigit(text.charCodeAt(this.position + 1)))) this.push('Numeric', this.position, numberEnd(text, this.position), false);
      else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) this.push('String', this.position, stringEnd(text, this.position), false);
      else if (code === BACKTICK) this.template(this.position + 1, this.position);
      else if (code === HASH) this.privateName();
      // A `/` where an expression starts opens a regular expression; elsewhere it divides.
      else if (code === SLASH && this.expressionExpected) this.push('RegularExpression', this.position, regularExpressionEnd(text, this.position), false);
      else if (code > LAST_ASCII) this.nonAscii();
      else this.punctuator(code);
    }
  }

  token(type: string, start: number, end: number): void {
    this.push(type, start, end, false);
  }

  fail(reason: string): never {
    throw new Undecidable(reason);
  }

  /** Skips white space and records comments: JSX tags may hold both. */
  skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.position);
      if (code === SLASH && text.charCodeAt(this.position + 1) === SLASH) this.lineComment('Line', 2);
      else if (code === SLASH && text.charCodeAt(this.position + 1) === ASTERISK) this.blockComment();
      else if (isSpaceAt(text, this.position)) this.position++;
      else return;
    }
  }

  /** `{ … }` inside JSX: JavaScript until the `}` that closes it. */
  expressionContainer(): void {
    this.stack.push(JSX_EXPRESSION);
    this.push('Punctuator', this.position, this.position + 1, true);
    const depth = this.stack.length;
    this.scanWhileOpen(depth);
    if (this.stack.length >= depth) throw new Undecidable('unclosed JSX expression');
  }

  /** Records a token and moves past it; `expressionNext` says whether an expression may start after it. */
  private push(type: string, start: number, end: number, expressionNext: boolean, value = this.text.slice(start, end)): void {
    this.tokens.push({ type, value, range: [start, end] });
    this.position = end;
    this.expressionExpected = expressionNext;
  }

  private addComment(comment: SourceComment): void {
    this.comments.push(comment);
    if (this.stack.length === this.interfaceBodyDepth) this.inInterfaceBody.add(comment);
  }

  /** A comment to the end of the line; ESLint's value leaves out the `//` (or `#!`). */
  private lineComment(type: 'Line' | 'Shebang', skip: number): void {
    const text = this.text;
    let end = this.position + skip;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    this.addComment({ type, value: text.slice(this.position + skip, end), range: [this.position, end] });
    this.position = end;
  }

  /** A block comment; a JSDoc block (`/**`, not `/***`) marks the next token as one whose type matters. */
  private blockComment(): void {
    const end = this.text.indexOf('*/', this.position + 2);
    if (end < 0) throw new Undecidable('unterminated comment');
    const value = this.text.slice(this.position + 2, end);
    const comment: SourceComment = { type: 'Block', value, range: [this.position, end + 2] };
    this.addComment(comment);
    if (isJSDocBlock(comment)) this.lastCommentIsJSDocBefore = this.tokens.length;
    this.position = end + 2;
  }

  /** The end of the name whose first character is at `start`. */
  private nameEnd(start: number): number {
    const text = this.text;
    let end = start + 1;
    for (;;) {
      const code = text.charCodeAt(end);
      if (isAsciiWordStart(code) || isDigit(code)) end++;
      else if (code > LAST_ASCII && ID_CONTINUE.test(String.fromCodePoint(text.codePointAt(end)!))) end += isHighSurrogate(code) ? 2 : 1;
      else if (code === BACKSLASH) throw new Undecidable('escaped name');
      else return end;
    }
  }

  private word(): void {
    const end = this.nameEnd(this.position);
    const word = this.text.slice(this.position, end);
    const info = wordInfo(word, this.options.parser);
    // Most words are plain identifiers: one missed lookup and they are done.
    if (info === undefined) return this.push('Identifier', this.position, end, false, word);
    // A keyword after `.` is a property name (`a.default`): both parsers type it as one.
    const previous = this.tokens[this.tokens.length - 1];
    const afterDot = previous !== undefined && (previous.value === '.' || previous.value === '?.') && previous.type === 'Punctuator';
    const type = afterDot && !info.alwaysKeyword ? 'Identifier' : info.type;
    if (!afterDot) this.noteKeyword(word);
    // Only the token right after a JSDoc block is ever asked for its type (startsDeclaration).
    if (type !== 'Identifier' && this.lastCommentIsJSDocBefore === this.tokens.length) {
      this.afterJSDoc.push({ index: this.tokens.length, brace: this.enclosingBrace() });
    }
    this.push(type, this.position, end, !afterDot && info.expressionNext, word);
  }

  /** Keywords whose braces or colons come later: a body of members, a case label. */
  private noteKeyword(word: string): void {
    if (word === 'case' || word === 'default') this.caseColonPendingAt = this.stack.length;
    if (word === 'class' || word === 'interface' || word === 'enum') {
      this.membersPendingAt = this.stack.length;
      this.membersPendingKind = word === 'interface' ? BRACE_INTERFACE : BRACE_CLASS;
    }
    if (word === 'interface') this.interfaceAt = this.tokens.length;
  }

  private nonAscii(): void {
    if (isSpaceAt(this.text, this.position)) this.position++;
    else if (ID_START.test(String.fromCodePoint(this.text.codePointAt(this.position)!))) this.word();
    else throw new Undecidable('unexpected character');
  }

  /** A template chunk whose text starts at `start`; `from` is its first character ("`" or `}`). */
  private template(start: number, from: number): void {
    const end = templateChunkEnd(this.text, start);
    if (end > 0) return this.push('Template', from, end, false);
    this.stack.push(TEMPLATE);
    this.push('Template', from, -end, true);
  }

  /** `#name`: never a keyword, whatever the name. */
  private privateName(): void {
    const start = this.position;
    const first = this.text.codePointAt(start + 1) ?? 0;
    if (!isAsciiWordStart(first) && !(first > LAST_ASCII && ID_START.test(String.fromCodePoint(first)))) throw new Undecidable('stray #');
    const end = this.nameEnd(start + 1);
    // ESLint's PrivateIdentifier spans the `#` but its value is the name alone.
    this.push('PrivateIdentifier', start, end, false, this.text.slice(start + 1, end));
  }

  private punctuator(code: number): void {
    if (code === GREATER_THAN && this.options.parser === 'typescript' && this.typeArguments.closes(this.stack.length)) {
      this.push('Punctuator', this.position, this.position + 1, false);
      return;
    }
    const value = SINGLE_PUNCTUATORS[code] ?? PUNCTUATORS_BY_FIRST.get(code)?.find((candidate) => this.text.startsWith(candidate, this.position));
    if (value === undefined) throw new Undecidable('unexpected character');
    // `?.5` is `? .5`, a conditional, not optional chaining.
    if (value === '?.' && isDigit(this.text.charCodeAt(this.position + 2))) return this.emitPunctuator('?');
    this.emitPunctuator(value);
  }

  private emitPunctuator(value: string): void {
    const start = this.position;
    const previous = this.tokens[this.tokens.length - 1];
    // Script code may hold HTML-like comments, which only the parser's goal tells from operators.
    if (value === '<' && this.text.startsWith('<!--', start)) throw new Undecidable('HTML-like comment');
    if (value === '--' && this.text.charCodeAt(start + 2) === GREATER_THAN && this.startsLine(previous)) throw new Undecidable('HTML-like comment');
    if (value === '<' && this.expressionExpected && this.options.jsx) return element(this);
    let expressionNext = true;
    // The bracket stack says what a later `)`, `}`, `/` or `<` means, so each opener records its kind.
    switch (value) {
      case '(':
        this.stack.push(previous?.type === 'Keyword' && opensControlParen(previous.value) ? CONTROL_PAREN : PAREN);
        break;
      case '[':
        this.stack.push(BRACKET);
        break;
      case '{':
        this.stack.push(this.openBrace(previous));
        // A declared `interface Name` (not a key named `interface`, whose pending body misleads openBrace).
        if (this.stack.at(-1) === BRACE_INTERFACE && this.tokens[this.interfaceAt + 1]?.type === 'Identifier') this.interfaceBodyDepth = this.stack.length;
        break;
      case ')':
        expressionNext = this.close(PAREN) === CONTROL_PAREN;
        break;
      case ']':
        this.close(BRACKET);
        expressionNext = false;
        break;
      case '}': {
        const open = this.close(BRACE_MEMBERS);
        if (open === TEMPLATE) return this.template(start + 1, start);
        if (open === JSX_EXPRESSION) break;
        // After `}` a `/` divides an object literal or starts a regex after a block: a parser's call.
        if (nextSignificantCode(this.text, start + 1) === SLASH) throw new Undecidable('slash after brace');
        break;
      }
      case '++':
      case '--':
        expressionNext = false;
        break;
      case '!':
        // TypeScript's non-null assertion (`value!`) ends an expression.
        expressionNext = !(previous !== undefined && previous.range[1] === start && (previous.type === 'Identifier' || previous.value === ')' || previous.value === ']'));
        break;
      case '<':
        if (this.options.parser === 'typescript' && opensTypeArguments(this.expressionExpected, previous, start)) this.typeArguments.open(this.stack.length);
        break;
      case ':':
        this.lastColonEndsCase = this.caseColonPendingAt === this.stack.length;
        if (this.lastColonEndsCase) this.caseColonPendingAt = -1;
        break;
      default:
        if (ENDS_TYPE_ARGUMENTS.has(value)) this.typeArguments.drop(this.stack.length);
        // `export default x;` has no colon to wait for.
        if (value === ';' && this.caseColonPendingAt === this.stack.length) this.caseColonPendingAt = -1;
    }
    this.push('Punctuator', start, start + value.length, expressionNext, value);
  }

  private openBrace(previous: SourceToken | undefined): number {
    if (this.membersPendingAt === this.stack.length) {
      this.membersPendingAt = -1;
      return this.membersPendingKind;
    }
    const isWord = previous !== undefined && (previous.type === 'Keyword' || previous.type === 'Identifier');
    const closesControl = previous?.value === ')' && this.lastClosed === CONTROL_PAREN;
    const endsCase = previous?.value === ':' && this.lastColonEndsCase;
    return closesControl || endsCase ? BRACE_STATEMENTS : BRACE_OF[braceKind(previous?.value, isWord, this.expressionExpected)];
  }

  /** Pops the innermost bracket, which must be of `kind` (any brace kind, or a template, for `}`). */
  private close(kind: number): number {
    if (this.stack.length === this.interfaceBodyDepth) this.interfaceBodyDepth = -1;
    const open = this.stack.pop();
    const matches = kind >= BRACE_MEMBERS ? open !== undefined && closesWithBrace(open) : open === kind || (kind === PAREN && open === CONTROL_PAREN);
    if (!matches) throw new Undecidable('unbalanced brackets');
    this.typeArguments.drop(this.stack.length + 1);
    this.lastClosed = open!;
    return open!;
  }

  private enclosingBrace(): number {
    for (let at = this.stack.length - 1; at >= 0; at--) if (closesWithBrace(this.stack[at]!)) return this.stack[at]!;
    return BRACE_STATEMENTS;
  }

  /** Whether no token precedes `start` on its line (ESLint reads `-->` there as a comment). */
  private startsLine(previous: SourceToken | undefined): boolean {
    if (previous === undefined) return true;
    return hasLineBreak(this.text, previous.range[1], this.position);
  }
}

/** The file as ESLint would tokenize it, and the comments that stand directly in an interface body. */
export type ScannedSource = FileSource & { readonly inInterfaceBody: ReadonlySet<SourceComment> };

/** The file as ESLint would tokenize it, or undefined where only a parse could tell. */
export function scanSource(text: string, options: ScanOptions): ScannedSource | undefined {
  const withoutBom = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const scanner = new Scanner(withoutBom, options);
  try {
    scanner.scan();
  } catch (error) {
    if (error instanceof Undecidable) return undefined;
    throw error;
  }
  return { text: withoutBom, lineStarts: computeLineStarts(withoutBom), tokens: scanner.tokens, comments: scanner.comments, inInterfaceBody: scanner.inInterfaceBody };
}
