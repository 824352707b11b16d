/** ESLint's `SourceCode` as the core's plain input: one of the two producers of a FileSource. */
import type { TSESLint } from '@typescript-eslint/utils';
import { computeLineStarts, type FileSource, type SourceComment } from '../source/file-source.js';

/** Views ESLint's parse result as a {@link FileSource} without re-reading the text. */
export function sourceFromESLint(sourceCode: Readonly<TSESLint.SourceCode>): FileSource {
  // `lineStartIndices` is a long-standing public field of ESLint's SourceCode, absent from
  // typescript-eslint's typings; recomputing it is the fallback for other SourceCode shapes.
  const known = (sourceCode as { lineStartIndices?: number[] }).lineStartIndices;
  return {
    text: sourceCode.text,
    lineStarts: known ?? computeLineStarts(sourceCode.text),
    tokens: sourceCode.ast.tokens,
    comments: sourceCode.getAllComments() as SourceComment[],
  };
}
