/**
 * The one place where a comment gets its kind. Rules and the report read kinds from
 * FileFacts and never re-classify, so the lint and the audit cannot disagree.
 */
import { AnchoredPattern } from '../util/chars.js';
import { firstLineStart, mayOpenMarkerOrBanner, toolBanner, type Marker } from '../markers/grammar.js';
import { isHeadingLike, restatesStatement, type LabelWords, type StatementRange, type StatementSource } from './narration.js';
import { mayBeCertainOrLikely, type PlaceholderTier } from './placeholders.js';
import { isEditHistory, mayBeEditHistory, type EditNote } from './edit-history.js';
import { isJSDocBlock, textEnd, textStart } from '../source/comment-text.js';
import { startsDeclaration } from '../source/declarations.js';
import type { SourceComment } from '../source/file-source.js';

export const COMMENT_KINDS = [
  'doc',
  'explanatory',
  'directive',
  'license',
  'marker',
  'commented-out-code',
  // Appended, so the bits of the older kinds stay put.
  'placeholder',
  'narration',
  'edit-history',
] as const;

export type CommentKind = (typeof COMMENT_KINDS)[number];

/**
 * Kinds that explain code to a reader; the others instruct tools, carry legal text, stand in
 * for code (placeholders, commented-out code), repeat it (narration) or tell how it was edited
 * (edit history).
 */
export const DOCUMENTATION_KINDS: readonly CommentKind[] = ['doc', 'explanatory'];

/** One bit per kind, so a line can record every kind of comment text it holds. */
export function kindBit(kind: CommentKind): number {
  return 1 << COMMENT_KINDS.indexOf(kind);
}

export function kindMask(kinds: readonly CommentKind[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= kindBit(kind);
  return mask;
}

// Comments addressed to tools. Each alternative is a literal prefix, so matching is linear,
// and the one anchor outside the group lets V8 try position 0 only, not every position of a
// long comment.
const DIRECTIVE_PATTERN = new RegExp(
  `^(?:${[
    'eslint-disable(?:-next-line|-line)?\\b',
    'eslint-enable\\b',
    '@ts-(?:ignore|expect-error|nocheck|check)\\b',
    '(?:istanbul|c8|v8)\\s+ignore\\b',
    'node:coverage\\b',
    '(?:prettier|biome|deno-lint|dprint)-ignore\\b',
    'tslint:',
    'jshint\\b',
    'noinspection\\b',
    'nosonar\\b',
    'cspell:',
    'spell-checker:',
    '#\\s*(?:end)?region\\b',
    '<\\/?editor-fold\\b',
    '[#@]\\s*source(?:Mapping)?URL=',
    '@vite-ignore\\b',
    '[#@]__[A-Z_]+__',
    '@jsx(?:ImportSource|Frag|Runtime)?\\s',
    '@(?:no)?flow\\b',
    '@(?:no)?format\\s*$',
    '@(?:vitest|jest)-environment\\b',
    'webpack[A-Z][A-Za-z]*\\s*:',
    'falls?\\s?through\\b',
  ].join('|')})`,
  'i',
);

// How its alternatives begin; `#` and `@` open too many of them to list their second characters.
export const DIRECTIVE_START = new AnchoredPattern(
  ['es', 'is', 'c8', 'v8', 'no', 'pr', 'bi', 'de', 'dp', 'ts', 'js', 'cs', 'sp', '</', '<e', 'we', 'fa', '#', '@'],
  DIRECTIVE_PATTERN,
);

// ESLint reads these only from block comments; in a line comment they are prose.
export const BLOCK_ONLY_DIRECTIVE = new AnchoredPattern(['es', 'gl', 'ex'], /^(?:eslint(?:-env)?|globals?|exported)(?:\s|$)/u);

// `/// <reference types="node" />` and its AMD siblings.
export const TRIPLE_SLASH_DIRECTIVE = new AnchoredPattern(['/'], /^\/\s*<(?:reference|amd-module|amd-dependency)\b/u);

// A one-line JSDoc type cast (`/** @type {X} */`) informs the type checker, not the reader.
export const TYPE_CAST = new AnchoredPattern(['@t', '@s'], /^@(?:type|satisfies)\s*\{/u);

const LICENSE_TEXT =
  /SPDX-License-Identifier|SPDX-FileCopyrightText|@license\b|@preserve\b|copyright\s*(?:\(c\)|©|\d{4})|\(c\)|©|licensed under|permission is hereby granted|all rights reserved/i;

const LONE_PUNCTUATION = /^[{}()[\];,]+$/u;
const STATEMENT_KEYWORD =
  /^(?:const|let|var|return|import|export|if|else|for|while|do|switch|case|break|continue|function|class|await|throw|try|catch|new|yield|delete|debugger)\b/u;
// `const total = …`, `if (a) b = c` and `user.name = name` are code however they end: prose
// does not start like that.
const DECLARATION = /^(?:const|let|var)\s+[\w$]+\s*[:=]|^(?:if|for|while|switch)\s*\(|^[\w$]+(?:\.[\w$]+)+\s*[-+*/]?=(?!=)/u;
// What every DECLARATION shape holds: one scan for them turns most prose away.
const DECLARATION_NEEDS = /[=(:]/u;
const CALL_EXPRESSION = /^[\w$]+(?:\.[\w$]+)*\(.*\)[;,]?$/u;
const JSX_ELEMENT = /^<\/?[A-Za-z][\w.]*(?:[\s/>]|$)[^\n]*>$/u;
// Fragments that are code only in their slot (read there by lib/leftovers/code-slots.ts): a list
// item with its separator (`CardFooter,`, `'fr',`, `retries: 2,`, `Guest = 'guest',`), a JSX
// attribute (`views={["year"]}`), a link of a member chain (`.then(toUser)`), a `case` label,
// and a line opened by a closing bracket (`} else {`, `}, [deps]);`).
const LIST_ITEM = /^(?:[\w$.]+|'[^'\n]*'|"[^"\n]*")(?:\??\s*[:=]\s*\S.*)?,$/u;
const JSX_ATTRIBUTE = /^[\w$-]+=(?:\{.*\}|"[^"\n]*"|'[^'\n]*')$/u;
const CHAIN_LINK = /^\??\.[\w$]+\(.*\)[;,]?$/u;
const CASE_LABEL = /^(?:case\s.*|default\s*):$/u;
const CLOSER_FIRST = /^[}\])]/u;

// How a statement, or a line opened by a closing bracket, ends when it is code.
const STATEMENT_ENDS = ';{})]';

/**
 * A shape of commented-out code: the characters its text may end with (undefined: any), and its
 * test, which holds only for a text with one of those endings.
 */
export interface CodeShape {
  readonly endings: string | undefined;
  readonly matches: (text: string) => boolean;
}

// Every shape but DECLARATION ends its text with one of a few characters, and prose ends with a
// letter or a full stop: a text's last character picks the shapes that may match it.
export const CODE_SHAPES: readonly CodeShape[] = [
  { endings: undefined, matches: (text) => DECLARATION.test(text) },
  { endings: '{}()[];,', matches: (text) => LONE_PUNCTUATION.test(text) },
  { endings: ');,', matches: (text) => CALL_EXPRESSION.test(text) || CHAIN_LINK.test(text) },
  { endings: '>', matches: (text) => JSX_ELEMENT.test(text) },
  // A member or a property ends with `;` too (`readonly port: number;`).
  { endings: ';', matches: (text) => text.endsWith(';') && DECLARATION_NEEDS.test(text) },
  { endings: ',', matches: (text) => LIST_ITEM.test(text) },
  { endings: '}"\'', matches: (text) => JSX_ATTRIBUTE.test(text) },
  { endings: ':', matches: (text) => CASE_LABEL.test(text) },
  // A statement (`return a;`, `debugger;`) or a line opened by a closing bracket, ending like code.
  { endings: STATEMENT_ENDS, matches: (text) => STATEMENT_ENDS.includes(text.charAt(text.length - 1)) && (CLOSER_FIRST.test(text) || STATEMENT_KEYWORD.test(text)) },
];

// The tests of the shapes each last character allows, DECLARATION's aside.
const SHAPES_BY_ENDING = new Map<string, ((text: string) => boolean)[]>();
for (const { endings, matches } of CODE_SHAPES) {
  for (const ending of endings ?? '') {
    const shapes = SHAPES_BY_ENDING.get(ending);
    if (shapes === undefined) SHAPES_BY_ENDING.set(ending, [matches]);
    else shapes.push(matches);
  }
}

/**
 * A cheap first guess at commented-out code: statement-shaped or call-shaped text
 * (`CODE_SHAPES`). Prose that happens to start with "return" or "if" lacks the closing punctuation.
 */
export function looksLikeCode(text: string): boolean {
  const shapes = SHAPES_BY_ENDING.get(text.charAt(text.length - 1));
  // Most comments are prose: one anchored pattern decides them, and only if the text has what
  // every declaration shape needs (`=`, `:` or `(`).
  if (shapes === undefined) return DECLARATION_NEEDS.test(text) && DECLARATION.test(text);
  return DECLARATION.test(text) || shapes.some((matches) => matches(text));
}

/**
 * Whether `commentShape` finds the comment shaped like code, without the comment's fact: most
 * comments are prose that ends with a letter or a full stop and holds none of what a
 * declaration needs, told in place from the comment's value; the text is cut out for the others
 * only. A rule that looks only for code needs nothing more of the prose.
 */
export function isCodeShaped(comment: SourceComment): boolean {
  if (isJSDocBlock(comment)) return false;
  const { value } = comment;
  const start = textStart(comment);
  const end = textEnd(value, start);
  // `looksLikeCode`'s first test: the text's last character picks the shapes, else DECLARATION needs one of `=`, `(` or `:`.
  if (!SHAPES_BY_ENDING.has(value.charAt(end - 1)) && !DECLARATION_NEEDS.test(value)) return false;
  return looksLikeCode(value.slice(start, end));
}

/** What `surroundedKind` reads of the code around a comment. */
export interface SurroundingContext extends StatementSource {
  /**
   * For a single-line comment alone above a statement or trailing one, or a JSDoc block above a
   * declaration: where the statement is.
   */
  readonly statement: StatementRange | undefined;
  /** The comment stands above two or more lines that start alike (a group of declarations). */
  readonly headsGroup: boolean;
  /** The comment trails its line, and a line next to it has a trailing comment too (a column). */
  readonly inColumn: boolean;
}

/**
 * Whether `leadingKind` finds no kind in a block or line comment, told from where its text
 * starts and a few of its characters: without cutting out the text and without the marker and
 * directive searches. It holds for a comment that `surelyNoTaggedKind` clears and which cannot be
 * a certain or likely placeholder (`mayBeCertainOrLikely`) or edit history (`mayBeEditHistory`):
 * most JSDoc blocks and most `//` comments in code. False means only that `leadingKind` must be
 * asked.
 */
export function surelyNoLeadingKind(comment: SourceComment, inHeader: boolean, hasMarkerAliases: boolean): boolean {
  if (!surelyNoTaggedKind(comment, inHeader, hasMarkerAliases)) return false;
  const { value } = comment;
  const start = textStart(comment);
  const end = textEnd(value, start);
  return !mayBeCertainOrLikely(value, start, end) && !mayBeEditHistory(value, start, end);
}

/**
 * Whether `leadingKind` finds none of the kinds a comment's opening or place gives (directive,
 * marker, tool banner, licence), told as `surelyNoLeadingKind` tells it: the comment is outside
 * the header, and its text opens with no character a marker, a tool banner or a directive can
 * open with. A licence needs the header or a `/*!` banner. With marker aliases (any word may be
 * one) it never holds. Its phrases (`phraseKind`) may still give a kind.
 */
export function surelyNoTaggedKind(comment: SourceComment, inHeader: boolean, hasMarkerAliases: boolean): boolean {
  const { type, value } = comment;
  const isBlock = type === 'Block';
  if ((!isBlock && type !== 'Line') || inHeader || hasMarkerAliases || (isBlock && value.startsWith('!'))) return false;
  const start = textStart(comment);
  // A marker is read after `*` decoration in a `//` comment too (`//* @ai-…`), where the text
  // (and so a banner or a directive) starts at the `*`; in a block both start past it.
  return (
    !mayOpenMarkerOrBanner(value, start) &&
    (isBlock || !mayOpenMarkerOrBanner(value, firstLineStart(value))) &&
    !DIRECTIVE_START.mayMatchAt(value, start) &&
    !(isBlock ? BLOCK_ONLY_DIRECTIVE.mayMatchAt(value, start) || TYPE_CAST.mayMatchAt(value, start) : TRIPLE_SLASH_DIRECTIVE.mayMatchAt(value, start))
  );
}

/**
 * What a comment's text makes of it before the code around it is read: a JSDoc block (doc or
 * explanatory), commented-out code (`looksLikeCode`), or prose (narration or explanatory).
 */
export type CommentShape = 'jsdoc' | 'code' | 'prose';

export function commentShape(comment: { readonly comment: SourceComment; readonly text: string }): CommentShape {
  // A JSDoc block's shape needs no text (a getter, read only below): most of the comments a
  // bound reads are such blocks.
  if (isJSDocBlock(comment.comment)) return 'jsdoc';
  return looksLikeCode(comment.text) ? 'code' : 'prose';
}

/** What `surroundedKind` reads of a comment, each part read once however often it is asked. */
export interface ShapedComment {
  readonly shape: CommentShape;
  /** Text without delimiters and decoration (see `CommentFact.text`). */
  readonly text: string;
  /**
   * The words a label would repeat from its statement (`narrationWords`): of a JSDoc block's
   * summary, or of the text of another comment (read whatever its shape, and never asked of
   * code); else undefined.
   */
  readonly labelWords: LabelWords | undefined;
}

/** What `isOfKinds` reads of a classified comment; `kind` may be worked out on first read. */
export interface ClassifiedComment extends ShapedComment {
  readonly leadingKind: CommentKind | undefined;
  /** The kind the code around the comment gives (`surroundedKind`), whatever `leadingKind` says. */
  readonly aroundKind: CommentKind;
  readonly kind: CommentKind;
}

// What `surroundedKind` can make of each shape, as bits, if the comment is worded like a label
// (it has `labelWords`); a comment that is not can be no narration.
const SHAPE_KINDS: Readonly<Record<CommentShape, number>> = {
  jsdoc: kindMask(['doc', 'explanatory', 'narration']),
  code: kindBit('commented-out-code'),
  prose: kindMask(['explanatory', 'narration']),
};
const NARRATION_BIT = kindBit('narration');
// The kinds only `leadingKind` gives.
const LEADING_KINDS = kindMask(['directive', 'license', 'marker', 'placeholder', 'edit-history']);

/**
 * Whether a comment is of a kind in `mask` (see `kindMask`) as far as its text tells, or
 * undefined when only the code around it can: the steps of `surroundedKind` tell which kinds a
 * comment cannot have, and where all the kinds it may have are asked for (or none is), which of
 * them it is does not matter. The comment's shape is read first, and its label words only when
 * the shape leaves the answer open, so that a question about kinds neither its shape nor
 * `leadingKind` can give needs no more of it; a question about narration alone is the other
 * way round, since the words settle most comments and the shape none. Bounds that must not work out any kind (see
 * `FileFacts.knownTextLines`) count only the comments this says yes to.
 */
export function knownOfKinds(fact: ClassifiedComment, mask: number): boolean | undefined {
  // Narration alone needs no shape: whatever it is, a comment worded like no label is no
  // narration, and one worded like a label is left to `surroundedKind`, which reads the shape.
  if (mask === NARRATION_BIT) return fact.labelWords === undefined ? false : undefined;
  const broad = SHAPE_KINDS[fact.shape];
  const asksLeading = (mask & LEADING_KINDS) !== 0;
  if (!asksLeading && (mask & broad) === 0) return false;
  let byShape: boolean | undefined;
  const asked = mask & broad;
  if (asked === broad) byShape = true;
  else if (asked === 0) byShape = false;
  else {
    // Prose or a JSDoc block can only be narration if it is worded like a label.
    const possible = fact.labelWords === undefined ? broad & ~NARRATION_BIT : broad;
    const hit = mask & possible;
    byShape = hit === possible ? true : hit === 0 ? false : undefined;
  }
  // A leading kind the mask does not ask for can only turn a yes into a no: a no stands, and an
  // open answer stays open (`isOfKinds` settles it, reading the code around the comment first).
  if (!asksLeading && byShape !== true) return byShape;
  if (fact.leadingKind !== undefined) return (mask & kindBit(fact.leadingKind)) !== 0;
  return byShape;
}

/**
 * Whether a comment is of a kind in `mask`, reading the code around it only where its text does
 * not answer (`knownOfKinds`): a rule that looks for some kinds leaves the others unworked.
 */
export function isOfKinds(fact: ClassifiedComment, mask: number): boolean {
  const known = knownOfKinds(fact, mask);
  if (known !== undefined) return known;
  // Where no leading kind is asked for, a kind from the code around the comment that is not
  // asked for settles it before the text's own patterns (markers, placeholders, edit notes) run.
  if ((mask & LEADING_KINDS) === 0 && (mask & kindBit(fact.aroundKind)) === 0) return false;
  return (mask & kindBit(fact.kind)) !== 0;
}

/**
 * The kind of a comment `leadingKind` left undecided, read from the code around it (the
 * declaration a JSDoc block stands above, the statement a short comment may narrate).
 */
export function surroundedKind(fact: ShapedComment, context: SurroundingContext): CommentKind {
  if (fact.shape === 'code') return 'commented-out-code';
  const isJSDoc = fact.shape === 'jsdoc';
  if (isJSDoc && !startsDeclaration(context.tokens, context.nextIndex)) return 'explanatory';
  const documentation = isJSDoc ? 'doc' : 'explanatory';
  // The text is judged before the statement is looked for.
  const words = fact.labelWords;
  if (words === undefined) return documentation;
  const statement = context.statement;
  if (statement === undefined) return documentation;
  // A heading over a group, or a field label in a column, names what the code does not.
  if (!isJSDoc && words.length > 0 && isHeadingLike(fact.text) && (statement.below ? context.headsGroup : context.inColumn)) return documentation;
  return restatesStatement(words, statement, context) ? 'narration' : documentation;
}

/** What `leadingKind` reads of a comment's text besides its kind-deciding patterns; see its `found`. */
export interface FoundInText {
  readonly marker: Marker | undefined;
  readonly placeholder: PlaceholderTier | undefined;
  /** The edit note in the text (`editNoteIn`), if it has one. */
  readonly editNote: EditNote | undefined;
}

/**
 * The kinds that the comment's own text and whether it is in the header decide (directive,
 * marker, licence, placeholder), or undefined when the code around it must (`surroundedKind`):
 * a comment's kind is `leadingKind ?? surroundedKind`. Order matters: a marker may look like a
 * directive (`#region @ai-…`), a licence header may be a JSDoc block, and only what is left can
 * be documentation. A rule that needs only these kinds for a few comments asks them without
 * having the whole file classified, and gets the same verdicts. `inHeader`: the comment ends
 * before the file's first code token; `found`: what markers.ts and placeholders.ts find in it
 * (certain and likely placeholders are of the placeholder kind), each read only when the order
 * gets to it: a directive or a licence needs no placeholder search.
 */
export function leadingKind(comment: SourceComment, text: string, inHeader: boolean, found: FoundInText): CommentKind | undefined {
  if (comment.type === 'Shebang' || comment.type === 'Hashbang') return 'directive';
  // A JSDoc block whose prose carries a marker tag stays documentation; a comment that is a marker is not.
  if (found.marker?.leadsComment === true || toolBanner(text) !== undefined) return 'marker';
  const isBlock = comment.type === 'Block';
  const singleLine = !comment.value.includes('\n');
  // Directives are told by their first words, some only in the comment style their tool reads.
  if (
    DIRECTIVE_START.test(text) ||
    (isBlock && BLOCK_ONLY_DIRECTIVE.test(text)) ||
    (!isBlock && TRIPLE_SLASH_DIRECTIVE.test(text)) ||
    (isBlock && singleLine && TYPE_CAST.test(text))
  ) {
    return 'directive';
  }
  const isBanner = isBlock && comment.value.startsWith('!');
  if ((inHeader || isBanner) && LICENSE_TEXT.test(comment.value)) return 'license';
  return phraseKind(text, found);
}

/**
 * The kind the phrases found in a comment's text give, the last that `leadingKind` asks for:
 * a certain or likely placeholder, or an edit note that is the whole comment.
 */
export function phraseKind(text: string, found: Pick<FoundInText, 'placeholder' | 'editNote'>): CommentKind | undefined {
  // Risky placeholders (`TODO: implement`) stay explanatory: only the AST can tell a stub apart.
  const { placeholder } = found;
  if (placeholder === 'certain' || placeholder === 'likely') return 'placeholder';
  return isEditHistory(text, found.editNote) ? 'edit-history' : undefined;
}
