/**
 * Logic: the decisions a file's code makes, which is what a reader needs explained. A decision
 * is a place where the code takes one path or another: the statements `if` (an `else if` is
 * another), `for`, `while`, `do`, `switch` (once, not per `case`) and `catch`, and the operators
 * `&&`, `||`, `??` (and their assignments) and the conditional `?`, the branches McCabe's count
 * and ESLint's `complexity` rule count. As cognitive complexity counts them, a run of one logical
 * operator is one decision: `a ?? b ?? c` picks the first of three, `a && b && c` tests one
 * condition of three parts. What is not a decision counts nothing, so markup and
 * data never need a comment however long they run: JSX trees and the expressions in their
 * containers (`{loading && <Spinner/>}` chooses what to show, not what to do), object and
 * array literals, type declarations (a conditional type is the checker's decision, not the
 * program's), the text of template literals, builder chains.
 *
 * Read from the tokens alone, in one pass (lib/core/decision-finder.ts), so that ESLint's tokens
 * and the report scanner's give the same decisions. A function body inside JSX
 * (`onClick={() => { … }}`) is code again.
 */
import type { FileFacts } from './file-facts.js';
import type { FileSource } from '../source/file-source.js';
import { DecisionFinder } from './decision-finder.js';
import { LastFileCache } from '../util/last-file.js';

export interface Logic {
  /** How many decisions the file makes. */
  readonly count: number;
  /** Start offset of each decision, ascending. */
  readonly starts: readonly number[];
  /**
   * For a loop, how many loops it is inside plus one (a loop in a loop is 2), counting loops
   * of enclosing functions too; 0 for any other decision.
   */
  readonly loopDepths: readonly number[];
  /**
   * What each decision weighs, after cognitive complexity: a branch, loop, `switch`, `catch` or
   * conditional weighs two inside a block of such a statement of its function, else one (an
   * `else if` continues its chain and weighs one); a run of logical operators weighs one; a
   * branch that states its own reason (lib/core/guards.ts) weighs nothing with its condition, and
   * so does a conditional that picks a constant.
   */
  readonly weights: readonly number[];
  /** How many function bodies open or close: the entries of `boundaries`. */
  readonly boundaryCount: number;
  /**
   * Offsets of the `{` and `}` of function bodies, ascending: logic on either side of one is
   * another function's (a gap does not run across them).
   */
  readonly boundaries: readonly number[];
  /** How many tokens of code carry meaning no name gives (lib/core/unnamed.ts): numbers, arithmetic, patterns, cryptic tags. */
  readonly unnamedCount: number;
  /** Start offset of each such token, ascending. */
  readonly unnamedStarts: readonly number[];
  /** How many unnamed literals take part in a decision or a computation (lib/core/unnamed.ts): the values whose origin a reader needs. */
  readonly valueCount: number;
  /** Start offset of each such value, ascending. */
  readonly valueStarts: readonly number[];
}

/** The decisions of a file, found in one pass over its tokens. */
export function findDecisions(source: FileSource): Logic {
  const finder = new DecisionFinder(source.tokens, source.text);
  finder.find();
  const { decisions, boundaries, unnamed, values } = finder;
  return {
    count: decisions.count,
    starts: decisions.offsets,
    loopDepths: decisions.bytes,
    weights: decisions.weights,
    boundaryCount: boundaries.count,
    boundaries: boundaries.offsets,
    unnamedCount: unnamed.count,
    unnamedStarts: unnamed.offsets,
    valueCount: values.found.count,
    valueStarts: values.found.offsets,
  };
}

// Only the file being linted (or reported) is ever asked about again.
const logicCache = new LastFileCache<Logic>();

/** The file's decisions, found once per file however many rules and the report ask. */
export function logicOf(facts: FileFacts): Logic {
  return logicCache.for(facts, () => findDecisions(facts.source));
}

/** What all the file's decisions weigh: a file that weighs less than a threshold has nothing to judge. */
export function totalWeight(logic: Logic): number {
  let weight = 0;
  for (let index = 0; index < logic.count; index++) weight += logic.weights[index]!;
  return weight;
}

/** The index of the first decision at or after `offset`. */
export function decisionAt(logic: Logic, offset: number): number {
  return firstAtOrAfter(logic.starts, logic.count, offset);
}

/** The index of the first of the `count` ascending `starts` at or after `offset`. */
function firstAtOrAfter(starts: readonly number[], count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** How many unnamed tokens start within `[start, end)`. */
export function unnamedWithin(logic: Logic, start: number, end: number): number {
  return firstAtOrAfter(logic.unnamedStarts, logic.unnamedCount, end) - firstAtOrAfter(logic.unnamedStarts, logic.unnamedCount, start);
}

/** The index of the first value at or after `offset`, and so with `valueAt(end) - valueAt(start)` how many start within `[start, end)`. */
export function valueAt(logic: Logic, offset: number): number {
  return firstAtOrAfter(logic.valueStarts, logic.valueCount, offset);
}

/** Decisions that start within `[start, end)`. */
export function decisionsWithin(logic: Logic, start: number, end: number): number {
  return decisionAt(logic, end) - decisionAt(logic, start);
}
