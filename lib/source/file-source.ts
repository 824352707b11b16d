/**
 * The plain input of the accounting core. ESLint's `SourceCode` is one producer of it
 * (its tokens and comments already have this shape, so the adapter copies nothing);
 * a scanner for repository-wide reports can be another. Nothing in the core may depend
 * on more than these fields, or the two producers could disagree.
 */
import { lowerBound } from '../util/lower-bound.js';

/** A half-open `[start, end)` character range into {@link FileSource.text}. */
export interface Ranged {
  readonly range: readonly [number, number];
}

/** A code token: anything that is not a comment or white space. */
export interface SourceToken extends Ranged {
  readonly type: string;
  readonly value: string;
}

/**
 * A comment. `Shebang` (ESLint's name) and `Hashbang` (ESTree's) are the `#!` line,
 * which the core treats as a directive to the operating system.
 */
export interface SourceComment extends Ranged {
  readonly type: 'Line' | 'Block' | 'Shebang' | 'Hashbang';
  readonly value: string;
}

export interface FileSource {
  /** The file's text without a byte-order mark, as ESLint sees it. */
  readonly text: string;
  /** Offset at which each line starts, ascending; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[];
  /** Code tokens in source order. */
  readonly tokens: readonly SourceToken[];
  /** Comments in source order. */
  readonly comments: readonly SourceComment[];
}

/** How many of the `tokens` (in source order) start before `offset`: the index of the first one at or after it. */
export function tokensBefore(tokens: readonly SourceToken[], offset: number): number {
  return lowerBound(tokens.length, (at) => tokens[at]!.range[0] >= offset);
}

/**
 * Whether `text` holds a Unicode escape, through which a name or a keyword can be spelled without
 * its letters (`\u0069f`): a search of the text for the word then misses it.
 */
export function mayEscapeNames(text: string): boolean {
  return text.includes('\\u');
}

// ESLint's own definition of a line break, so line numbers agree with its `loc`s.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Most files break lines with `\n` alone, which indexOf finds far faster than a regex.
  if (!/[\r\u2028\u2029]/u.test(text)) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (const match of text.matchAll(LINE_BREAK)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}
