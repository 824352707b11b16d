/**
 * Comment gaps: runs of code lines that no documentation comment interrupts. Computed on
 * lines alone, so a gap may run from the end of one function into the next: what a reader
 * meets is the run of unexplained lines, wherever the braces fall.
 */
import { hasWordChar } from './chars.js';
import { isJSDocBlock, kindMask, knownOfKinds, type CommentKind } from './comment-kinds.js';
import { LineKind, type FileFacts } from './file-facts.js';
import { zeroedBytes } from './tables.js';

/** `no-comment-gap`'s options, complete; the report counts gaps with the rule's defaults. */
export interface NoCommentGapOptions {
  maximum: number;
  blankLineEndsGap: boolean;
  countImports: boolean;
  commentKinds: CommentKind[];
  onlyGenerated: boolean;
}

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

/** Every gap of at least `minimumCodeLines` code lines, in line order. */
export function findCommentGaps(facts: FileFacts, options: GapOptions, minimumCodeLines: number): CommentGap[] {
  const gaps: CommentGap[] = [];
  let startLine = 0;
  let endLine = 0;
  let codeLines = 0;
  const closeGap = (): void => {
    if (codeLines >= minimumCodeLines) gaps.push({ startLine, endLine, codeLines });
    codeLines = 0;
  };
  const counted = facts.textLineFlags(options.kindMask);
  const kinds = facts.lineKinds;
  for (let line = 1; line <= facts.lineCount; line++) {
    // Words of a counted comment end the run even on a code line: a trailing "why" is enough.
    if (counted[line] !== 0) {
      closeGap();
      continue;
    }
    const kind = kinds[line];
    if (kind === LineKind.blank) {
      if (options.blankLineEndsGap) closeGap();
      continue;
    }
    // Comment-only lines that are not documentation (directives, rulers) are invisible.
    if (kind === LineKind.comment) continue;
    if (options.uncountedLines[line] !== 0) continue;
    if (codeLines === 0) startLine = line;
    endLine = line;
    codeLines++;
  }
  closeGap();
  return gaps;
}

/**
 * Whether the file may hold a gap of more than `maximum` code lines, told without working out any
 * comment's kind and without the line tables: most files are too short for one, or their JSDoc
 * blocks cut them into stretches that are. A comment whose text shows it to be of a kind in
 * `mask` (`knownOfKinds`) and has words ends any run that reaches it, and the lines inside it
 * hold no code, so a run fits between two such comments, counting the lines they start and end
 * on. False means no gap, whatever else the options leave uncounted; true, that the lines must
 * be read.
 */
export function mayHoldGap(facts: FileFacts, mask: number, maximum: number): boolean {
  // A short file is decided before any comment is read, one whose doc blocks leave too few lines
  // for a gap before any comment's text is; JSDoc blocks alone cut most others short enough,
  // before any other comment's shape is read.
  if (facts.lineCount <= maximum || facts.lineCount - facts.linesInsideComments <= maximum) return false;
  return hasLongStretch(facts, mask, maximum, true) && hasLongStretch(facts, mask, maximum, false);
}

/** Whether the known comments (or the known JSDoc blocks, `jsdocOnly`) leave a stretch of more than `maximum` lines. */
function hasLongStretch(facts: FileFacts, mask: number, maximum: number, jsdocOnly: boolean): boolean {
  // The first line the current stretch may count.
  let from = 1;
  for (const fact of facts.comments) {
    if (jsdocOnly && !isJSDocBlock(fact.comment)) continue;
    // The value has words where the text has: the text drops only decoration and white space,
    // and reading the value spares cutting the text out of every JSDoc block walked.
    const { value } = fact.comment;
    if (knownOfKinds(fact, mask) !== true || !hasWordChar(value, 0, value.length)) continue;
    if (fact.startLine - from + 1 > maximum) return true;
    from = fact.endLine;
  }
  return facts.lineCount - from + 1 > maximum;
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
  if (!mayHoldGap(facts, mask, options.maximum)) return [];
  const uncountedLines = options.countImports ? zeroedBytes(facts.lineCount + 1) : sources.imports();
  if (options.onlyGenerated) {
    const generated = sources.generated();
    for (let line = 1; line < uncountedLines.length; line++) uncountedLines[line] ||= generated[line] === 0 ? 1 : 0;
  }
  return findCommentGaps(facts, { kindMask: mask, blankLineEndsGap: options.blankLineEndsGap, uncountedLines }, options.maximum + 1);
}
