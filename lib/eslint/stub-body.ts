/**
 * Whether a comment marks a stub: it stands in, or directly above, a body that does nothing
 * real yet. Only there do risky placeholder phrases (`TODO: …`, `Implement …`, `Simulate API
 * call`, `for now`) reliably mean missing code. This needs the AST, so rules call it for the few
 * comments that carry such a phrase, never for all.
 *
 * A stub body is empty, or holds only statements that stand in for work: logging, waiting on a
 * timer, and at most one last `throw`, bare `return`, return of a constant (a literal, `null`,
 * `undefined`, an array or object of literals), or a single call of what the function was given
 * (`return task()` in `withRetry(task)`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { nodeAt } from './node-at.js';

type FunctionLike = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const LOGGERS = new Set(['console', 'logger', 'log']);
const TIMERS = new Set(['setTimeout', 'sleep', 'delay', 'wait']);

/** A literal, `null`, `undefined`, or an array or object made of them. */
function isConstant(node: TSESTree.Node | null): boolean {
  if (node === null) return true;
  switch (node.type) {
    case 'Literal':
    case 'TemplateLiteral':
      return node.type === 'Literal' || node.expressions.length === 0;
    case 'Identifier':
      return node.name === 'undefined';
    case 'UnaryExpression':
      return isConstant(node.argument);
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isConstant(element));
    case 'ObjectExpression':
      return node.properties.every((property) => property.type === 'Property' && isConstant(property.value));
    // `{ … } as Stats`: the cast changes no value.
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return isConstant(node.expression);
    default:
      return false;
  }
}

/** The object or function name a call is made on: `console` of `console.log(…)`, `sleep` of `sleep(…)`. */
function calleeRoot(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  let callee: TSESTree.Node = call.callee;
  while (callee.type === 'MemberExpression') callee = callee.object;
  return callee.type === 'Identifier' ? callee.name : undefined;
}

/** `console.log(…)`, `logger.info(…)`. */
function isLog(expression: TSESTree.Expression): boolean {
  return expression.type === 'CallExpression' && expression.callee.type === 'MemberExpression' && LOGGERS.has(calleeRoot(expression) ?? '');
}

/** `await sleep(500)`, `await new Promise((resolve) => setTimeout(resolve, 1000))`. */
function isTimerWait(expression: TSESTree.Expression): boolean {
  if (expression.type !== 'AwaitExpression') return false;
  const awaited = expression.argument;
  if (awaited.type === 'CallExpression') return TIMERS.has(calleeRoot(awaited) ?? '');
  if (awaited.type !== 'NewExpression' || calleeRoot(awaited) !== 'Promise') return false;
  const executor = awaited.arguments[0];
  if (executor?.type !== 'ArrowFunctionExpression' && executor?.type !== 'FunctionExpression') return false;
  const body = executor.body;
  const call = body.type === 'BlockStatement' ? (body.body[0]?.type === 'ExpressionStatement' ? body.body[0].expression : undefined) : body;
  return call?.type === 'CallExpression' && TIMERS.has(calleeRoot(call) ?? '');
}

/** A call of one of `parameters` with plain names (or nothing), awaited or not: work handed on unchanged. */
function isPassThrough(expression: TSESTree.Expression | null, parameters: ReadonlySet<string>): boolean {
  const call = expression?.type === 'AwaitExpression' ? expression.argument : expression;
  return (
    call?.type === 'CallExpression' &&
    call.callee.type === 'Identifier' &&
    parameters.has(call.callee.name) &&
    call.arguments.every((argument) => argument.type === 'Identifier')
  );
}

/** The last statement of a stub: a throw, or a return of nothing, a constant or a pass-through. */
function isStubEnd(statement: TSESTree.Statement, alone: boolean, parameters: ReadonlySet<string>): boolean {
  if (statement.type === 'ThrowStatement') return true;
  if (statement.type === 'ReturnStatement') return isConstant(statement.argument) || (alone && isPassThrough(statement.argument, parameters));
  return alone && statement.type === 'ExpressionStatement' && isPassThrough(statement.expression, parameters);
}

/** Whether a function's statements only stand in for work (see the module comment). */
function isStubBlock(statements: readonly TSESTree.Statement[], parameters: ReadonlySet<string>): boolean {
  return statements.every((statement, index) => {
    if (statement.type === 'ExpressionStatement' && (isLog(statement.expression) || isTimerWait(statement.expression))) return true;
    return index === statements.length - 1 && isStubEnd(statement, statements.length === 1, parameters);
  });
}

/** The names of a function's plain parameters. */
function parameterNames(fn: FunctionLike): Set<string> {
  return new Set(fn.params.flatMap((parameter) => (parameter.type === 'Identifier' ? [parameter.name] : [])));
}

/** The function a declaration, export, variable or member that starts at `node` holds, if any. */
function functionOf(node: TSESTree.Node): FunctionLike | undefined {
  let current: TSESTree.Node | null | undefined = node;
  if (current.type === 'ExportNamedDeclaration' || current.type === 'ExportDefaultDeclaration') current = current.declaration;
  if (current?.type === 'VariableDeclaration') current = current.declarations[0]?.init;
  if (current?.type === 'MethodDefinition' || current?.type === 'Property' || current?.type === 'PropertyDefinition') current = current.value;
  return current !== null && current !== undefined && FUNCTION_TYPES.has(current.type) ? (current as FunctionLike) : undefined;
}

/** Whether a function's body is a stub; an expression body (`() => null`) is one when it is a constant. */
function hasStubBody(fn: FunctionLike): boolean {
  return fn.body.type === 'BlockStatement' ? isStubBlock(fn.body.body, parameterNames(fn)) : isConstant(fn.body);
}

/**
 * Whether the comment stands in a stub body: of a function, of a `catch` clause, or an empty
 * class body; or directly above a function (its declaration, export, variable or member) whose
 * body is a stub. `nodeAt` walks down from the root, so callers keep it rare.
 */
export function marksStub(sourceCode: Readonly<TSESLint.SourceCode>, comment: TSESTree.Comment): boolean {
  const node = nodeAt(sourceCode, comment.range[0]);
  if (node?.type === 'ClassBody') return node.body.length === 0;
  if (node?.type === 'BlockStatement' && node.parent.type === 'CatchClause') return node.body.length === 0;
  if (node?.type === 'BlockStatement' && FUNCTION_TYPES.has(node.parent.type)) return hasStubBody(node.parent as FunctionLike);
  // Above a function: the code right after the comment, on the next line.
  const next = sourceCode.getTokenAfter(comment, { includeComments: false });
  if (next === null || next.loc.start.line !== comment.loc.end.line + 1) return false;
  let declaration = nodeAt(sourceCode, next.range[0]);
  while (declaration !== null && declaration.parent !== undefined && declaration.parent.range[0] === next.range[0]) declaration = declaration.parent;
  const fn = declaration === null ? undefined : functionOf(declaration);
  return fn !== undefined && hasStubBody(fn);
}
