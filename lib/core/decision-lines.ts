/**
 * A file's decisions by line, for the gaps: a run of logic is read line by line, so each line
 * carries what its decisions weigh (lib/core/logic.ts), how many of them count and how many are
 * nested, and whether a function body opens or closes on it.
 */
import type { FileFacts } from './file-facts.js';
import { logicOf } from './logic.js';
import { zeroedBytes, zeroedInt32s, zeroedUint16s } from '../util/tables.js';
import { LastFileCache } from '../util/last-file.js';

export interface DecisionLines {
  /** Entry `line` is the weight of the decisions that start on lines 1 to `line`: a stretch's is a subtraction. */
  readonly sums: Int32Array;
  /** The same for how many decisions count (weigh anything). */
  readonly counted: Int32Array;
  /** The same for how many decisions are nested (weigh more than one). */
  readonly nested: Int32Array;
  /** How many unnamed tokens (lib/core/unnamed.ts) each line holds. */
  readonly unnamed: Uint16Array;
  /** Non-zero on the lines where a function body opens or closes: no run of logic crosses them. */
  readonly boundaries: Uint8Array;
}

// Only the file being linted (or reported) is ever asked about again.
const linesCache = new LastFileCache<DecisionLines>();

/** The file's decisions and function boundaries by line, built once per file in one walk of each. */
export function decisionLines(facts: FileFacts): DecisionLines {
  return linesCache.for(facts, () => linesOf(facts));
}

/** `decisionLines` worked out: each decision added to its line's figures, then summed up line by line. */
function linesOf(facts: FileFacts): DecisionLines {
  const logic = logicOf(facts);
  const { lineStarts } = facts.source;
  const sums = zeroedInt32s(facts.lineCount + 1);
  const counted = zeroedInt32s(facts.lineCount + 1);
  const nested = zeroedInt32s(facts.lineCount + 1);
  let line = 1;
  for (let index = 0; index < logic.count; index++) {
    const offset = logic.starts[index]!;
    while (line < facts.lineCount && lineStarts[line]! <= offset) line++;
    const weight = logic.weights[index]!;
    sums[line]! += weight;
    if (weight > 0) counted[line]!++;
    if (weight > 1) nested[line]!++;
  }
  // Running sums, so that a stretch of lines is a subtraction.
  for (let at = 1; at < sums.length; at++) {
    sums[at]! += sums[at - 1]!;
    counted[at]! += counted[at - 1]!;
    nested[at]! += nested[at - 1]!;
  }
  // The lines where a function body opens or closes, found by the same walk down the lines.
  const boundaries = zeroedBytes(facts.lineCount + 1);
  line = 1;
  for (let index = 0; index < logic.boundaryCount; index++) {
    const offset = logic.boundaries[index]!;
    while (line < facts.lineCount && lineStarts[line]! <= offset) line++;
    boundaries[line] = 1;
  }
  const unnamed = zeroedUint16s(facts.lineCount + 1);
  line = 1;
  for (let index = 0; index < logic.unnamedCount; index++) {
    const offset = logic.unnamedStarts[index]!;
    while (line < facts.lineCount && lineStarts[line]! <= offset) line++;
    if (unnamed[line]! < 65_535) unnamed[line]!++;
  }
  return { sums, counted, nested, unnamed, boundaries };
}
