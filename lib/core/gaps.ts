/**
 * Comment gaps: runs of code that no documentation comment interrupts, measured in decisions
 * (lib/core/logic.ts) or in code lines. Computed on lines alone, so a gap may run from the end of one
 * function into the next: what a reader meets is the run of unexplained logic, wherever the
 * braces fall.
 */
import { hasWordChar } from '../util/chars.js';
import { isJSDocBlock } from '../source/comment-text.js';
import { DOCUMENTATION_KINDS, kindMask, knownOfKinds, type CommentKind } from '../kinds/comment-kinds.js';
import { COUNTED_TEXT, LineKind, type CommentFact, type FileFacts } from './file-facts.js';
import type { FileRole } from '../markers/file-role.js';
import { logicOf, totalWeight } from './logic.js';
import { decisionsMayWeigh } from './decision-marks.js';
import { decisionLines, type DecisionLines } from './decision-lines.js';
import { markExplainedStatements } from './explained-statements.js';
import { zeroedBytes } from '../util/tables.js';
import { lowerBound } from '../util/lower-bound.js';
import { DEFAULT_MINIMUM_UNNAMED } from './unnamed.js';
import { statedUnnamed } from './gap-values.js';

export type GapUnit = 'decisions' | 'lines';

/**
 * The longest run allowed by default, per unit: seven decisions, about as many as a reader holds
 * in mind at once (Miller's seven, plus or minus two), so that the eighth comes with a word of
 * why; 30 lines, about half a screen.
 */
export const DEFAULT_GAP_MAXIMUM: Readonly<Record<GapUnit, number>> = { decisions: 7, lines: 30 };

/** `no-comment-gap`'s options, complete but for `maximum` (`DEFAULT_GAP_MAXIMUM` by unit); the report counts gaps with the rule's defaults. */
export interface NoCommentGapOptions {
  unit: GapUnit;
  maximum?: number;
  minimumUnnamed: number;
  blankLineEndsGap: boolean;
  countImports: boolean;
  commentKinds: CommentKind[];
  onlyGenerated: boolean;
  fileRoles: FileRole[];
}

/**
 * The rule's defaults, which the report counts gaps with whatever a project sets. `maximum` is
 * left unset so that it follows the unit (`DEFAULT_GAP_MAXIMUM`). Blank lines do not end a run
 * by default, or spacing alone would satisfy the rule. A run of decisions on names alone is not
 * reported (`minimumUnnamed`). Tests, stories, configuration, generated
 * and vendored files are not read line by line for explanations (lib/markers/file-role.ts).
 */
export const NO_COMMENT_GAP_DEFAULTS: Readonly<NoCommentGapOptions> = {
  unit: 'decisions',
  minimumUnnamed: DEFAULT_MINIMUM_UNNAMED,
  blankLineEndsGap: false,
  countImports: false,
  commentKinds: [...DOCUMENTATION_KINDS],
  onlyGenerated: false,
  fileRoles: ['source'],
};

export interface GapOptions {
  /** Kinds of comment (as a mask) whose words end a gap. */
  readonly kindMask: number;
  /** A blank line ends a gap (otherwise blank lines neither end nor lengthen one). */
  readonly blankLineEndsGap: boolean;
  /** Lines (by number) whose code is not counted when non-zero: imports, code out of scope. */
  readonly uncountedLines: Uint8Array;
  /**
   * With the decisions unit, the decisions by line (`decisionLines`): a line then weighs its
   * decisions, a gap runs from its first line with a decision to its last, and a line where a
   * function body opens or closes ends it, since the logic past it is another function's.
   */
  readonly decisions?: DecisionLines;
  /**
   * With the decisions unit, non-zero on the lines of statements a comment directly above
   * explains (lib/core/explained-statements.ts): their decisions weigh nothing.
   */
  readonly explained?: Uint8Array;
}

export interface CommentGap {
  /** First and last counted line of the gap. */
  readonly startLine: number;
  readonly endLine: number;
  /** Code lines, or with the decisions unit, what its decisions weigh. */
  readonly size: number;
  /** With the decisions unit, how many decisions weigh anything, and how many of them are nested. */
  readonly decisions: number;
  readonly nested: number;
  /** With the decisions unit, how many tokens of its lines carry meaning no name gives (lib/core/unnamed.ts). */
  readonly unnamed: number;
}

/** A run of lines, both ends included. */
export interface LineRange {
  readonly fromLine: number;
  readonly toLine: number;
}

/**
 * Every gap of at least `minimumCodeLines` code lines, in line order, within `ranges` (the whole
 * file by default). A gap does not run from one range into the next: the ranges `gapStretches`
 * and `decisionStretches` give are bounded by lines that end any run (comments, function bodies),
 * and a run found before, walked again, holds all of its lines.
 */
export function findCommentGaps(
  facts: FileFacts,
  options: GapOptions,
  minimumSize: number,
  ranges: readonly LineRange[] = [{ fromLine: 1, toLine: facts.lineCount }],
): CommentGap[] {
  const gaps: CommentGap[] = [];
  const { decisions, explained } = options;
  const sums = decisions?.sums;
  const boundaries = decisions?.boundaries;
  for (const { fromLine, toLine } of ranges) {
    let startLine = 0;
    let endLine = 0;
    let size = 0;
    let counted = 0;
    let nested = 0;
    let unnamed = 0;
    // Unnamed tokens on lines without decisions since the run's last decision: the run's once another comes.
    let pendingUnnamed = 0;
    const closeGap = (): void => {
      if (size >= minimumSize) gaps.push({ startLine, endLine, size, decisions: counted, nested, unnamed });
      size = 0;
      counted = 0;
      nested = 0;
      unnamed = 0;
      pendingUnnamed = 0;
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
      if (boundaries !== undefined && boundaries[line] !== 0) closeGap();
      if (options.uncountedLines[line] !== 0 || (explained !== undefined && explained[line] !== 0)) continue;
      const weight = sums === undefined ? 1 : sums[line]! - sums[line - 1]!;
      if (weight === 0) {
        if (size > 0 && decisions !== undefined) pendingUnnamed += decisions.unnamed[line]!;
        continue;
      }
      if (size === 0) startLine = line;
      endLine = line;
      size += weight;
      if (decisions !== undefined) {
        counted += decisions.counted[line]! - decisions.counted[line - 1]!;
        nested += decisions.nested[line]! - decisions.nested[line - 1]!;
        unnamed += pendingUnnamed + decisions.unnamed[line]!;
        pendingUnnamed = 0;
      }
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
export function gapStretches(facts: FileFacts, mask: number, maximum: number, decisionSums?: Int32Array): LineRange[] {
  // A short file is decided before any comment is read, one whose doc blocks leave too few lines
  // for a gap before any comment's text is (with decisions, one with too few decisions). JSDoc
  // blocks alone cut most others short enough; the other comments are read only inside the
  // stretches the JSDoc blocks leave too long.
  if (decisionSums === undefined ? facts.lineCount <= maximum || facts.lineCount - facts.linesInsideComments <= maximum : decisionSums[facts.lineCount]! <= maximum) return [];
  const sizeOf: StretchSize = decisionSums === undefined ? (fromLine, toLine) => toLine - fromLine + 1 : decisionSize(decisionSums);
  const wholeFile = { fromLine: 1, toLine: facts.lineCount, firstComment: 0, endComment: facts.comments.length };
  return stretchesIn(facts, mask, maximum, sizeOf, wholeFile);
}

/**
 * With the decisions unit, the stretches where a run may weigh more than `maximum`: those of
 * `gapStretches`, cut also at each line where a function body opens or closes, which no run
 * crosses (`GapOptions.decisions`), and only where the lines hold `minimumUnnamed` unnamed
 * values. Both are known before any comment is read, so the comments of a function too light
 * for a gap never have their kinds worked out.
 */
export function decisionStretches(facts: FileFacts, mask: number, maximum: number, minimumUnnamed: number, decisions: DecisionLines): LineRange[] {
  const { sums, boundaries, unnamed } = decisions;
  const sizeOf = decisionSize(sums);
  const pieces: Stretch[] = [];
  let fromLine = 1;
  const close = (toLine: number): void => {
    if (sizeOf(fromLine, toLine) <= maximum) return;
    let values = 0;
    for (let line = fromLine; line <= toLine && values < minimumUnnamed; line++) values += unnamed[line]!;
    if (values >= minimumUnnamed) pieces.push(stretchOf(facts, fromLine, toLine));
  };
  for (let line = 2; line <= facts.lineCount; line++) {
    if (boundaries[line] === 0) continue;
    close(line - 1);
    fromLine = line;
  }
  close(facts.lineCount);
  return pieces.flatMap((piece) => stretchesIn(facts, mask, maximum, sizeOf, piece));
}

/** Lines `fromLine` to `toLine` as a `Stretch`, with the comments that reach into them. */
function stretchOf(facts: FileFacts, fromLine: number, toLine: number): Stretch {
  const { comments } = facts;
  const firstComment = lowerBound(comments.length, (at) => comments[at]!.endLine >= fromLine);
  const endComment = lowerBound(comments.length, (at) => comments[at]!.startLine > toLine);
  return { fromLine, toLine, firstComment, endComment };
}

/** How much of the gap's unit lines `fromLine` to `toLine` hold at most. */
type StretchSize = (fromLine: number, toLine: number) => number;

/** What lines weigh in decisions, from their running sums (`DecisionLines.sums`). */
function decisionSize(sums: Int32Array): StretchSize {
  return (fromLine, toLine) => sums[toLine]! - sums[fromLine - 1]!;
}

/**
 * The stretches of more than `maximum` that the comments ending runs leave in `within`: JSDoc
 * blocks first, whose kinds their text shows, then the other comments inside what they leave.
 */
function stretchesIn(facts: FileFacts, mask: number, maximum: number, sizeOf: StretchSize, within: Stretch): Stretch[] {
  return longStretches(facts, mask, maximum, sizeOf, within, true).flatMap((stretch) => longStretches(facts, mask, maximum, sizeOf, stretch, false));
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
function longStretches(facts: FileFacts, mask: number, maximum: number, sizeOf: StretchSize, within: Stretch, jsdoc: boolean): Stretch[] {
  const long: Stretch[] = [];
  let fromLine = within.fromLine;
  let first = within.firstComment;
  const close = (toLine: number, end: number): void => {
    if (sizeOf(fromLine, toLine) > maximum) long.push({ fromLine, toLine, firstComment: first, endComment: end });
  };
  for (let index = within.firstComment; index < within.endComment; index++) {
    // No stretch from here on can hold more than `maximum`, whichever comments end runs: the
    // comments left need not have their kinds read.
    if (sizeOf(fromLine, within.toLine) <= maximum) return long;
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
  // Most files' text shows that their decisions weigh no more than a run may hold, before the token pass.
  if (options.unit === 'decisions' && !decisionsMayWeigh(facts.source, gapMaximum(options) + 1)) return [];
  return findGapsPastTextGate(facts, options, sources);
}

/** `findGapsWithOptions` in a file whose text `decisionsMayWeigh` has let through already, as the rule's has. */
export function findGapsPastTextGate(facts: FileFacts, options: NoCommentGapOptions, sources: UncountedLineSources): CommentGap[] {
  const maximum = gapMaximum(options);
  // Before the line tables are built: a file whose decisions weigh no more than a run may hold,
  // or that holds fewer unnamed values than a run needs, has no gap.
  if (options.unit === 'decisions') {
    const logic = logicOf(facts);
    if (logic.unnamedCount < options.minimumUnnamed || totalWeight(logic) <= maximum) return [];
  }
  const mask = kindMask(options.commentKinds);
  const decisions = options.unit === 'decisions' ? decisionLines(facts) : undefined;
  const stretches = decisions === undefined ? gapStretches(facts, mask, maximum) : decisionStretches(facts, mask, maximum, options.minimumUnnamed, decisions);
  if (stretches.length === 0) return [];
  const uncountedLines = options.countImports ? zeroedBytes(facts.lineCount + 1) : sources.imports();
  if (options.onlyGenerated) {
    const generated = sources.generated();
    for (let line = 1; line < uncountedLines.length; line++) uncountedLines[line] ||= generated[line] === 0 ? 1 : 0;
  }
  const gapOptions = { kindMask: mask, blankLineEndsGap: options.blankLineEndsGap, uncountedLines, decisions };
  if (decisions === undefined) return findCommentGaps(facts, gapOptions, maximum + 1, stretches);
  // The runs as they would be if no statement were explained: an explained statement's lines
  // only drop out of the run that holds them, so that run weighs no more and holds no more
  // unnamed values, and the statements are looked for only where such a run is long enough.
  const candidates = findCommentGaps(facts, gapOptions, maximum + 1, stretches).filter((gap) => gap.unnamed >= options.minimumUnnamed);
  if (candidates.length === 0) return [];
  const explained = explainedLines(facts, mask, maximum, decisions, candidates.at(-1)!.endLine);
  const ranges = candidates.map((gap) => ({ fromLine: gap.startLine, toLine: gap.endLine }));
  const gaps = findCommentGaps(facts, { ...gapOptions, explained }, maximum + 1, ranges);
  // A run of decisions made of names only reads as prose (lib/core/unnamed.ts), and so does one
  // whose numbers a comment of its function writes out (lib/core/gap-values.ts).
  const counted = (line: number): boolean => uncountedLines[line] === 0 && explained[line] === 0;
  return gaps
    .filter((gap) => gap.unnamed >= options.minimumUnnamed)
    .map((gap) => ({ ...gap, unnamed: gap.unnamed - statedUnnamed(facts, logicOf(facts), mask, gap.startLine, gap.endLine, counted) }))
    .filter((gap) => gap.unnamed >= options.minimumUnnamed);
}

/**
 * The lines of the statements explained (`markExplainedStatements`) by the comments that reach
 * into `gapStretches`' stretches up to `lastLine`: a comment further down explains no line a
 * run up to there holds.
 */
function explainedLines(facts: FileFacts, mask: number, maximum: number, decisions: DecisionLines, lastLine: number): Uint8Array {
  const explained = zeroedBytes(facts.lineCount + 1);
  for (const { fromLine, toLine } of gapStretches(facts, mask, maximum, decisions.sums)) {
    if (fromLine > lastLine) break;
    markExplainedStatements(facts, mask, fromLine, Math.min(toLine, lastLine), explained);
  }
  return explained;
}

/** The longest run `options` allow: `maximum`, or the unit's default. */
export function gapMaximum(options: Pick<NoCommentGapOptions, 'unit' | 'maximum'>): number {
  return options.maximum ?? DEFAULT_GAP_MAXIMUM[options.unit];
}
