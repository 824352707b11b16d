/**
 * The values the decision pass finds (lib/core/unnamed.ts), in the order found, with what it
 * needs to take back a ladder's bounds: a branch that only picks a value is known only once its
 * test has been read, so the bounds of that test are dropped after the fact.
 */
import type { SourceToken } from '../source/file-source.js';
import { Offsets } from './offsets.js';
import { isBound } from './unnamed.js';

export class ValueList {
  /** Each value's start offset; its byte is 1 for a bound an ordering compares with (`isBound`). */
  readonly found = new Offsets();
  /** How many values were found before the expression in progress began. */
  private beforeExpression = 0;

  add(tokens: readonly SourceToken[], index: number): void {
    this.found.add(tokens[index]!.range[0], isBound(tokens, index) ? 1 : 0, 1);
  }

  /** An expression begins: a conditional after it that only picks a value drops the bounds of its test from here. */
  expressionStarts(): void {
    this.beforeExpression = this.found.count;
  }

  /** The conditional in progress only picks a value: its test's bounds are the table's data. */
  dropExpressionBounds(): void {
    this.dropBounds(this.beforeExpression);
  }

  /** Drops the bounds among the values found from `first` on. */
  dropBounds(first: number): void {
    const { found } = this;
    let kept = first;
    for (let index = first; index < found.count; index++) {
      if (found.bytes[index] !== 0) continue;
      found.offsets[kept] = found.offsets[index]!;
      found.bytes[kept++] = 0;
    }
    found.truncate(kept);
  }
}
