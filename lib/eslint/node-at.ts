/**
 * The deepest node around an offset, as `SourceCode#getNodeByRangeIndex` finds it, without its
 * traverser: that one calls back on every sibling along the way down, so on a file of many
 * top-level statements each lookup cost as much as a walk over them all. Here the walk goes
 * straight down: at each node, into its first child (in visitor-key order) that holds the offset.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type AnyNode = TSESTree.Node & Readonly<Record<string, unknown>>;

function holds(value: unknown, offset: number): value is AnyNode {
  if (value === null || typeof value !== 'object' || typeof (value as { type?: unknown }).type !== 'string') return false;
  const { range } = value as { range: readonly [number, number] };
  return range[0] <= offset && offset < range[1];
}

/** The child of `node` that holds `offset`, first in key order; null for none. */
function childAt(node: AnyNode, keys: readonly string[], offset: number): AnyNode | null {
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (holds(item, offset)) return item;
    } else if (holds(child, offset)) {
      return child;
    }
  }
  return null;
}

/** The deepest node whose range holds `offset`, or null when the program's does not. */
export function nodeAt(sourceCode: Readonly<TSESLint.SourceCode>, offset: number): TSESTree.Node | null {
  const { ast, visitorKeys } = sourceCode;
  if (!holds(ast, offset)) return null;
  let node: AnyNode = ast as AnyNode;
  for (;;) {
    const keys = visitorKeys[node.type];
    // A node type without keys is one ESLint's traverser guesses the keys of: it answers for it.
    if (keys === undefined) return sourceCode.getNodeByRangeIndex(offset);
    const child = childAt(node, keys, offset);
    if (child === null) return node;
    node = child;
  }
}
