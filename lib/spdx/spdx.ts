/**
 * SPDX helpers for `require-spdx-header`: where a file's licensing header is, which SPDX tags
 * and copyright notices it holds, whether a license expression is valid SPDX, and the text of
 * a header to insert. Only the comments before the first token are ever read.
 *
 * The license lists come from `spdx-license-ids` and `spdx-exceptions` (the lists
 * `spdx-expression-parse` itself checks against), so a newer list is a dependency update.
 */
import { createRequire } from 'node:module';
import correctLicense from 'spdx-correct';
import parseExpression from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';
import { AnchoredPattern, isSpaceAt } from '../util/chars.js';
import type { GeneratedCode } from '../markers/regions.js';
import type { Marker } from '../markers/grammar.js';
import type { FileSource, SourceComment } from '../source/file-source.js';

// The lists are JSON files without ESM entry points.
const require = createRequire(import.meta.url);
const LICENSES = new Set(require('spdx-license-ids') as string[]);
const DEPRECATED_LICENSES = new Set(require('spdx-license-ids/deprecated') as string[]);
const EXCEPTIONS = new Set(require('spdx-exceptions') as string[]);
const DEPRECATED_EXCEPTIONS = new Set(require('spdx-exceptions/deprecated.json') as string[]);

/** Canonical spellings by lower case: SPDX matches ids case-insensitively, tools do not. */
function byLowerCase(...lists: Set<string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) for (const id of list) map.set(id.toLowerCase(), id);
  return map;
}
const LICENSE_SPELLINGS = byLowerCase(LICENSES, DEPRECATED_LICENSES);
const EXCEPTION_SPELLINGS = byLowerCase(EXCEPTIONS, DEPRECATED_EXCEPTIONS);

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

/**
 * Reads the SPDX tags and copyright notices of the header: the comments before the file's
 * first token. A tag counts only at the start of a comment line, after decoration, so prose
 * that mentions a tag is not one.
 */
export function readSpdxHeader(comments: readonly SourceComment[], firstTokenStart: number): SpdxHeader {
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
  // which one search of the text tells without visiting each comment.
  if (!source.text.includes('SPDX-', firstTokenStart)) return undefined;
  let inSnippet = false;
  let misplaced: HeaderTag | undefined;
  for (const comment of source.comments) {
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
  const valueStart = comment.range[0] + 2;
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

export type ExpressionProblemKind =
  | 'unknownLicense'
  | 'unknownException'
  | 'invalidLicenseRef'
  | 'idCase'
  | 'operatorCase'
  | 'deprecated'
  | 'invalidExpression';

/** A problem in a license expression, with offsets relative to the expression's start. */
export interface ExpressionProblem {
  readonly kind: ExpressionProblemKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What to write instead, when it is known. */
  readonly replacement: string | undefined;
}

export interface ExpressionCheck {
  readonly problems: readonly ExpressionProblem[];
  /**
   * The expression in canonical spacing, when it is valid SPDX (deprecated ids allowed), for
   * a policy check; undefined when it is not.
   */
  readonly normalized: string | undefined;
}

interface Lexeme {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const OPERATORS = new Set(['AND', 'OR', 'WITH']);
const ID_STRING = /^[A-Za-z0-9.-]+$/u;
const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-/u;

/** Splits on white space (any, unlike the parser's scanner) with parentheses as lexemes of their own. */
function lex(expression: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let start = -1;
  for (let index = 0; index <= expression.length; index++) {
    const char = expression[index];
    const isParen = char === '(' || char === ')';
    const ends = char === undefined || isParen || /\s/u.test(char);
    if (ends && start !== -1) {
      lexemes.push({ text: expression.slice(start, index), start, end: index });
      start = -1;
    }
    if (isParen) lexemes.push({ text: char, start: index, end: index + 1 });
    else if (!ends && start === -1) start = index;
  }
  return lexemes;
}

// npm's `UNLICENSED` means "no license granted"; spdx-correct maps it to the Unlicense, a
// public-domain dedication: the opposite. No suggestion is better than that one.
const NO_CORRECTION = /^unlicen[sc]ed$/iu;

/** spdx-correct's guess for a near-miss, if it has one that is current and different. */
function correction(text: string): string | undefined {
  if (NO_CORRECTION.test(text)) return undefined;
  const corrected = correctLicense(text);
  return corrected === null || corrected === text || DEPRECATED_LICENSES.has(corrected) ? undefined : corrected;
}

/** Checks one operand: a run of words between operators and parentheses. */
function checkOperand(words: readonly Lexeme[], afterWith: boolean): ExpressionProblem | undefined {
  const first = words[0]!;
  const last = words.at(-1)!;
  const text = words.length === 1 ? first.text : words.map((word) => word.text).join(' ');
  const at = { text, start: first.start, end: last.end };
  // Several words where one id belongs (`MIT License`, `Apache 2.0`): a name, not an id.
  if (words.length > 1) return { kind: 'unknownLicense', ...at, replacement: correction(text) };
  if (afterWith) {
    if (EXCEPTIONS.has(text)) return undefined;
    if (DEPRECATED_EXCEPTIONS.has(text)) return { kind: 'deprecated', ...at, replacement: undefined };
    const spelled = EXCEPTION_SPELLINGS.get(text.toLowerCase());
    return spelled === undefined ? { kind: 'unknownException', ...at, replacement: undefined } : { kind: 'idCase', ...at, replacement: spelled };
  }
  if (LICENSE_REF.test(text)) {
    const idString = text.slice(text.indexOf('LicenseRef-') + 'LicenseRef-'.length);
    return ID_STRING.test(idString) ? undefined : { kind: 'invalidLicenseRef', ...at, replacement: undefined };
  }
  // `GPL-2.0+`: the `+` ("or later") belongs to the id before it.
  const plus = text.endsWith('+') ? '+' : '';
  const id = plus === '' ? text : text.slice(0, -1);
  if (LICENSES.has(id)) return undefined;
  if (DEPRECATED_LICENSES.has(id)) return { kind: 'deprecated', ...at, replacement: correction(text) };
  const spelled = LICENSE_SPELLINGS.get(id.toLowerCase());
  if (spelled !== undefined) return { kind: 'idCase', ...at, replacement: spelled + plus };
  return { kind: 'unknownLicense', ...at, replacement: correction(text) };
}

// Headers repeat across a project, so most files ask about an expression already checked.
const checked = new Map<string, ExpressionCheck>();
const CHECK_CACHE_LIMIT = 1000;

/**
 * Checks a license expression: each id against the SPDX lists (with the id a near miss most
 * likely meant), then the grammar with `spdx-expression-parse`. Offsets are relative to the
 * expression, which must be non-empty.
 */
export function checkExpression(expression: string): ExpressionCheck {
  let result = checked.get(expression);
  if (result === undefined) {
    result = checkUncached(expression);
    if (checked.size >= CHECK_CACHE_LIMIT) checked.clear();
    checked.set(expression, result);
  }
  return result;
}

function checkUncached(expression: string): ExpressionCheck {
  const problems: ExpressionProblem[] = [];
  const canonical: string[] = [];
  let operand: Lexeme[] = [];
  let afterWith = false;
  const closeOperand = (): void => {
    if (operand.length === 0) return;
    const problem = checkOperand(operand, afterWith);
    if (problem !== undefined) problems.push(problem);
    canonical.push(operand.map((word) => word.text).join(' '));
    operand = [];
  };
  for (const lexeme of lex(expression)) {
    const upper = lexeme.text.toUpperCase();
    if (OPERATORS.has(upper)) {
      closeOperand();
      // SPDX operators are all upper or all lower case; `And` is neither.
      if (lexeme.text !== upper && lexeme.text !== lexeme.text.toLowerCase()) {
        problems.push({ kind: 'operatorCase', ...lexeme, replacement: upper });
      }
      afterWith = upper === 'WITH';
      canonical.push(upper);
    } else if (lexeme.text === '(' || lexeme.text === ')') {
      closeOperand();
      afterWith = false;
      canonical.push(lexeme.text);
    } else {
      operand.push(lexeme);
    }
  }
  closeOperand();
  // Deprecated license ids are still in the parser's list; anything else it would reject.
  if (problems.some((problem) => problem.kind !== 'deprecated' || DEPRECATED_EXCEPTIONS.has(problem.text))) {
    return { problems, normalized: undefined };
  }
  const normalized = canonical.join(' ');
  try {
    parseExpression(normalized);
  } catch {
    // The parser's messages name offsets in its own spacing; the whole expression is reported.
    return { problems: [{ kind: 'invalidExpression', text: expression, start: 0, end: expression.length, replacement: undefined }], normalized: undefined };
  }
  return { problems, normalized };
}

/**
 * An `allowed` policy in spdx-satisfies' terms: ids, `id+` ranges and `id WITH exception`,
 * never AND/OR. An expression passes if one of its OR choices uses only allowed licenses.
 */
export class LicensePolicy {
  readonly allowed: readonly string[];
  private readonly verdicts = new Map<string, boolean>();

  constructor(allowed: readonly string[]) {
    for (const entry of allowed) {
      const check = entry.trim() === '' ? undefined : checkExpression(entry);
      if (check?.normalized === undefined || / (?:AND|OR) /u.test(check.normalized)) {
        throw new Error(`Invalid options: "allowed" entry '${entry}' is not an SPDX license id, 'id+' or 'id WITH exception'.`);
      }
    }
    this.allowed = allowed;
  }

  /** Whether a valid (normalized) expression satisfies the policy; every expression does when it is empty. */
  allows(normalized: string): boolean {
    if (this.allowed.length === 0) return true;
    let verdict = this.verdicts.get(normalized);
    if (verdict === undefined) {
      // spdx-satisfies parses with an older spdx-expression-parse; should that one reject what
      // the current one accepted, the license is reported as not allowed rather than crashing.
      try {
        verdict = satisfies(normalized, this.allowed);
      } catch {
        verdict = false;
      }
      this.verdicts.set(normalized, verdict);
    }
    return verdict;
  }
}

/** The header the autofix inserts (the rule's `header` option). */
export interface HeaderTemplate {
  license: string;
  copyrightText?: string;
  style?: 'auto' | HeaderStyle;
}

/** Throws, naming the option, unless the template is a current, allowed, one-line header. */
export function validateTemplate(template: HeaderTemplate, policy: LicensePolicy): void {
  const check = template.license.trim() === '' ? undefined : checkExpression(template.license);
  if (check?.normalized === undefined || check.problems.length > 0) {
    throw new Error(`Invalid options: "header.license" '${template.license}' is not a valid, current SPDX license expression.`);
  }
  if (!policy.allows(check.normalized)) throw new Error(`Invalid options: "header.license" '${template.license}' is not in "allowed".`);
  if (template.copyrightText !== undefined && /[\r\n]|\*\//u.test(template.copyrightText)) {
    throw new Error(`Invalid options: "header.copyrightText" must be one line without '*/'.`);
  }
}

export type HeaderStyle = 'line' | 'block';

/** The header to insert, in the given comment style, lines joined with the file's line break. */
export function headerText(license: string, copyrightText: string | undefined, style: HeaderStyle, eol: string): string {
  const lines = [...(copyrightText === undefined ? [] : [`${COPYRIGHT_TAG} ${copyrightText}`]), `${LICENSE_TAG} ${license}`];
  if (style === 'line') return lines.map((line) => `// ${line}`).join(eol);
  return ['/*', ...lines.map((line) => ` * ${line}`), ' */'].join(eol);
}

/** The file's line break: that of its first line, `\n` for a one-line file. */
export function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Where a header belongs: the top of the file, or the line after a shebang. */
export function headerOffset(text: string, shebang: SourceComment | undefined): number {
  if (shebang === undefined) return 0;
  const lineEnd = text.indexOf('\n', shebang.range[1]);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

/** An insertion into the file's text, for a fix or a suggestion. */
export interface Insertion {
  readonly at: number;
  readonly text: string;
}

/**
 * The insertion that makes the template's header open the file, followed by one blank line.
 * The comment style is the configured one, or (`auto`) that of the file's first header
 * comment, else of its first comment at all; `//` lines in a file without comments.
 */
export function headerInsertion(text: string, comments: readonly SourceComment[], header: SpdxHeader, template: HeaderTemplate): Insertion {
  const model = header.comments[0] ?? comments.find((comment) => comment.type === 'Line' || comment.type === 'Block');
  const auto = model?.type === 'Block' ? 'block' : 'line';
  const style = template.style === 'line' || template.style === 'block' ? template.style : auto;
  const eol = lineBreakOf(text);
  const lines = headerText(template.license, template.copyrightText, style, eol);
  const at = headerOffset(text, header.shebang);
  // A file that is only a shebang line, with no final line break.
  if (header.shebang !== undefined && at === text.length && !text.endsWith('\n')) return { at, text: `${eol}${lines}${eol}` };
  return { at, text: `${lines}${eol}${at === text.length || startsWithBlankLine(text, at) ? '' : eol}` };
}

function startsWithBlankLine(text: string, at: number): boolean {
  return text.startsWith('\n', at) || text.startsWith('\r\n', at);
}

/**
 * The line to insert before a license tag to add a copyright notice in the same comment,
 * decorated like the tag's own line; a tag on a block comment's first line gets a comment of
 * its own instead, since `/*` cannot be repeated inside the block.
 */
export function copyrightInsertion(text: string, license: HeaderTag, copyrightText: string): Insertion {
  const lineStart = text.lastIndexOf('\n', license.tagStart - 1) + 1;
  const decoration = text.slice(lineStart, license.tagStart);
  const notice = `${COPYRIGHT_TAG} ${copyrightText}`;
  const closing = decoration.includes('/*') ? ' */' : '';
  return { at: lineStart, text: `${decoration}${notice}${closing}${lineBreakOf(text)}` };
}

/** AI-generated code that names no tool: a marker without `tool=`, or a file marked by configuration. */
export interface Unattributed {
  /** Undefined for a file that `treatAsGenerated` marks: there is no marker to point at. */
  readonly marker: Marker | undefined;
  readonly subject: 'This file' | 'This region' | 'This declaration';
}

/**
 * The generated code of a file whose header has no `SPDX-FileContributor:` and whose markers
 * do not name a tool. A contributor in the header names the tool for the whole file.
 */
export function unattributedCode(generated: GeneratedCode, treatAsGenerated: boolean): Unattributed[] {
  const names = (marker: Marker): boolean => marker.fields.some((field) => field.key === 'tool' && field.value !== '');
  const found: Unattributed[] = [];
  const { fileMarker } = generated;
  if (fileMarker === undefined ? treatAsGenerated : !names(fileMarker)) found.push({ marker: fileMarker, subject: 'This file' });
  for (const region of generated.regions) if (!names(region.begin)) found.push({ marker: region.begin, subject: 'This region' });
  for (const marker of generated.declarations.values()) if (!names(marker)) found.push({ marker, subject: 'This declaration' });
  return found;
}
