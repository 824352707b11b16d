/**
 * The token pass that finds a file's decisions (see lib/core/logic.ts for what counts as one):
 * one walk over the tokens, keeping a stack of the brackets and JSX parts that are open.
 */
import type { SourceToken } from '../source/file-source.js';
import { fallsBackToConstant, isGuardBody, picksConstant, picksValue } from './guards.js';
import { grownBytes, OffsetList, Offsets } from './offsets.js';
import { IF_HEADER, LOOP_HEADER, StatementHeaders } from './statement-headers.js';
import { ValueList } from './value-list.js';
import { AFTER_OPTIONAL_MARK, BEFORE_OBJECT, ENDS_RUN, ENDS_STATEMENT, HEADED, isLogicalAssignment, isPropertyName, KEYWORD, sequencedOperator, STARTS_STATEMENT, tokenRoles, TYPE_BEFORE_BRACE } from './decision-tokens.js';
import * as charCodes from '../util/char-codes.js';
import { isCodedString, isCrypticTag, isUnnamedNumber, isUnnamedOperator, isUnnamedPattern, isWeighedNumber, isWeighedPattern, mayBeUnnamedOperator } from './unnamed.js';

// Private copies, which V8 folds into the per-token tests (see char-codes.ts).
const { AMPERSAND, COLON, DIGIT_NINE, DIGIT_ZERO, DOT, LEFT_BRACE, LEFT_PAREN, LESS_THAN, QUESTION_MARK, RIGHT_BRACE, RIGHT_PAREN, SLASH, VERTICAL_BAR } = charCodes;

// What the innermost open bracket or JSX part is. Braces of code and of markup are told apart,
// so that what a `{` opens inside markup (a function body or not) is known when its `}` comes.
const CODE_BRACE = 0;
const MARKUP_BRACE = 1;
const LOOP_BRACE = 2;
const FUNCTION_BRACE = 3;
// An object literal's braces: code, whose values are the object's data rather than values a decision uses.
const OBJECT_BRACE = 4;
const OPENING_TAG = 5;
const CLOSING_TAG = 6;
const CHILDREN = 7;

// Frames grow in place: one pass per file, no allocation per token. `sequences`
// holds, per paren depth (wrapping past 255, where nothing real nests), the logical operator
// of the run in progress there.
let frames = new Uint8Array(256);
// Per frame, how many blocks of branches and loops it is inside within its function.
let nestings = new Uint8Array(256);
const sequences = new Uint8Array(256);
// Per paren depth, conditionals whose `:` is still to come: a `)` before one is no return type's.
const ternaries = new Uint8Array(256);

/** Finds the decisions and function-body boundaries of one file's tokens, in `find`. */
export class DecisionFinder {
  readonly decisions = new Offsets();
  readonly boundaries = new OffsetList();
  /** Tokens whose meaning is in no name (lib/core/unnamed.ts), outside markup. */
  readonly unnamed = new OffsetList();
  /** The unnamed literals that take part in a decision or a computation (`isWeighedNumber` and its kin). */
  readonly values = new ValueList();
  private top = 0;
  private loops = 0;
  private parens = 0;
  private readonly headers = new StatementHeaders();
  private afterHeader = false;
  private loopBodyNext = false;
  // A `)` not closing a statement header, then `:`: a return type, whose end the body's `{` is.
  private returnTypeAt = -1;
  // An `extends` was seen in this statement: its `?` is a conditional type's.
  private typeCondition = false;
  // Open `do` loops, by the frame depth of their statement, so their closing `while` is not another loop.
  private readonly doDepths: number[] = [];
  // The index of the last `:` that closed a conditional: a number after it is no object key's value.
  private ternaryColonAt = -1;

  constructor(
    private readonly tokens: readonly SourceToken[],
    private readonly text: string,
  ) {
    frames[0] = CODE_BRACE;
    nestings[0] = 0;
    sequences[0] = 0;
    ternaries[0] = 0;
  }

  find(): void {
    const { tokens } = this;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      // A token's type is one of a few constant strings, told apart without reading its value.
      const { type } = token;
      if (type === 'String') {
        if (this.inCode() && isCodedString(tokens, index)) this.addValue(index);
        continue;
      }
      if (type === 'Template' || type === 'JSXText') continue;
      const { value } = token;
      const { length } = value;
      // No decision token and no bracket is longer than `interface`; a long pattern may still be unnamed.
      if (length > 9) {
        if (type === 'RegularExpression') this.unnamedPattern(index);
        continue;
      }
      const kind = frames[this.top]!;
      if (kind >= OPENING_TAG) {
        this.inJsx(kind, index, value);
        continue;
      }
      const afterHeader = this.afterHeader;
      const loopBody = this.loopBodyNext;
      this.afterHeader = false;
      this.loopBodyNext = false;
      const first = value.charCodeAt(0);
      // Brackets and tags change the frame later tokens are read in; any other token may decide.
      if (length === 1 && this.bracket(first, kind, index, afterHeader, loopBody)) continue;
      const roles = tokenRoles(value, length, first);
      if (kind !== MARKUP_BRACE) this.maybeDecision(index, value, length, first, roles);
      // What a token ends: a conditional type's statement, a run of one operator, a conditional's `:`.
      if ((roles & ENDS_STATEMENT) !== 0) this.typeCondition = false;
      if ((roles & ENDS_RUN) !== 0) {
        sequences[this.parens & 255] = 0;
        this.values.expressionStarts();
      }
      if (length === 1 && first === COLON && ternaries[this.parens & 255]! > 0) {
        ternaries[this.parens & 255]!--;
        this.ternaryColonAt = index;
      }
    }
  }

  /** Acts on the one-character token coded `first` if it is a bracket or a `<`: whether it was one. */
  private bracket(first: number, kind: number, index: number, afterHeader: boolean, loopBody: boolean): boolean {
    if (first === LEFT_BRACE) this.openBrace(kind, index, afterHeader, loopBody);
    else if (first === RIGHT_BRACE) this.closeBrace(this.tokens[index]!);
    else if (first === LEFT_PAREN) this.openParen();
    else if (first === RIGHT_PAREN) this.closeParen(index);
    else if (first === LESS_THAN) this.maybeOpenTag(index);
    else return false;
    return true;
  }

  private push(kind: number, nesting = nestings[this.top]!): void {
    if (++this.top === frames.length) {
      frames = grownBytes(frames);
      nestings = grownBytes(nestings);
    }
    frames[this.top] = kind;
    nestings[this.top] = Math.min(nesting, 255);
  }

  private openBrace(kind: number, index: number, afterHeader: boolean, loopBody: boolean): void {
    // An object type inside a conditional type (`T extends { a?: infer U } ? U : never`) follows
    // `extends` or another type's punctuation; a class or interface body follows a name.
    const previous = this.tokens[index - 1]?.value;
    if (previous === undefined || !TYPE_BEFORE_BRACE.has(previous)) this.typeCondition = false;
    sequences[this.parens & 255] = 0;
    const nesting = nestings[this.top]!;
    if (loopBody) {
      this.loops++;
      this.push(LOOP_BRACE, nesting + 1);
      return;
    }
    // A function's body follows `=>`, its parameters or its return type; inside markup it is code again.
    const returnType = this.returnTypeAt === this.parens;
    this.returnTypeAt = -1;
    if (previous === '=>' || (previous === ')' && !afterHeader) || returnType) {
      this.boundaries.add(this.tokens[index]!.range[0]);
      // A function's decisions nest from its own body: it is judged on its own.
      this.push(FUNCTION_BRACE, 0);
    } else if (kind === MARKUP_BRACE) this.push(MARKUP_BRACE);
    else if (!afterHeader && this.opensObject(kind, index, previous)) this.push(OBJECT_BRACE);
    // The block of a branch (`if (…) {`, `else {`, `switch (…) {`, `catch {`) nests what it holds.
    else this.push(CODE_BRACE, afterHeader || previous === 'else' || previous === 'catch' ? nesting + 1 : nesting);
  }

  /** Whether the `{` at `index`, after `previous`, opens an object literal (or a destructuring pattern, which holds no values either). */
  private opensObject(kind: number, index: number, previous: string | undefined): boolean {
    if (previous === ':') return kind === OBJECT_BRACE || this.ternaryColonAt === index - 1;
    return previous !== undefined && BEFORE_OBJECT.has(previous);
  }

  private closeBrace(token: SourceToken): void {
    sequences[this.parens & 255] = 0;
    if (this.top === 0) return;
    const kind = frames[this.top];
    if (kind === LOOP_BRACE) this.loops--;
    else if (kind === FUNCTION_BRACE) this.boundaries.add(token.range[0]);
    this.top--;
  }

  private openParen(): void {
    this.values.expressionStarts();
    const depth = ++this.parens & 255;
    sequences[depth] = 0;
    ternaries[depth] = 0;
  }

  private closeParen(index: number): void {
    if (this.parens > 0) this.parens--;
    const header = this.headers.closeAt(this.parens);
    if (header !== -1) {
      this.afterHeader = true;
      this.loopBodyNext = (header & LOOP_HEADER) !== 0;
      // A branch that states its reason weighs nothing with its condition; one that only picks a
      // value is a table's row, whose condition's values are the table's data (lib/core/guards.ts).
      if ((header & IF_HEADER) !== 0 && isGuardBody(this.tokens, this.text, index + 1)) {
        this.decisions.weights.fill(0, this.headers.closedDecisions, this.decisions.count);
        if (picksValue(this.tokens, index + 1, false)) this.values.dropBounds(this.headers.closedValues);
      }
    } else if (this.tokens[index + 1]?.value === ':' && ternaries[this.parens & 255] === 0) this.returnTypeAt = this.parens;
  }

  /** A `<` opens a JSX element when a JSX name or a fragment's `>` follows it; otherwise it compares. */
  private maybeOpenTag(index: number): void {
    const next = this.tokens[index + 1];
    if (next?.type === 'JSXIdentifier' || next?.value === '>') this.push(OPENING_TAG);
  }

  /** A token of JSX markup: tags open and close elements, and `{` opens an expression container. */
  private inJsx(kind: number, index: number, value: string): void {
    if (value === '{') this.push(MARKUP_BRACE);
    else if (kind === CHILDREN) {
      if (value !== '<') return;
      if (this.tokens[index + 1]?.value === '/') {
        // `</name>` ends the children and is itself a tag up to its `>`.
        frames[this.top] = CLOSING_TAG;
      } else this.push(OPENING_TAG);
    } else if (value === '>') {
      // `/>` closes an element without children; `>` after an opening tag starts them.
      const selfClosing = this.tokens[index - 1]?.value === '/';
      if (kind === OPENING_TAG && !selfClosing) frames[this.top] = CHILDREN;
      else this.top--;
    }
  }

  /** Whether the token `value` at `index`, of `length` characters, the first coded `code`, with `roles`, decides or is unnamed. */
  private maybeDecision(index: number, value: string, length: number, code: number, roles: number): void {
    // Every decision token starts with one of `&|?` or a keyword's first letter.
    if (code === AMPERSAND || code === VERTICAL_BAR) this.logical(index, value, length, code);
    else if (code === QUESTION_MARK) {
      // `?` alone is a conditional's; `?.` reads a property.
      if (length === 1) this.conditional(index);
      else if (length > 2 || value.charCodeAt(1) !== DOT) this.logical(index, value, length, code);
    } else if ((roles & KEYWORD) !== 0) this.keyword(index, value, roles);
    // Only a number starts with a digit; a short pattern starts with `/` as division does.
    else if (code >= DIGIT_ZERO && code <= DIGIT_NINE) {
      if (isUnnamedNumber(this.tokens, index, this.ternaryColonAt === index - 1)) {
        this.addUnnamed(index);
        if (isWeighedNumber(this.tokens, index)) this.addValue(index);
      }
    } else if (code === SLASH && this.tokens[index]!.type === 'RegularExpression') this.unnamedPattern(index);
    else if (mayBeUnnamedOperator(code) && isUnnamedOperator(this.tokens, index, value)) this.addUnnamed(index);
  }

  /** Whether the innermost frame is code, not markup. */
  private inCode(): boolean {
    const kind = frames[this.top]!;
    return kind !== MARKUP_BRACE && kind < OPENING_TAG;
  }

  /** A regular expression literal in code, not in markup. */
  private unnamedPattern(index: number): void {
    if (!this.inCode() || !isUnnamedPattern(this.tokens[index]!)) return;
    this.addUnnamed(index);
    if (isWeighedPattern(this.tokens, index)) this.addValue(index);
  }

  private addUnnamed(index: number): void {
    this.unnamed.add(this.tokens[index]!.range[0]);
  }

  /** A value, unless inside an object literal, whose values are its data. */
  private addValue(index: number): void {
    if (frames[this.top] !== OBJECT_BRACE) this.values.add(this.tokens, index);
  }

  /**
   * A logical operator is a decision unless it continues a run of itself or falls back to a
   * constant (`name ?? ''`, `port || 3000`): the constant says what the default is. An
   * assignment always is one.
   */
  private logical(index: number, value: string, length: number, first: number): void {
    const operator = sequencedOperator(value, length, first);
    if (operator === 0) {
      if (isLogicalAssignment(value, length, first)) this.record(index, 0, 1);
      // `&`, `|` and their assignments: bitwise arithmetic next to a number.
      else if (isUnnamedOperator(this.tokens, index, value)) this.addUnnamed(index);
      return;
    }
    if (operator !== 1 && fallsBackToConstant(this.tokens, index)) return;
    const depth = this.parens & 255;
    if (sequences[depth] === operator) return;
    sequences[depth] = operator;
    this.record(index, 0, 1);
  }

  /** `?` is a conditional unless it marks something optional or belongs to a conditional type. */
  private conditional(index: number): void {
    const { tokens } = this;
    const next = tokens[index + 1];
    if (next === undefined || AFTER_OPTIONAL_MARK.has(next.value)) return;
    // An optional method (`close?(): void`) is written without spaces; a conditional, with them.
    const mark = tokens[index]!;
    if (next.value === '(' && next.range[0] === mark.range[1] && tokens[index - 1]?.range[1] === mark.range[0]) return;
    ternaries[this.parens & 255]!++;
    if (picksValue(tokens, index + 1, true)) this.values.dropExpressionBounds();
    if (this.typeCondition) {
      this.typeCondition = false;
      return;
    }
    // A conditional that picks a constant or a translated key weighs nothing, as a guard does.
    this.record(index, 0, picksConstant(tokens, index) ? 0 : this.nestedWeight());
  }

  /** A word with `roles` that include `KEYWORD`. */
  private keyword(index: number, value: string, roles: number): void {
    const { tokens } = this;
    if (value === 'extends') {
      this.typeCondition = true;
      return;
    }
    if ((roles & STARTS_STATEMENT) !== 0) this.typeCondition = false;
    const next = tokens[index + 1];
    const nextValue = next?.value;
    if (isPropertyName(tokens[index - 1], next)) return;
    if ((roles & HEADED) !== 0 && (nextValue === '(' || nextValue === 'await')) {
      const isLoop = value === 'for' || value === 'while';
      // A `do`'s closing `while (…)` is neither a decision nor followed by a body.
      if (value === 'while' && this.closesDo()) return;
      this.headers.open(this.parens, isLoop ? LOOP_HEADER : value === 'if' ? IF_HEADER : 0, this.decisions.count, this.values.found.count);
      // An `else if` continues its chain: it weighs one, however deep the chain is.
      const weight = value === 'if' && tokens[index - 1]?.value === 'else' ? 1 : this.nestedWeight();
      if (value !== 'with') this.record(index, isLoop ? this.loops + 1 : 0, weight);
    } else if (value === 'catch' && nextValue === '{') {
      this.record(index, 0, this.nestedWeight());
    } else if (value === 'case' && isCrypticTag(next)) {
      this.addUnnamed(index + 1);
    } else if (value === 'do') {
      this.doDepths.push(this.top);
      this.loopBodyNext = true;
      this.record(index, this.loops + 1, this.nestedWeight());
    }
  }

  /** Whether a `while` closes the innermost open `do`: it stands where the `do` did, right after its body. */
  private closesDo(): boolean {
    const last = this.doDepths.length - 1;
    if (last < 0 || this.doDepths[last] !== this.top) return false;
    this.doDepths.pop();
    return true;
  }

  /** One, or two inside a block of a branch or loop of its function. */
  private nestedWeight(): number {
    return nestings[this.top]! > 0 ? 2 : 1;
  }

  private record(index: number, loopDepth: number, weight: number): void {
    this.decisions.add(this.tokens[index]!.range[0], Math.min(loopDepth, 255), weight);
  }
}
