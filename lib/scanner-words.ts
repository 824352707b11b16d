/**
 * What the scanner (lib/scanner.ts) must know about words and brackets to give tokens the
 * types and the regular-expression decisions ESLint's parsers give them, for the two parser
 * families the report reads without ESLint: espree and typescript-eslint's parser.
 */

export type ParserFamily = 'espree' | 'typescript';

// acorn's keyword tokens, which espree types `Keyword` wherever they are not a property name.
const ESPREE_KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'return',
  'super', 'switch', 'this', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with',
]); // prettier-ignore

// espree types these `Keyword` even as property names (`a.static`), unlike acorn's keywords.
const ESPREE_ALWAYS_KEYWORDS = new Set(['let', 'static', 'yield']);

// TypeScript's reserved and strict-mode reserved words: typescript-estree types them `Keyword`.
const TYPESCRIPT_KEYWORDS = new Set([
  ...ESPREE_KEYWORDS, 'enum', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public',
  'static', 'yield',
]); // prettier-ignore

// One lookup per word in the scanner's hottest path: the type of every word that is not an identifier.
const LITERAL_WORDS: [string, string][] = [['true', 'Boolean'], ['false', 'Boolean'], ['null', 'Null']];
const WORD_TYPES: Record<ParserFamily, Map<string, string>> = {
  espree: new Map([...[...ESPREE_KEYWORDS, ...ESPREE_ALWAYS_KEYWORDS].map((word): [string, string] => [word, 'Keyword']), ...LITERAL_WORDS]),
  typescript: new Map([...[...TYPESCRIPT_KEYWORDS].map((word): [string, string] => [word, 'Keyword']), ...LITERAL_WORDS]),
};

/** The token type ESLint's parser gives a word; after `.` a word is a property name. */
export function wordType(word: string, family: ParserFamily, afterDot: boolean): string {
  const type = WORD_TYPES[family].get(word);
  if (type === undefined) return 'Identifier';
  if (!afterDot || (family === 'espree' && ESPREE_ALWAYS_KEYWORDS.has(word))) return type;
  return 'Identifier';
}

// After these words an expression starts, so a `/` begins a regular expression and a `{` an object.
const EXPRESSION_AFTER_WORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'yield', 'await',
  'extends',
]); // prettier-ignore

/** Whether a word token, not after `.`, leaves the scanner expecting an expression. */
export function expressionFollowsWord(word: string): boolean {
  return EXPRESSION_AFTER_WORD.has(word) || word === 'do' || word === 'else';
}

// `(` after these words holds a condition, so the `)` ends no expression: a `/` after it is a regex.
const CONTROL_WORDS = new Set(['if', 'while', 'for', 'with']);

export function opensControlParen(word: string | undefined): boolean {
  return word !== undefined && CONTROL_WORDS.has(word);
}

/**
 * What a `{` opens, as far as its member names go: `members` (class, interface, enum, object or
 * type literal: a keyword-spelled name there is an identifier) or `statements` (a keyword there
 * is a keyword).
 */
export type BraceKind = 'members' | 'statements';

/**
 * The kind of a `{` from the token before it (`previous` is its value). After `:` it opens an
 * object or a type literal unless the colon ends a `case` label (the caller knows that); after
 * `=>`, an arrow function's body (a type literal there would need a keyword-named member).
 */
export function braceKind(previous: string | undefined, previousIsWord: boolean, expressionExpected: boolean): BraceKind {
  if (previous === undefined || previous === ';' || previous === '{' || previous === '}' || previous === ')' || previous === '=>') return 'statements';
  if (previousIsWord) return previous === 'do' || previous === 'else' || !expressionExpected ? 'statements' : 'members';
  return 'members';
}
