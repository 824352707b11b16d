/**
 * The lines of a file's top-level import and re-export statements (an import list explains no
 * more than an import does, and must not make a gap). The report's scanner path has tokens
 * only; under ESLint the gap rule reads the same lines off the syntax tree, which is cheaper
 * than a walk over every token. test/lib/import-lines.test.ts holds the two equal.
 */
import type { FileFacts } from './file-facts.js';
import type { SourceToken } from '../source/file-source.js';
import { zeroedBytes } from '../util/tables.js';

const isPunctuator = (token: SourceToken | undefined, value: string): boolean => token?.type === 'Punctuator' && token.value === value;

/**
 * +1 for an opening bracket, -1 for a closing one, 0 for any other token. Every token of every
 * file passes here, so a bracket is told by one character code.
 */
function bracketDepthChange(token: SourceToken): number {
  if (token.type !== 'Punctuator' || token.value.length !== 1) return 0;
  const code = token.value.charCodeAt(0);
  if (code === 40 || code === 91 || code === 123) return 1;
  return code === 41 || code === 93 || code === 125 ? -1 : 0;
}

/** Index of the bracket that closes the one at `open`. */
function matchingClose(tokens: readonly SourceToken[], open: number): number {
  let depth = 0;
  for (let at = open; at < tokens.length; at++) {
    depth += bracketDepthChange(tokens[at]!);
    if (depth === 0) return at;
  }
  return tokens.length - 1;
}

/** The last token of a statement whose module specifier is the string at `specifier`: attributes and `;` included. */
function endAfterSpecifier(tokens: readonly SourceToken[], specifier: number): number {
  let end = specifier;
  const next = tokens[end + 1];
  if ((next?.value === 'with' || next?.value === 'assert') && isPunctuator(tokens[end + 2], '{')) end = matchingClose(tokens, end + 2);
  return isPunctuator(tokens[end + 1], ';') ? end + 1 : end;
}

/** The last token of `import … from 'x'`, `import 'x'` or TypeScript's `import x = require('x')` / `= A.B`. */
function importEnd(tokens: readonly SourceToken[], start: number): number {
  for (let at = start + 1; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.type === 'String' && (tokens[at - 1]!.value === 'from' || at === start + 1)) return endAfterSpecifier(tokens, at);
    if (isPunctuator(token, '{')) at = matchingClose(tokens, at);
    else if (isPunctuator(token, '=')) return aliasEnd(tokens, at + 1);
    else if (isPunctuator(token, ';')) return at;
  }
  return tokens.length - 1;
}

/** The last token of an import alias's target, from `target`: `require('x')` or a dotted name. */
function aliasEnd(tokens: readonly SourceToken[], target: number): number {
  let end = target;
  if (tokens[end]?.value === 'require' && isPunctuator(tokens[end + 1], '(')) end = matchingClose(tokens, end + 1);
  else while (isPunctuator(tokens[end + 1], '.') && tokens[end + 2] !== undefined) end += 2;
  return isPunctuator(tokens[end + 1], ';') ? end + 1 : end;
}

/** The last token of a re-export (`export * from`, `export { a } from`), or -1 for any other export. */
function reexportEnd(tokens: readonly SourceToken[], start: number): number {
  let at = start + 1;
  if (tokens[at]?.value === 'type' && tokens[at + 1]?.type === 'Punctuator') at++;
  if (isPunctuator(tokens[at], '*')) {
    while (at < tokens.length && tokens[at]!.value !== 'from') at++;
    return endAfterSpecifier(tokens, at + 1);
  }
  if (!isPunctuator(tokens[at], '{')) return -1;
  const close = matchingClose(tokens, at);
  return tokens[close + 1]?.value === 'from' && tokens[close + 2]?.type === 'String' ? endAfterSpecifier(tokens, close + 2) : -1;
}

/** One flag per line (index = line number): 1 on every line of a top-level import or re-export. */
export function importLines(facts: FileFacts): Uint8Array {
  const spans = [...importStatementRanges(facts.source.tokens)].map(([start, end]) => [facts.lineOf(start), facts.lineOf(end - 1)] as const);
  return markLines(facts.lineCount, spans);
}

/** Flags (index = line) on every line of each `[firstLine, lastLine]` span. */
export function markLines(lineCount: number, spans: readonly (readonly [number, number])[]): Uint8Array {
  const lines = zeroedBytes(lineCount + 1);
  // Indexed: this runs once per file, mostly before V8 optimizes it, where a destructuring
  // `for…of` costs an iterator per span.
  for (let index = 0; index < spans.length; index++) lines.fill(1, spans[index]![0], spans[index]![1] + 1);
  return lines;
}

/** The ranges of the top-level import and re-export statements, found by a walk over tokens. */
function* importStatementRanges(tokens: readonly SourceToken[]): Generator<readonly [number, number]> {
  let depth = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    depth += bracketDepthChange(token);
    if (depth !== 0 || token.type !== 'Keyword') continue;
    let end = -1;
    // `import(…)` and `import.meta` are expressions, not declarations.
    if (token.value === 'import' && !isPunctuator(tokens[at + 1], '(') && !isPunctuator(tokens[at + 1], '.')) end = importEnd(tokens, at);
    else if (token.value === 'export') end = reexportEnd(tokens, at);
    if (end < 0) continue;
    yield [token.range[0], tokens[end]!.range[1]];
    at = end;
  }
}
