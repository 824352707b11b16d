/**
 * Character tests for the per-line loops of the core. They run once per character of every
 * comment line, so they index the text in place: cutting a slice per line to test it with a
 * regular expression cost an allocation each, and allocations inside a rule are paid back
 * as garbage-collection pauses that ESLint charges to the rule.
 *
 * ASCII is decided by code; anything else asks the same Unicode classes the slices were
 * tested with, through sticky patterns that read one character where it stands.
 */
import * as charCodes from './char-codes.js';

// Private copies, which V8 folds into the per-character tests (see char-codes.ts).
const { CARRIAGE_RETURN, DIGIT_NINE, DIGIT_ZERO, LAST_ASCII, LINE_FEED, LINE_SEPARATOR, LOWER_A, LOWER_Z, PARAGRAPH_SEPARATOR, SPACE, TAB, UPPER_A, UPPER_Z } = charCodes;

// What `\s` and `String#trim` call white space: ECMAScript's WhiteSpace and LineTerminator.
const SPACE_AT = /\s/uy;
// Letters and digits of any script, read as whole code points (a surrogate pair is one).
const WORD_AT = /[\p{L}\p{N}]/uy;

/** Whether the character at `index` is white space (as `\s` means it). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code <= LAST_ASCII) return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
  SPACE_AT.lastIndex = index;
  return SPACE_AT.test(text);
}

/** Whether the character at `index` is a letter or digit of any script. */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code <= LAST_ASCII) return isAsciiLetterOrDigit(code);
  WORD_AT.lastIndex = index;
  return WORD_AT.test(text);
}

/** Whether `code` is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= DIGIT_ZERO && code <= DIGIT_NINE) || (code >= UPPER_A && code <= UPPER_Z) || (code >= LOWER_A && code <= LOWER_Z);
}

/**
 * The codes of the characters of `chars`, for testing a character by its code where it stands
 * (`set.has(text.charCodeAt(at))`) without cutting it out of the text.
 */
export function charCodeSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}

/** Whether `code` is the first half of a character outside the BMP. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Runs of letters and digits (any script) in `text`. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const isWordChar = isWordCharAt(text, index);
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
    // A letter outside the BMP is one code point in two code units: skip its second half.
    if (isWordChar && isHighSurrogate(text.charCodeAt(index))) index++;
  }
  return count;
}

/** The first index in `[from, to)` that is not white space, or -1. */
export function firstNonSpace(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (!isSpaceAt(text, index)) return index;
  }
  return -1;
}

/** Whether `[from, to)` holds a letter or digit of any script. */
export function hasWordChar(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (isWordCharAt(text, index)) return true;
  }
  return false;
}

/** Whether `code` breaks a line, by ESLint's definition of a line break. */
export const isLineBreak = (code: number): boolean => code === LINE_FEED || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;

/** Whether `text` breaks a line within `[from, to)`. */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (isLineBreak(text.charCodeAt(at))) return true;
  }
  return false;
}

/**
 * The characters that match `char` in a case-insensitive pattern: its ASCII cases, and the two
 * non-ASCII letters that fold onto ASCII ones under the `u` flag (`ſ` is an `s`, the Kelvin
 * sign a `k`). Listing them for patterns without `i` too only lets more texts through.
 */
function caseVariants(char: string): string[] {
  const lower = char.toLowerCase();
  const variants = new Set([char, lower, char.toUpperCase()]);
  if (lower === 's') variants.add('ſ');
  if (lower === 'k') variants.add('\u212a');
  return [...variants];
}

/**
 * An anchored pattern behind a test of the text's first two characters. The core asks a dozen
 * such patterns of every comment, and a call into the regular expression engine costs more than
 * the lookup, above all in the first call for a file, when the pattern's compiled code is no
 * longer in the processor's caches; most comments start with no two characters that any of a
 * pattern's alternatives can. `prefixes` lists how every match can begin: two characters, or
 * one for an alternative whose second character varies too much to list (any second character
 * then passes). Cases are added here (see `caseVariants`); test/lib/prefilters.test.ts checks
 * each guard against its pattern.
 */
export class AnchoredPattern {
  // Character codes: a number is looked up faster than a string, and the code of a missing
  // character (NaN) is in no set.
  private readonly firsts = new Set<number>();
  private readonly pairs = new Set<number>();

  constructor(
    readonly prefixes: readonly string[],
    readonly pattern: RegExp,
  ) {
    for (const prefix of prefixes) {
      for (const first of caseVariants(prefix[0]!)) {
        if (prefix.length === 1) this.firsts.add(first.charCodeAt(0));
        else for (const second of caseVariants(prefix[1]!)) this.pairs.add(first.charCodeAt(0) * 0x10000 + second.charCodeAt(0));
      }
    }
  }

  test(text: string): boolean {
    return this.mayMatchAt(text, 0) && this.pattern.test(text);
  }

  /** Whether a match may begin at `at` of `text`: the guard alone, which a `false` settles. */
  mayMatchAt(text: string, at: number): boolean {
    const first = text.charCodeAt(at);
    return this.firsts.has(first) || this.pairs.has(first * 0x10000 + text.charCodeAt(at + 1));
  }
}
