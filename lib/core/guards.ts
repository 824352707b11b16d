/**
 * Guard clauses: an `if` whose body only leaves (`return`, `throw`, `continue`, `break`) with
 * a message of its own or a plain value. A reader takes such a branch in at a glance, as a
 * reviewer does a validation ladder (`if (!name) throw new Error('name is required')`): the
 * message says why it leaves, and a plain value (`return null`, `return;`) leaves nothing to
 * ask. Such an `if`, with its condition, is a decision that needs no comment of its own.
 *
 * Read from the tokens after the condition, a bounded look ahead per `if`: a body longer than
 * a guard's is not one, so the look never runs far.
 */
import type { SourceToken } from '../source/file-source.js';
import { hasLineBreak } from '../util/chars.js';

const EXITS = new Set(['return', 'throw', 'continue', 'break']);
// A body that decides anything (`return a ? b : c`, `if` inside) is more than a guard.
const DECIDES = new Set(['&&', '||', '??', '?', 'if', 'for', 'while', 'do', 'switch', 'try', '=>', 'function']);
const OPENS = new Set(['{', '(', '[']);
const CLOSES = new Set(['}', ')', ']']);
// Tokens longer than this are no guard's: a guard body is a statement or two.
const MOST_TOKENS = 48;
// An exit this short is a plain value: `return`, `return null`, `return -1`, `return this.empty`.
const PLAIN_EXIT_TOKENS = 4;

/**
 * Whether the body of an `if` that starts at `tokens[at]` (the token after its condition's `)`)
 * only leaves, with a string or template of its own in the body or a plain value. A braced body
 * may say why before it leaves (`setError('…'); return;`) but do nothing else.
 */
export function isGuardBody(tokens: readonly SourceToken[], text: string, at: number): boolean {
  const braced = tokens[at]?.value === '{';
  let index = braced ? at + 1 : at;
  let depth = 0;
  let exit = -1;
  let hasText = false;
  // Work done before the exit (`discard(); return;`) is more than a guard, unless it says why (`setError('…'); return;`).
  let textBeforeExit = false;
  const end = Math.min(tokens.length, at + MOST_TOKENS);
  // Whether the exit that starts at `exit` and ends before `last` leaves with a reason or a plain value.
  const leaves = (last: number): boolean => exit !== -1 && (hasText || textBeforeExit || last - exit <= PLAIN_EXIT_TOKENS);
  for (; index < end; index++) {
    const token = tokens[index]!;
    const { value, type } = token;
    if (type === 'String' || type === 'Template' || type === 'JSXText') {
      hasText = true;
      continue;
    }
    if (DECIDES.has(value) && type !== 'Identifier') return false;
    if (OPENS.has(value)) depth++;
    else if (CLOSES.has(value)) {
      if (depth === 0) return braced ? value === '}' && leaves(index) : leaves(index);
      depth--;
    } else if (depth === 0 && EXITS.has(value)) {
      // Only the body's last statement may leave, and a bare body is nothing but its exit.
      if (exit !== -1 || (!braced && index !== at)) return false;
      if (index !== at + 1 && braced && !hasText) return false;
      textBeforeExit = hasText;
      exit = index;
    } else if (depth === 0 && value === ';') {
      if (!braced) return leaves(index);
      // In a block, a statement after the exit would never run: the exit is the last one.
      if (exit !== -1) return tokens[index + 1]?.value === '}' && leaves(index);
    }
    // A bare exit without `;` ends at the line's end.
    const next = tokens[index + 1];
    if (!braced && depth === 0 && exit !== -1 && next !== undefined && hasLineBreak(text, token.range[1], next.range[0])) return leaves(index + 1);
  }
  return !braced && index === tokens.length && leaves(index);
}
