/**
 * The TypeScript type argument and parameter lists the scanner has open (`Map<K, V>`,
 * `<T>(x) => x`), as the bracket-stack depths their `<` stood at: a `>` closes one only at its
 * own depth, and closing a bracket or ending a statement drops those opened inside.
 */
import type { SourceToken } from '../source/file-source.js';

export class TypeArgumentLists {
  private readonly depths: number[] = [];

  /** A `<` at bracket depth `depth` opened a list. */
  open(depth: number): void {
    this.depths.push(depth);
  }

  /** Forgets the lists opened at `depth` or deeper. */
  drop(depth: number): void {
    const open = this.depths;
    while (open.length > 0 && open[open.length - 1]! >= depth) open.pop();
  }

  /** Whether a `>` at bracket depth `depth` closes a list (then a token of its own, even in `>>` or `>=`, as TypeScript scans it). */
  closes(depth: number): boolean {
    this.drop(depth + 1);
    if (this.depths.length === 0 || this.depths[this.depths.length - 1] !== depth) return false;
    this.depths.pop();
    return true;
  }
}

/**
 * A `<` opens type arguments or parameters where an expression would start (`<T>(x) => x`) or
 * right after a name with no space (`Map<K, V>`, `f<T>()`); a spaced `a < b` compares.
 */
export function opensTypeArguments(expressionExpected: boolean, previous: SourceToken | undefined, start: number): boolean {
  if (expressionExpected) return true;
  return previous !== undefined && previous.range[1] === start && previous.type === 'Identifier';
}
