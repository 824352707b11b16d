/**
 * Candidate text read by TypeScript's own parser, for files typescript-eslint parses. Nothing
 * but the statements' kinds is needed, so the text skips typescript-estree altogether: its
 * option handling, its conversion to ESTree and its syntax checks cost twice what TypeScript's
 * parser does on a short snippet, and each candidate paid them.
 */
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { hasSureSyntaxError } from './sure-syntax-errors.js';
import type { CodeReader } from './code-reader.js';

let typescript: typeof TS | null | undefined;

/**
 * Where the TypeScript that typescript-eslint parses with is: `typescript` is a peer dependency
 * of its parser, so it resolves from the parser's folder as it does from typescript-estree's;
 * else the one this package resolves. Null if there is none.
 */
export function resolveTypeScript(): string | null {
  const ownRequire = createRequire(import.meta.url);
  for (const from of [(): string => ownRequire.resolve('@typescript-eslint/parser'), (): string => import.meta.filename]) {
    try {
      return createRequire(from()).resolve('typescript');
    } catch {
      // Not installed there: the next place, or none.
    }
  }
  return null;
}

function loadTypeScript(): typeof TS | null {
  if (typescript === undefined) {
    const found = resolveTypeScript();
    typescript = found === null ? null : (createRequire(import.meta.url)(found) as typeof TS);
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
    if (ts.isEmptyStatement(statement) || ts.isLabeledStatement(statement) || ts.isBreakOrContinueStatement(statement)) return true;
    // `return`, `throw exception;`: a word after a keyword.
    if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return statement.expression === undefined || ts.isIdentifier(statement.expression);
    if (ts.isBlock(statement)) return statement.statements.every(isTrivial);
    if (!ts.isExpressionStatement(statement)) return false;
    const expression = withoutParentheses(statement.expression);
    // `foo(), bar()` lists names, as prose does.
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken) return true;
    return trivialKinds.has(operand(expression).kind) || (ts.isCallExpression(expression) && isKeywordArguments(expression.arguments));
  };
  // `fd_write(fd=1, iovs=100)` names a call's arguments, as documentation writes them: code
  // does not assign to a name in an argument.
  const isKeywordArguments = (args: TS.NodeArray<TS.Expression>): boolean =>
    args.some((arg) => ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(arg.left));
  const keywords = keywordTexts(ts);
  // The verdict reads no JSDoc, and a commented-out declaration often carries some: TypeScript
  // (since 5.3) can leave it unparsed. Its errors are kept apart from the syntax errors read below.
  const parseOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode?.ParseNone };
  /** The file TypeScript reads from `code`, or undefined when it has a syntax error. */
  const parsed = (code: string): TS.SourceFile | undefined => {
    // Prose and cut-off code, which TypeScript would read on through error after error (see sure-syntax-errors.ts).
    if (hasSureSyntaxError(code, keywords, jsx)) return undefined;
    const file = ts.createSourceFile(fileName, code, parseOptions, false, scriptKind);
    // Syntax errors are where typescript-estree reads them too; TypeScript leaves top-level
    // `return` and `await` to the type checker, so a function body's statements parse as they are.
    return (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0 ? undefined : file;
  };
  return {
    readsJSX: jsx,
    read(code) {
      const statements = parsed(code)?.statements;
      if (statements === undefined) return undefined;
      return statements.length > 0 && !statements.some((statement) => ts.isLabeledStatement(statement)) && !statements.every(isTrivial);
    },
    parses: (program) => parsed(program) !== undefined,
  };
}
