/**
 * FileFacts: what every rule and the report need to know about one file, each part computed at
 * most once per file, in linear time, and only when the first rule asks for it: each comment's
 * text, marker, placeholder tier, shape and leading kind (see `Fact`); the kinds that read the
 * code around a comment (tokens are read only next to comments); the line kinds and, per set of
 * counted kinds, the lines with their words; prefix sums for per-range questions (a function's
 * lines, a gap's extent), so rules never rescan comments per node; and lower bounds that settle
 * most files without any of the tables (`knownTextLines`).
 */
import { countWords, firstNonSpace, hasWordChar } from '../util/chars.js';
import { isJSDocBlock } from '../source/comment-text.js';
import { isOfKinds, knownOfKinds } from '../kinds/comment-kinds.js';
import type { CommentFact } from './comment-fact.js';
import { CommentSite, Fact } from './comment-site.js';
import { codeNear, codeOnLine, lineEnd } from './source-lines.js';
import { resolveGeneratedCode, type GeneratedCode } from '../markers/regions.js';
import { firstAbove, lowerBound } from '../util/lower-bound.js';
import { mayHoldMarker } from '../markers/grammar.js';
import type { FileSource } from '../source/file-source.js';
import { zeroedBytes, zeroedInt32s } from '../util/tables.js';

export type { CommentFact };

/**
 * cloc's classes of a physical line, plus `mixed` for a code line that also holds a
 * comment (cloc counts those as code; the report shows them apart).
 */
export const LineKind = { blank: 0, comment: 1, code: 2, mixed: 3 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];


export interface LineCounts {
  readonly blank: number;
  readonly comment: number;
  readonly code: number;
  readonly mixed: number;
}

// Presence bits chosen so that OR-ing them yields the line's LineKind directly.
const HAS_COMMENT = LineKind.comment;
const HAS_CODE = LineKind.code;
/** Beside a line's LineKind (see `lineKindsIn`): a comment of the counted kinds has words on the line. */
export const COUNTED_TEXT = 4;

/** Line counts of a span (see `FileFacts.lineTotals`). */
export interface LineTotals {
  /** Lines with words of a counted comment. */
  readonly text: number;
  /** Lines with code or words of a counted comment. */
  readonly measured: number;
  /** Lines with code. */
  readonly code: number;
}

/** Per-line running counts for one set of counted comment kinds (see `lineSums`). */
interface LineSums {
  /** Lines with words of a counted comment. */
  readonly text: Int32Array;
  /** Lines with code or words of a counted comment. */
  readonly measured: Int32Array;
  /** Lines with code. */
  readonly code: Int32Array;
}

/** Lines `fromLine` to `toLine` of a per-line table that holds a line's entry at `line - offset`. */
interface TableLines {
  readonly fromLine: number;
  readonly toLine: number;
  readonly offset: number;
}

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
      this.markCodeLines(kinds, wholeFile);
      for (const fact of this.comments) this.markCommentLines(kinds, wholeFile, fact, false);
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
    this.markCodeLines(kinds, lines);
    for (let index = this.firstCommentReaching(fromLine); index < this.comments.length; index++) {
      const fact = this.comments[index]!;
      if (fact.startLine > toLine) break;
      this.markCommentLines(kinds, lines, fact, isOfKinds(fact, mask));
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

  /**
   * Marks the lines that hold code: a character that is neither white space nor in a comment
   * (what the tokens are made of, see `FileSource.tokens`). Reading the text line by line stops
   * at the first such character, usually right after the indentation, so a line costs a few
   * characters; walking the tokens instead touched a token object and its range array for every
   * token of the file, and those memory reads were most of the analysis' time.
   */
  private markCodeLines(presence: Uint8Array, lines: TableLines): void {
    const { comments, lineStarts } = this.source;
    let cursor = this.firstCommentReaching(lines.fromLine);
    for (let line = lines.fromLine; line <= lines.toLine; line++) {
      const lineStart = lineStarts[line - 1]!;
      while (cursor < comments.length && comments[cursor]!.range[1] <= lineStart) cursor++;
      if (codeOnLine(this.source, line, cursor)) presence[line - lines.offset] = HAS_CODE;
    }
  }

  /**
   * Marks HAS_COMMENT on each of `lines` where the comment's part of it is not white space, and
   * with `counted`, COUNTED_TEXT where that part has words. The parts are read in place, without
   * a slice or a callback per line.
   */
  private markCommentLines(presence: Uint8Array, lines: TableLines, fact: CommentFact, counted: boolean): void {
    const last = Math.min(fact.endLine, lines.toLine);
    for (let line = Math.max(fact.startLine, lines.fromLine); line <= last; line++) {
      const start = this.partStart(fact, line);
      const end = this.partEnd(fact, line);
      if (firstNonSpace(this.source.text, start, end) !== -1) presence[line - lines.offset]! |= HAS_COMMENT;
      if (counted && hasWordChar(this.source.text, start, end)) presence[line - lines.offset]! |= COUNTED_TEXT;
    }
  }

  /** The index of the first comment that reaches into `line` or starts after it. */
  private firstCommentReaching(line: number): number {
    const { comments, lineStarts } = this.source;
    return lowerBound(comments.length, (index) => comments[index]!.range[1] > lineStarts[line - 1]!);
  }

  /** Whether the comment's part of `line` (one of its lines) has a letter or digit. */
  private hasWordsOn(fact: CommentFact, line: number): boolean {
    return hasWordChar(this.source.text, this.partStart(fact, line), this.partEnd(fact, line));
  }

  /** Where the comment's part of `line` (one of its lines) starts in the text. */
  private partStart(fact: CommentFact, line: number): number {
    return Math.max(fact.comment.range[0], this.source.lineStarts[line - 1]!);
  }

  /** Where the comment's part of `line` (one of its lines) ends in the text. */
  private partEnd(fact: CommentFact, line: number): number {
    return line === fact.endLine ? fact.comment.range[1] : lineEnd(this.source, line);
  }

  /** The line on which a comment that starts on `line` ends. */
  private endLineOf(end: number, line: number): number {
    let last = line;
    while (last < this.lineCount && lineEnd(this.source, last) < end) last++;
    return last;
  }

  /**
   * One fact per comment, with its lines; everything else about a comment is read when a rule
   * first asks (see `Fact`). The kinds that read the code around a comment wait longest: a rule
   * about placeholders never needs them, one about commented-out code only for line comments.
   * The comments' line counts (`linesInsideComments`, `linesCoveredByComments`) come with the
   * lines, so that no second pass reads every fact again.
   */
  private classifyComments(): void {
    const { comments, lineStarts } = this.source;
    const facts: CommentFact[] = [];
    const site = new CommentSite(this.source, this.lineCount, this.markerAliases);
    let inside = 0;
    let covered = 0;
    let line = 1;
    comments.forEach((comment, index) => {
      const start = comment.range[0];
      while (line < lineStarts.length && lineStarts[line]! <= start) line++;
      const endLine = this.endLineOf(comment.range[1], line);
      facts.push(new Fact(comment, line, endLine, index, site));
      inside += Math.max(0, endLine - line - 1);
      covered += endLine - line + 1;
      line = endLine;
    });
    this.commentFacts = facts;
    this.insideComments = inside;
    this.coveredByComments = covered;
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
    const end = this.commentsBefore(offset);
    return this.comments.slice(this.firstLeading(offset, line, end), end);
  }

  /**
   * The first of `leadingComments`, or undefined when there is none: a function's span starts
   * at it, and asking for it once per function must not copy a list.
   */
  firstLeadingComment(offset: number, line: number): CommentFact | undefined {
    const end = this.commentsBefore(offset);
    const first = this.firstLeading(offset, line, end);
    return first < end ? this.comments[first] : undefined;
  }

  /** The index of the first of `leadingComments`, given `end`, the index of the comment after them. */
  private firstLeading(offset: number, line: number, end: number): number {
    const { comments } = this;
    let first = end;
    let nextStart = offset;
    let nextLine = line;
    while (first > 0) {
      const fact = comments[first - 1]!;
      if (nextLine - fact.endLine > 1 || firstNonSpace(this.source.text, fact.comment.range[1], nextStart) !== -1) break;
      first--;
      nextStart = fact.comment.range[0];
      nextLine = fact.startLine;
    }
    return first;
  }

  /** How many comments start before `offset`: the index of the first that starts at or after it. */
  private commentsBefore(offset: number): number {
    const comments = this.comments;
    return lowerBound(comments.length, (at) => comments[at]!.comment.range[0] >= offset);
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
    if (this.readsTables(mask, fromLine, toLine)) {
      const sums = this.lineSums(mask);
      return { text: rangeSum(sums.text, fromLine, toLine), measured: rangeSum(sums.measured, fromLine, toLine), code: rangeSum(sums.code, fromLine, toLine) };
    }
    let text = 0;
    let measured = 0;
    let code = 0;
    for (const kind of this.lineKindsIn(mask, fromLine, toLine)) {
      const hasText = (kind & COUNTED_TEXT) !== 0;
      const hasCode = (kind & HAS_CODE) !== 0;
      if (hasText) text++;
      if (hasCode) code++;
      if (hasText || hasCode) measured++;
    }
    return { text, measured, code };
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
      this.markCodeLines(presence, { fromLine, toLine, offset: fromLine });
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
    const prefix = (this.knownTextPrefixByMask ??= new PerMask()).get(mask, () => this.knownTextPrefix(mask));
    return prefix[this.commentsBefore(end)]! - prefix[this.commentsBefore(start)]!;
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
    const first = this.commentsBefore(start);
    let index = first;
    for (; found < needed && index < comments.length && comments[index]!.comment.range[0] < end; index++) {
      const fact = comments[index]!;
      if (jsdocOnly && !isJSDocBlock(fact.comment)) continue;
      // Counting stops at what is still needed: a long doc block settles a span in its first lines.
      const lines = knownOfKinds(fact, mask) === true ? this.wordLines(fact, countedEnd + 1, needed - found) : 0;
      if (lines > 0) countedEnd = fact.endLine;
      found += lines;
    }
    this.walkedComments += index - first;
    return found >= needed;
  }

  // Indexed by comment, as `wordPrefix`. A line that two counted comments share is counted for
  // the first only: a range that starts at the second then misses it, which only lowers the bound.
  private knownTextPrefix(mask: number): Int32Array {
    const sums = zeroedInt32s(this.comments.length + 1);
    let countedEnd = 0;
    this.comments.forEach((fact, index) => {
      const lines = knownOfKinds(fact, mask) === true ? this.wordLines(fact, countedEnd + 1, Number.POSITIVE_INFINITY) : 0;
      if (lines > 0) countedEnd = fact.endLine;
      sums[index + 1] = sums[index]! + lines;
    });
    return sums;
  }

  /**
   * The comment's lines from `fromLine` on that have a letter or digit in its part of them,
   * counted up to `limit`.
   */
  private wordLines(fact: CommentFact, fromLine: number, limit: number): number {
    let lines = 0;
    for (let line = Math.max(fact.startLine, fromLine); line <= fact.endLine && lines < limit; line++) if (this.hasWordsOn(fact, line)) lines++;
    return lines;
  }

  /** Lines in `[fromLine, toLine]` holding code, words of a `mask` comment, or both. */
  measuredLines(mask: number, fromLine: number, toLine: number): number {
    return rangeSum(this.lineSums(mask).measured, fromLine, toLine);
  }

  /** Words in comments of a kind in `mask` that start within `[start, end)`. */
  words(mask: number, start: number, end: number): number {
    const prefix = this.wordPrefix(mask);
    return prefix[this.commentsBefore(end)]! - prefix[this.commentsBefore(start)]!;
  }

  /** Code tokens that start within `[start, end)`. */
  codeTokens(start: number, end: number): number {
    const tokens = this.source.tokens;
    const from = lowerBound(tokens.length, (i) => tokens[i]!.range[0] >= start);
    const to = lowerBound(tokens.length, (i) => tokens[i]!.range[0] >= end);
    return to - from;
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
    return (this.lineSumsByMask ??= new PerMask()).get(mask, () => {
      const kinds = this.lineKindsIn(mask, 1, this.lineCount);
      const text = zeroedInt32s(this.lineCount + 1);
      const measured = zeroedInt32s(this.lineCount + 1);
      const code = zeroedInt32s(this.lineCount + 1);
      for (let line = 1; line <= this.lineCount; line++) {
        const hasText = (kinds[line - 1]! & COUNTED_TEXT) !== 0;
        const hasCode = (kinds[line - 1]! & HAS_CODE) !== 0;
        text[line] = text[line - 1]! + (hasText ? 1 : 0);
        measured[line] = measured[line - 1]! + (hasText || hasCode ? 1 : 0);
        code[line] = code[line - 1]! + (hasCode ? 1 : 0);
      }
      return { text, measured, code };
    });
  }

  // Indexed by comment, not by line: a comment's words belong to the span it starts in. Words
  // are counted here, on first use, because only the token unit needs them.
  private wordPrefix(mask: number): Int32Array {
    return (this.wordPrefixByMask ??= new PerMask()).get(mask, () => {
      const sums = zeroedInt32s(this.comments.length + 1);
      this.comments.forEach((fact, index) => {
        sums[index + 1] = sums[index]! + (isOfKinds(fact, mask) ? countWords(fact.text) : 0);
      });
      return sums;
    });
  }
}

/** What the entries `fromLine` to `toLine` add up to, from their running counts `prefix`. */
function rangeSum(prefix: Int32Array, fromLine: number, toLine: number): number {
  return prefix[toLine]! - prefix[fromLine - 1]!;
}

/**
 * Values worked out per set of comment kinds (a mask), each on first use. Nearly every file is
 * asked about one set (the rule's default), which is held in two fields: a Map per table per
 * file was garbage that collections charged to the rules.
 */
class PerMask<V> {
  private firstMask = -1;
  private firstValue: V | undefined;
  private others: Map<number, V> | undefined;

  has(mask: number): boolean {
    return mask === this.firstMask || this.others?.has(mask) === true;
  }

  find(mask: number): V | undefined {
    return mask === this.firstMask ? this.firstValue : this.others?.get(mask);
  }

  set(mask: number, value: V): void {
    this.get(mask, () => value);
  }

  get(mask: number, compute: () => V): V {
    if (mask === this.firstMask) return this.firstValue!;
    if (this.firstMask === -1) {
      this.firstValue = compute();
      this.firstMask = mask;
      return this.firstValue;
    }
    let value = (this.others ??= new Map()).get(mask);
    if (value === undefined) {
      value = compute();
      this.others.set(mask, value);
    }
    return value;
  }
}
