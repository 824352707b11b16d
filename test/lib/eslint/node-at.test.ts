/**
 * `nodeAt` must find the node ESLint's `getNodeByRangeIndex` finds, at every offset of a file:
 * rules that read a comment's place from it would otherwise judge differently.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { nodeAt } from '../../../lib/eslint/node-at.js';

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
