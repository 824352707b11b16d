/**
 * Values the code states in its own text: a bound written out in the message the code gives
 * when the bound is not met (`if (factor < 0.3 || factor > 0.95) throw new Error('factor must
 * be in [0.3, 0.95]')`), or in a schema of the same file (a `description` that writes it out,
 * `.describe('…')`, a `minimum` or `maximum` key). The reader meets the value together with
 * what it is for: a contract the code enforces and tells its caller about, not a number nobody
 * explained. A message elsewhere says nothing of this value, and a string that is not a message
 * or a schema (a prompt, a label) is not read.
 *
 * Read from the tokens, only for values no comment explains (lib/core/value-reasons.ts).
 */
import { mayEscapeNames, tokensBefore, type FileSource, type SourceToken } from '../source/file-source.js';
import { CodeMatches } from './code-matches.js';
import { hasLineBreak } from '../util/chars.js';
import { LastFileCache } from '../util/last-file.js';
import type { FileFacts } from './file-facts.js';

const OPENS = new Set(['{', '(', '[']);
const CLOSES = new Set(['}', ')', ']']);
const TEXT_TYPES = new Set(['String', 'Template']);
// How far the `if` around a value and the end of its body are looked for: a condition and a
// guard's body are a line or two, and the look never runs far.
const MOST_TOKENS = 64;
// Keys of a JSON schema whose number bounds what the code then checks.
const SCHEMA_BOUNDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** The index of the `(` of the `if` head that holds `tokens[index]`, or -1 when no `if` head holds it. */
function ifHeadOpen(tokens: readonly SourceToken[], index: number): number {
  let depth = 0;
  for (let at = index - 1; at >= 0 && at >= index - MOST_TOKENS; at--) {
    const { value, type } = tokens[at]!;
    if (type !== 'Punctuator') continue;
    if (CLOSES.has(value)) depth++;
    else if (OPENS.has(value)) {
      if (depth > 0) depth--;
      else return value === '(' && tokens[at - 1]?.value === 'if' ? at : -1;
    } else if (value === ';' && depth === 0) return -1;
  }
  return -1;
}

/** The index after the bracket group that opens at `tokens[open]`, or -1 when it runs past `MOST_TOKENS`. */
function groupEnd(tokens: readonly SourceToken[], open: number): number {
  let depth = 0;
  for (let at = open; at < tokens.length && at < open + MOST_TOKENS; at++) {
    const { value, type } = tokens[at]!;
    if (type !== 'Punctuator') continue;
    if (OPENS.has(value)) depth++;
    else if (CLOSES.has(value) && --depth === 0) return at + 1;
  }
  return -1;
}

/**
 * The text tokens of the body of the `if` whose head opens at `tokens[open]`: a braced block,
 * or the one statement up to its `;` or its line's end.
 */
function bodyTexts(tokens: readonly SourceToken[], text: string, open: number): SourceToken[] {
  const close = groupEnd(tokens, open);
  if (close === -1) return [];
  const texts: SourceToken[] = [];
  if (tokens[close]?.value === '{') {
    const end = groupEnd(tokens, close);
    for (let at = close; at < end; at++) if (TEXT_TYPES.has(tokens[at]!.type)) texts.push(tokens[at]!);
    return texts;
  }
  let depth = 0;
  for (let at = close; at < tokens.length && at < close + MOST_TOKENS; at++) {
    const token = tokens[at]!;
    if (TEXT_TYPES.has(token.type)) texts.push(token);
    else if (OPENS.has(token.value)) depth++;
    else if (CLOSES.has(token.value)) depth--;
    if (depth < 0 || (depth === 0 && token.value === ';')) break;
    const next = tokens[at + 1];
    if (depth === 0 && next !== undefined && at > close && hasLineBreak(text, token.range[1], next.range[0])) break;
  }
  return texts;
}

// The names `schemaTexts` reads at, as the code spells them.
const SCHEMA_NAME = new RegExp(`\\b(?:description|describe|${[...SCHEMA_BOUNDS].join('|')})\\b`, 'g');
// A part of each of those names: a text that holds none of them spells no schema name.
const SCHEMA_NAME_PARTS = ['descri', 'inimum', 'aximum'];

/**
 * The texts a file's schemas give: `description` values and `.describe(…)` arguments, and the
 * numbers of their bound keys. Read at the names the text spells, which most files never do, not
 * over every token; a file with a Unicode escape may spell a name otherwise, and is read token by token.
 */
function schemaTexts(source: FileSource): string[] {
  const { tokens, text } = source;
  const found: string[] = [];
  if (mayEscapeNames(text)) {
    for (let at = 0; at + 2 < tokens.length; at++) addSchemaText(tokens, at, found);
    return found;
  }
  if (!SCHEMA_NAME_PARTS.some((part) => text.includes(part))) return found;
  new CodeMatches(source, SCHEMA_NAME, true).walk((_text, start) => {
    const at = tokensBefore(tokens, start + 1) - 1;
    if (tokens[at]?.range[0] === start) addSchemaText(tokens, at, found);
    return false;
  });
  return found;
}

/** Adds to `found` what a schema gives at `tokens[at]`, if it names a description or a bound there. */
function addSchemaText(tokens: readonly SourceToken[], at: number, found: string[]): void {
  const { value, type } = tokens[at]!;
  const next = tokens[at + 1]?.value;
  const argument = tokens[at + 2];
  if (type !== 'Identifier' || argument === undefined) return;
  if (value === 'description' && next === ':' && TEXT_TYPES.has(argument.type)) found.push(argument.value);
  else if (value === 'describe' && next === '(' && TEXT_TYPES.has(argument.type) && tokens[at - 1]?.value === '.') found.push(argument.value);
  else if (SCHEMA_BOUNDS.has(value) && next === ':' && argument.type === 'Numeric') found.push(` ${argument.value} `);
}

// Only the file being linted is ever asked about again.
const schemaCache = new LastFileCache<string[]>();

/**
 * Whether the code's own text states the value `tokens[index]`: the body of the `if` whose
 * head holds it writes it out, or a schema of the file does; `writes` says whether a text
 * writes the value out (lib/core/value-reasons.ts, `statesValue`).
 */
export function statedInCode(facts: FileFacts, index: number, writes: (text: string) => boolean): boolean {
  const { tokens, text } = facts.source;
  const open = ifHeadOpen(tokens, index);
  if (open !== -1 && bodyTexts(tokens, text, open).some((token) => writes(token.value))) return true;
  return schemaCache.for(facts, () => schemaTexts(facts.source)).some(writes);
}
