/**
 * The statement headers the decision pass (lib/core/decision-finder.ts) has open (`if (…)`,
 * `for (…)`): the `{` right after one's `)` opens a block (a loop's body), not a function; an
 * `if`'s branch may turn out to state its own reason, and its decisions and values are taken
 * back from where its header opened.
 */
import { grownInt32s } from './offsets.js';

/** A loop's header: its body is a loop's. */
export const LOOP_HEADER = 1;
/** An `if`'s header: its branch may be a guard's. */
export const IF_HEADER = 2;

// The headers grow in place: one pass per file, no allocation per token. Per open header, the
// paren depth it closes at times four plus its kind; how many decisions were found before its
// statement's, so that a guard's can be weighed again; how many values before its condition,
// so that a ladder's can be dropped.
let depths = new Int32Array(64);
let decisionsBefore = new Int32Array(64);
let valuesBefore = new Int32Array(64);

/** The open headers, innermost last, and what was found before the one that closed last. */
export class StatementHeaders {
  private count = 0;
  /** How many decisions were found before the statement of the header that closed last. */
  closedDecisions = 0;
  /** How many values were found before the condition of the header that closed last. */
  closedValues = 0;

  /** Opens a header of `kind` (`LOOP_HEADER`, `IF_HEADER` or 0) whose `(` leaves the paren depth `parens`. */
  open(parens: number, kind: number, decisions: number, values: number): void {
    if (this.count === depths.length) {
      depths = grownInt32s(depths);
      decisionsBefore = grownInt32s(decisionsBefore);
      valuesBefore = grownInt32s(valuesBefore);
    }
    decisionsBefore[this.count] = decisions;
    valuesBefore[this.count] = values;
    depths[this.count++] = parens * 4 + kind;
  }

  /** Closes the innermost header if a `)` back at paren depth `parens` ends it: its kind, or -1 if none ends. */
  closeAt(parens: number): number {
    const last = this.count - 1;
    if (last < 0 || depths[last]! >> 2 !== parens) return -1;
    this.count--;
    this.closedDecisions = decisionsBefore[last]!;
    this.closedValues = valuesBefore[last]!;
    return depths[last]! & 3;
  }
}
