/**
 * Explanations: the documentation comments a stretch of code has, counted as a reader counts
 * them. A block of `//` lines, one under the other, is one explanation however many lines it
 * takes; a trailing comment on each of two lines is two. Only comments with words count.
 */
import { firstNonSpace, hasWordChar } from '../util/chars.js';
import { isOfKinds } from '../kinds/comment-kinds.js';
import type { FileFacts } from './file-facts.js';
import { lowerBound } from '../util/lower-bound.js';
import { zeroedInt32s } from '../util/tables.js';

// Per file and set of kinds (a mask), the running count of explanations by comment index.
const prefixesByFacts = new WeakMap<FileFacts, Map<number, Int32Array>>();

/**
 * For each comment index `i`, how many explanations start among the first `i` comments: a
 * counted comment with words starts one unless it continues the counted comment right above it
 * (the line before, nothing but white space between them).
 */
function explanationPrefix(facts: FileFacts, mask: number): Int32Array {
  let byMask = prefixesByFacts.get(facts);
  if (byMask === undefined) prefixesByFacts.set(facts, (byMask = new Map()));
  let prefix = byMask.get(mask);
  if (prefix !== undefined) return prefix;
  const { comments } = facts;
  const { text } = facts.source;
  prefix = zeroedInt32s(comments.length + 1);
  let previousCounted = false;
  for (let index = 0; index < comments.length; index++) {
    const fact = comments[index]!;
    const [start, end] = fact.comment.range;
    const counted = hasWordChar(text, start, end) && isOfKinds(fact, mask);
    const previous = comments[index - 1];
    const continues =
      counted && previousCounted && previous!.endLine + 1 >= fact.startLine && firstNonSpace(text, previous!.comment.range[1], start) === -1;
    prefix[index + 1] = prefix[index]! + (counted && !continues ? 1 : 0);
    previousCounted = counted;
  }
  byMask.set(mask, prefix);
  return prefix;
}

/** Explanations of the kinds in `mask` that start within `[start, end)`. */
export function explanationsWithin(facts: FileFacts, mask: number, start: number, end: number): number {
  const { comments } = facts;
  if (comments.length === 0) return 0;
  const prefix = explanationPrefix(facts, mask);
  const first = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= start);
  const last = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= end);
  // A block that starts before `start` and runs into the range is counted where its first line is.
  return prefix[last]! - prefix[first]!;
}
