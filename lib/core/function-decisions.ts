/**
 * Which function each decision belongs to: its innermost function, so that a callback's
 * decisions are the callback's and not its caller's. Functions are handed over as they end
 * (inner ones first, as ESLint leaves them), with their ranges; the decisions of a function are
 * those in its range less those of the functions nested in it. Linear over a file: each function
 * is handed over once and each is folded into its parent once.
 */
import { decisionAt, unnamedWithin, valueAt, type Logic } from './logic.js';
import { zeroedInt32s } from '../util/tables.js';

/** Where a function is: `[start, end)` offsets. */
export interface FunctionRange {
  readonly start: number;
  readonly end: number;
}

/** How much logic a stretch of decisions holds: each figure is a sum over them. */
interface Amounts {
  /** What they weigh (`Logic.weights`). */
  readonly weight: number;
  /** How many weigh anything: guard clauses do not. */
  readonly count: number;
  /** How many are nested (weigh more than one). */
  readonly nested: number;
  /** How many tokens of the stretch carry meaning no name gives (`Logic.unnamedStarts`). */
  readonly unnamed: number;
  /** How many of them are values a decision or a computation uses (`Logic.valueStarts`). */
  readonly values: number;
}

/** A function that has ended, as its parent needs it. */
interface Ended extends FunctionRange {
  /** Decisions in its whole range, nested functions' included. */
  readonly total: Amounts;
}

export interface OwnDecisions extends Amounts {
  /** How deep its own loops nest (see `Logic.loopDepths`); worked out on first read. */
  readonly loopDepth: number;
  /** The functions nested in it, outermost only: their values are theirs. */
  readonly children: readonly FunctionRange[];
}

const NONE_NESTED: readonly Ended[] = [];

/** Running totals over a file's decisions, by decision index: entry `i` sums decisions 0 to `i - 1`. */
interface DecisionTotals {
  readonly weight: Int32Array;
  readonly count: Int32Array;
  readonly nested: Int32Array;
}

/** The running totals of `logic`'s decisions, in one walk. */
function decisionTotals(logic: Logic): DecisionTotals {
  const weight = zeroedInt32s(logic.count + 1);
  const count = zeroedInt32s(logic.count + 1);
  const nested = zeroedInt32s(logic.count + 1);
  for (let index = 0; index < logic.count; index++) {
    const own = logic.weights[index]!;
    weight[index + 1] = weight[index]! + own;
    count[index + 1] = count[index]! + (own > 0 ? 1 : 0);
    nested[index + 1] = nested[index]! + (own > 1 ? 1 : 0);
  }
  return { weight, count, nested };
}

export class DecisionOwners {
  // Ended functions whose parent has not ended yet, in source order.
  private readonly pending: Ended[] = [];
  private readonly totals: DecisionTotals;

  constructor(private readonly logic: Logic) {
    this.totals = decisionTotals(logic);
  }

  /**
   * The decisions of a function that spans `[start, end)`, once every function nested in it has
   * been handed over.
   */
  functionEnded(start: number, end: number): OwnDecisions {
    const children = this.takeNested(start);
    const first = decisionAt(this.logic, start);
    const last = decisionAt(this.logic, end);
    const total = this.amounts(first, last, unnamedWithin(this.logic, start, end), valueAt(this.logic, end) - valueAt(this.logic, start));
    this.pending.push({ start, end, total });
    return this.own(first, last, total, children);
  }

  /**
   * The decisions of the code outside every function, once the whole file has been handed over,
   * and the outermost functions' ranges.
   */
  fileEnded(): { own: OwnDecisions; functions: readonly FunctionRange[] } {
    const functions = this.takeNested(Number.NEGATIVE_INFINITY);
    const total = this.amounts(0, this.logic.count, this.logic.unnamedCount, this.logic.valueCount);
    return { own: this.own(0, this.logic.count, total, functions), functions };
  }

  /** The amounts of decisions `[first, last)`, with `unnamed` and `values` beside them. */
  private amounts(first: number, last: number, unnamed: number, values: number): Amounts {
    const { weight, count, nested } = this.totals;
    return { weight: weight[last]! - weight[first]!, count: count[last]! - count[first]!, nested: nested[last]! - nested[first]!, unnamed, values };
  }

  private takeNested(start: number): readonly Ended[] {
    let from = this.pending.length;
    while (from > 0 && this.pending[from - 1]!.start >= start) from--;
    // Most functions hold none: no list is cut for them.
    return from === this.pending.length ? NONE_NESTED : this.pending.splice(from);
  }

  private own(first: number, last: number, total: Amounts, children: readonly Ended[]): OwnDecisions {
    let { weight, count, nested, unnamed, values } = total;
    for (const child of children) {
      weight -= child.total.weight;
      count -= child.total.count;
      nested -= child.total.nested;
      unnamed -= child.total.unnamed;
      values -= child.total.values;
    }
    const { logic } = this;
    let depth: number | undefined;
    return {
      weight,
      count,
      nested,
      unnamed,
      values,
      children,
      get loopDepth(): number {
        depth ??= deepestLoop(logic, first, last, children);
        return depth;
      },
    };
  }
}

/** The deepest loop among decisions `[from, to)`, skipping those inside `children`. */
function deepestLoop(logic: Logic, from: number, to: number, children: readonly Ended[]): number {
  let deepest = 0;
  let child = 0;
  for (let index = from; index < to; index++) {
    const offset = logic.starts[index]!;
    while (child < children.length && children[child]!.end <= offset) child++;
    if (child < children.length && children[child]!.start <= offset) continue;
    deepest = Math.max(deepest, logic.loopDepths[index]!);
  }
  return deepest;
}
