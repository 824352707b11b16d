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
 * Of these, the **values** a reader must be told the origin of are the literals that take part in
 * a decision or a computation (`isWeighedNumber`, `isCodedString`, `isWeighedPattern`): a number
 * compared or computed with (`score < 0.25`, `weight * 0.1`, `case 404:`); digits in quotes
 * compared or sniffed (`status === '403'`, `message.includes('403')`); a pattern with a count
 * (`/^\d{3,4}$/`) that tests or matches. A number passed to a call (`padStart(2, '0')`,
 * `Math.max(4, width)`, `setTimeout(run, 300)`) is the call's to name, one that picks a field
 * (`parts[3]`) names no policy, a number of a unit (`/ 1000`, `minutes < 60`, `* 100`) reads
 * as its unit, a day, month or hour compared with what a date method returns
 * (`date.getDay() === 6`, `case 0:` under `switch (date.getDay())`, or under `switch (day)` on a
 * parameter named for it) as the method or the name says, a half, a square or a radix (`/ 2`,
 * `** 2`) as its operation, a tolerance (`0.001`, `0.999`)
 * guards against rounding, and a letter tag (`mode === 'w'`, `lang === 'fr'`) is a name, not a
 * quantity. Nor is a value inside an object literal, the object's data, or a
 * bound in the test of a branch that only picks a value (`score >= 70 ? colors.green : …`,
 * `if (score >= 90) return 'Perfect'`): the ladder is a table, its bands the data
 * (lib/core/guards.ts, `picksValue`); a code compared for equality there (`status === 404 ?
 * 'Not found' : …`) still maps a code to a meaning, and stays.
 *
 * Read in the decision pass (lib/core/decision-finder.ts), from a token and its neighbours only.
 */
import type { SourceToken } from '../source/file-source.js';
import { DIGIT_NINE, DIGIT_ZERO } from '../util/char-codes.js';

/**
 * How many unnamed tokens a function or a run of decisions must hold before its decisions need
 * a word of why: a stray number (a port, a status code) in prose code is no reason, a few in a
 * chain of branches are.
 */
export const DEFAULT_MINIMUM_UNNAMED = 3;

/**
 * How many values with no stated reason (lib/core/value-reasons.ts) make a finding: one
 * hand-tuned threshold or status code can be the whole question a reviewer asks, but a single
 * number is as often plain (a retry count, a cut-off named by its variable); two in one place
 * are a policy no one wrote down.
 */
export const DEFAULT_MINIMUM_UNEXPLAINED = 2;

/** "0.1, 0.4 and 0.5", "0.25, 0.8, 0.7, 0.85 and 6 more": the distinct `texts` a message names, at most four (or five, rather than "and 1 more"). */
export function listValues(texts: readonly string[]): string {
  const distinct = texts.map((text) => (text.length > 24 ? `${text.slice(0, 23)}…` : text));
  const shown = distinct.length > 5 ? distinct.slice(0, 4) : distinct;
  const rest = distinct.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
}

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

/** The token before the number `tokens[index]`, past a sign, which belongs to the number: `x < -5` compares -5, `= -5` names it. */
function beforeNumber(tokens: readonly SourceToken[], index: number): SourceToken | undefined {
  const before = tokens[index - 1];
  return before !== undefined && (before.value === '-' || before.value === '+') && !endsOperand(tokens[index - 2]) ? tokens[index - 2] : before;
}

/**
 * Whether the numeric literal `tokens[index]` is unnamed. `afterTernaryColon` says whether a
 * `:` right before it closes a conditional (`a ? 5 : 10`) rather than naming an object key.
 */
export function isUnnamedNumber(tokens: readonly SourceToken[], index: number, afterTernaryColon: boolean): boolean {
  const { value } = tokens[index]!;
  if (value === '0' || value === '1') return false;
  // The one argument of a call is named by the call: `sleep(500)`, `toFixed(2)`.
  if (tokens[index - 1]?.value === '(' && tokens[index + 1]?.value === ')' && tokens[index - 2]?.type === 'Identifier') return false;
  const before = beforeNumber(tokens, index);
  if (before === undefined) return true;
  return before.value !== '=' && (before.value !== ':' || afterTernaryColon);
}

// Operators that make a number take part in a decision or a computation.
const WEIGHING = new Set(['<', '>', '<=', '>=', ...COMPARISONS, '*', '/', '%', '**', '+', '-', '*=', '/=', '%=', '**=', '+=', '-=']);
// Numbers of units, which read as their unit wherever they stand (`minutes < 60` is under an
// hour): clock, calendar, milli- and binary units, percent.
const UNITS = new Set(['60', '24', '7', '12', '365', '100', '1000', '1e3', '1e6', '1440', '3600', '86400', '60000', '3600000', '86400000', '604800000', '1024']);
// Halves, squares and radixes where they scale (`/ 2`, `** 2`, `* 10`); compared (`count > 2`), a threshold.
const SCALES = new Set(['2', '10']);
const SCALING = new Set(['*', '/', '%', '**', '*=', '/=', '%=', '**=']);
// Methods that sniff a text for a code: `message.includes('403')`.
const SNIFFING_CALLS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'has']);
// Methods through which a pattern decides: it tests or picks out parts, rather than rewriting text.
const PATTERN_TESTS = new Set(['test', 'exec']);
const PATTERN_MATCHES = new Set(['match', 'matchAll', 'search']);

/** Whether a number is a tolerance, within a hundredth of 0 or 1 (below 0.01 or above 0.99: `0.001`, `0.999`, `1e-9`): it guards against rounding rather than decides. */
function isTolerance(value: string): boolean {
  const number = Number(value);
  return (number > 0 && number < 0.01) || (number > 0.99 && number < 1);
}

/**
 * Whether the unnamed numeric literal `tokens[index]` takes part in a decision or a computation
 * (see the header): it is a value whose origin a reader must be told.
 */
export function isWeighedNumber(tokens: readonly SourceToken[], index: number): boolean {
  const before = beforeNumber(tokens, index);
  const after = tokens[index + 1];
  const { value } = tokens[index]!;
  if (UNITS.has(value) || isTolerance(value) || (SCALES.has(value) && (SCALING.has(before?.value ?? '') || SCALING.has(after?.value ?? '')))) return false;
  if (before === undefined) return false;
  if (before.value === 'case') return !switchesOnCalendar(tokens, index - 1);
  if (WEIGHING.has(before.value)) return !(COMPARISONS.has(before.value) && endsCalendarCall(tokens, index - 2));
  return after !== undefined && WEIGHING.has(after.value) && !(COMPARISONS.has(after.value) && startsCalendarCall(tokens, index + 2));
}

// Date methods that return the index of a day, a month or an hour: `getDay() === 6` is Saturday
// by the method's name, as `minutes < 60` is an hour by its unit.
const CALENDAR_INDEXES = new Set(['getDay', 'getUTCDay', 'getMonth', 'getUTCMonth', 'getHours', 'getUTCHours']);
// How far back a `case` looks for its `switch`: a case's body is a few statements.
const MOST_CASE_TOKENS = 400;

/** Whether `tokens[end]` closes a call of a calendar index method: `date.getDay()`. */
function endsCalendarCall(tokens: readonly SourceToken[], end: number): boolean {
  return tokens[end]?.value === ')' && tokens[end - 1]?.value === '(' && CALENDAR_INDEXES.has(tokens[end - 2]?.value ?? '');
}

/** Whether a call of a calendar index method starts at `tokens[start]`, after the object it is called on: `date.getDay()`. */
function startsCalendarCall(tokens: readonly SourceToken[], start: number): boolean {
  for (let at = start; at < tokens.length && at < start + 8; at++) {
    const { value } = tokens[at]!;
    if (CALENDAR_INDEXES.has(value)) return tokens[at - 1]?.value === '.' && endsCalendarCall(tokens, at + 2);
    if (value !== '.' && value !== '?.' && tokens[at]!.type !== 'Identifier') return false;
  }
  return false;
}

/** Whether the `case` at `tokens[caseIndex]` belongs to a `switch` on a calendar index: `switch (date.getDay()) {`. */
function switchesOnCalendar(tokens: readonly SourceToken[], caseIndex: number): boolean {
  let depth = 0;
  for (let at = caseIndex - 1; at >= 0 && at > caseIndex - MOST_CASE_TOKENS; at--) {
    const { value } = tokens[at]!;
    if (value === '}') depth++;
    else if (value === '{' && depth-- === 0) return tokens[at - 1]?.value === ')' && (endsCalendarCall(tokens, at - 2) || (tokens[at - 3]?.value === '(' && holdsCalendarIndex(tokens, at - 2)));
  }
  return false;
}

// Names that say they hold the index a calendar method returns, as a parameter passed one (`lastWeek(day)` called with `date.getDay()`).
const CALENDAR_NAMES = new Set(['day', 'weekday', 'dayofweek', 'month', 'hour']);

/**
 * Whether the name `tokens[at]` holds a calendar index: it was last given one before it
 * (`const day = date.getDay();`, then `switch (day)`), or it is given nothing there and its name
 * says so (a parameter `day`). A name given something else (`const day = date.offset`) does not.
 */
function holdsCalendarIndex(tokens: readonly SourceToken[], at: number): boolean {
  const name = tokens[at];
  if (name?.type !== 'Identifier') return false;
  for (let back = at - 1; back >= 0 && back > at - MOST_CASE_TOKENS; back--) {
    if (tokens[back]!.value === name.value && tokens[back + 1]?.value === '=') return startsCalendarCall(tokens, back + 2);
  }
  return CALENDAR_NAMES.has(name.value.toLowerCase());
}

const ORDERING = new Set(['<', '>', '<=', '>=']);

/**
 * Whether the value `tokens[index]` is a bound an ordering compares with (`score >= 0.9`): in a
 * ladder that picks a value, a band's edge, where a code compared for equality (`status === 404`)
 * still maps a code to a meaning.
 */
export function isBound(tokens: readonly SourceToken[], index: number): boolean {
  return ORDERING.has(beforeNumber(tokens, index)?.value ?? '') || ORDERING.has(tokens[index + 1]?.value ?? '');
}

/** Whether a string token holds a numeric code: digits only (`'403'`), the number a text or a status carries. */
function isNumericCode(value: string): boolean {
  const { length } = value;
  // Three digits or more, quotes included: a status or an error code, not a flag (`'1'`). Read
  // between the quotes in place: many strings in code are this short, and a cut would copy each.
  return length >= 5 && length <= 8 && isDigits(value, 1, length - 1);
}

/** Whether the string `tokens[index]` is a numeric code compared or sniffed: `status === '403'`, `case '404':`, `text.includes('403')`. */
export function isCodedString(tokens: readonly SourceToken[], index: number): boolean {
  if (!isNumericCode(tokens[index]!.value)) return false;
  const before = tokens[index - 1]?.value;
  const after = tokens[index + 1]?.value;
  if (before === 'case' || (before !== undefined && COMPARISONS.has(before)) || (after !== undefined && COMPARISONS.has(after))) return true;
  return before === '(' && after === ')' && SNIFFING_CALLS.has(tokens[index - 2]?.value ?? '');
}

// HTTP's statuses (100–599), which name themselves: a reader knows 404 as Not Found.
const HTTP_STATUS_FIRST = 100;
const HTTP_STATUS_LAST = 599;
// Three digits or more: an error code, not a count or a flag.
const CODE_DIGITS = 3;

/**
 * Whether the value `tokens[index]` is a **code** that names nothing: digits in quotes compared
 * or sniffed (`isCodedString`), or an integer of three digits or more compared for equality or
 * after `case`, unless it is an HTTP status (100–599). A database's `'23505'` or an API's
 * `40001` maps a value to a meaning no reader knows from the number; it is never a plain count,
 * so one alone is a question, where a single number may be a retry count. An HTTP status names
 * itself (`status === 404` reads as Not Found, `204` as No Content): it is a value as any integer is.
 */
export function isCode(tokens: readonly SourceToken[], index: number): boolean {
  const { type, value } = tokens[index]!;
  const digits = type === 'String' ? value.slice(1, -1) : value;
  if (type !== 'String' && (type !== 'Numeric' || value.length < CODE_DIGITS || !isDigits(value))) return false;
  const number = Number(digits);
  if (number >= HTTP_STATUS_FIRST && number <= HTTP_STATUS_LAST) return false;
  if (type === 'String') return true;
  const before = tokens[index - 1]?.value;
  const after = tokens[index + 1]?.value;
  return before === 'case' || (before !== undefined && COMPARISONS.has(before)) || (after !== undefined && COMPARISONS.has(after));
}

/** Whether `value` is digits only from `start` to `end`. */
function isDigits(value: string, start = 0, end = value.length): boolean {
  for (let at = start; at < end; at++) {
    const code = value.charCodeAt(at);
    if (code < DIGIT_ZERO || code > DIGIT_NINE) return false;
  }
  return true;
}

// A count in a pattern (`{3}`, `{1,2}`): a number written in its grammar.
const PATTERN_COUNT = /\{\d/u;

/** Whether the pattern `tokens[index]` (unnamed) counts (`/^\d{3,4}$/`) and tests or matches: `.test(text)`, `text.match(/…/)`. */
export function isWeighedPattern(tokens: readonly SourceToken[], index: number): boolean {
  if (!PATTERN_COUNT.test(tokens[index]!.value)) return false;
  if (tokens[index + 1]?.value === '.' && PATTERN_TESTS.has(tokens[index + 2]?.value ?? '')) return true;
  return tokens[index - 1]?.value === '(' && PATTERN_MATCHES.has(tokens[index - 2]?.value ?? '');
}
