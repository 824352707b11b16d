/**
 * The slot a comment sits in (see lib/leftovers/code-slots.ts), read from the innermost node
 * around it: comments lie between a node's children, so that node's type says what its
 * children are (members, elements, parameters, clauses, attributes).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { CodeSlot } from '../leftovers/code-slots.js';
import { nodeAt } from './node-at.js';

const SLOT_OF_NODE: Readonly<Record<string, CodeSlot>> = {
  ClassBody: 'class-members',
  TSInterfaceBody: 'type-members',
  TSTypeLiteral: 'type-members',
  TSEnumDeclaration: 'enum-members',
  TSEnumBody: 'enum-members',
  ObjectExpression: 'object-members',
  ObjectPattern: 'object-members',
  ArrayExpression: 'array-elements',
  ArrayPattern: 'array-elements',
  ImportDeclaration: 'import-specifiers',
  ExportNamedDeclaration: 'export-specifiers',
  // Between a function's parameters: its body is a node of its own, which holds the statements.
  FunctionDeclaration: 'parameters',
  FunctionExpression: 'parameters',
  ArrowFunctionExpression: 'parameters',
  TSDeclareFunction: 'parameters',
  TSMethodSignature: 'parameters',
  TSEmptyBodyFunctionExpression: 'parameters',
  CallExpression: 'arguments',
  NewExpression: 'arguments',
  SwitchStatement: 'switch-clauses',
  SwitchCase: 'switch-clauses',
  JSXOpeningElement: 'jsx-attributes',
};

/**
 * The slot of a comment starting at `offset`. The node around it is looked up from the root, so
 * the rule asks only for the few comments that did not parse as statements.
 */
export function codeSlotAt(sourceCode: Readonly<TSESLint.SourceCode>, offset: number): CodeSlot {
  const node = nodeAt(sourceCode, offset);
  return (node === null ? undefined : SLOT_OF_NODE[node.type]) ?? 'statements';
}
