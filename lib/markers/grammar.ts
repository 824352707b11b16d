/**
 * The generated-code marker grammar (docs/markers.md): which comments say that code was
 * written by an AI assistant, which ones open or close a region of such code, and where the
 * `key=value` fields they carry begin (fields.ts reads them). Only comments are ever read,
 * and a marker must stand at the start of a comment (or of a JSDoc tag line), so prose that
 * mentions a marker is prose.
 */
import { charCodeSet, isSpaceAt } from '../util/chars.js';
import type { SourceComment } from '../source/file-source.js';
import { readFields, type FieldProblem, type MarkerField } from './fields.js';
import { commentValueStart, isJSDocBlock } from '../source/comment-text.js';

// Tags are spelled in pieces so that this file, when scanned, does not mark itself.
const AI = '@ai';
const GENERATED = `${AI}-generated`;

/**
 * `point` marks the whole file (in the header) or the declaration right after it; `begin` and
 * `end` delimit a region.
 */
export type MarkerRole = 'point' | 'begin' | 'end';

/** The spelling family of a marker; an `end` must be of its `begin`'s family. */
export type MarkerForm = 'tag' | 'editor-region' | 'words' | 'start-end' | 'spdx-snippet';

export interface Marker {
  readonly comment: SourceComment;
  readonly role: MarkerRole;
  readonly form: MarkerForm;
  /** The tag as written, where it is, and how it is spelled canonically (for casing fixes). */
  readonly tag: { readonly text: string; readonly start: number; readonly end: number; readonly canonical: string };
  readonly fields: readonly MarkerField[];
  readonly fieldProblems: readonly FieldProblem[];
  /** The marker is the first thing in its comment (not a tag line inside prose). */
  readonly leadsComment: boolean;
}

export type ToolBanner = 'generated-tag' | 'do-not-edit' | 'protobuf';

/** Lowercase with regex metacharacters escaped, for building the alias alternation. */
function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

interface TagPattern {
  readonly pattern: RegExp;
  readonly role: (match: RegExpExecArray) => MarkerRole;
  readonly form: MarkerForm;
  readonly canonical: (match: RegExpExecArray) => string;
}

const endOrBegin = (match: RegExpExecArray): MarkerRole => (/^end/iu.test(match[1] ?? '') ? 'end' : 'begin');

/**
 * The tag patterns, tried in order at the start of a line of comment text. Each is anchored
 * and built from literals and single character classes, so matching is linear.
 */
function tagPatterns(aliases: readonly string[]): TagPattern[] {
  const pointTags = [GENERATED, ...aliases].map(escapeForRegExp).join('|');
  return [
    {
      pattern: new RegExp(`^${escapeForRegExp(GENERATED)}-(begin|end)(?![\\w-])`, 'iu'),
      role: endOrBegin,
      form: 'tag',
      canonical: (match) => `${GENERATED}-${match[1]!.toLowerCase()}`,
    },
    {
      pattern: new RegExp(`^(?:${pointTags})(?![\\w-])`, 'iu'),
      role: () => 'point',
      form: 'tag',
      canonical: (match) => (match[0].toLowerCase() === GENERATED ? GENERATED : match[0]),
    },
    {
      pattern: new RegExp(`^${AI}-(start|end)(?![\\w-])`, 'iu'),
      role: (match) => (match[1]!.toLowerCase() === 'end' ? 'end' : 'begin'),
      form: 'start-end',
      canonical: (match) => `${AI}-${match[1]!.toLowerCase()}`,
    },
    {
      pattern: new RegExp(`^#\\s*region\\s+${escapeForRegExp(GENERATED)}(?![\\w-])`, 'iu'),
      role: () => 'begin',
      form: 'editor-region',
      canonical: () => `#region ${GENERATED}`,
    },
    {
      // `BEGIN AI-generated`, `--- [END AI-GENERATED] ---`: any case, decoration allowed.
      pattern: /^[-=[\s]*(begin|end)\s+ai[-\s]generated\b\]?/iu,
      role: endOrBegin,
      form: 'words',
      canonical: (match) => match[0],
    },
    {
      pattern: /^SPDX-Snippet(Begin|End)\b/u,
      role: endOrBegin,
      form: 'spdx-snippet',
      canonical: (match) => match[0],
    },
  ];
}

// The patterns are rebuilt only when a configuration names different aliases.
let cachedAliases: readonly string[] = [];
let cachedPatterns = tagPatterns([]);

function patternsFor(aliases: readonly string[]): TagPattern[] {
  if (aliases.length !== cachedAliases.length || aliases.some((alias, index) => alias !== cachedAliases[index])) {
    cachedAliases = [...aliases];
    cachedPatterns = tagPatterns(aliases);
  }
  return cachedPatterns;
}

// `#endregion` closes whatever `#region` is innermost, ours or not.
const EDITOR_REGION = /^#\s*(end)?region\b/iu;

/** A `#region` (`opens`) or `#endregion` (`closes`) comment, which the region matcher must see. */
export function editorRegionEdge(text: string): 'opens' | 'closes' | undefined {
  const match = EDITOR_REGION.exec(text);
  if (match === null) return undefined;
  return match[1] === undefined ? 'opens' : 'closes';
}

/** Where each line of a comment's text starts, after `//`, `/*`, and a JSDoc line's `*`. */
function commentLines(comment: SourceComment): { text: string; start: number }[] {
  const valueStart = commentValueStart(comment);
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const raw of comment.value.split('\n')) {
    const lead = /^[\s*]*/u.exec(raw)![0].length;
    lines.push({ text: raw.slice(lead).trimEnd(), start: valueStart + offset + lead });
    offset += raw.length + 1;
  }
  return lines;
}

/**
 * The marker a comment holds, if any: at the comment's start, or (for JSDoc blocks) on a
 * tag line, so `/** Parses rows. @ai-generated tool=x *\/` written over lines marks too.
 */
export function parseMarker(comment: SourceComment, aliases: readonly string[] = []): Marker | undefined {
  if (comment.type !== 'Line' && comment.type !== 'Block') return undefined;
  const patterns = patternsFor(aliases);
  const lines = commentLines(comment);
  const isJSDoc = isJSDocBlock(comment);
  for (const [lineIndex, line] of lines.entries()) {
    // Only the first line can hold a marker, except in JSDoc, where tags open lines.
    if (lineIndex > 0 && !(isJSDoc && line.text.startsWith('@'))) continue;
    for (const { pattern, role, form, canonical } of patterns) {
      const match = pattern.exec(line.text);
      if (match === null) continue;
      const rest = line.text.slice(match[0].length);
      const { fields, problems } = readFields(rest, line.start + match[0].length);
      const leadsComment = lines.slice(0, lineIndex).every((earlier) => earlier.text === '');
      return {
        comment,
        role: role(match),
        form,
        tag: { text: match[0], start: line.start, end: line.start + match[0].length, canonical: canonical(match) },
        fields,
        fieldProblems: problems,
        leadsComment,
      };
    }
  }
  return undefined;
}

const SNIPPET_COMMENT_SAYS_AI = new RegExp(`^SPDX-SnippetComment:.*\\b(?:${escapeForRegExp(GENERATED)}|ai-generated)\\b`, 'imu');

/** An SPDX snippet is AI-generated code only when its `SPDX-SnippetComment` says so. */
export function snippetCommentSaysAI(text: string): boolean {
  return SNIPPET_COMMENT_SAYS_AI.test(text.replace(/^[\s*]+/gmu, ''));
}

// Each banner pattern is anchored and case-sensitive, so the text's first character picks the
// one pattern that can match: this is asked of every comment, and most start with none of these.
export const TOOL_BANNER_BY_FIRST = new Map<string, readonly [RegExp, ToolBanner]>([
  ['@', [new RegExp(`^@${'generated'}\\b`, 'u'), 'generated-tag']],
  // Go's convention, which other code generators copied.
  ['C', [/^Code generated\b[^\n]*\bDO NOT EDIT\b/u, 'do-not-edit']],
  ['G', [/^Generated by the protocol buffer compiler\b/u, 'protobuf']],
]);

// First characters that may open a marker a comment leads with (`@ai-generated`, `#region`,
// `--- BEGIN AI-generated`, `SPDX-SnippetBegin`) or a tool banner (`@generated`, `Code generated`,
// `Generated by`), in either case: such a marker stands at the start of the comment's first
// line with words, and a banner at the start of its text.
const MARKER_OR_BANNER_FIRST = charCodeSet('@#-=[bBeEsScCgG');

/**
 * Whether the text starting at `at` of `value` may open a leading marker or a tool banner, told
 * from its first character: false settles that it opens neither (built-in forms only; an alias
 * may start with anything).
 */
export function mayOpenMarkerOrBanner(value: string, at: number): boolean {
  return MARKER_OR_BANNER_FIRST.has(value.charCodeAt(at));
}

/** The tool banner a comment's text starts with: code a tool regenerates, not AI output. */
export function toolBanner(text: string): ToolBanner | undefined {
  const candidate = TOOL_BANNER_BY_FIRST.get(text.charAt(0));
  return candidate !== undefined && candidate[0].test(text) ? candidate[1] : undefined;
}

// Every marker spelling contains one of these; comments without them skip the full parse.
const MARKER_HINT = /@ai|ai[-\s]generated|SPDX-Snippet/i;

/** Whether `value` holds `@ai` in any case: every form but two spells it. */
function hasAiTag(value: string): boolean {
  for (let at = value.indexOf('@'); at !== -1; at = value.indexOf('@', at + 1)) {
    if (startsWithLetters(value, at + 1, 'ai')) return true;
  }
  return false;
}

/** Where the comment's first line starts after `*` and white space, as `parseMarker` reads it. */
export function firstLineStart(value: string): number {
  let at = 0;
  while (at < value.length && value[at] !== '\n' && (value[at] === '*' || isSpaceAt(value, at))) at++;
  return at;
}

/**
 * Whether the first line may open one of the two built-in forms without `@ai`: decoration or
 * `begin`/`end` in any case (`BEGIN AI-generated`), or `SPDX-Snippet`. Read from its first
 * characters, since most comments' first words (`Sets`, `Builds`) rule both out.
 */
function mayOpenUntaggedMarker(value: string): boolean {
  const at = firstLineStart(value);
  const first = value[at];
  if (first === '-' || first === '=' || first === '[') return true;
  return startsWithLetters(value, at, 'begin') || startsWithLetters(value, at, 'end') || value.startsWith('SPDX-Snippet', at);
}

/** Whether `value` has the lower-case ASCII `letters` at `at`, in any case. */
function startsWithLetters(value: string, at: number, letters: string): boolean {
  for (let index = 0; index < letters.length; index++) {
    // `| 0x20` lower-cases an ASCII letter and maps no other character onto one.
    if ((value.charCodeAt(at + index) | 0x20) !== letters.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Whether `parseMarker` could find a built-in marker in `value`. A marker stands at the start of
 * the first line, or of a JSDoc line starting with `@`: forms spelled with `@ai` need it somewhere,
 * and the other two need their opening at the start of the first line. Only those few comments
 * pay for the full hint search, which scanning every comment for cost a lot.
 */
function mayHoldBuiltInMarker(value: string): boolean {
  if (hasAiTag(value)) return true;
  return mayOpenUntaggedMarker(value) && MARKER_HINT.test(value);
}

/** Whether `parseMarker` could find a marker in the comment: false settles it without the parse. */
export function mayHoldMarker(comment: SourceComment, aliases: readonly string[]): boolean {
  const { value } = comment;
  // Aliases match in any case inside the tag pattern, so with aliases the plain hint search stays.
  return aliases.length === 0 ? mayHoldBuiltInMarker(value) : MARKER_HINT.test(value) || aliases.some((alias) => value.includes(alias));
}

/** `parseMarker` for comments that could hold a marker, cheaply skipping the rest. */
export function findMarker(comment: SourceComment, aliases: readonly string[]): Marker | undefined {
  return mayHoldMarker(comment, aliases) ? parseMarker(comment, aliases) : undefined;
}
