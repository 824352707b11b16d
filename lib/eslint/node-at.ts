/**
 * The deepest node around an offset, as `SourceCode#getNodeByRangeIndex` finds it, without its
 * traverser: that one calls back on every sibling along the way down, so on a file of many
 * top-level statements each lookup cost as much as a walk over them all. Here the walk goes
 * straight down: at each node, into its first child (in visitor-key order) that holds the offset,
 * found in a list of children by halving it, since a list is in source order.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type AnyNode = TSESTree.Node & Readonly<Record<string, unknown>>;

function holds(value: unknown, offset: number): value is AnyNode {
  if (value === null || typeof value !== 'object' || typeof (value as { type?: unknown }).type !== 'string') return false;
  const { range } = value as { range: readonly [number, number] };
  return range[0] <= offset && offset < range[1];
}

/**
 * The item of `items` that holds `offset`, or null. Items are nodes in source order, so the first
 * one ending after the offset is the only candidate; an array literal's holes (`[, a]`) are null,
 * and a list with one is read item by item.
 */
function itemAt(items: readonly unknown[], offset: number): AnyNode | null {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle] as { range?: readonly [number, number] } | null;
    if (item === null || typeof item !== 'object' || item.range === undefined) {
      for (const each of items) if (holds(each, offset)) return each;
      return null;
    }
    if (item.range[1] > offset) high = middle;
    else low = middle + 1;
  }
  const found = items[low];
  return holds(found, offset) ? found : null;
}

/** The child of `node` that holds `offset`, first in key order; null for none. */
function childAt(node: AnyNode, keys: readonly string[], offset: number): AnyNode | null {
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) {
      const item = itemAt(child, offset);
      if (item !== null) return item;
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

/**
 * The child of `parent` (one of the nodes its visitor keys lead to) that holds `offset`: null for
 * none, undefined when the parent's type has no visitor keys.
 */
export function childNodeAt(sourceCode: Readonly<TSESLint.SourceCode>, parent: TSESTree.Node, offset: number): TSESTree.Node | null | undefined {
  const keys = sourceCode.visitorKeys[parent.type];
  return keys === undefined ? undefined : childAt(parent as AnyNode, keys, offset);
}
