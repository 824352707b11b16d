/**
 * Character tests for the per-line loops of the core. They run once per character of every
 * comment line, so they index the text in place: cutting a slice per line to test it with a
 * regular expression cost an allocation each, and allocations inside a rule are paid back
 * as garbage-collection pauses that ESLint charges to the rule.
 *
 * ASCII is decided by code; anything else asks the same Unicode classes the slices were
 * tested with, through sticky patterns that read one character where it stands.
 */

// What `\s` and `String#trim` call white space: ECMAScript's WhiteSpace and LineTerminator.
const SPACE_AT = /\s/uy;
// Letters and digits of any script, read as whole code points (a surrogate pair is one).
const WORD_AT = /[\p{L}\p{N}]/uy;

/** Whether the character at `index` is white space (as `\s` means it). */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  SPACE_AT.lastIndex = index;
  return SPACE_AT.test(text);
}

/** Whether the character at `index` is a letter or digit of any script. */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  WORD_AT.lastIndex = index;
  return WORD_AT.test(text);
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

/**
 * An anchored pattern behind a test of the text's first character. The core asks a dozen such
 * patterns of every comment, and a call into the regular expression engine costs more than the
 * lookup; most comments start with a character that none of a pattern's alternatives can.
 * `firstChars` must list every character a match can begin with, in every case the pattern's
 * flags accept (`ſ` matches `s` and `K` matches `k` under `iu`); test/lib/prefilters.test.ts
 * checks each guard against its pattern.
 */
export class AnchoredPattern {
  // Character codes: a number is looked up faster than a one-character string, and an empty
  // text's code (NaN) is in no set.
  private readonly first: ReadonlySet<number>;

  constructor(
    readonly firstChars: string,
    readonly pattern: RegExp,
  ) {
    this.first = new Set(Array.from(firstChars, (char) => char.charCodeAt(0)));
  }

  test(text: string): boolean {
    return this.first.has(text.charCodeAt(0)) && this.pattern.test(text);
  }
}
