/**
 * Functions as the rules see them: the node, what to call it in a message, and the span
 * it occupies including the documentation comment directly above its declaration.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Span } from '../core/density.js';
import type { FileFacts } from '../core/file-facts.js';

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

const MEMBER_PARENTS = new Set<string>([
  'MethodDefinition',
  'TSAbstractMethodDefinition',
  'Property',
  'PropertyDefinition',
  'AccessorProperty',
]);

/** The node a doc comment for `fn` sits above: its declaration, member or export. */
export function declarationOf(fn: FunctionNode): TSESTree.Node {
  let node: TSESTree.Node = fn;
  const parent = fn.parent;
  if (parent.type === 'VariableDeclarator' && parent.init === fn) {
    node = parent.parent;
  } else if (MEMBER_PARENTS.has(parent.type)) {
    node = parent;
  }
  const outer = node.parent;
  if (outer?.type === 'ExportNamedDeclaration' || outer?.type === 'ExportDefaultDeclaration') {
    node = outer;
  }
  return node;
}

function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

/**
 * Where a report about the whole function starts: its name for members and bound
 * expressions, so the editor underlines `name(…) {` rather than a lone parenthesis.
 */
export function functionHeadStart(fn: FunctionNode): TSESTree.Position {
  const parent = fn.parent;
  if (MEMBER_PARENTS.has(parent.type) || (parent.type === 'VariableDeclarator' && parent.init === fn)) {
    return parent.loc.start;
  }
  return fn.loc.start;
}

/** "Function 'parse'", "Method 'render'", "Arrow function 'onClick'", "Anonymous function". */
export function describeFunction(fn: FunctionNode): string {
  const parent = fn.parent;
  // A function's own name wins; otherwise it is named after the member or binding holding it.
  if (fn.type !== 'ArrowFunctionExpression' && fn.id) return `Function '${fn.id.name}'`;
  if (parent.type === 'MethodDefinition' || parent.type === 'TSAbstractMethodDefinition') {
    const name = parent.computed ? undefined : keyName(parent.key);
    if (parent.kind === 'constructor') return 'Constructor';
    return name === undefined ? 'Method' : `Method '${name}'`;
  }
  // Other functions are called by their kind and named after the binding or property holding them.
  const isShorthandMethod = parent.type === 'Property' && (parent.method || parent.kind !== 'init');
  const kind = fn.type === 'ArrowFunctionExpression' ? 'Arrow function' : isShorthandMethod ? 'Method' : 'Function';
  let name: string | undefined;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') name = parent.id.name;
  else if (
    (parent.type === 'Property' || parent.type === 'PropertyDefinition' || parent.type === 'AccessorProperty') &&
    !parent.computed
  ) {
    name = keyName(parent.key);
  }
  return name === undefined ? `Anonymous ${kind.toLowerCase()}` : `${kind} '${name}'`;
}

/** The function's lines and offsets, starting at the comments that document its declaration. */
export function functionSpan(fn: FunctionNode, facts: FileFacts): Span {
  const declaration = declarationOf(fn);
  const lead = facts.firstLeadingComment(declaration.range[0], declaration.loc.start.line);
  return {
    startLine: lead?.startLine ?? declaration.loc.start.line,
    endLine: fn.loc.end.line,
    start: lead?.comment.range[0] ?? declaration.range[0],
    end: fn.range[1],
  };
}
