/**
 * The tokens the decision pass (lib/core/decision-finder.ts) acts on, and what each tells it:
 * which words and operators decide, which end a run of one logical operator or a statement, and
 * which, before a `{`, say what the brace opens. The pass keeps the state; this is its vocabulary.
 */
import type { SourceToken } from '../source/file-source.js';
import * as charCodes from '../util/char-codes.js';

// Private copies, which V8 folds into the per-token tests (see char-codes.ts).
const { AMPERSAND, EQUALS, GREATER_THAN, LAST_ASCII, LOWER_A, LOWER_Z, QUESTION_MARK, SEMICOLON, VERTICAL_BAR } = charCodes;

// After these tokens a `?` is TypeScript's optional marker (`a?: T`, `f(a?)`, `[a?, b?]`), not a conditional.
export const AFTER_OPTIONAL_MARK = new Set([':', ')', ',', '=', ']', ';']);

// What a token is to the pass, as bits. A token is read by its length and first characters, as
// integers: most tokens are names the pass passes over, and a set's lookup would hash each one.
/** It ends an expression's run of one logical operator (statement keywords too: a statement without a `;` ends where the next begins). */
export const ENDS_RUN = 1;
/** It ends a statement (`;`, `=>`): a conditional type's `extends` never reaches past one. */
export const ENDS_STATEMENT = 2;
/** A keyword that starts a statement, which ends a conditional type's as `;` does. */
export const STARTS_STATEMENT = 4;
/** A statement whose `(…)` is followed by a block, not by a function body. */
export const HEADED = 8;
/** A word `keyword` acts on: any other word (most are names) is passed over. */
export const KEYWORD = 16;

const RUN_ENDING_PUNCTUATORS = [',', ';', '?', ':', '=', '[', ']'];
const RUN_ENDING_WORDS = ['return', 'yield', 'await', 'const', 'let', 'var', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'throw', 'try', 'function', 'class'];
const STATEMENT_WORDS = ['const', 'let', 'var', 'return', 'function', 'class', 'export', 'import', 'throw', 'if', 'for', 'while', 'switch', 'type', 'interface'];
const HEADED_WORDS = ['if', 'for', 'while', 'switch', 'catch', 'with'];
const OTHER_KEYWORDS = ['extends', 'catch', 'do', 'case'];

// The roles of one-character tokens, by their code.
const CHARACTER_ROLES = new Uint8Array(LAST_ASCII + 1);
for (const punctuator of RUN_ENDING_PUNCTUATORS) CHARACTER_ROLES[punctuator.charCodeAt(0)] = ENDS_RUN;
CHARACTER_ROLES[SEMICOLON] = ENDS_RUN | ENDS_STATEMENT;

// The words with a role, each in the slot of its length and first two letters, which no two share.
const SHORTEST_WORD = 2;
const LONGEST_WORD = 9;
const LETTERS = 26;
const words: string[] = [];
const wordRoleList: number[] = [];
const wordSlots = new Uint8Array((LONGEST_WORD - SHORTEST_WORD + 1) * LETTERS * LETTERS);
const slotOf = (length: number, first: number, second: number): number => ((length - SHORTEST_WORD) * LETTERS + first - LOWER_A) * LETTERS + second - LOWER_A;

function giveRole(list: readonly string[], role: number): void {
  for (const word of list) {
    const slot = slotOf(word.length, word.charCodeAt(0), word.charCodeAt(1));
    if (wordSlots[slot] === 0) {
      words.push(word);
      wordRoleList.push(0);
      wordSlots[slot] = words.length;
    }
    wordRoleList[wordSlots[slot]! - 1]! |= role;
  }
}
giveRole(RUN_ENDING_WORDS, ENDS_RUN);
giveRole(STATEMENT_WORDS, STARTS_STATEMENT | KEYWORD);
giveRole(HEADED_WORDS, HEADED | KEYWORD);
giveRole(OTHER_KEYWORDS, KEYWORD);

/** The roles of a word of `length` lower-case letters, the first coded `first`, that the `value` starts. */
function wordRoles(value: string, length: number, first: number): number {
  if (length < SHORTEST_WORD || length > LONGEST_WORD || first < LOWER_A || first > LOWER_Z) return 0;
  const second = value.charCodeAt(1);
  if (second < LOWER_A || second > LOWER_Z) return 0;
  const slot = wordSlots[slotOf(length, first, second)]!;
  return slot !== 0 && words[slot - 1] === value ? wordRoleList[slot - 1]! : 0;
}

/** The roles (`ENDS_RUN` and its kin) of the token `value`, of `length` characters, whose first is coded `first`. */
export function tokenRoles(value: string, length: number, first: number): number {
  if (length === 1) return first <= LAST_ASCII ? CHARACTER_ROLES[first]! : 0;
  if (first === EQUALS) return length === 2 && value.charCodeAt(1) === GREATER_THAN ? ENDS_RUN | ENDS_STATEMENT : 0;
  return wordRoles(value, length, first);
}

/**
 * A logical operator's code in `sequences` (`&&` 1, `||` 2, `??` 3), whose first character is
 * coded `first`: the same one in a row at one paren depth is one decision. 0 for any other token.
 */
export function sequencedOperator(value: string, length: number, first: number): number {
  return length === 2 && value.charCodeAt(1) === first ? logicalCode(first) : 0;
}

/** Whether `value` is a logical assignment (`&&=`, `||=`, `??=`), whose first character is coded `first`. */
export function isLogicalAssignment(value: string, length: number, first: number): boolean {
  return length === 3 && value.charCodeAt(1) === first && value.charCodeAt(2) === EQUALS && logicalCode(first) !== 0;
}

/** The code in `sequences` of the logical operator made of the character coded `character` twice; 0 for any other character. */
function logicalCode(character: number): number {
  return character === AMPERSAND ? 1 : character === VERTICAL_BAR ? 2 : character === QUESTION_MARK ? 3 : 0;
}

// Tokens before a `{` that opens an object type within a type, not a body.
export const TYPE_BEFORE_BRACE = new Set(['extends', '<', ',', '|', '&', '(', '[', ':']);
// Tokens before a `{` that opens an object literal (a `:` only inside another one or after a conditional's `?`).
export const BEFORE_OBJECT = new Set(['=', '(', ',', '[', 'return', '?', '??', '||', '&&']);

/** Whether `token` is a property name (`a.if`, `{ for: 1 }`) rather than the keyword it spells. */
export function isPropertyName(previous: SourceToken | undefined, next: SourceToken | undefined): boolean {
  const before = previous?.value;
  return before === '.' || before === '?.' || next?.value === ':';
}
