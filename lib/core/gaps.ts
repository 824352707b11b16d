/**
 * Comment gaps: runs of code lines that no documentation comment interrupts. Computed on
 * lines alone, so a gap may run from the end of one function into the next: what a reader
 * meets is the run of unexplained lines, wherever the braces fall.
 */
import { hasWordChar } from '../util/chars.js';
import { isJSDocBlock } from '../source/comment-text.js';
import { DOCUMENTATION_KINDS, kindMask, knownOfKinds, type CommentKind } from '../kinds/comment-kinds.js';
import { COUNTED_TEXT, LineKind, type CommentFact, type FileFacts } from './file-facts.js';
import { zeroedBytes } from '../util/tables.js';

/** `no-comment-gap`'s options, complete; the report counts gaps with the rule's defaults. */
export interface NoCommentGapOptions {
  maximum: number;
  blankLineEndsGap: boolean;
  countImports: boolean;
  commentKinds: CommentKind[];
  onlyGenerated: boolean;
}

/**
 * The rule's defaults, which the report counts gaps with whatever a project sets.
 * 30 lines is about half a screen: ordinary functions pass without an inner comment, while
 * a reader still meets a sentence of "why" per screenful. Blank lines do not end a run by
 * default, or spacing alone would satisfy the rule.
 */
export const NO_COMMENT_GAP_DEFAULTS: Readonly<NoCommentGapOptions> = {
  maximum: 30,
  blankLineEndsGap: false,
  countImports: false,
  commentKinds: [...DOCUMENTATION_KINDS],
  onlyGenerated: false,
};

export interface GapOptions {
  /** Kinds of comment (as a mask) whose words end a gap. */
  readonly kindMask: number;
  /** A blank line ends a gap (otherwise blank lines neither end nor lengthen one). */
  readonly blankLineEndsGap: boolean;
  /** Lines (by number) whose code is not counted when non-zero: imports, code out of scope. */
  readonly uncountedLines: Uint8Array;
}

export interface CommentGap {
  /** First and last counted code line of the gap. */
  readonly startLine: number;
  readonly endLine: number;
  readonly codeLines: number;
}

/** A run of lines, both ends included. */
export interface LineRange {
  readonly fromLine: number;
  readonly toLine: number;
}

/**
 * Every gap of at least `minimumCodeLines` code lines, in line order, within `ranges` (the whole
 * file by default). A gap does not run from one range into the next: the ranges `gapStretches`
 * gives are bounded by comments that end any run.
 */
export function findCommentGaps(
  facts: FileFacts,
  options: GapOptions,
  minimumCodeLines: number,
  ranges: readonly LineRange[] = [{ fromLine: 1, toLine: facts.lineCount }],
): CommentGap[] {
  const gaps: CommentGap[] = [];
  for (const { fromLine, toLine } of ranges) {
    let startLine = 0;
    let endLine = 0;
    let codeLines = 0;
    const closeGap = (): void => {
      if (codeLines >= minimumCodeLines) gaps.push({ startLine, endLine, codeLines });
      codeLines = 0;
    };
    const kinds = facts.lineKindsIn(options.kindMask, fromLine, toLine);
    for (let line = fromLine; line <= toLine; line++) {
      const flags = kinds[line - fromLine]!;
      // Words of a counted comment end the run even on a code line: a trailing "why" is enough.
      if ((flags & COUNTED_TEXT) !== 0) {
        closeGap();
        continue;
      }
      if (flags === LineKind.blank) {
        if (options.blankLineEndsGap) closeGap();
        continue;
      }
      // Comment-only lines that are not documentation (directives, rulers) are invisible.
      if (flags === LineKind.comment) continue;
      if (options.uncountedLines[line] !== 0) continue;
      if (codeLines === 0) startLine = line;
      endLine = line;
      codeLines++;
    }
    closeGap();
  }
  return gaps;
}

/**
 * The stretches of the file where a gap of more than `maximum` code lines may be, told without
 * working out any comment's kind and without the line tables: most files are too short for one,
 * or their JSDoc blocks cut them into stretches that are. A comment whose text shows it to be of
 * a kind in `mask` (`knownOfKinds`) and has words ends any run that reaches it, and the lines
 * inside it hold no code, so a run fits between two such comments, counting the lines they
 * start and end on. The line tables are then read for these stretches only, and only the
 * comments in them have their kinds worked out.
 */
export function gapStretches(facts: FileFacts, mask: number, maximum: number): LineRange[] {
  // A short file is decided before any comment is read, one whose doc blocks leave too few lines
  // for a gap before any comment's text is. JSDoc blocks alone cut most others short enough; the
  // other comments are read only inside the stretches the JSDoc blocks leave too long.
  if (facts.lineCount <= maximum || facts.lineCount - facts.linesInsideComments <= maximum) return [];
  const wholeFile = { fromLine: 1, toLine: facts.lineCount, firstComment: 0, endComment: facts.comments.length };
  return longStretches(facts, mask, maximum, wholeFile, true).flatMap((stretch) => longStretches(facts, mask, maximum, stretch, false));
}

/** A stretch between two comments that end runs, and the comments between them by index. */
interface Stretch extends LineRange {
  readonly firstComment: number;
  readonly endComment: number;
}

/**
 * The stretches of more than `maximum` lines that the comments ending runs (JSDoc blocks, with
 * `jsdoc`, else the others) leave in `within`.
 */
function longStretches(facts: FileFacts, mask: number, maximum: number, within: Stretch, jsdoc: boolean): Stretch[] {
  const long: Stretch[] = [];
  let fromLine = within.fromLine;
  let first = within.firstComment;
  const close = (toLine: number, end: number): void => {
    if (toLine - fromLine + 1 > maximum) long.push({ fromLine, toLine, firstComment: first, endComment: end });
  };
  for (let index = within.firstComment; index < within.endComment; index++) {
    const fact = facts.comments[index]!;
    // In the second walk every JSDoc block left is one found not to end runs.
    if (isJSDocBlock(fact.comment) !== jsdoc || !endsRuns(fact, mask)) continue;
    close(fact.startLine, index);
    fromLine = fact.endLine;
    first = index + 1;
  }
  close(within.toLine, within.endComment);
  return long;
}

/** Whether a comment ends any run that reaches it (see `gapStretches`). */
function endsRuns(fact: CommentFact, mask: number): boolean {
  // The value has words where the text has: the text drops only decoration and white space,
  // and reading the value spares cutting the text out of every JSDoc block walked.
  const { value } = fact.comment;
  return knownOfKinds(fact, mask) === true && hasWordChar(value, 0, value.length);
}

/** Where the lines a gap skips come from: the caller's fastest source for each. */
export interface UncountedLineSources {
  /** Flags (index = line) of top-level imports and re-exports: from the syntax tree under ESLint, from tokens in the report's scanner path. */
  readonly imports: () => Uint8Array;
  /** Flags of generated code (FileAnalysis.generatedLines). */
  readonly generated: () => Uint8Array;
}

/**
 * The gaps `no-comment-gap` reports with `options`, for the rule and the report alike: import
 * lines (unless counted) and, with `onlyGenerated`, code not generated do not count.
 */
export function findGapsWithOptions(facts: FileFacts, options: NoCommentGapOptions, sources: UncountedLineSources): CommentGap[] {
  const mask = kindMask(options.commentKinds);
  const stretches = gapStretches(facts, mask, options.maximum);
  if (stretches.length === 0) return [];
  const uncountedLines = options.countImports ? zeroedBytes(facts.lineCount + 1) : sources.imports();
  if (options.onlyGenerated) {
    const generated = sources.generated();
    for (let line = 1; line < uncountedLines.length; line++) uncountedLines[line] ||= generated[line] === 0 ? 1 : 0;
  }
  return findCommentGaps(facts, { kindMask: mask, blankLineEndsGap: options.blankLineEndsGap, uncountedLines }, options.maximum + 1, stretches);
}
