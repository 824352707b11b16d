/**
 * Whether tokens begin a declaration: read by the comment classifier (a comment above a
 * declaration documents it), by the marker regions and by the scanner.
 */
import type { SourceToken } from './file-source.js';

// Tokens that begin a declaration, a class member or an exported binding.
const DECLARATION_START = new Set([
  'function',
  'class',
  'const',
  'let',
  'var',
  'export',
  'async',
  'interface',
  'type',
  'enum',
  'declare',
  'abstract',
  'namespace',
  'module',
  'public',
  'private',
  'protected',
  'static',
  'readonly',
  'get',
  'set',
  'accessor',
  'override',
  'default',
  'constructor',
  '@',
]);

// After a member name these tokens show a property, method or parameter is being declared.
const AFTER_MEMBER_NAME = new Set(['(', ':', '=', '?', '<', '!', ',', ';', '}']);

// Keywords are left out: `if (` and `for (` would pass for a method named `if`.
const NAME_TOKEN_TYPES = new Set(['Identifier', 'PrivateIdentifier', 'String', 'Numeric']);

// How far to look for the `)` that ends a member's parameter list before giving up on it.
const PARAMETER_SCAN_LIMIT = 256;

/**
 * The index of the `)` that closes the `(` at `open`, or -1 when it is not closed within the
 * bound: the scan is bounded, so a run of comments cannot make a caller quadratic.
 */
export function closingParen(tokens: readonly SourceToken[], open: number): number {
  let depth = 0;
  const limit = Math.min(tokens.length, open + PARAMETER_SCAN_LIMIT);
  for (let at = open; at < limit; at++) {
    const value = tokens[at]!.value;
    if (value === '(') depth++;
    else if (value === ')' && --depth === 0) return at;
  }
  return -1;
}

/** Whether `name(…)` at `open` is a method head (`{` or a return type follows the `)`) rather than a call. */
function isMethodHead(tokens: readonly SourceToken[], open: number): boolean {
  const close = closingParen(tokens, open);
  const next = close < 0 ? undefined : tokens[close + 1]?.value;
  return next === '{' || next === ':';
}

/**
 * Whether the tokens from `index` on begin a declaration, a class member or a property.
 * `nextType` stands in for the first token's type: the scanner asks whether it matters.
 */
export function startsDeclaration(tokens: readonly SourceToken[], index: number, nextType = tokens[index]?.type): boolean {
  const next = tokens[index];
  if (next === undefined) return false;
  if (DECLARATION_START.has(next.value)) return true;
  const isMemberName = NAME_TOKEN_TYPES.has(nextType!) || next.value === '[' || next.value === '*';
  const afterNext = tokens[index + 1];
  if (!isMemberName || afterNext === undefined || !AFTER_MEMBER_NAME.has(afterNext.value)) return false;
  return afterNext.value !== '(' || isMethodHead(tokens, index + 1);
}
