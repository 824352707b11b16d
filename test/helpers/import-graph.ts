/**
 * The import graph of TypeScript sources: every relative `import`, `import type`, `export … from`
 * and dynamic `import()` of each file, resolved to the file it names. A type-only import is an
 * edge like any other: a circle through types still ties the two modules' meanings together.
 */
import fs from 'node:fs';
import path from 'node:path';

// Specifiers of static imports and re-exports (`from '…'`) and of dynamic imports (`import('…')`).
const SPECIFIER = /\bfrom\s*'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/gu;

function sourceFiles(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.statSync(full).isDirectory()) return entry.endsWith('.ts') ? [entry] : [];
  return fs.readdirSync(full).flatMap((name) => sourceFiles(root, path.posix.join(entry, name)));
}

/** Each file under `entries` (relative to `root`, `/`-separated) with the files it imports. */
export function importGraph(root: string, entries: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of entries.flatMap((entry) => sourceFiles(root, entry))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const targets = new Set<string>();
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = (match[1] ?? match[2])!;
      targets.add(path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/u, '.ts'));
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The circles of `graph`: each strongly connected component of more than one file, or a file
 * importing itself, as its files sorted (Tarjan's algorithm).
 */
export function findCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  // Depth first; a file whose lowest reachable index is its own closes a component.
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    // Not the root of its component: the root pops it off the stack with the rest.
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
