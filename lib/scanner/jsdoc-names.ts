/**
 * Keyword-spelled names after JSDoc blocks (scanner.ts). Whether a JSDoc block documents a
 * declaration is read from the type of the token after it (startsDeclaration), and a word
 * such as `delete` or `new` is a keyword or a member's name by where it stands, which only
 * the brace around it tells. The scanner notes those tokens as it goes and settles them here
 * once the file is read, so the bounded look-ahead never runs on the way.
 */
import { closingParen, startsDeclaration } from '../source/declarations.js';
import type { SourceToken } from '../source/file-source.js';
import { Undecidable } from './literals.js';
import { BRACE_INTERFACE, BRACE_MEMBERS, BRACE_STATEMENTS, JSX_EXPRESSION, TEMPLATE } from './token-classes.js';

/** A keyword-spelled token right after a JSDoc block, and the kind of the innermost brace around it. */
export interface AfterJSDoc {
  readonly index: number;
  readonly brace: number;
}

/**
 * Whether `new` at `index`, among members, names a method (`new() {` in an object literal)
 * rather than starting a type literal's construct signature (`new (): T;`): a body follows
 * the parameters. Bounded, like startsDeclaration's own look-ahead.
 */
function isMethodNamedNew(tokens: readonly SourceToken[], index: number): boolean {
  if (tokens[index + 1]?.value !== '(') throw new Undecidable('keyword or member name');
  const close = closingParen(tokens, index + 1);
  if (close < 0) throw new Undecidable('keyword or member name');
  return tokens[close + 1]?.value === '{';
}

/**
 * A keyword-spelled word after a JSDoc block decides whether the block documents a member
 * (`delete(key) {` in a class) only through its type, which the word's surroundings give: a
 * name among members, a keyword among statements, and no answer elsewhere. Retypes `tokens`
 * in place.
 */
export function settleJSDocNames(tokens: SourceToken[], afterJSDoc: readonly AfterJSDoc[]): void {
  for (const { index, brace } of afterJSDoc) {
    const token = tokens[index]!;
    if (startsDeclaration(tokens, index) === startsDeclaration(tokens, index, 'Identifier')) continue;
    if (brace === BRACE_STATEMENTS || (brace === BRACE_INTERFACE && token.value === 'new')) continue;
    // Inside a template substitution or a JSX container the brace says nothing.
    if (brace === TEMPLATE || brace === JSX_EXPRESSION) throw new Undecidable('keyword or member name');
    if (brace === BRACE_MEMBERS && token.value === 'new' && !isMethodNamedNew(tokens, index)) continue;
    tokens[index] = { type: 'Identifier', value: token.value, range: token.range };
  }
}
