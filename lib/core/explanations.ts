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
 * Whether the comment at `index` continues the one right above it: that one ends on the line
 * before or on its own, with nothing but white space between them. A counted comment that
 * continues a counted one starts no explanation.
 */
function continuesAbove(facts: FileFacts, index: number): boolean {
  if (index === 0) return false;
  const fact = facts.comments[index]!;
  const previous = facts.comments[index - 1]!;
  return previous.endLine + 1 >= fact.startLine && firstNonSpace(facts.source.text, previous.comment.range[1], fact.comment.range[0]) === -1;
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
    prefix[index + 1] = prefix[index]! + (counted && !(previousCounted && continuesAbove(facts, index)) ? 1 : 0);
    previousCounted = counted;
  }
  byMask.set(mask, prefix);
  return prefix;
}

// The most comments of a range counted in place, so that judging a few functions works out the
// kinds of their comments only, not of every comment in the file.
const IN_PLACE_COMMENTS = 32;

/**
 * Explanations of the kinds in `mask` that start within `[start, end)`; or, once `enough` have
 * been counted in place, that many: whoever asks needs no more, and the comments after them keep
 * their kinds unworked.
 */
export function explanationsWithin(facts: FileFacts, mask: number, start: number, end: number, enough = Number.POSITIVE_INFINITY): number {
  const { comments } = facts;
  if (comments.length === 0) return 0;
  const first = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= start);
  const last = lowerBound(comments.length, (index) => comments[index]!.comment.range[0] >= end);
  const prefixed = prefixesByFacts.get(facts)?.has(mask) === true;
  // Counted in place up to here: a range of few comments whole, the first of many while `enough` may be among them.
  let inPlace = Math.min(last, first + IN_PLACE_COMMENTS);
  if (prefixed || (inPlace < last && enough === Number.POSITIVE_INFINITY)) inPlace = first;
  let explanations = 0;
  let previousCounted = false;
  for (let index = first; index < inPlace; index++) {
    const counted = isCounted(facts, mask, index);
    // A block that starts before `start` and runs into the range is counted where its first line is.
    if (counted && !(continuesAbove(facts, index) && (index === first ? isCounted(facts, mask, index - 1) : previousCounted))) explanations++;
    if (explanations >= enough) return explanations;
    previousCounted = counted;
  }
  if (inPlace === last) return explanations;
  const prefix = explanationPrefix(facts, mask);
  return prefix[last]! - prefix[first]!;
}
