/**
 * `nodeAt` must find the node ESLint's `getNodeByRangeIndex` finds, at every offset of a file:
 * rules that read a comment's place from it would otherwise judge differently.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { childNodeAt, nodeAt } from '../../../lib/eslint/node-at.js';

function sourceCodeOf(code: string, language: 'js' | 'ts'): Readonly<TSESLint.SourceCode> {
  const linter = new Linter();
  const parserOptions = { ecmaFeatures: { jsx: true } };
  const languageOptions = language === 'ts' ? { parser: tsParser, parserOptions } : { parserOptions };
  expect(linter.verify(code, [{ languageOptions }]).filter((message) => message.fatal)).toEqual([]);
  return linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>;
}

const JS = [
  '#!/usr/bin/env node',
  "import { a, /* b, */ c } from 'x';",
  'export default function run(first, /* second, */ [third, , fourth] = []) {',
  '  // step();',
  '  const view = <List items={[1, 2, /* 3 */]} onPick={() => { /* stub */ }} />;',
  '  switch (first) { case 1: /* one */ break; default: }',
  '  return `${first}${[third, fourth].map((item) => item ?? 0)}`;',
  '}',
  'class Box { /* empty */ }',
  '',
].join('\n');

const TS = [
  'export interface Shape<T extends object = {}> {',
  '  // size: number;',
  '  readonly kind: T;',
  '}',
  'enum Level { Low, /* Mid, */ High }',
  '@sealed',
  'export class Store<T> {',
  '  constructor(private readonly items: T[] = []) {}',
  '  get(index: number): T | undefined { return this.items[index] satisfies T | undefined; }',
  '}',
  'declare function sealed(target: unknown): void;',
  'type Pick2<T, K extends keyof T> = { [P in K]: T[P] };',
  '',
].join('\n');

describe('nodeAt', () => {
  it.each([
    ['JavaScript with JSX', JS, 'js'],
    ['TypeScript', TS, 'ts'],
  ] as const)('finds the node getNodeByRangeIndex finds at every offset (%s)', (_name, code, language) => {
    const sourceCode = sourceCodeOf(code, language);
    for (let offset = -1; offset <= code.length; offset++) expect(nodeAt(sourceCode, offset), `offset ${offset}`).toBe(sourceCode.getNodeByRangeIndex(offset));
  });
});

/** Every node of the program, parents before children. */
function nodesOf(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
      const node = value as TSESTree.Node;
      found.push(node);
      for (const key of sourceCode.visitorKeys[node.type] ?? []) visit((node as unknown as Record<string, unknown>)[key]);
    }
  };
  visit(sourceCode.ast);
  return found;
}

/** The children of `parent` in visitor-key order, list items in order, holes left out. */
function childrenOf(sourceCode: Readonly<TSESLint.SourceCode>, parent: TSESTree.Node): TSESTree.Node[] {
  return (sourceCode.visitorKeys[parent.type] ?? []).flatMap((key) => {
    const value = (parent as unknown as Record<string, unknown>)[key];
    return (Array.isArray(value) ? value : [value]).filter((item): item is TSESTree.Node => item !== null && typeof item === 'object' && 'type' in item);
  });
}

describe('childNodeAt', () => {
  it.each([
    ['JavaScript with JSX', JS, 'js'],
    ['TypeScript', TS, 'ts'],
  ] as const)('finds, for every node and offset, the first child in visitor-key order that holds the offset, as a scan of every child does (%s)', (_name, code, language) => {
    const sourceCode = sourceCodeOf(code, language);
    for (const parent of nodesOf(sourceCode)) {
      for (let offset = parent.range[0]; offset < parent.range[1]; offset++) {
        const expected = childrenOf(sourceCode, parent).find((child) => child.range[0] <= offset && offset < child.range[1]) ?? null;
        expect(childNodeAt(sourceCode, parent, offset), `${parent.type} at ${offset}`).toBe(expected);
      }
    }
  });
});
