/**
 * FileFacts: what every rule and the report need to know about one file, computed in one
 * linear walk over its text and comments (tokens are read only next to comments). Per-range
 * questions (a function's lines, a gap's extent) are answered from prefix sums, so rules never
 * rescan comments per node.
 */
import { firstNonSpace, hasWordChar } from './chars.js';
import { commentText, kindBit, leadingKind, surroundedKind, type CommentContext, type CommentKind } from './comment-kinds.js';
import { resolveGeneratedCode, type GeneratedCode } from './generated.js';
import { firstAbove, lowerBound, nextRangeAt } from './lower-bound.js';
import { findMarker, type Marker } from './markers.js';
import type { StatementRange } from './narration.js';
import { placeholderTier, type PlaceholderTier } from './placeholders.js';
import type { FileSource, SourceComment, SourceToken } from './source.js';
import { zeroedBytes, zeroedInt32s } from './tables.js';

/**
 * cloc's classes of a physical line, plus `mixed` for a code line that also holds a
 * comment (cloc counts those as code; the report shows them apart).
 */
export const LineKind = { blank: 0, comment: 1, code: 2, mixed: 3 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface CommentFact {
  readonly comment: SourceComment;
  /** Text without delimiters, leading `*` decoration and surrounding white space. */
  readonly text: string;
  /** Worked out on first read where it depends on the code around the comment (see `leadingKind`). */
  readonly kind: CommentKind;
  /**
   * The kind when the comment's own text and place decide it (directive, marker, licence,
   * placeholder), else undefined: known without reading the code around the comment.
   */
  readonly leadingKind: CommentKind | undefined;
  /** The generated-code marker the comment holds, whatever its kind. */
  readonly marker: Marker | undefined;
  /** The placeholder tier of the text, whatever the kind (risky ones stay explanatory). */
  readonly placeholder: PlaceholderTier | undefined;
  readonly startLine: number;
  readonly endLine: number;
}

export interface LineCounts {
  readonly blank: number;
  readonly comment: number;
  readonly code: number;
  readonly mixed: number;
}

// Presence bits chosen so that OR-ing them yields the line's LineKind directly.
const HAS_COMMENT = LineKind.comment;
const HAS_CODE = LineKind.code;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Per-line running counts for one set of counted comment kinds (see `lineSums`). */
interface LineSums {
  /** Lines with words of a counted comment. */
  readonly text: Int32Array;
  /** Lines with code or words of a counted comment. */
  readonly measured: Int32Array;
}

/** The per-line tables of a file (see `FileFacts.lineKinds` and `FileFacts.lineTextKinds`). */
interface LineTables {
  readonly kinds: Uint8Array;
  readonly textKinds: Uint8Array;
}

export interface FactsOptions {
  /** Extra tags that mean what the point marker means (`settings['ai-code'].markerAliases`). */
  readonly markerAliases?: readonly string[];
}

export class FileFacts {
  readonly source: FileSource;
  /** Number of physical lines; line numbers are 1-based as in ESLint's `loc`. */
  readonly lineCount: number;
  readonly comments: readonly CommentFact[];

  private tables: LineTables | undefined;
  private codeLinePrefix: Int32Array | undefined;
  // Created on first use: most rules ask for neither, and two Maps per file were measurable.
  private lineSumsByMask: Map<number, LineSums> | undefined;
  private wordPrefixByMask: Map<number, Int32Array> | undefined;

  private readonly markerAliases: readonly string[];
  private generatedCode: GeneratedCode | undefined;

  constructor(source: FileSource, options: FactsOptions = {}) {
    this.source = source;
    this.markerAliases = options.markerAliases ?? [];
    // A final line break ends the last line; it does not start an empty one (cloc agrees).
    const lastStart = source.lineStarts[source.lineStarts.length - 1]!;
    this.lineCount = source.lineStarts.length - (lastStart === source.text.length ? 1 : 0);
    this.comments = this.classifyComments();
  }

  /** `LineKind` of each line, indexed by line number (index 0 unused). */
  get lineKinds(): Uint8Array {
    return this.lineTables().kinds;
  }

  /** Bit mask of the comment kinds whose words appear on each line. */
  get lineTextKinds(): Uint8Array {
    return this.lineTables().textKinds;
  }

  /**
   * The per-line tables, built on first use: rules that judge comments one at a time
   * (placeholders, narration, commented-out code) never read them, and marking every line of
   * the file was a quarter of the analysis.
   */
  private lineTables(): LineTables {
    if (this.tables === undefined) {
      const kinds = zeroedBytes(this.lineCount + 1);
      const textKinds = zeroedBytes(this.lineCount + 1);
      this.markCodeLines(kinds);
      for (const fact of this.comments) this.markCommentLines(kinds, textKinds, kindBit(fact.kind), fact);
      this.tables = { kinds, textKinds };
    }
    return this.tables;
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
  private markCodeLines(presence: Uint8Array): void {
    const { comments, lineStarts } = this.source;
    let cursor = 0;
    for (let line = 1; line <= this.lineCount; line++) {
      const lineStart = lineStarts[line - 1]!;
      while (cursor < comments.length && comments[cursor]!.range[1] <= lineStart) cursor++;
      if (codeOnLine(this.source, line, cursor)) presence[line] = HAS_CODE;
    }
  }

  /**
   * Marks each line a comment touches: HAS_COMMENT where its part of the line is not white
   * space, and its kind's `bit` where that part has a letter or digit. The parts are read in
   * place, without a slice or a callback per line.
   */
  private markCommentLines(presence: Uint8Array, textKinds: Uint8Array, bit: number, fact: CommentFact): void {
    const { text } = this.source;
    const [start, end] = fact.comment.range;
    for (let line = fact.startLine; line <= fact.endLine; line++) {
      const from = Math.max(start, this.source.lineStarts[line - 1]!);
      const to = line === fact.endLine ? end : lineEnd(this.source, line);
      const visible = firstNonSpace(text, from, to);
      if (visible !== -1) {
        presence[line]! |= HAS_COMMENT;
        // A letter or digit is not white space, so the search starts at the first visible character.
        if (hasWordChar(text, visible, to)) textKinds[line]! |= bit;
      }
    }
  }

  /** The line on which a comment that starts on `line` ends. */
  private endLineOf(end: number, line: number): number {
    let last = line;
    while (last < this.lineCount && lineEnd(this.source, last) < end) last++;
    return last;
  }

  /**
   * Reads every comment: its text, marker, placeholder tier, lines, and the kind its own text
   * decides. The rest of the classification reads the code around a comment, so it waits until
   * a rule asks for that comment's kind: a rule about placeholders never needs it, one about
   * commented-out code only for line comments.
   */
  private classifyComments(): CommentFact[] {
    const { comments, lineStarts } = this.source;
    const facts: CommentFact[] = [];
    const site = new CommentSite(this.source, this.lineCount);
    const firstCode = this.source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
    let line = 1;
    comments.forEach((comment, index) => {
      const start = comment.range[0];
      const text = commentText(comment);
      const marker = findMarker(comment, this.markerAliases);
      // Placeholder phrases are found here, in the same single pass, so that every rule and the
      // density counts read one verdict per comment.
      const placeholder = placeholderTier(text);
      while (line < lineStarts.length && lineStarts[line]! <= start) line++;
      const leading = leadingKind(comment, text, { inHeader: comment.range[1] <= firstCode, marker, placeholder });
      const endLine = this.endLineOf(comment.range[1], line);
      facts.push(new Fact(comment, text, leading, marker, placeholder, line, endLine, index, site));
      line = endLine;
    });
    return facts;
  }

  /**
   * Whether code shares the line the comment at `index` starts on: read from the line tables
   * when a rule has had them built, else from that one line's text.
   */
  codeBesideComment(index: number): boolean {
    const line = this.comments[index]!.startLine;
    if (this.tables !== undefined) return (this.tables.kinds[line]! & HAS_CODE) !== 0;
    return codeNear(this.source, line, index);
  }

  /** The comment starting at `offset`, if any. */
  commentAt(offset: number): CommentFact | undefined {
    const comments = this.comments;
    const index = lowerBound(comments.length, (at) => comments[at]!.comment.range[0] >= offset);
    const fact = comments[index];
    return fact?.comment.range[0] === offset ? fact : undefined;
  }

  /** The generated code the file's markers mark, resolved on first use. */
  get generated(): GeneratedCode {
    this.generatedCode ??= resolveGeneratedCode(this.source, this.comments);
    return this.generatedCode;
  }

  /** Lines holding code (alone or with a trailing comment) in `[fromLine, toLine]`. */
  codeLines(fromLine: number, toLine: number): number {
    // `code` and `mixed` share the HAS_CODE bit.
    this.codeLinePrefix ??= countingPrefix(this.lineKinds, HAS_CODE);
    return this.codeLinePrefix[toLine]! - this.codeLinePrefix[fromLine - 1]!;
  }

  /** Lines in `[fromLine, toLine]` on which a comment of a kind in `mask` has words. */
  textLines(mask: number, fromLine: number, toLine: number): number {
    const prefix = this.lineSums(mask).text;
    return prefix[toLine]! - prefix[fromLine - 1]!;
  }

  /** Lines in `[fromLine, toLine]` holding code, words of a `mask` comment, or both. */
  measuredLines(mask: number, fromLine: number, toLine: number): number {
    const prefix = this.lineSums(mask).measured;
    return prefix[toLine]! - prefix[fromLine - 1]!;
  }

  /** Words in comments of a kind in `mask` that start within `[start, end)`. */
  words(mask: number, start: number, end: number): number {
    const prefix = this.wordPrefix(mask);
    const starts = this.comments;
    const from = lowerBound(starts.length, (i) => starts[i]!.comment.range[0] >= start);
    const to = lowerBound(starts.length, (i) => starts[i]!.comment.range[0] >= end);
    return prefix[to]! - prefix[from]!;
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
    return memo((this.lineSumsByMask ??= new Map()), mask, () => {
      const kinds = this.lineKinds;
      const textKinds = this.lineTextKinds;
      const text = zeroedInt32s(this.lineCount + 1);
      const measured = zeroedInt32s(this.lineCount + 1);
      for (let line = 1; line <= this.lineCount; line++) {
        const hasText = (textKinds[line]! & mask) !== 0;
        text[line] = text[line - 1]! + (hasText ? 1 : 0);
        measured[line] = measured[line - 1]! + (hasText || (kinds[line]! & HAS_CODE) !== 0 ? 1 : 0);
      }
      return { text, measured };
    });
  }

  // Indexed by comment, not by line: a comment's words belong to the span it starts in. Words
  // are counted here, on first use, because only the token unit needs them.
  private wordPrefix(mask: number): Int32Array {
    return memo((this.wordPrefixByMask ??= new Map()), mask, () => {
      const sums = zeroedInt32s(this.comments.length + 1);
      this.comments.forEach((fact, index) => {
        sums[index + 1] = sums[index]! + ((kindBit(fact.kind) & mask) !== 0 ? countWords(fact.text) : 0);
      });
      return sums;
    });
  }
}

/** One comment's facts; `kind` is settled by the shared site on first read (see `classifyComments`). */
class Fact implements CommentFact {
  private settled: CommentKind | undefined;

  constructor(
    readonly comment: SourceComment,
    readonly text: string,
    readonly leadingKind: CommentKind | undefined,
    readonly marker: Marker | undefined,
    readonly placeholder: PlaceholderTier | undefined,
    readonly startLine: number,
    readonly endLine: number,
    private readonly index: number,
    private readonly site: CommentSite,
  ) {
    this.settled = leadingKind;
  }

  get kind(): CommentKind {
    this.settled ??= this.site.kindAround(this, this.index);
    return this.settled;
  }
}

/**
 * Where the comment under the cursor stands, as the classifier asks it (`CommentContext`).
 * One object serves all of a file's comments, and what needs the tokens (the token after the
 * comment, the narrated statement) is looked up only when the classifier asks: most comments
 * are decided before, and right after the parse the tokens are no longer in the processor's
 * cache, so each token read is slow. A context object per comment was garbage to collect, too.
 */
class CommentSite implements CommentContext {
  inHeader = false;
  marker: Marker | undefined;
  placeholder: PlaceholderTier | undefined;
  private comment: SourceComment | undefined;
  private index = 0;
  private line = 1;
  // The token index found for an earlier comment: a starting point, since both are in order.
  private cursor = 0;
  private cursorFor: SourceComment | undefined;
  private readonly firstCodeOffset: number;

  constructor(
    private readonly source: FileSource,
    private readonly lineCount: number,
  ) {
    this.firstCodeOffset = source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
  }

  get tokens(): readonly SourceToken[] {
    return this.source.tokens;
  }

  /** Index of the first token after the comment. */
  get nextIndex(): number {
    if (this.cursorFor !== this.comment) {
      const { tokens } = this.source;
      const end = this.comment!.range[1];
      // Comments are mostly asked about in order; for one above the last, the search restarts.
      if (this.cursor > 0 && tokens[this.cursor - 1]!.range[0] >= end) this.cursor = 0;
      this.cursor = nextRangeAt(tokens, this.cursor, end);
      this.cursorFor = this.comment;
    }
    return this.cursor;
  }

  /** The kind of a comment `leadingKind` left undecided, read from the code around it. */
  kindAround(fact: CommentFact, index: number): CommentKind {
    const { comment } = fact;
    this.comment = comment;
    this.index = index;
    this.line = fact.startLine;
    this.marker = fact.marker;
    this.placeholder = fact.placeholder;
    this.inHeader = comment.range[1] <= this.firstCodeOffset;
    return surroundedKind(comment, fact.text, this);
  }

  get text(): string {
    return this.source.text;
  }

  /**
   * The statement a single-line comment may narrate: the line below when the comment stands
   * alone directly above code, or the code before it when it trails. Long or multi-line
   * comments are never narration and skip the line lookups.
   */
  get statement(): StatementRange | undefined {
    const { comment, index, line, source } = this;
    const { lineStarts, text } = source;
    const start = comment!.range[0];
    if (comment!.range[1] - start > 100 || comment!.type === 'Shebang' || comment!.type === 'Hashbang' || comment!.value.includes('\n')) return undefined;
    // The text of the lines answers where the code is, without reading a token: code after a
    // `//` comment would be inside it, and a line with no code has none on either side. Only a
    // block comment on a line with code needs the tokens around it.
    let codeBefore = codeNear(source, line, index);
    let codeAfter = false;
    if (codeBefore && comment!.type === 'Block') [codeBefore, codeAfter] = this.codeAround();
    if (codeBefore) return codeAfter ? undefined : { start: lineStarts[line - 1]!, end: start, below: false };
    if (codeAfter || line >= this.lineCount || !codeOnLine(source, line + 1, index + 1)) return undefined;
    // The last line of a longer comment ends a sentence; it does not label the line below.
    const continuesComment = line > 1 && commentOnLine(source, line - 1, index) && !codeNear(source, line - 1, index);
    return continuesComment ? undefined : { start: lineStarts[line]!, end: lineStarts[line + 1] ?? text.length, below: true };
  }

  /** Whether a token ends on the comment's line before it, and one starts on that line after it. */
  private codeAround(): [boolean, boolean] {
    const { tokens } = this.source;
    const nextIndex = this.nextIndex;
    const previous = tokens[nextIndex - 1];
    const next = tokens[nextIndex];
    const before = previous !== undefined && this.lineNear(previous.range[1] - 1, this.line) === this.line;
    return [before, next !== undefined && this.lineNear(next.range[0], this.line) === this.line];
  }

  /**
   * The line of `offset`, looked for a few lines around `line` first: the tokens next to a
   * comment are nearly always on its line or an adjacent one, in the part of the line table the
   * loop has just read. Farther away, a binary search.
   */
  private lineNear(offset: number, line: number): number {
    const starts = this.source.lineStarts;
    let at = line;
    for (let step = 0; step < 4; step++) {
      if (starts[at - 1]! > offset) at--;
      else if (at < starts.length && starts[at]! <= offset) at++;
      else return at;
    }
    return firstAbove(starts, offset);
  }
}

function lineEnd(source: FileSource, line: number): number {
  return source.lineStarts[line] ?? source.text.length;
}

/**
 * Whether `line` holds a character that is neither white space nor in a comment. Every comment
 * before index `from` ends at or before the line's start; the ones from there on are skipped
 * over where they cover the line.
 */
function codeOnLine(source: FileSource, line: number, from: number): boolean {
  const { text, comments } = source;
  const end = lineEnd(source, line);
  let at = source.lineStarts[line - 1]!;
  let index = from;
  while (at < end) {
    while (index < comments.length && comments[index]!.range[1] <= at) index++;
    const comment = comments[index];
    if (comment !== undefined && comment.range[0] <= at) {
      // Inside a comment: what follows it on this line may still be code (`*/ run();`).
      at = comment.range[1];
      continue;
    }
    const codeEnd = comment === undefined ? end : Math.min(comment.range[0], end);
    if (firstNonSpace(text, at, codeEnd) !== -1) return true;
    at = codeEnd;
  }
  return false;
}

/** `codeOnLine` for a line at or above the start of the comment at `index`. */
function codeNear(source: FileSource, line: number, index: number): boolean {
  const lineStart = source.lineStarts[line - 1]!;
  const { comments } = source;
  // Back to the first comment that reaches into the line (`/* a */ b; // c` has two).
  let from = index;
  while (from > 0 && comments[from - 1]!.range[1] > lineStart) from--;
  return codeOnLine(source, line, from);
}

/** Whether a comment before index `before` shows something other than white space on `line`. */
function commentOnLine(source: FileSource, line: number, before: number): boolean {
  const { text, comments, lineStarts } = source;
  const lineStart = lineStarts[line - 1]!;
  for (let index = before - 1; index >= 0 && comments[index]!.range[1] > lineStart; index--) {
    const [start, end] = comments[index]!.range;
    if (firstNonSpace(text, Math.max(start, lineStart), Math.min(end, lineEnd(source, line))) !== -1) return true;
  }
  return false;
}

/** Runs of letters and digits (any script); ASCII is decided without a regular expression. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isWordChar =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && WORD_CHAR.test(text[index]!));
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
  }
  return count;
}

/**
 * Running counts of the entries (from index 1) that have a `bit` set, with `sums[0] = 0`, so
 * the count over any range is one subtraction.
 */
function countingPrefix(values: Uint8Array, bit: number): Int32Array {
  const sums = zeroedInt32s(values.length);
  for (let index = 1; index < values.length; index++) sums[index] = sums[index - 1]! + ((values[index]! & bit) !== 0 ? 1 : 0);
  return sums;
}

function memo<V>(cache: Map<number, V>, key: number, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
