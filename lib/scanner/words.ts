/**
 * What the scanner (scanner.ts) must know about words and brackets to give tokens the
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

// After these words an expression starts, so a `/` begins a regular expression and a `{` an object.
const EXPRESSION_AFTER_WORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'yield', 'await',
  'extends', 'do', 'else',
]); // prettier-ignore

/** What the scanner needs to know of a word that is not a plain identifier. */
export interface WordInfo {
  /** Its token type outside property-name position: Keyword, Boolean, Null, or Identifier for `of` and `await`. */
  readonly type: string;
  /** espree types it `Keyword` even as a property name (`a.static`). */
  readonly alwaysKeyword: boolean;
  /** An expression may start after it (unless it is a property name). */
  readonly expressionNext: boolean;
}

function wordTable(keywords: ReadonlySet<string>, alwaysKeywords: ReadonlySet<string>): Map<string, WordInfo> {
  const table = new Map<string, WordInfo>();
  const typeOf = (word: string): string => {
    if (word === 'true' || word === 'false') return 'Boolean';
    if (word === 'null') return 'Null';
    return keywords.has(word) || alwaysKeywords.has(word) ? 'Keyword' : 'Identifier';
  };
  for (const word of [...keywords, ...alwaysKeywords, ...EXPRESSION_AFTER_WORD, 'true', 'false', 'null']) {
    table.set(word, { type: typeOf(word), alwaysKeyword: alwaysKeywords.has(word), expressionNext: EXPRESSION_AFTER_WORD.has(word) });
  }
  return table;
}

// One lookup per word in the scanner's hottest path; a plain identifier misses it.
const WORDS: Record<ParserFamily, Map<string, WordInfo>> = {
  espree: wordTable(ESPREE_KEYWORDS, ESPREE_ALWAYS_KEYWORDS),
  typescript: wordTable(TYPESCRIPT_KEYWORDS, new Set()),
};

/** What the scanner must know of `word` under `family`, or undefined for a plain identifier. */
export function wordInfo(word: string, family: ParserFamily): WordInfo | undefined {
  return WORDS[family].get(word);
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
