/**
 * The tokens the decision pass (lib/core/decision-finder.ts) acts on, and what each tells it:
 * which words and operators decide, which end a run of one logical operator or a statement, and
 * which, before a `{`, say what the brace opens. The pass keeps the state; this is its vocabulary.
 */
import type { SourceToken } from '../source/file-source.js';

// After these tokens a `?` is TypeScript's optional marker (`a?: T`, `f(a?)`, `[a?, b?]`), not a conditional.
export const AFTER_OPTIONAL_MARK = new Set([':', ')', ',', '=', ']', ';']);
// A logical operator's code in `sequences`: the same one in a row at one paren depth is one decision.
export const SEQUENCED: ReadonlyMap<string, number> = new Map([
  ['&&', 1],
  ['||', 2],
  ['??', 3],
]);
export const LOGICAL_ASSIGNMENT = new Set(['&&=', '||=', '??=']);
// Tokens that end an expression's run of one logical operator, statement keywords among them
// (a statement without a `;` ends where the next begins).
export const ENDS_SEQUENCE = new Set([
  ...[',', ';', '?', ':', '=', '=>', '[', ']'],
  ...['return', 'yield', 'await', 'const', 'let', 'var', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'throw', 'try', 'function', 'class'],
]);
// Keywords that start a statement: a conditional type's `extends` never reaches past one.
export const STATEMENT_START = new Set(['const', 'let', 'var', 'return', 'function', 'class', 'export', 'import', 'throw', 'if', 'for', 'while', 'switch', 'type', 'interface']);
// Tokens before a `{` that opens an object type within a type, not a body.
export const TYPE_BEFORE_BRACE = new Set(['extends', '<', ',', '|', '&', '(', '[', ':']);
// Tokens before a `{` that opens an object literal (a `:` only inside another one or after a conditional's `?`).
export const BEFORE_OBJECT = new Set(['=', '(', ',', '[', 'return', '?', '??', '||', '&&']);
// Statements whose `(…)` is followed by a block, not by a function body.
export const HEADED = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
// Every word `keyword` acts on: any other word (most are names) is passed over with one lookup.
export const KEYWORDS = new Set(['extends', 'catch', 'do', 'case', ...STATEMENT_START, ...HEADED]);

/** Whether `token` is a property name (`a.if`, `{ for: 1 }`) rather than the keyword it spells. */
export function isPropertyName(previous: SourceToken | undefined, next: SourceToken | undefined): boolean {
  const before = previous?.value;
  return before === '.' || before === '?.' || next?.value === ':';
}
