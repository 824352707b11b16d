/**
 * Candidate text read by TypeScript's own parser, for files typescript-eslint parses. Nothing
 * but the statements' kinds is needed, so the text skips typescript-estree altogether: its
 * option handling, its conversion to ESTree and its syntax checks cost twice what TypeScript's
 * parser does on a short snippet, and each candidate paid them.
 */
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { hasAdjacentWords } from './adjacent-words.js';
import type { CodeReader } from './code-reader.js';

let typescript: typeof TS | null | undefined;

/** The TypeScript that typescript-eslint parses with, found as typescript-estree finds it; null if there is none. */
function loadTypeScript(): typeof TS | null {
  if (typescript === undefined) {
    try {
      const estree = createRequire(import.meta.url).resolve('@typescript-eslint/typescript-estree');
      typescript = createRequire(estree)('typescript') as typeof TS;
    } catch {
      typescript = null;
    }
  }
  return typescript;
}

// One reader for each setting of JSX, made for the first file that needs it.
const readers = new Map<boolean, CodeReader>();

/** A reader of TypeScript (with JSX when `jsx`), or undefined when TypeScript cannot be loaded. */
export function typescriptReader(jsx: boolean): CodeReader | undefined {
  const ts = loadTypeScript();
  if (ts === null) return undefined;
  let reader = readers.get(jsx);
  if (reader === undefined) {
    reader = createReader(ts, jsx);
    readers.set(jsx, reader);
  }
  return reader;
}

/**
 * TypeScript's keywords, contextual ones too (`declare`, `is`, `satisfies`), from its own token
 * table, so that they match the syntax this TypeScript reads. `source` and `defer` are import
 * phases (`import source x from`), which a TypeScript may read by their text.
 */
export function keywordTexts(ts: typeof TS): ReadonlySet<string> {
  const keywords = new Set(['source', 'defer']);
  for (let kind = ts.SyntaxKind.FirstKeyword; kind <= ts.SyntaxKind.LastKeyword; kind++) {
    const text = ts.tokenToString(kind);
    if (text !== undefined) keywords.add(text);
  }
  return keywords;
}

function createReader(ts: typeof TS, jsx: boolean): CodeReader {
  const fileName = jsx ? 'comment.tsx' : 'comment.ts';
  const scriptKind = jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  // Lone words and values: prose such as `Deprecated` or `- item` parses as these.
  const trivialKinds = new Set<TS.SyntaxKind>([
    ts.SyntaxKind.Identifier,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NumericLiteral,
    ts.SyntaxKind.BigIntLiteral,
    ts.SyntaxKind.RegularExpressionLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateExpression,
    ts.SyntaxKind.TrueKeyword,
    ts.SyntaxKind.FalseKeyword,
    ts.SyntaxKind.NullKeyword,
    ts.SyntaxKind.ThisKeyword,
  ]);
  const withoutParentheses = (expression: TS.Expression): TS.Expression =>
    ts.isParenthesizedExpression(expression) ? withoutParentheses(expression.expression) : expression;
  // One unary operator is looked through, as ESTree's `UnaryExpression` (`++` and `--` are updates there).
  const operand = (expression: TS.Expression): TS.Expression => {
    if (ts.isPrefixUnaryExpression(expression)) {
      const isUpdate = expression.operator === ts.SyntaxKind.PlusPlusToken || expression.operator === ts.SyntaxKind.MinusMinusToken;
      return isUpdate ? expression : withoutParentheses(expression.operand);
    }
    if (ts.isTypeOfExpression(expression) || ts.isVoidExpression(expression) || ts.isDeleteExpression(expression)) return withoutParentheses(expression.expression);
    return expression;
  };
  const isTrivial = (statement: TS.Statement): boolean => {
    if (ts.isEmptyStatement(statement) || ts.isLabeledStatement(statement)) return true;
    if (ts.isBlock(statement)) return statement.statements.every(isTrivial);
    return ts.isExpressionStatement(statement) && trivialKinds.has(operand(withoutParentheses(statement.expression)).kind);
  };
  const keywords = keywordTexts(ts);
  // The verdict reads no JSDoc, and a commented-out declaration often carries some: TypeScript
  // (since 5.3) can leave it unparsed. Its errors are kept apart from the syntax errors read below.
  const parseOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode?.ParseNone };
  return {
    readsJSX: jsx,
    read(code) {
      // Prose, which TypeScript would read on through error after error (see adjacent-words.ts).
      if (hasAdjacentWords(code, keywords, jsx)) return undefined;
      const file = ts.createSourceFile(fileName, code, parseOptions, false, scriptKind);
      // Syntax errors are where typescript-estree reads them too; TypeScript leaves top-level
      // `return` and `await` to the type checker, so a function body's statements parse as they are.
      if ((file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0) return undefined;
      const { statements } = file;
      return statements.length > 0 && !statements.some((statement) => ts.isLabeledStatement(statement)) && !statements.every(isTrivial);
    },
  };
}
