/**
 * An upper bound of a file's decisions, read from its text before the token pass
 * (lib/core/decision-finder.ts) runs: each decision the pass records is one of these marks in
 * the code, and none weighs more than two (lib/core/logic.ts), so a file whose code holds too
 * few marks cannot weigh enough for a rule to judge anything, and the pass over its tokens is
 * spared. Most files are such files. Comments are passed over, since their prose says "if" and
 * "for"; strings and markup text are not, which only loosens the bound.
 */
import type { FileSource } from '../source/file-source.js';

// The tokens that may record a decision: `?` (conditionals, `??` and `??=`), `&&` and `||`
// (and their assignments), and the keywords of branches, loops and handlers.
const DECISION_MARK = /\?|&&|\|\||\b(?:if|for|while|do|switch|catch)\b/g;
// What one decision weighs at most: a nested one.
const MOST_WEIGHT = 2;

/**
 * Whether the file's decisions may weigh `weight` or more; false only when its code holds too
 * few decision marks for that. A keyword written with a Unicode escape is not spelled out in the
 * text, so a file with an escape is never ruled out.
 */
export function mayWeigh(source: FileSource, weight: number): boolean {
  const needed = Math.ceil(weight / MOST_WEIGHT);
  const { text, comments } = source;
  if (needed <= 0 || text.includes('\\u')) return true;
  DECISION_MARK.lastIndex = 0;
  let found = 0;
  let comment = 0;
  while (found < needed) {
    const match = DECISION_MARK.exec(text);
    if (match === null) return false;
    while (comment < comments.length && comments[comment]!.range[1] <= match.index) comment++;
    const around = comments[comment];
    if (around !== undefined && around.range[0] <= match.index) DECISION_MARK.lastIndex = around.range[1];
    else found++;
  }
  return true;
}
