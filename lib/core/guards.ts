/**
 * Branches that state their own reason. A reader takes in at a glance an `if` whose body only
 * leaves or reports with words of its own, as a reviewer does a validation ladder:
 *
 * - it leaves (`return`, `throw`, `continue`, `break`) with a message (`throw new Error('name is
 *   required')`, `return { error: '…' }`) or a plain value (`return null`, `return;`, `return -1`;
 *   not a computed one, `return minutes * 60`);
 * - it reports with a message (`console.warn('…')`, `toast.error(t('sync.failed'))`,
 *   `setError(`…`)`), and may leave after;
 * - it picks which text to produce (`label = t('plan.long')`, `title = `Week ${n}``): a chain of
 *   such branches selects text, the text is what it says.
 *
 * Such an `if`, with its condition, is a decision that needs no comment of its own. So is a
 * conditional whose branch is a constant or a translated key (`dark ? 0.62 : 0.56`,
 * `done ? t('ok') : …`): it picks a value, as a table would; and a fallback to a constant
 * (`name ?? ''`) is no decision at all (`fallsBackToConstant`).
 *
 * Read from the tokens after the condition, a bounded look ahead per `if` and `?`: a body longer
 * than such a branch's is not one, so the look never runs far.
 */
import type { SourceToken } from '../source/file-source.js';
import { hasLineBreak } from '../util/chars.js';

const EXITS = new Set(['return', 'throw', 'continue', 'break']);
// A body that decides anything (`return a ? b : c`, `if` inside) is more than a stated reason.
const DECIDES = new Set(['&&', '||', '??', '?', 'if', 'for', 'while', 'do', 'switch', 'try', '=>', 'function']);
const OPENS = new Set(['{', '(', '[']);
const CLOSES = new Set(['}', ')', ']']);
const TEXT_TYPES = new Set(['String', 'Template', 'JSXText']);
// Tokens longer than this are no such branch's: its body is a statement or two.
const MOST_TOKENS = 48;
// An exit this short is a plain value: `return`, `return null`, `return -1`, `return this.empty`.
const PLAIN_EXIT_TOKENS = 4;
// Constants a conditional may pick, and the tokens after its `?` a translated key takes (`t ( 'key' )`).
const CONSTANT_TYPES = new Set(['String', 'Numeric', 'Boolean', 'Null']);
const KEY_CALL_TOKENS = 4;

// Operators that compute a value: an exit that computes (`return value * 60`) does not leave with a plain one.
const COMPUTES = new Set(['*', '/', '%', '**', '+', '-', '<<', '>>', '>>>', '&', '|', '^', '<', '>', '<=', '>=', '===', '!==', '==', '!=']);

/** One statement of a body as it is read: where it starts, whether it leaves, has text, computes. */
interface Statement {
  start: number;
  exits: boolean;
  hasText: boolean;
  computes: boolean;
}

/** Whether a statement that ends before `end` states its reason: it has text, or leaves with a plain value. */
function statesReason(statement: Statement, end: number): boolean {
  return statement.hasText || (statement.exits && !statement.computes && end - statement.start <= PLAIN_EXIT_TOKENS);
}

/**
 * Whether the body of an `if` that starts at `tokens[at]` (the token after its condition's `)`)
 * states its own reason: each of its statements carries text of its own or leaves with a plain
 * value, nothing follows an exit, and nothing in it decides.
 */
export function isGuardBody(tokens: readonly SourceToken[], text: string, at: number): boolean {
  const braced = tokens[at]?.value === '{';
  let index = braced ? at + 1 : at;
  let depth = 0;
  let statement: Statement = { start: index, exits: false, hasText: false, computes: false };
  let exited = false;
  // The statement that ends before `end` states its reason; the next starts at `end` or after it.
  const ends = (end: number, next: number): boolean => {
    if (end === statement.start) return true;
    if (!statesReason(statement, end)) return false;
    exited ||= statement.exits;
    statement = { start: next, exits: false, hasText: false, computes: false };
    return true;
  };
  const end = Math.min(tokens.length, at + MOST_TOKENS);
  for (; index < end; index++) {
    const token = tokens[index]!;
    const { value, type } = token;
    if (TEXT_TYPES.has(type)) {
      statement.hasText = true;
      continue;
    }
    if (DECIDES.has(value) && type !== 'Identifier') return false;
    // A sign right after the exit keyword (`return -1`) computes nothing.
    if (COMPUTES.has(value) && type === 'Punctuator' && !(index === statement.start + 1 && statement.exits)) statement.computes = true;
    if (OPENS.has(value)) depth++;
    else if (CLOSES.has(value)) {
      if (depth === 0) return braced ? value === '}' && ends(index, index + 1) : ends(index, index);
      depth--;
    } else if (depth === 0 && index === statement.start) {
      // A statement after an exit would never run: only the last one may leave.
      if (exited) return false;
      statement.exits = EXITS.has(value);
    } else if (depth === 0 && value === ';') {
      if (!ends(index, index + 1)) return false;
      if (!braced) return true;
    }
    // A bare statement without `;` ends at the line's end, and a braced one where a name starts the
    // next line: before a punctuator a braced statement goes on, and no line break is looked for.
    const next = tokens[index + 1];
    if (depth === 0 && next !== undefined && index >= statement.start && (!braced || next.type !== 'Punctuator') && hasLineBreak(text, token.range[1], next.range[0])) {
      if (!braced) return ends(index + 1, index + 1);
      if (!ends(index + 1, index + 1)) return false;
    }
  }
  return !braced && index === tokens.length && ends(index, index);
}

/**
 * Whether the branch after the conditional `?` at `tokens[at]` picks a constant or a translated
 * key: a string, number, boolean or `null`, or a call of one name with one string (`t('key')`),
 * up to the `:`.
 */
export function picksConstant(tokens: readonly SourceToken[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (CONSTANT_TYPES.has(next.type) || (next.type === 'Template' && next.value.endsWith('`') && next.value.length > 1)) return tokens[at + 2]?.value === ':';
  return (
    next.type === 'Identifier' &&
    tokens[at + 2]?.value === '(' &&
    tokens[at + 3]?.type === 'String' &&
    tokens[at + KEY_CALL_TOKENS]?.value === ')' &&
    tokens[at + KEY_CALL_TOKENS + 1]?.value === ':'
  );
}

/**
 * The index after a value picked as a table entry would be, starting at `tokens[from]`: a
 * number, a text, a translated key (`t('key')`) or a member of a named set (`colors.green`,
 * `Tone.warm`); -1 if something else starts there.
 */
function pickedValueEnd(tokens: readonly SourceToken[], from: number): number {
  const first = tokens[from];
  if (first === undefined) return -1;
  // `true`, `false` and `null` answer a question rather than pick an entry: a predicate is no table.
  if (first.type === 'String' || first.type === 'Numeric' || (first.type === 'Template' && first.value.endsWith('`') && first.value.length > 1)) return from + 1;
  if (first.type !== 'Identifier') return -1;
  if (tokens[from + 1]?.value === '(') {
    return tokens[from + 2]?.type === 'String' && tokens[from + KEY_CALL_TOKENS - 1]?.value === ')' ? from + KEY_CALL_TOKENS : -1;
  }
  let index = from + 1;
  while (tokens[index]?.value === '.' && tokens[index + 1]?.type === 'Identifier') index += 2;
  return index;
}

/**
 * Whether the branch at `tokens[at]` only picks a value as a table entry (`pickedValueEnd`):
 * after a conditional's `?`, the value up to the `:`; after an `if`'s condition, a body that is
 * `return value` or `name = value`, braced or not. A ladder of such branches (`score >= 90 ?
 * 'Perfect' : …`) is a table whose thresholds are its data.
 */
export function picksValue(tokens: readonly SourceToken[], at: number, conditional: boolean): boolean {
  if (conditional) {
    const end = pickedValueEnd(tokens, at);
    return end !== -1 && tokens[end]?.value === ':';
  }
  const braced = tokens[at]?.value === '{';
  let index = braced ? at + 1 : at;
  const head = tokens[index];
  if (head?.value === 'return') index++;
  else if (head?.type === 'Identifier' && tokens[index + 1]?.value === '=') index += 2;
  else return false;
  index = pickedValueEnd(tokens, index);
  if (index === -1) return false;
  if (tokens[index]?.value === ';') index++;
  return !braced || tokens[index]?.value === '}';
}

// Constants a fallback may pick (`?? ''`, `|| 0`, `?? null`), and what may follow one that ends its operand.
const FALLBACK_TYPES = new Set(['String', 'Numeric', 'Template', 'Boolean', 'Null']);
const FALLBACK_WORDS = new Set(['true', 'false', 'null', 'undefined']);
const ENDS_OPERAND = new Set([')', ',', ';', '}', ']', ':']);

/**
 * Whether the operand after the logical operator at `tokens[index]` is a constant that ends the
 * expression (`name ?? ''`, `port || 3000`, `list ?? []`): the constant says what the default is.
 */
export function fallsBackToConstant(tokens: readonly SourceToken[], index: number): boolean {
  const next = tokens[index + 1];
  if (next === undefined) return false;
  let last = index + 1;
  const close = next.value === '[' ? ']' : next.value === '{' ? '}' : undefined;
  if (close !== undefined) {
    if (tokens[index + 2]?.value !== close) return false;
    last = index + 2;
  } else if (!FALLBACK_TYPES.has(next.type) && !FALLBACK_WORDS.has(next.value)) return false;
  // A template with a substitution is more than a constant.
  if (next.type === 'Template' && !next.value.endsWith('`')) return false;
  const after = tokens[last + 1]?.value;
  return after === undefined || ENDS_OPERAND.has(after);
}
