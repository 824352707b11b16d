/**
 * Explanations: the documentation comments a stretch of code has, counted as a reader counts
 * them. A block of `//` lines, one under the other, is one explanation however many lines it
 * takes; a trailing comment on each of two lines is two. Only comments with words count.
 */
import { firstNonSpace, hasWordChar } from '../util/chars.js';
import { isOfKinds } from '../kinds/comment-kinds.js';
import type { CommentFact, FileFacts } from './file-facts.js';
import { lowerBound } from '../util/lower-bound.js';
import { zeroedInt32s } from '../util/tables.js';

// Per file and set of kinds (a mask), the running count of explanations by comment index.
const prefixesByFacts = new WeakMap<FileFacts, Map<number, Int32Array>>();

/** Whether a comment of the file whose text is `text` has words and is of a kind in `mask`: one that can explain. */
export function explainsInKinds(text: string, fact: CommentFact, mask: number): boolean {
  return hasWordChar(text, fact.comment.range[0], fact.comment.range[1]) && isOfKinds(fact, mask);
}

/** Whether the comment at `index` has words and is of a kind in `mask`. */
function isCounted(facts: FileFacts, mask: number, index: number): boolean {
  return explainsInKinds(facts.source.text, facts.comments[index]!, mask);
}

/**
 * Whether the comment at `index`, counted, starts an explanation: it does unless it continues the
 * counted comment right above it (`previousCounted`: on the line before, nothing but white space
 * between them).
 */
function startsExplanation(facts: FileFacts, index: number, previousCounted: boolean): boolean {
  if (!previousCounted) return true;
  const fact = facts.comments[index]!;
  const previous = facts.comments[index - 1]!;
  return previous.endLine + 1 < fact.startLine || firstNonSpace(facts.source.text, previous.comment.range[1], fact.comment.range[0]) !== -1;
}

/** For each comment index `i`, how many explanations start among the first `i` comments. */
function explanationPrefix(facts: FileFacts, mask: number): Int32Array {
  let byMask = prefixesByFacts.get(facts);
  if (byMask === undefined) prefixesByFacts.set(facts, (byMask = new Map()));
  let prefix = byMask.get(mask);
  if (prefix !== undefined) return prefix;
  const count = facts.comments.length;
  prefix = zeroedInt32s(count + 1);
  let previousCounted = false;
  for (let index = 0; index < count; index++) {
    const counted = isCounted(facts, mask, index);
    prefix[index + 1] = prefix[index]! + (counted && startsExplanation(facts, index, previousCounted) ? 1 : 0);
    previousCounted = counted;
  }
  byMask.set(mask, prefix);
  return prefix;
}

// A range with at most this many comments is counted in place, so that judging a few functions
// works out the kinds of their comments only, not of every comment in the file.
const IN_PLACE_COMMENTS = 32;

/** Explanations of the kinds in `mask` that start within `[start, end)`. */
export function explanationsWithin(facts: FileFacts, mask: number, start: number, end: number): number {
  const { comments } = facts;
  if (comments.length === 0) return 0;
  const first = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= start);
  const last = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= end);
  // A block that starts before `start` and runs into the range is counted where its first line is.
  if (last - first > IN_PLACE_COMMENTS || prefixesByFacts.get(facts)?.has(mask) === true) {
    const prefix = explanationPrefix(facts, mask);
    return prefix[last]! - prefix[first]!;
  }
  let explanations = 0;
  let previousCounted = first > 0 && isCounted(facts, mask, first - 1);
  for (let index = first; index < last; index++) {
    const counted = isCounted(facts, mask, index);
    if (counted && startsExplanation(facts, index, previousCounted)) explanations++;
    previousCounted = counted;
  }
  return explanations;
}
