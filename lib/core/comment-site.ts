/**
 * Where a comment stands among the lines and tokens of its file: what the classifier reads
 * about a comment besides its own text (see `SurroundingContext`), with the line questions of
 * source-lines.ts. FileFacts uses these to settle the kinds that depend on the code around a
 * comment on first read.
 */
import { commentText, isJSDocBlock } from '../source/comment-text.js';
import { commentShape, leadingKind, phraseKind, surelyNoLeadingKind, surelyNoTaggedKind, surroundedKind, type CommentKind, type CommentShape, type SurroundingContext } from '../kinds/comment-kinds.js';
import type { CommentFact } from './comment-fact.js';
import { firstAbove, nextRangeAt } from '../util/lower-bound.js';
import { findMarker, type Marker } from '../markers/grammar.js';
import { narrationWords, type LabelWords, type StatementRange } from '../kinds/narration.js';
import { addsNothingToSummary, jsdocSummary } from '../kinds/jsdoc-label.js';
import { placeholderTier, type PlaceholderTier } from '../kinds/placeholders.js';
import { editNoteIn, type EditNote } from '../kinds/edit-history.js';
import type { FileSource, SourceComment, SourceToken } from '../source/file-source.js';
import { codeNear, codeOnLine, commentOnLine, indentation, lineEnd } from './source-lines.js';
import { firstNonSpace } from '../util/chars.js';

/**
 * One comment's facts, each worked out on first read: a rule that asks only some questions of
 * only some comments (is this JSDoc block narration? is this short file long enough to judge?)
 * leaves the rest unread. `kind` is settled by the shared site (see `CommentSite.kindAround`).
 */
export class Fact implements CommentFact {
  private cachedText: string | undefined;
  // `null` is "read, and there is none"; `undefined`, not read yet.
  private cachedMarker: Marker | null | undefined;
  private cachedPlaceholder: PlaceholderTier | null | undefined;
  private cachedEditNote: EditNote | null | undefined;
  private cachedLeadingKind: CommentKind | null | undefined;
  private cachedShape: CommentShape | undefined;
  private cachedLabelWords: LabelWords | null | undefined;
  private cachedAroundKind: CommentKind | undefined;
  private settled: CommentKind | undefined;

  constructor(
    readonly comment: SourceComment,
    readonly startLine: number,
    readonly endLine: number,
    private readonly index: number,
    private readonly site: CommentSite,
  ) {}

  get text(): string {
    this.cachedText ??= commentText(this.comment);
    return this.cachedText;
  }

  get marker(): Marker | undefined {
    if (this.cachedMarker === undefined) this.cachedMarker = findMarker(this.comment, this.site.markerAliases) ?? null;
    return this.cachedMarker ?? undefined;
  }

  // Placeholder phrases are read once per comment, so that every rule and the density counts
  // read one verdict.
  get placeholder(): PlaceholderTier | undefined {
    if (this.cachedPlaceholder === undefined) this.cachedPlaceholder = placeholderTier(this.text) ?? null;
    return this.cachedPlaceholder ?? undefined;
  }

  // Read once per comment whatever its kind: a long comment keeps its kind with a note in it.
  get editNote(): EditNote | undefined {
    if (this.cachedEditNote === undefined) this.cachedEditNote = editNoteIn(this.text) ?? null;
    return this.cachedEditNote ?? undefined;
  }

  // Read once, without the code around the comment: the text and whether it is in the header decide it.
  get leadingKind(): CommentKind | undefined {
    if (this.cachedLeadingKind === undefined) {
      const { comment } = this;
      const inHeader = comment.range[1] <= this.site.firstCode;
      this.cachedLeadingKind = this.surelyNone(inHeader) ? null : (leadingKind(comment, this.text, inHeader, this) ?? null);
    }
    return this.cachedLeadingKind ?? undefined;
  }

  /**
   * Whether `leadingKind` surely finds no kind (`surelyNoLeadingKind`). Where rules have read the
   * comment's placeholder tier and edit note already, these tell the kind their phrases give
   * exactly, and the searches that guess it from the comment's value are not run again.
   */
  private surelyNone(inHeader: boolean): boolean {
    const hasMarkerAliases = this.site.markerAliases.length > 0;
    if (this.cachedPlaceholder === undefined || this.cachedEditNote === undefined) return surelyNoLeadingKind(this.comment, inHeader, hasMarkerAliases);
    return surelyNoTaggedKind(this.comment, inHeader, hasMarkerAliases) && phraseKind(this.text, this) === undefined;
  }

  get shape(): CommentShape {
    this.cachedShape ??= commentShape(this);
    return this.cachedShape;
  }

  // Read without the comment's shape: where it is code, the words are never asked for.
  get labelWords(): LabelWords | undefined {
    if (this.cachedLabelWords === undefined) {
      const isJSDoc = isJSDocBlock(this.comment);
      const words = narrationWords(isJSDoc ? jsdocSummary(this.text) : this.text);
      // A block's tags are read only behind a summary worded like a label.
      this.cachedLabelWords = words === undefined || (isJSDoc && !addsNothingToSummary(this.text)) ? null : words;
    }
    return this.cachedLabelWords ?? undefined;
  }

  get aroundKind(): CommentKind {
    this.cachedAroundKind ??= this.site.kindAround(this, this.index);
    return this.cachedAroundKind;
  }

  get kind(): CommentKind {
    this.settled ??= this.leadingKind ?? this.aroundKind;
    return this.settled;
  }
}

/**
 * Where the comment being settled stands, as the classifier asks it (`SurroundingContext`). One
 * object serves all of a file's comments, in whatever order their kinds are asked for, and what
 * needs the tokens (the token after the comment, the narrated statement) is looked up only when
 * the classifier asks: right after the parse the tokens are no longer in the processor's cache,
 * so each token read is slow. A context object per comment was garbage to collect, too.
 */
export class CommentSite implements SurroundingContext {
  private comment: SourceComment | undefined;
  private index = 0;
  private line = 1;
  private endLine = 1;
  // The token index found for the comment asked about before: a starting point, since kinds
  // are mostly asked for in source order.
  private cursor = 0;
  private cursorFor: SourceComment | undefined;

  /** Where the file's first code token starts: comments that end before it are in the header. */
  readonly firstCode: number;

  constructor(
    private readonly source: FileSource,
    private readonly lineCount: number,
    readonly markerAliases: readonly string[],
  ) {
    this.firstCode = source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
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
    this.endLine = fact.endLine;
    return surroundedKind(fact, this);
  }

  get text(): string {
    return this.source.text;
  }

  /**
   * The statement a single-line comment may narrate: the lines below when the comment stands
   * alone directly above code, or the code before it when it trails. A JSDoc block's is the
   * declaration below it. Long or other multi-line comments are never narration and skip the
   * line lookups.
   */
  get statement(): StatementRange | undefined {
    const { comment, index, line, source } = this;
    const { lineStarts, text } = source;
    const start = comment!.range[0];
    if (comment!.type === 'Block' && comment!.value.startsWith('*')) return this.linesBelow(this.endLine, true);
    if (comment!.range[1] - start > 100 || comment!.type === 'Shebang' || comment!.type === 'Hashbang' || comment!.value.includes('\n')) return undefined;
    // The text of the lines answers where the code is, without reading a token: code after a
    // `//` comment would be inside it, and a line with no code has none on either side. Only a
    // block comment on a line with code needs the tokens around it.
    let codeBefore = codeNear(source, line, index);
    let codeAfter = false;
    if (codeBefore && comment!.type === 'Block') [codeBefore, codeAfter] = this.codeAround();
    // A JSX comment (`{/* Calendar */}` alone on its line) labels the line below, as `//` does.
    if (codeBefore && codeAfter && this.aloneInBraces()) [codeBefore, codeAfter] = [false, false];
    if (codeBefore) return codeAfter ? undefined : { start: lineStarts[line - 1]!, end: start, below: false };
    if (codeAfter) return undefined;
    // The last line of a longer comment ends a sentence; it does not label the line below.
    const continuesComment = line > 1 && commentOnLine(source, line - 1, index) && !codeNear(source, line - 1, index);
    return continuesComment || text.length === 0 ? undefined : this.linesBelow(line, false);
  }

  /**
   * The statement on the lines below `line`: the first, when it holds code, and the next one
   * while it does too (the name a comment repeats may be on the second line: `class User {`
   * and its constructor).
   */
  private linesBelow(line: number, documents: boolean): StatementRange | undefined {
    const { source, lineCount, index } = this;
    if (line >= lineCount || !codeOnLine(source, line + 1, index + 1)) return undefined;
    const { lineStarts, text } = source;
    const last = line + 2 <= lineCount && codeOnLine(source, line + 2, index + 1) ? line + 2 : line + 1;
    return { start: lineStarts[line]!, end: lineStarts[last] ?? text.length, below: true, documents };
  }

  /**
   * Whether the comment stands above two lines that start alike: the same keyword (`export`,
   * `private`, `const` …) or a name followed by `(`, `:` or `?` (members, calls); above an
   * import or a re-export, a module's list of its parts; or above a line that opens a block the
   * next line is indented into (a branch, an element with children, an object). A short label
   * there heads the group, as `// History` above two history members or `{/* Account *\/}` above
   * a settings panel does.
   */
  get headsGroup(): boolean {
    const { tokens, lineStarts } = this.source;
    const first = this.nextIndex;
    if (isModuleListEntry(tokens, first)) return true;
    const secondLine = this.endLine + 2;
    if (secondLine > this.lineCount) return false;
    if (this.opensSection(first, secondLine - 1)) return true;
    const secondStart = lineStarts[secondLine - 1]!;
    let second = first;
    while (second < tokens.length && second - first < 64 && tokens[second]!.range[0] < secondStart) second++;
    const token = tokens[second];
    return token !== undefined && token.range[0] < (lineStarts[secondLine] ?? Number.POSITIVE_INFINITY) && lineForm(tokens, first) !== undefined && lineForm(tokens, first) === lineForm(tokens, second);
  }

  /**
   * Whether `line` (its first token at `first`) opens a section: it ends with an opening bracket
   * or a JSX opening tag, and the lines indented deeper below it run on for SECTION_LINES or more.
   * A heading names such a section; a label over a few lines narrates them. An element whose
   * tag the comment names (`{/* Footer *\/}` over `<footer>`) is labelled, not headed.
   */
  private opensSection(first: number, line: number): boolean {
    const { source } = this;
    const { text, lineStarts, tokens } = source;
    const lineText = text.slice(lineStarts[line - 1]!, lineEnd(source, line)).trimEnd();
    const last = lineText[lineText.length - 1];
    const jsxOpen = tokens[first]?.value === '<' && last === '>' && !lineText.endsWith('/>');
    if (!jsxOpen && last !== '{' && last !== '(' && last !== '[') return false;
    if (jsxOpen && this.comment!.value.toLowerCase().includes(tokens[first + 1]?.value.toLowerCase() ?? '<')) return false;
    const depth = indentation(source, line);
    let end = line + 1;
    while (end <= this.lineCount && end - line <= SECTION_LINES && (indentation(source, end) > depth || !codeOnLine(source, end, this.index + 1))) end++;
    return end - line > SECTION_LINES;
  }

  /**
   * The code of the lines that open the blocks the comment is in, innermost first: walking up
   * from the comment, each line indented less than the lines below it opens the block they are
   * in. At most HEADER_LEVELS of them, within HEADER_REACH lines, without comments.
   */
  enclosingHeaders(): string {
    const { source } = this;
    const { text, lineStarts } = source;
    let depth = indentation(source, this.line);
    let headers = '';
    let found = 0;
    for (let line = this.line - 1; line >= 1 && depth > 0 && found < HEADER_LEVELS && this.line - line <= HEADER_REACH; line--) {
      const start = lineStarts[line - 1]!;
      let end = lineEnd(source, line);
      const code = firstNonSpace(text, start, end);
      if (code === -1 || code - start >= depth || text.startsWith('/', code) || text.startsWith('*', code)) continue;
      depth = code - start;
      const comment = text.indexOf('//', code);
      if (comment !== -1 && comment < end) end = comment;
      headers += `${text.slice(code, end)}\n`;
      found++;
    }
    return headers;
  }

  /** Whether a comment trails the line above or below this trailing one: a column of labels. */
  get inColumn(): boolean {
    const { comments } = this.source;
    const trails = (at: number, line: number): boolean => {
      const other = comments[at];
      return other !== undefined && this.lineNear(other.range[0], line) === line && codeNear(this.source, line, at);
    };
    return trails(this.index - 1, this.line - 1) || trails(this.index + 1, this.line + 1);
  }

  /** Whether the comment's line holds nothing but it between `{` and `}`. */
  private aloneInBraces(): boolean {
    const { tokens } = this.source;
    const next = this.nextIndex;
    const open = tokens[next - 1];
    const close = tokens[next];
    if (open?.value !== '{' || close?.value !== '}') return false;
    // JSX text between elements that is only white space (a line break and indentation) is no code.
    const blank = (token: SourceToken | undefined): boolean => token?.type === 'JSXText' && token.value.trim() === '';
    const before = blank(tokens[next - 2]) ? tokens[next - 3] : tokens[next - 2];
    const after = blank(tokens[next + 1]) ? tokens[next + 2] : tokens[next + 1];
    return (before === undefined || this.lineNear(before.range[1] - 1, this.line) < this.line) && (after === undefined || this.lineNear(after.range[0], this.line) > this.line);
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

// How many lines below its opening line a block runs on before a comment above it is a heading.
const SECTION_LINES = 8;
// How many enclosing blocks' opening lines a comment's words may be named by (a branch and the
// function it is in), and how far up they are looked for.
const HEADER_LEVELS = 2;
const HEADER_REACH = 40;

// Keywords that start a line of a group of declarations or members.
const GROUP_KEYWORDS = new Set(['export', 'import', 'const', 'let', 'var', 'type', 'interface', 'function', 'class', 'enum', 'declare', 'public', 'private', 'protected', 'readonly', 'static', 'async', 'abstract', 'get', 'set']);
const AFTER_MEMBER = new Set(['(', ':', '?', '<']);

/** `import …` or `export { … } from`, `export * from`, `export type { … }`. */
function isModuleListEntry(tokens: readonly SourceToken[], at: number): boolean {
  const first = tokens[at]?.value;
  if (first === 'import') return true;
  if (first !== 'export') return false;
  const second = tokens[at + 1]?.value;
  return second === '{' || second === '*' || (second === 'type' && tokens[at + 2]?.value === '{');
}

/** How the line that starts with `tokens[at]` starts, for `headsGroup`; undefined for other lines. */
function lineForm(tokens: readonly SourceToken[], at: number): string | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  if (GROUP_KEYWORDS.has(token.value)) return token.value;
  return token.type === 'Identifier' && AFTER_MEMBER.has(tokens[at + 1]?.value ?? '') ? 'member' : undefined;
}
