/**
 * An upper bound of a file's decisions, read from its text before the token pass
 * (lib/core/decision-finder.ts) runs: each decision the pass records is one of these marks in
 * the code, and none weighs more than two (lib/core/logic.ts), so a file whose code holds too
 * few marks cannot weigh enough for a rule to judge anything, and the pass over its tokens is
 * spared. Most files are such files. Comments are passed over, since their prose says "if" and
 * "for"; strings and markup text are not, which only loosens the bound.
 */
import type { FileSource } from '../source/file-source.js';
import { LastFileCache } from '../util/last-file.js';

// The tokens that may record a decision: `?` (conditionals, `??` and `??=`), `&&` and `||`
// (and their assignments), and the keywords of branches, loops and handlers.
const DECISION_MARK = /\?|&&|\|\||\b(?:if|for|while|do|switch|catch)\b/g;
// What one decision weighs at most: a nested one.
const MOST_WEIGHT = 2;

/** How far the text of one file has been read for marks: each rule that asks goes on from there. */
interface MarkScan {
  /** The text holds a Unicode escape. */
  readonly escaped: boolean;
  /** Marks found in code so far. */
  found: number;
  /** Where the next search starts. */
  next: number;
  /** The first comment that may hold or follow the next mark. */
  comment: number;
  /** The whole text has been read. */
  done: boolean;
}

// Both density rules ask about the file being linted, with different weights.
const scans = new LastFileCache<MarkScan>();

/**
 * Whether the file's decisions may weigh `weight` or more; false only when its code holds too
 * few decision marks for that. A keyword written with a Unicode escape is not spelled out in the
 * text, so a file with an escape is never ruled out.
 */
export function mayWeigh(source: FileSource, weight: number): boolean {
  const needed = Math.ceil(weight / MOST_WEIGHT);
  if (needed <= 0) return true;
  const scan = scans.for(source, () => ({ escaped: source.text.includes('\\u'), found: 0, next: 0, comment: 0, done: false }));
  if (scan.escaped || scan.found >= needed) return true;
  if (!scan.done) readMarks(source, scan, needed);
  return scan.found >= needed;
}

/** Reads on in `scan` until `needed` marks are found or the text ends. */
function readMarks({ text, comments }: FileSource, scan: MarkScan, needed: number): void {
  DECISION_MARK.lastIndex = scan.next;
  let { found, comment } = scan;
  while (found < needed) {
    const match = DECISION_MARK.exec(text);
    if (match === null) {
      scan.done = true;
      break;
    }
    while (comment < comments.length && comments[comment]!.range[1] <= match.index) comment++;
    const around = comments[comment];
    if (around !== undefined && around.range[0] <= match.index) DECISION_MARK.lastIndex = around.range[1];
    else found++;
  }
  scan.found = found;
  scan.comment = comment;
  scan.next = DECISION_MARK.lastIndex;
}
