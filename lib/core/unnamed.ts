/**
 * Unnamed meaning: the tokens of code whose meaning is in no name, which a reader has to be told.
 * A decision made of names only (`if (user.isAdmin)`, `status === Status.Done`) reads as prose;
 * one made of `minutes > 1440`, `flags & 0x40`, `/^\d{3,4}$/` or `mode === 'n'` does not. They are:
 *
 * - numeric literals other than 0 and 1 (`-1` too: its sign is no arithmetic), unless the number
 *   is named where it stands: assigned or given as a default (`const LIMIT = 500`, `f(max = 40)`)
 *   or the value of an object key (`{ maxKm: 40 }`), or the one argument of a call named for it
 *   (`sleep(500)`, `toFixed(2)`). An index past the first two (`parts[3]`) is
 *   unnamed: a field of a split or a tuple deserves a name;
 * - arithmetic on numbers: binary `*`, `/`, `%`, `**`, `+` and `-` (not next to text, where `+`
 *   joins strings), shifts, and `&`, `|`, `^` next to a number (elsewhere TypeScript's types use
 *   them); `~`; counting up or down (`++`, `+=`) is plain;
 * - regular expression literals beyond literal text (`/^\d{3,4}$/`, not `/^PASS: /`): a pattern
 *   states a grammar without naming it;
 * - comparisons with a tag of one or two characters (`mode === 'n'`, `case 'e':`): a letter used
 *   as a code.
 *
 * Read in the decision pass (lib/core/decision-finder.ts), from a token and its neighbours only.
 */
import type { SourceToken } from '../source/file-source.js';

/**
 * How many unnamed tokens a function or a run of decisions must hold before its decisions need
 * a word of why: a stray number (a port, a status code) in prose code is no reason, a few in a
 * chain of branches are.
 */
export const DEFAULT_MINIMUM_UNNAMED = 3;

/** " on 6 unnamed values", what a message adds after the decisions it names; nothing for none. */
export function onUnnamed(count: number): string {
  if (count === 0) return '';
  return ` on ${count} unnamed value${count === 1 ? '' : 's'}`;
}

// First characters of the operators that may be unnamed arithmetic or a comparison with a tag.
const OPERATOR_START = new Uint8Array(128);
for (const character of '*/%+-<>^~&|=!') OPERATOR_START[character.charCodeAt(0)] = 1;
const ARITHMETIC = new Set(['*', '/', '%', '**', '+', '-', '<<', '>>', '>>>', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=']);
// Bitwise operators double as TypeScript's union and intersection: only next to a number are they arithmetic.
const BITWISE = new Set(['&', '|', '^', '&=', '|=', '^=']);
const COMPARISONS = new Set(['===', '!==', '==', '!=']);
// Text that `+` joins: a string or a template.
const TEXT_TYPES = new Set(['String', 'Template']);

/** Whether an operator token starting with `code` may be unnamed (`isUnnamedOperator` decides). */
export function mayBeUnnamedOperator(code: number): boolean {
  return code < 128 && OPERATOR_START[code] === 1;
}

// What makes a pattern more than literal text: classes, groups, quantifiers, escapes, alternatives.
const PATTERN_SYNTAX = /[[({*+?|\\.]/u;

/** Whether the regular expression literal `token` is more than literal text between anchors (`/^PASS: /` reads as its text). */
export function isUnnamedPattern(token: SourceToken): boolean {
  const { value } = token;
  return PATTERN_SYNTAX.test(value.slice(1, value.lastIndexOf('/')));
}

/** Whether `token` ends an operand, so that an operator after it is binary. */
function endsOperand(token: SourceToken | undefined): boolean {
  if (token === undefined) return false;
  const { type, value } = token;
  return type === 'Identifier' || type === 'Numeric' || value === ')' || value === ']';
}

/** Whether `token` is a tag of one or two characters in quotes. */
export function isCrypticTag(token: SourceToken | undefined): boolean {
  return token !== undefined && token.type === 'String' && token.value.length >= 3 && token.value.length <= 4;
}

/** Whether the operator `tokens[index]`, whose first character passed `mayBeUnnamedOperator`, carries unnamed meaning. */
export function isUnnamedOperator(tokens: readonly SourceToken[], index: number, value: string): boolean {
  // Assignment and negation, the most frequent, first.
  if (value === '=' || value === '!' || value === '=>') return false;
  if (value === '~') return true;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (COMPARISONS.has(value)) return isCrypticTag(previous) || isCrypticTag(next);
  if (ARITHMETIC.has(value)) return endsOperand(previous) && next !== undefined && !TEXT_TYPES.has(next.type) && !TEXT_TYPES.has(previous!.type);
  return BITWISE.has(value) && (previous?.type === 'Numeric' || next?.type === 'Numeric');
}

/**
 * Whether the numeric literal `tokens[index]` is unnamed. `afterTernaryColon` says whether a
 * `:` right before it closes a conditional (`a ? 5 : 10`) rather than naming an object key.
 */
export function isUnnamedNumber(tokens: readonly SourceToken[], index: number, afterTernaryColon: boolean): boolean {
  const { value } = tokens[index]!;
  if (value === '0' || value === '1') return false;
  let before = tokens[index - 1];
  // The one argument of a call is named by the call: `sleep(500)`, `toFixed(2)`.
  if (before?.value === '(' && tokens[index + 1]?.value === ')' && tokens[index - 2]?.type === 'Identifier') return false;
  // A sign belongs to the number: `= -5` is named as `= 5` is.
  if (before !== undefined && (before.value === '-' || before.value === '+') && !endsOperand(tokens[index - 2])) before = tokens[index - 2];
  if (before === undefined) return true;
  return before.value !== '=' && (before.value !== ':' || afterTernaryColon);
}
