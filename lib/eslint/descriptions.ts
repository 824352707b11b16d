/**
 * What counts as describing a declaration: words of documentation comments outside JSDoc tag
 * lines (`@param x` names a parameter; it does not say what the function is for), and the
 * JSDoc stub a suggestion inserts, which by construction has no such words yet.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { CommentFact } from '../core/file-facts.js';
import { countWords } from '../util/chars.js';

const DESCRIBING_KINDS = new Set(['doc', 'explanatory']);

function describingWords(fact: CommentFact): number {
  let words = 0;
  for (const line of fact.text.split('\n')) {
    const text = line.replace(/^[\s*]+/u, '');
    if (!text.startsWith('@')) words += countWords(text);
  }
  return words;
}

/** Description words in `comments` (the block documenting a declaration, see `FileFacts.leadingComments`). */
export function descriptionWords(comments: readonly CommentFact[]): number {
  let words = 0;
  for (const fact of comments) if (DESCRIBING_KINDS.has(fact.kind)) words += describingWords(fact);
  return words;
}

function paramName(param: TSESTree.Parameter, index: number): string {
  const target = param.type === 'TSParameterProperty' ? param.parameter : param;
  const binding = target.type === 'AssignmentPattern' ? target.left : target.type === 'RestElement' ? target.argument : target;
  return binding.type === 'Identifier' ? binding.name : `param${index + 1}`;
}

/**
 * A JSDoc block to insert before a declaration whose line is `declarationLine`, indented as
 * it is and with the file's line breaks (`eol`), so a CRLF file stays CRLF. The description line is left empty on purpose: the stub alone never satisfies the
 * rule, so it cannot be used to silence it.
 */
export function jsdocStub(declarationLine: string, params: readonly TSESTree.Parameter[], returnsValue: boolean, eol = '\n'): string {
  const indent = /^\s*/u.exec(declarationLine)![0];
  const tags = [...params.map((param, index) => `@param ${paramName(param, index)}`), ...(returnsValue ? ['@returns'] : [])];
  const lines = ['/**', ' *', ...tags.map((tag) => ` * ${tag}`), ' */'];
  return `${lines.join(`${eol}${indent}`)}${eol}${indent}`;
}
