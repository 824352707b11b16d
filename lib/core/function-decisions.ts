/**
 * Which function each decision belongs to: its innermost function, so that a callback's
 * decisions are the callback's and not its caller's. Functions are handed over as they end
 * (inner ones first, as ESLint leaves them), with their ranges; the decisions of a function are
 * those in its range less those of the functions nested in it. Linear over a file: each function
 * is handed over once and each is folded into its parent once.
 */
import { decisionAt, type Logic } from './logic.js';

/** Where a function is: `[start, end)` offsets. */
export interface FunctionRange {
  readonly start: number;
  readonly end: number;
}

/** A function that has ended, as its parent needs it. */
interface Ended extends FunctionRange {
  /** Decisions in its whole range, nested functions' included. */
  readonly total: number;
}

export interface OwnDecisions {
  /** Decisions of the function itself. */
  readonly count: number;
  /** How deep its own loops nest (see `Logic.loopDepths`); worked out on first read. */
  readonly loopDepth: number;
}

export class DecisionOwners {
  // Ended functions whose parent has not ended yet, in source order.
  private readonly pending: Ended[] = [];

  constructor(private readonly logic: Logic) {}

  /**
   * The decisions of a function that spans `[start, end)`, once every function nested in it has
   * been handed over.
   */
  functionEnded(start: number, end: number): OwnDecisions {
    const children = this.takeNested(start);
    const first = decisionAt(this.logic, start);
    const total = decisionAt(this.logic, end) - first;
    this.pending.push({ start, end, total });
    return this.own(first, total, children);
  }

  /**
   * The decisions of the code outside every function, once the whole file has been handed over,
   * and the outermost functions' ranges.
   */
  fileEnded(): { own: OwnDecisions; functions: readonly FunctionRange[] } {
    const functions = this.takeNested(Number.NEGATIVE_INFINITY);
    return { own: this.own(0, this.logic.count, functions), functions };
  }

  private takeNested(start: number): Ended[] {
    let from = this.pending.length;
    while (from > 0 && this.pending[from - 1]!.start >= start) from--;
    return this.pending.splice(from);
  }

  private own(first: number, total: number, children: readonly Ended[]): OwnDecisions {
    let count = total;
    for (const child of children) count -= child.total;
    const { logic } = this;
    let depth: number | undefined;
    return {
      count,
      get loopDepth(): number {
        depth ??= deepestLoop(logic, first, first + total, children);
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
