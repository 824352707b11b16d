/**
 * A comment's text as every layer reads it: without delimiters and decoration, and whether the
 * comment is a JSDoc block.
 */
import { isSpaceAt } from '../util/chars.js';
import type { SourceComment } from './file-source.js';

/** The comment's text without delimiters, leading `*` decoration and surrounding white space. */
export function commentText(comment: SourceComment): string {
  // The decoration and the white space are skipped in place and the rest cut out once: this
  // runs on every comment, and a pattern replace, or a slice and then a trim, made two copies.
  const start = textStart(comment);
  return comment.value.slice(start, textEnd(comment.value, start));
}

/** Where the comment's value starts in the file: after its delimiter, `//`, `/*` or `#!`, each two characters. */
export function commentValueStart(comment: SourceComment): number {
  return comment.range[0] + 2;
}

/** Where `commentText` starts in the comment's value. */
export function textStart(comment: SourceComment): number {
  const { value } = comment;
  const isBlock = comment.type === 'Block';
  let start = 0;
  while (start < value.length && ((isBlock && value.charCodeAt(start) === 0x2a) || isSpaceAt(value, start))) start++;
  return start;
}

/** Where `commentText` ends in `value`, given where it starts. */
export function textEnd(value: string, start: number): number {
  let end = value.length;
  while (end > start && isSpaceAt(value, end - 1)) end--;
  return end;
}

/** A JSDoc block: `/**` but not a `/***` banner. */
export function isJSDocBlock(comment: Pick<SourceComment, 'type' | 'value'>): boolean {
  return comment.type === 'Block' && comment.value.startsWith('*') && !comment.value.startsWith('**');
}
