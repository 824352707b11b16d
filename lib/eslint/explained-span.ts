/**
 * Where the explanation of a function may start: the comment block right above the statement
 * that holds it. A reader takes a comment above `useEffect(() => {`, `items.forEach((item) => {`
 * or `const total = useMemo(() => …)` to explain the function passed, and a comment above a
 * component's `type Props = …` to explain the component that takes those props.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileFacts } from '../core/file-facts.js';
import { declarationOf, type FunctionNode } from './function-spans.js';
import { childNodeAt, nodeAt } from './node-at.js';

// Nodes a function passes through on its way up to the statement a comment above explains it from.
const HOLDERS = new Set<string>([
  'CallExpression',
  'NewExpression',
  'AwaitExpression',
  'ChainExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'VariableDeclarator',
  'VariableDeclaration',
  'ReturnStatement',
  'ExpressionStatement',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
]);
const STATEMENTS = new Set<string>(['VariableDeclaration', 'ReturnStatement', 'ExpressionStatement', 'ExportNamedDeclaration', 'ExportDefaultDeclaration']);

/** The statement or declaration a comment above explains `fn` from. */
function explainedFrom(fn: FunctionNode): TSESTree.Node {
  const declaration = declarationOf(fn);
  if (declaration !== fn) return declaration;
  let node: TSESTree.Node = fn;
  // Up through calls that take the function (and the declarations and statements that hold them).
  while (node.parent !== undefined && HOLDERS.has(node.parent.type) && !STATEMENTS.has(node.type)) node = node.parent;
  return STATEMENTS.has(node.type) ? node : declaration;
}

/**
 * The names in a function's head, from the statement holding it to its body: its parameters'
 * and return type's, and the type of the variable it is bound to (`const List: FC<Props> = …`).
 */
function headIdentifiers(holder: TSESTree.Node, fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): Set<string> {
  const names = new Set<string>();
  for (const token of sourceCode.getTokensBetween(sourceCode.getFirstToken(holder)!, sourceCode.getFirstToken(fn.body)!)) {
    if (token.type === 'Identifier') names.add(token.value);
  }
  return names;
}

/** The type or interface declared by `statement` (exported or not), if it declares one. */
function declaredType(statement: TSESTree.Node): TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration | undefined {
  const inner = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
  return inner?.type === 'TSTypeAliasDeclaration' || inner?.type === 'TSInterfaceDeclaration' ? inner : undefined;
}

/** The statement right before `node` among its siblings, if any. */
function previousStatement(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const before = sourceCode.getTokenBefore(node, { includeComments: false });
  if (before === null) return undefined;
  // Asked of the parent, not found from the root down: paragraphs ask once per statement.
  const parent = node.parent;
  if (parent === undefined) return undefined;
  let previous = childNodeAt(sourceCode, parent, before.range[0]);
  if (previous === undefined) {
    previous = nodeAt(sourceCode, before.range[0]);
    while (previous !== null && previous.parent !== undefined && previous.parent !== parent) previous = previous.parent;
  }
  return previous !== null && previous.parent === parent && previous.range[1] <= node.range[0] ? previous : undefined;
}

/**
 * The offset and line where the comments that explain `fn` may start: the first comment of the
 * block right above the statement that holds it, or above the props type declared right before
 * it and named in its parameters; else where that statement starts.
 */
export function explanationStart(fn: FunctionNode, facts: FileFacts, sourceCode: Readonly<TSESLint.SourceCode>): { start: number; line: number } {
  const holder = explainedFrom(fn);
  let lead = facts.firstLeadingComment(holder.range[0], holder.loc.start.line);
  if (lead === undefined) {
    const previous = previousStatement(holder, sourceCode);
    const type = previous === undefined ? undefined : declaredType(previous);
    if (previous !== undefined && type !== undefined && headIdentifiers(holder, fn, sourceCode).has(type.id.name)) {
      lead = facts.firstLeadingComment(previous.range[0], previous.loc.start.line);
    }
  }
  return lead === undefined ? { start: holder.range[0], line: holder.loc.start.line } : { start: lead.comment.range[0], line: lead.startLine };
}

/**
 * Where the paragraph that holds `fn`'s statement starts, when other statements precede it there:
 * the first of the statements right above it, each ending on the line before the next starts (no blank line, no
 * comment on a line of its own between), as lib/core/explained-statements.ts reads the paragraph
 * a comment heads. A comment block over a group of helpers declared one under the other
 * introduces each of them, not the first alone.
 */
export function paragraphStart(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): number | undefined {
  const own = explainedFrom(fn);
  let statement = own;
  for (let previous = previousStatement(statement, sourceCode); previous !== undefined; previous = previousStatement(statement, sourceCode)) {
    if (previous.loc.end.line + 1 !== statement.loc.start.line) break;
    statement = previous;
  }
  return statement === own ? undefined : statement.range[0];
}
