/**
 * A file's SPDX licensing header: where it is and which tags and copyright notices it holds.
 * Only the comments before the first token are ever read.
 */
import { AnchoredPattern, isSpaceAt } from '../util/chars.js';
import type { FileSource, SourceComment } from '../source/file-source.js';
import { commentValueStart } from '../source/comment-text.js';

export const LICENSE_TAG = 'SPDX-License-Identifier:';
export const COPYRIGHT_TAG = 'SPDX-FileCopyrightText:';
export const CONTRIBUTOR_TAG = 'SPDX-FileContributor:';

/** One tag line of the header: where the tag and its value are in the file. */
export interface HeaderTag {
  readonly comment: SourceComment;
  readonly tagStart: number;
  readonly tagEnd: number;
  /** The value, trimmed, and its offsets (both equal `tagEnd` when it is empty). */
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface SpdxHeader {
  /** The `#!` line, after which a header starts. */
  readonly shebang: SourceComment | undefined;
  /** The comments before the first token, shebang excluded. */
  readonly comments: readonly SourceComment[];
  readonly licenses: readonly HeaderTag[];
  /** Copyright notices in the forms REUSE accepts: the SPDX tag, `Copyright …` or `© …`. */
  readonly copyrights: readonly HeaderTag[];
  readonly contributors: readonly HeaderTag[];
}

/** Where a comment line's text starts after its decoration: indentation, JSDoc stars, `/*!` banners, extra slashes. */
function afterDecoration(value: string, from: number, to: number): number {
  let at = from;
  while (at < to && (isSpaceAt(value, at) || value[at] === '*' || value[at] === '!' || value[at] === '/')) at++;
  return at;
}

/** The header of a file whose first comment, if it has one, comes after its first token. */
const NO_HEADER: SpdxHeader = Object.freeze({ shebang: undefined, comments: [], licenses: [], copyrights: [], contributors: [] });

/**
 * Reads the SPDX tags and copyright notices of the header: the comments before the file's
 * first token. A tag counts only at the start of a comment line, after decoration, so prose
 * that mentions a tag is not one.
 */
export function readSpdxHeader(comments: readonly SourceComment[], firstTokenStart: number): SpdxHeader {
  // Most files open with code: their header is read without building one.
  if (comments.length === 0 || comments[0]!.range[1] > firstTokenStart) return NO_HEADER;
  const header: SourceComment[] = [];
  let shebang: SourceComment | undefined;
  const found: Record<TagKind, HeaderTag[]> = { license: [], copyright: [], contributor: [], snippetBegin: [], snippetEnd: [] };
  for (const comment of comments) {
    if (comment.range[1] > firstTokenStart) break;
    if (comment.type !== 'Line' && comment.type !== 'Block') {
      shebang = comment;
      continue;
    }
    header.push(comment);
    forEachTag(comment, (kind, tag) => found[kind].push(tag));
  }
  // A copyright notice must name someone: a bare tag or word is no notice.
  const copyrights = found.copyright.filter((notice) => notice.value !== '');
  return { shebang, comments: header, licenses: found.license, copyrights, contributors: found.contributor };
}

/**
 * A license tag after the first token, outside SPDX snippets (whose tags license the snippet
 * only): the file's license written where the header check does not look. Only asked when the
 * header has none, so the walk over every comment is paid by files that fail anyway.
 */
export function misplacedLicenseTag(source: Pick<FileSource, 'text' | 'comments'>, firstTokenStart: number): HeaderTag | undefined {
  // A comment after the first token lies in the text after it: most files have no tag there,
  // which one search of the text tells without visiting each comment. A file whose comments all
  // end before its first token (or that has none) needs no search.
  const { comments } = source;
  const last = comments[comments.length - 1];
  if (last === undefined || last.range[1] <= firstTokenStart || !source.text.includes('SPDX-', firstTokenStart)) return undefined;
  let inSnippet = false;
  let misplaced: HeaderTag | undefined;
  for (const comment of comments) {
    if (comment.range[1] <= firstTokenStart || !comment.value.includes('SPDX-')) continue;
    forEachTag(comment, (kind, tag) => {
      if (kind === 'snippetBegin' || kind === 'snippetEnd') inSnippet = kind === 'snippetBegin';
      else if (kind === 'license' && !inSnippet) misplaced ??= tag;
    });
    if (misplaced !== undefined) return misplaced;
  }
  return undefined;
}

export type TagKind = 'license' | 'copyright' | 'contributor' | 'snippetBegin' | 'snippetEnd';

// Tried in order at the start of each comment line; the copyright word comes last, so that
// the SPDX tags win.
export const TAG_STARTS: readonly [TagKind, RegExp][] = [
  ['license', new RegExp(`^${LICENSE_TAG}`, 'u')],
  ['contributor', new RegExp(`^${CONTRIBUTOR_TAG}`, 'u')],
  ['copyright', new RegExp(`^${COPYRIGHT_TAG}`, 'u')],
  ['snippetBegin', /^SPDX-SnippetBegin\b/u],
  ['snippetEnd', /^SPDX-SnippetEnd\b/u],
  ['copyright', /^(?:copyright\b|©)/iu],
];

/**
 * Every pattern above matches only where this one does: a guard on the line's first two
 * characters (see AnchoredPattern) turns away nearly every comment line before the six patterns
 * are tried, and a licence block runs a dozen lines.
 */
export const TAG_START = new AnchoredPattern(['SP', 'co', '©'], /^(?:SPDX-|copyright\b|©)/iu);

/** Calls `visit` with each tag that starts a line of the comment, in file coordinates. */
function forEachTag(comment: SourceComment, visit: (kind: TagKind, tag: HeaderTag) => void): void {
  if (comment.type !== 'Line' && comment.type !== 'Block') return;
  const { value } = comment;
  const valueStart = commentValueStart(comment);
  let lineFrom = 0;
  // One pass over the comment's lines, read in place: only a line that may hold a tag is cut out.
  while (lineFrom <= value.length) {
    const newline = value.indexOf('\n', lineFrom);
    const lineTo = newline === -1 ? value.length : newline;
    const lead = afterDecoration(value, lineFrom, lineTo);
    if (TAG_START.mayMatchAt(value, lead)) {
      const rest = value.slice(lead, lineTo);
      for (const [kind, start] of TAG_STARTS) {
        const match = start.exec(rest);
        if (match === null) continue;
        visit(kind, tagAt(comment, rest, match[0].length, valueStart + lead));
        break;
      }
    }
    lineFrom = lineTo + 1;
  }
}

/** The tag of `tagLength` characters at the start of `rest` (found at offset `at`), and its value. */
function tagAt(comment: SourceComment, rest: string, tagLength: number, at: number): HeaderTag {
  const after = rest.slice(tagLength);
  const leading = after.length - after.trimStart().length;
  const value = after.trim();
  const valueStart = value === '' ? at + tagLength : at + tagLength + leading;
  return { comment, tagStart: at, tagEnd: at + tagLength, value, valueStart, valueEnd: valueStart + value.length };
}
