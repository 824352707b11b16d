/**
 * FileFacts: what every rule and the report need to know about one file, each part computed at
 * most once per file, in linear time, and only when the first rule asks for it: each comment's
 * text, marker, placeholder tier, shape and leading kind (see `Fact`); the kinds that read the
 * code around a comment (tokens are read only next to comments); the line kinds and, per set of
 * counted kinds, the lines with their words; prefix sums for per-range questions (a function's
 * lines, a gap's extent), so rules never rescan comments per node; and lower bounds that settle
 * most files without any of the tables (`knownTextLines`).
 */
import { isJSDocBlock } from '../source/comment-text.js';
import { isOfKinds, knownOfKinds } from '../kinds/comment-kinds.js';
import type { CommentFact } from './comment-fact.js';
import { classifyComments, commentsBefore, firstLeading, knownTextPrefix, wordPrefixOf } from './comment-table.js';
import { codeNear } from './source-lines.js';
import {
  firstCommentReaching,
  HAS_CODE,
  lineSumsOf,
  markCodeLines,
  markCommentLines,
  rangeSum,
  totalsOfKinds,
  totalsOfSums,
  wordLines,
  type LineCounts,
  type LineSums,
  type LineTotals,
} from './line-tables.js';
import { PerMask } from './per-mask.js';
import { resolveGeneratedCode, type GeneratedCode } from '../markers/regions.js';
import { firstAbove } from '../util/lower-bound.js';
import { mayHoldMarker } from '../markers/grammar.js';
import { tokensBefore, type FileSource } from '../source/file-source.js';
import { zeroedBytes } from '../util/tables.js';

export type { CommentFact };
export { COUNTED_TEXT, LineKind, type LineCounts, type LineTotals } from './line-tables.js';

export interface FactsOptions {
  /** Extra tags that mean what the point marker means (`settings['ai-code'].markerAliases`). */
  readonly markerAliases?: readonly string[];
}

export class FileFacts {
  readonly source: FileSource;
  /** Number of physical lines; line numbers are 1-based as in ESLint's `loc`. */
  readonly lineCount: number;
  private commentFacts: readonly CommentFact[] | undefined;
  private insideComments: number | undefined;
  private coveredByComments: number | undefined;
  private markerHinted: boolean | undefined;

  private kindsTable: Uint8Array | undefined;
  // `lineKindsIn` for the whole file, per set of counted kinds, once a rule has asked for it.
  private wholeFileKindsByMask: PerMask<Uint8Array> | undefined;
  // Created on first use: most rules ask for none of them.
  private lineSumsByMask: PerMask<LineSums> | undefined;
  private wordPrefixByMask: PerMask<Int32Array> | undefined;
  private knownTextPrefixByMask: PerMask<Int32Array> | undefined;
  // Comments read by `knownTextLinesReach` walks so far, which bounds what they may cost.
  private walkedComments = 0;
  // Lines of the spans `lineTotals` and `codeLinesWithin` worked out alone so far: their budget.
  private spanLinesRead = 0;

  private readonly markerAliases: readonly string[];
  private generatedCode: GeneratedCode | undefined;

  constructor(source: FileSource, options: FactsOptions = {}) {
    this.source = source;
    this.markerAliases = options.markerAliases ?? [];
    // A final line break ends the last line; it does not start an empty one (cloc agrees).
    const lastStart = source.lineStarts[source.lineStarts.length - 1]!;
    this.lineCount = source.lineStarts.length - (lastStart === source.text.length ? 1 : 0);
  }

  /**
   * Lines that lie strictly inside a multi-line comment, which hold no code: the file's lines
   * less these bound its code lines from above without reading a line or a comment's text, and
   * a short file with a long doc block is too small to judge on that alone.
   */
  get linesInsideComments(): number {
    if (this.insideComments === undefined) this.classifyComments();
    return this.insideComments!;
  }

  /**
   * The comments' lines, each comment's counted in full (a line two comments share, twice): no
   * count of lines with comment words, of any span, exceeds it.
   */
  get linesCoveredByComments(): number {
    if (this.coveredByComments === undefined) this.classifyComments();
    return this.coveredByComments!;
  }

  /**
   * Whether any comment may hold a marker (`mayHoldMarker`), read from the comments without
   * making their facts: most files have no marker, and a rule that looks only at marked code
   * then makes none.
   */
  get mayHoldMarkers(): boolean {
    this.markerHinted ??= this.source.comments.some((comment) => mayHoldMarker(comment, this.markerAliases));
    return this.markerHinted;
  }

  /**
   * The comments' facts, made on first use: a rule that finds the file too short to judge
   * (a gap needs more lines than it has) never reads a comment.
   */
  get comments(): readonly CommentFact[] {
    if (this.commentFacts === undefined) this.classifyComments();
    return this.commentFacts!;
  }

  /**
   * `LineKind` of each line, indexed by line number (index 0 unused); built on first use: rules
   * that judge comments one at a time (placeholders, narration, commented-out code) never read
   * it, and marking every line of the file was a quarter of the analysis.
   */
  get lineKinds(): Uint8Array {
    if (this.kindsTable === undefined) {
      const kinds = zeroedBytes(this.lineCount + 1);
      const wholeFile = { fromLine: 1, toLine: this.lineCount, offset: 0 };
      markCodeLines(this.source, kinds, wholeFile);
      for (const fact of this.comments) markCommentLines(this.source, kinds, wholeFile, fact, false);
      this.kindsTable = kinds;
    }
    return this.kindsTable;
  }

  /**
   * For each line in `[fromLine, toLine]` (index 0 is `fromLine`), its `LineKind`, with
   * `COUNTED_TEXT` set where a comment of a kind in `mask` has words. Worked out for these lines
   * alone, so that a question about a few stretches of a long file (where a gap may be, a
   * function that needs exact figures) works out the kinds of the comments in them only. The
   * whole file's is kept and answers every later question for the same kinds. Read only.
   */
  lineKindsIn(mask: number, fromLine: number, toLine: number): Uint8Array {
    const kept = this.keptKindsIn(mask, fromLine, toLine);
    if (kept !== undefined) return kept;
    const kinds = zeroedBytes(toLine - fromLine + 1);
    const lines = { fromLine, toLine, offset: fromLine };
    markCodeLines(this.source, kinds, lines);
    for (let index = firstCommentReaching(this.source, fromLine); index < this.comments.length; index++) {
      const fact = this.comments[index]!;
      if (fact.startLine > toLine) break;
      markCommentLines(this.source, kinds, lines, fact, isOfKinds(fact, mask));
    }
    if (fromLine === 1 && toLine === this.lineCount) (this.wholeFileKindsByMask ??= new PerMask()).set(mask, kinds);
    return kinds;
  }

  /** `lineKindsIn`'s lines of the whole file's table for `mask`, if one is kept. */
  private keptKindsIn(mask: number, fromLine: number, toLine: number): Uint8Array | undefined {
    return this.wholeFileKindsByMask?.find(mask)?.subarray(fromLine - 1, toLine);
  }

  /** Line number (1-based) of a character offset. */
  lineOf(offset: number): number {
    return firstAbove(this.source.lineStarts, offset);
  }

  /** The comments' facts and line counts, made together (lib/core/comment-table.ts). */
  private classifyComments(): void {
    const table = classifyComments(this.source, this.lineCount, this.markerAliases);
    this.commentFacts = table.facts;
    this.insideComments = table.inside;
    this.coveredByComments = table.covered;
  }

  /**
   * Whether code shares the line the comment at `index` starts on: read from the line tables
   * when a rule has had them built, else from that one line's text.
   */
  codeBesideComment(index: number): boolean {
    const line = this.comments[index]!.startLine;
    if (this.kindsTable !== undefined) return (this.kindsTable[line]! & HAS_CODE) !== 0;
    return codeNear(this.source, line, index);
  }

  /**
   * The comments that document code starting at `offset` on `line`: the block of comments right
   * before it, with only white space between them and the code, and no blank line between them
   * or before the code (a file overview set apart by a blank line belongs to the file). Read from
   * the comments' own lines and offsets, without ESLint's token cursors.
   */
  leadingComments(offset: number, line: number): readonly CommentFact[] {
    const end = commentsBefore(this.comments, offset);
    return this.comments.slice(firstLeading(this.source.text, this.comments, offset, line, end), end);
  }

  /**
   * The first of `leadingComments`, or undefined when there is none: a function's span starts
   * at it, and asking for it once per function must not copy a list.
   */
  firstLeadingComment(offset: number, line: number): CommentFact | undefined {
    const end = commentsBefore(this.comments, offset);
    const first = firstLeading(this.source.text, this.comments, offset, line, end);
    return first < end ? this.comments[first] : undefined;
  }

  /** The generated code the file's markers mark, resolved on first use. */
  get generated(): GeneratedCode {
    this.generatedCode ??= resolveGeneratedCode(this.source, this.comments);
    return this.generatedCode;
  }

  /**
   * What `textLines` and `measuredLines` give for `[fromLine, toLine]`, and its code lines,
   * worked out for those lines alone (`lineKindsIn`) until the spans asked about add up to a
   * quarter of the file's lines: a function that needs exact figures then costs its own lines
   * and comments, not a table of the whole file. The whole file is counted from its line kinds,
   * which are kept. Past the budget (nested spans) the running sums are built and answer every
   * later span with a subtraction, so the total stays linear.
   */
  lineTotals(mask: number, fromLine: number, toLine: number): LineTotals {
    if (this.readsTables(mask, fromLine, toLine)) return totalsOfSums(this.lineSums(mask), fromLine, toLine);
    return totalsOfKinds(this.lineKindsIn(mask, fromLine, toLine));
  }

  /**
   * `lineTotals(…).code`, without working out any comment's kind within the budget `lineTotals`
   * keeps; past it, from the tables for `mask`, which the figures of the same span need next.
   */
  codeLinesWithin(mask: number, fromLine: number, toLine: number): number {
    if (this.readsTables(mask, fromLine, toLine)) return rangeSum(this.lineSums(mask).code, fromLine, toLine);
    // The whole file's line kinds, once a question about the whole file has had them worked out.
    let presence = this.keptKindsIn(mask, fromLine, toLine);
    if (presence === undefined) {
      presence = zeroedBytes(toLine - fromLine + 1);
      markCodeLines(this.source, presence, { fromLine, toLine, offset: fromLine });
    }
    let code = 0;
    for (const kind of presence) if ((kind & HAS_CODE) !== 0) code++;
    return code;
  }

  /**
   * Whether a span is read from the tables for `mask`: once they are built, or when the span
   * would use up the budget of lines worked out alone, which it is counted against otherwise. A
   * quarter of the file's lines: where many functions need exact figures (the tables are built
   * after all), the spans worked out before cost at most a quarter more.
   */
  private readsTables(mask: number, fromLine: number, toLine: number): boolean {
    if (this.lineSumsByMask?.has(mask) === true) return true;
    // The whole file is counted from its line kinds, which are kept for later spans: the running
    // sums pay off only once a second span is asked about, and most files are asked about one.
    if (fromLine === 1 && toLine === this.lineCount) return false;
    const lines = toLine - fromLine + 1;
    if (4 * (this.spanLinesRead + lines) >= this.lineCount) return true;
    this.spanLinesRead += lines;
    return false;
  }

  /** Lines in `[fromLine, toLine]` on which a comment of a kind in `mask` has words. */
  textLines(mask: number, fromLine: number, toLine: number): number {
    return rangeSum(this.lineSums(mask).text, fromLine, toLine);
  }

  /**
   * A lower bound of `textLines` over the lines of the comments that start within `[start,
   * end)`, found without working out any kind and without the line tables: it counts only the
   * comments whose text shows them to be of a kind in `mask` (`knownOfKinds`), which in most
   * files is every JSDoc block. Where it already settles a question (a span documented well
   * enough, see `surelyAtLeast`), the exact count and everything it needs is never built.
   */
  knownTextLines(mask: number, start: number, end: number): number {
    const prefix = (this.knownTextPrefixByMask ??= new PerMask()).get(mask, () => knownTextPrefix(this.source, this.comments, mask));
    return prefix[commentsBefore(this.comments, end)]! - prefix[commentsBefore(this.comments, start)]!;
  }

  /**
   * Whether a lower bound like `knownTextLines` reaches `needed`, reading the comments from
   * `start` on only until it does: a well-documented file shows it in its first doc blocks. JSDoc
   * blocks are walked first, as in most files they reach the count alone and other comments
   * would have their shape read. Once such walks have read more comments than the file has
   * (nested functions walk the same comments again), the running sums are built and answer
   * every later question in one step.
   */
  knownTextLinesReach(mask: number, start: number, end: number, needed: number): boolean {
    // A file with few comments is settled without reading one: most files that fail the minimum.
    if (needed > this.linesCoveredByComments) return false;
    if (this.knownTextPrefixByMask?.has(mask) === true || this.walkedComments > this.comments.length) {
      return this.knownTextLines(mask, start, end) >= needed;
    }
    return this.walkKnownText(mask, start, end, needed, true) || this.walkKnownText(mask, start, end, needed, false);
  }

  private walkKnownText(mask: number, start: number, end: number, needed: number, jsdocOnly: boolean): boolean {
    const comments = this.comments;
    let found = 0;
    let countedEnd = 0;
    const first = commentsBefore(this.comments, start);
    let index = first;
    for (; found < needed && index < comments.length && comments[index]!.comment.range[0] < end; index++) {
      const fact = comments[index]!;
      if (jsdocOnly && !isJSDocBlock(fact.comment)) continue;
      // Counting stops at what is still needed: a long doc block settles a span in its first lines.
      const lines = knownOfKinds(fact, mask) === true ? wordLines(this.source, fact, countedEnd + 1, needed - found) : 0;
      if (lines > 0) countedEnd = fact.endLine;
      found += lines;
    }
    this.walkedComments += index - first;
    return found >= needed;
  }

  /** Lines in `[fromLine, toLine]` holding code, words of a `mask` comment, or both. */
  measuredLines(mask: number, fromLine: number, toLine: number): number {
    return rangeSum(this.lineSums(mask).measured, fromLine, toLine);
  }

  /** Words in comments of a kind in `mask` that start within `[start, end)`. */
  words(mask: number, start: number, end: number): number {
    const prefix = this.wordPrefix(mask);
    return prefix[commentsBefore(this.comments, end)]! - prefix[commentsBefore(this.comments, start)]!;
  }

  /** Code tokens that start within `[start, end)`. */
  codeTokens(start: number, end: number): number {
    const { tokens } = this.source;
    return tokensBefore(tokens, end) - tokensBefore(tokens, start);
  }

  /** cloc-style counts for the whole file (`mixed` lines are code lines for cloc). */
  lineCounts(): LineCounts {
    const counts = [0, 0, 0, 0];
    for (let line = 1; line <= this.lineCount; line++) counts[this.lineKinds[line]!]!++;
    const [blank = 0, comment = 0, code = 0, mixed = 0] = counts;
    return { blank, comment, code, mixed };
  }

  // Built on first use for each set of counted kinds: most files are asked about one set only
  // (the rule's default), and a rule with other options pays once.
  private lineSums(mask: number): LineSums {
    return (this.lineSumsByMask ??= new PerMask()).get(mask, () => lineSumsOf(this.lineKindsIn(mask, 1, this.lineCount), this.lineCount));
  }

  // Indexed by comment, not by line: a comment's words belong to the span it starts in. Words
  // are counted here, on first use, because only the token unit needs them.
  private wordPrefix(mask: number): Int32Array {
    return (this.wordPrefixByMask ??= new PerMask()).get(mask, () => wordPrefixOf(this.comments, mask));
  }
}
