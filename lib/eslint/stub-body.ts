/**
 * Whether a comment stands in an empty or stub body, the only place where risky placeholder
 * phrases (`TODO: implement`, `your code here`) reliably mean missing code. This needs the
 * AST, so rules call it for the few comments that carry such a phrase, never for all.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** `throw …`, a bare `return`, or a return of a literal, `null`/`undefined`, or an empty array/object. */
function isStubStatement(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'ReturnStatement') return false;
  const value = statement.argument;
  if (value === null || value.type === 'Literal' || value.type === 'TemplateLiteral') return true;
  if (value.type === 'Identifier') return value.name === 'undefined';
  if (value.type === 'ArrayExpression') return value.elements.length === 0;
  return value.type === 'ObjectExpression' && value.properties.length === 0;
}

/**
 * The comment at `offset` is inside a function body or class body that is empty or holds a
 * single stub statement. `getNodeByRangeIndex` walks from the root, so callers keep it rare.
 */
export function inStubBody(sourceCode: Readonly<TSESLint.SourceCode>, offset: number): boolean {
  const node = sourceCode.getNodeByRangeIndex(offset);
  if (node === null) return false;
  if (node.type === 'ClassBody') return node.body.length === 0;
  if (node.type !== 'BlockStatement' || !FUNCTION_TYPES.has(node.parent.type)) return false;
  const [only, ...rest] = node.body;
  return only === undefined || (rest.length === 0 && isStubStatement(only));
}
