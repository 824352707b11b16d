/**
 * FileFacts: what every rule and the report need to know about one file, computed in one
 * linear walk over its text and comments (tokens are read only next to comments). Per-range
 * questions (a function's lines, a gap's extent) are answered from prefix sums, so rules never
 * rescan comments per node.
 */
import { firstNonSpace, hasWordChar } from './chars.js';
import { classifyComment, commentText, kindBit, type CommentContext, type CommentKind } from './comment-kinds.js';
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
  readonly kind: CommentKind;
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

export interface FactsOptions {
  /** Extra tags that mean what the point marker means (`settings['ai-code'].markerAliases`). */
  readonly markerAliases?: readonly string[];
}

export class FileFacts {
  readonly source: FileSource;
  /** Number of physical lines; line numbers are 1-based as in ESLint's `loc`. */
  readonly lineCount: number;
  readonly comments: readonly CommentFact[];
  /** `LineKind` of each line, indexed by line number (index 0 unused). */
  readonly lineKinds: Uint8Array;
  /** Bit mask of the comment kinds whose words appear on each line. */
  readonly lineTextKinds: Uint8Array;

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
    const presence = zeroedBytes(this.lineCount + 1);
    this.lineTextKinds = zeroedBytes(this.lineCount + 1);
    this.markCodeLines(presence);
    this.comments = this.classifyComments(presence);
    this.lineKinds = presence;
  }

  /** Line number (1-based) of a character offset. */
  lineOf(offset: number): number {
    return firstAbove(this.source.lineStarts, offset);
  }

  private lineEnd(line: number): number {
    return this.source.lineStarts[line] ?? this.source.text.length;
  }

  /**
   * Marks the lines that hold code: a character that is neither white space nor in a comment
   * (what the tokens are made of, see `FileSource.tokens`). Reading the text line by line stops
   * at the first such character, usually right after the indentation, so a line costs a few
   * characters; walking the tokens instead touched a token object and its range array for every
   * token of the file, and those memory reads were most of the analysis' time.
   */
  private markCodeLines(presence: Uint8Array): void {
    const { text, comments, lineStarts } = this.source;
    // The current comment's bounds live in locals: ESLint's comment objects come in several
    // shapes (one per parser), so every property read on them is a slow, megamorphic one, and
    // this loop would otherwise pay it on every line.
    let commentIndex = 0;
    let commentStart = Number.POSITIVE_INFINITY;
    let commentEnd = Number.POSITIVE_INFINITY;
    const nextComment = (): void => {
      const comment = comments[commentIndex++];
      commentStart = comment === undefined ? Number.POSITIVE_INFINITY : comment.range[0];
      commentEnd = comment === undefined ? Number.POSITIVE_INFINITY : comment.range[1];
    };
    nextComment();
    for (let line = 1; line <= this.lineCount; line++) {
      const lineEnd = this.lineEnd(line);
      let at = lineStarts[line - 1]!;
      while (at < lineEnd) {
        while (commentEnd <= at) nextComment();
        if (commentStart <= at) {
          // Inside a comment: what follows it on this line may still be code (`*/ run();`).
          at = commentEnd;
          continue;
        }
        const codeEnd = Math.min(commentStart, lineEnd);
        if (firstNonSpace(text, at, codeEnd) !== -1) {
          presence[line]! |= HAS_CODE;
          break;
        }
        at = codeEnd;
      }
    }
  }

  /**
   * Marks each line a comment's `[start, end)` touches, from `firstLine` on, and returns the
   * last one: HAS_COMMENT where its part of the line is not white space, and its kind's `bit`
   * where that part has a letter or digit. The parts are read in place, without a slice or a
   * callback per line.
   */
  private markCommentLines(presence: Uint8Array, bit: number, start: number, end: number, firstLine: number): number {
    const text = this.source.text;
    let line = firstLine;
    let from = start;
    for (;;) {
      const lineEnd = this.lineEnd(line);
      const isLast = end <= lineEnd || line >= this.lineCount;
      const to = isLast ? end : lineEnd;
      const visible = firstNonSpace(text, from, to);
      if (visible !== -1) {
        presence[line]! |= HAS_COMMENT;
        // A letter or digit is not white space, so the search starts at the first visible character.
        if (hasWordChar(text, visible, to)) this.lineTextKinds[line]! |= bit;
      }
      if (isLast) return line;
      line++;
      from = lineEnd;
    }
  }

  /**
   * Classifies every comment and records, per line, that a comment is there and which kinds
   * have words on it. Tokens and comments are both in source order, so one forward cursor finds
   * the token after each comment (which tells a doc comment from a stray block).
   */
  private classifyComments(presence: Uint8Array): CommentFact[] {
    const { comments, lineStarts } = this.source;
    const facts: CommentFact[] = [];
    const site = new CommentSite(this.source, presence);
    let line = 1;
    for (const comment of comments) {
      const start = comment.range[0];
      const end = comment.range[1];
      const text = commentText(comment);
      const marker = findMarker(comment, this.markerAliases);
      // Placeholder phrases are found here, in the same single pass, so that every rule and the
      // density counts read one verdict per comment.
      const placeholder = placeholderTier(text);
      while (line < lineStarts.length && lineStarts[line]! <= start) line++;
      site.moveTo(comment, line, marker, placeholder);
      const kind = classifyComment(comment, text, site);
      const endLine = this.markCommentLines(presence, kindBit(kind), start, end, line);
      facts.push({ comment, text, kind, marker, placeholder, startLine: line, endLine });
      line = endLine;
    }
    return facts;
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
  private line = 1;
  // The token index found for an earlier comment: a starting point, since both are in order.
  private cursor = 0;
  private cursorFor: SourceComment | undefined;
  private readonly firstCodeOffset: number;

  constructor(
    private readonly source: FileSource,
    private readonly presence: Uint8Array,
  ) {
    this.firstCodeOffset = source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
  }

  get tokens(): readonly SourceToken[] {
    return this.source.tokens;
  }

  /** Index of the first token after the comment. */
  get nextIndex(): number {
    if (this.cursorFor !== this.comment) {
      this.cursor = nextRangeAt(this.source.tokens, this.cursor, this.comment!.range[1]);
      this.cursorFor = this.comment;
    }
    return this.cursor;
  }

  moveTo(comment: SourceComment, line: number, marker: Marker | undefined, placeholder: PlaceholderTier | undefined): void {
    this.comment = comment;
    this.line = line;
    this.marker = marker;
    this.placeholder = placeholder;
    this.inHeader = comment.range[1] <= this.firstCodeOffset;
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
    const { comment, line, presence } = this;
    const { lineStarts, text } = this.source;
    const start = comment!.range[0];
    if (comment!.range[1] - start > 100 || comment!.type === 'Shebang' || comment!.type === 'Hashbang' || comment!.value.includes('\n')) return undefined;
    // The line table answers where the code is, without reading a token: code after a `//`
    // comment would be inside it, and a line with no code has none on either side. Only a
    // block comment on a line with code needs the tokens around it.
    let codeBefore = (presence[line]! & HAS_CODE) !== 0;
    let codeAfter = false;
    if (codeBefore && comment!.type === 'Block') [codeBefore, codeAfter] = this.codeAround();
    // The last line of a longer comment ends a sentence; it does not label the line below.
    const continuesComment = presence[line - 1] === HAS_COMMENT;
    if (!codeBefore && !codeAfter && (presence[line + 1]! & HAS_CODE) !== 0 && !continuesComment) {
      return { start: lineStarts[line]!, end: lineStarts[line + 1] ?? text.length, below: true };
    }
    if (codeBefore && !codeAfter) return { start: lineStarts[line - 1]!, end: start, below: false };
    return undefined;
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
