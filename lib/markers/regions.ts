/**
 * Resolves a file's markers into the code they mark: the whole file, regions, and single
 * declarations, plus every way the markers fail to fit together. A malformed or unbalanced
 * marker never switches checks off: an unclosed region runs to the end of the file, so more
 * code, not less, is held to the generated-code bar.
 */
import { commentText } from '../source/comment-text.js';
import { startsDeclaration } from '../source/declarations.js';
import { editorRegionEdge, snippetCommentSaysAI, toolBanner, type Marker, type ToolBanner } from './grammar.js';
import { tokensBefore, type FileSource, type SourceComment } from '../source/file-source.js';

export interface GeneratedRegion {
  readonly begin: Marker;
  /** The comment that closed the region; undefined when it was never closed and runs to the end. */
  readonly closedBy: SourceComment | undefined;
  /** Offsets of the marked code: from the end of the begin comment to the start of the end. */
  readonly start: number;
  readonly endOffset: number;
}

export type MarkerProblem =
  | { readonly kind: 'unclosed' | 'unopened' | 'dangling' | 'empty'; readonly marker: Marker }
  | { readonly kind: 'nested' | 'mismatched' | 'duplicateFile'; readonly marker: Marker; readonly other: Marker };

export interface GeneratedCode {
  /** The header marker that marks the whole file, if any. */
  readonly fileMarker: Marker | undefined;
  readonly regions: readonly GeneratedRegion[];
  /** Start offset of each marked declaration's first token, with the marker before it. */
  readonly declarations: ReadonlyMap<number, Marker>;
  readonly problems: readonly MarkerProblem[];
}

/**
 * The tool banner in a file's header (the comments before `firstToken`), if any: code a tool
 * regenerates. Read from the comments alone, so a rule can skip such a file before any analysis.
 */
export function headerToolBanner(comments: readonly SourceComment[], firstToken: number): ToolBanner | undefined {
  for (const comment of comments) {
    if (comment.range[1] > firstToken) return undefined;
    const banner = toolBanner(commentText(comment));
    if (banner !== undefined) return banner;
  }
  return undefined;
}

/** A comment as the resolver needs it: the comment, its marker if any, and its trimmed text. */
export interface MarkedComment {
  readonly comment: SourceComment;
  readonly text: string;
  readonly marker: Marker | undefined;
}

interface OpenRegion {
  readonly begin: Marker;
  /** An SPDX snippet that does not say it is AI code is balanced but marks nothing. */
  readonly marksCode: boolean;
  /**
   * A region opened inside this one has been reported: what follows from the same missing or
   * misplaced end (further regions opened inside it, this one left open) is not reported again.
   */
  reported: boolean;
}

/** Text of `comments[index]` and the comments right after it, up to the next code token. */
function commentGroupText(comments: readonly MarkedComment[], index: number, nextToken: number): string {
  const texts: string[] = [];
  for (let at = index; at < comments.length && comments[at]!.comment.range[0] < nextToken; at++) {
    texts.push(comments[at]!.comment.value);
  }
  return texts.join('\n');
}

/** Walks a file's comments once, in order, matching region markers like brackets. */
class RegionMatcher {
  readonly problems: MarkerProblem[] = [];
  readonly regions: GeneratedRegion[] = [];
  readonly declarations = new Map<number, Marker>();
  fileMarker: Marker | undefined;
  private readonly open: OpenRegion[] = [];
  // `#endregion` closes the innermost `#region`, which may be an ordinary editor fold.
  private readonly editorRegions: (OpenRegion | 'other')[] = [];

  constructor(
    private readonly source: FileSource,
    private readonly comments: readonly MarkedComment[],
  ) {}

  resolve(): GeneratedCode {
    const firstToken = this.source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
    for (const [index, { comment, text, marker }] of this.comments.entries()) {
      const inHeader = comment.range[1] <= firstToken;
      if (marker === undefined) this.plainComment(comment, text);
      else if (marker.role === 'point') this.pointMarker(marker, inHeader);
      else if (marker.role === 'begin') this.beginMarker(marker, index);
      else this.endMarker(marker);
    }
    // Whatever is still open runs to the end of the file: more code checked, not less.
    for (const region of [...this.open].reverse()) {
      if (!region.reported) this.problems.push({ kind: 'unclosed', marker: region.begin });
      this.close(region, undefined, this.source.text.length);
    }
    this.regions.sort((a, b) => a.start - b.start);
    const { fileMarker, regions, declarations, problems } = this;
    return { fileMarker, regions, declarations, problems };
  }

  /** A comment that is no marker still matters if it is a `#region` or `#endregion`. */
  private plainComment(comment: SourceComment, text: string): void {
    const edge = editorRegionEdge(text);
    if (edge === 'opens') this.editorRegions.push('other');
    const fold = edge === 'closes' ? this.editorRegions.pop() : undefined;
    if (fold !== undefined && fold !== 'other' && this.open.includes(fold)) this.close(fold, comment, comment.range[0]);
  }

  /** In the header a point marker marks the file; elsewhere, the declaration after it. */
  private pointMarker(marker: Marker, inHeader: boolean): void {
    if (inHeader) {
      if (this.fileMarker === undefined) this.fileMarker = marker;
      else this.problems.push({ kind: 'duplicateFile', marker, other: this.fileMarker });
      return;
    }
    const next = tokensBefore(this.source.tokens, marker.comment.range[1]);
    if (startsDeclaration(this.source.tokens, next)) this.declarations.set(this.source.tokens[next]!.range[0], marker);
    else this.problems.push({ kind: 'dangling', marker });
  }

  /**
   * A begin inside an open region is reported once per enclosing region, as a compiler reports
   * the first error and recovers: one forgotten end would otherwise make every later region a
   * nested one, and the region itself unclosed too.
   */
  private beginMarker(marker: Marker, index: number): void {
    const enclosing = this.open.at(-1);
    if (enclosing !== undefined && !this.open.some((region) => region.reported)) {
      this.problems.push({ kind: 'nested', marker, other: enclosing.begin });
      enclosing.reported = true;
    }
    // An SPDX snippet says what it is in the comments that follow its begin tag.
    const nextToken = this.source.tokens[tokensBefore(this.source.tokens, marker.comment.range[1])]?.range[0] ?? Number.POSITIVE_INFINITY;
    const marksCode = marker.form !== 'spdx-snippet' || snippetCommentSaysAI(commentGroupText(this.comments, index, nextToken));
    const region: OpenRegion = { begin: marker, marksCode, reported: false };
    this.open.push(region);
    if (marker.form === 'editor-region') this.editorRegions.push(region);
  }

  /** An end closes the innermost open region, reporting it if the two forms differ. */
  private endMarker(marker: Marker): void {
    const innermost = this.open.at(-1);
    if (innermost === undefined) {
      this.problems.push({ kind: 'unopened', marker });
      return;
    }
    if (innermost.begin.form !== marker.form) this.problems.push({ kind: 'mismatched', marker, other: innermost.begin });
    this.close(innermost, marker.comment, marker.comment.range[0]);
  }

  private close(region: OpenRegion, closedBy: SourceComment | undefined, endOffset: number): void {
    this.open.splice(this.open.lastIndexOf(region), 1);
    const fold = this.editorRegions.lastIndexOf(region);
    if (fold !== -1) this.editorRegions.splice(fold, 1);
    if (!region.marksCode) return;
    const start = region.begin.comment.range[1];
    // A closed region whose begin and end have no token between them marks nothing.
    if (closedBy !== undefined && tokensBefore(this.source.tokens, start) === tokensBefore(this.source.tokens, endOffset)) {
      this.problems.push({ kind: 'empty', marker: region.begin });
    }
    this.regions.push({ begin: region.begin, closedBy, start, endOffset });
  }
}

export function resolveGeneratedCode(source: FileSource, comments: readonly MarkedComment[]): GeneratedCode {
  return new RegionMatcher(source, comments).resolve();
}

/** Whether `offset` lies in a marked region (not counting file or declaration markers). */
export function inGeneratedRegion(code: GeneratedCode, offset: number): boolean {
  return code.regions.some((region) => region.start <= offset && offset < region.endOffset);
}
