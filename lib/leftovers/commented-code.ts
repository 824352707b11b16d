/**
 * Commented-out code, confirmed by a parser. FileFacts' cheap `looksLikeCode` heuristic marks
 * candidates (kind `commented-out-code`); only groups holding one are parsed, so the parser
 * runs on a few comments per file, not on every comment.
 */
import { createRequire } from 'node:module';
import { isCodeShaped, isOfKinds, kindMask } from '../kinds/comment-kinds.js';
import type { CommentFact, FileFacts } from '../core/file-facts.js';
import { remembering, type CodeReader } from './code-reader.js';
import { slotPrograms, type CodeSlot } from './code-slots.js';
import { typescriptReader } from './typescript-reader.js';
import { balancedBrackets } from './bracket-pairing.js';
import { endsWithComma, leadsWithNameAndColon, mayHoldJSX, opensAsContinuation } from './parse-free.js';

/** A parser with ESLint's `parse(code, options)` shape, such as the file's own parser. */
interface CodeParser {
  parse(code: string, options: Record<string, unknown>): unknown;
}

// The CommonJS build of espree, which is the module object ESLint itself loads and parses every
// file with. The ES module build would be a second copy of the parser that only this rule runs,
// a few times per file: too rarely for V8 to optimize it, so each candidate parse ran slowly.
const espree = createRequire(import.meta.url)('espree') as CodeParser;

/**
 * What `parser` makes of `code` (see `CodeReader.read`), or the error it threw on the module
 * parse when it reads the text neither as a module nor as a function body. `readsBodyStatements`:
 * `return`, `await` and `yield` parse at the top level, so wrapping a text in a function body
 * cannot help it parse.
 */
function estreeVerdict(parser: CodeParser, code: string, readsBodyStatements: boolean): boolean | Error {
  const body = statementsOf(parser, code, readsBodyStatements);
  if (body instanceof Error) return body;
  return body.length > 0 && !body.some((node) => node.type === 'LabeledStatement') && !body.every(isTrivialStatement);
}

/** A reader over a parser that returns ESTree (see `estreeVerdict`). */
function estreeReader(parser: CodeParser, readsJSX: boolean, readsBodyStatements = false): CodeReader {
  return {
    readsJSX,
    read(code) {
      const verdict = estreeVerdict(parser, code, readsBodyStatements);
      return verdict instanceof Error ? undefined : verdict;
    },
    parses: (program) => !(statementsOf(parser, program, readsBodyStatements) instanceof Error),
  };
}

const espreeReader = estreeReader(espree, true);

/**
 * The reader of a file's candidates, which keeps its answers for that file (one per file): the
 * file's own parser (see `ownParserReader`), else espree, which reads where there is no other.
 */
export function fileReader(parser: unknown, filename: string): CodeReader {
  const own = ownParserReader(parser, filename);
  return remembering(own === undefined ? espreeReader : own.readsJSX ? own : withJSXFromEspree(own));
}

/**
 * `reader`, which reads no JSX (TypeScript in a `.ts` file), with espree asked for what it
 * rejects that may hold a JSX element. What espree reads, TypeScript reads into the same
 * statements, JSX aside, so TypeScript alone decides plain JavaScript too: in a file TypeScript
 * has just parsed, espree's code is cold, and asking it first cost more with the same findings.
 */
function withJSXFromEspree(reader: CodeReader): CodeReader {
  return {
    readsJSX: true,
    read: (code) => reader.read(code) ?? (mayHoldJSX(code) ? espreeReader.read(code) : undefined),
    parses: (program) => reader.parses(program) || (mayHoldJSX(program) && espreeReader.parses(program)),
  };
}

/**
 * The file's parser as a {@link CodeReader}, or undefined when it is espree or unknown. Test
 * harnesses may wrap a parser so that only `parseForESLint` is left. `filename` tells
 * TypeScript whether `<` may open JSX, as typescript-eslint decides it from the extension.
 */
function ownParserReader(parser: unknown, filename: string): CodeReader | undefined {
  if (parser === undefined || parser === null || parser === espree) return undefined;
  const { parse, parseForESLint, meta } = parser as {
    parse?: CodeParser['parse'];
    parseForESLint?: (code: string, options: Record<string, unknown>) => { ast: unknown };
    meta?: { name?: unknown };
  };
  if (meta?.name === 'typescript-eslint/parser') {
    const jsx = !/\.[cm]?ts$/u.test(filename);
    const direct = typescriptReader(jsx);
    if (direct !== undefined) return direct;
    // The parser's `parse` still runs a scope analysis, which declares every global of the
    // default TypeScript library on each call; an empty library leaves the node types alone.
    if (parse !== undefined) return estreeReader({ parse: (code, options) => parse(code, { ...options, lib: [] }) }, jsx, true);
  }
  // `parse` skips the scope analysis `parseForESLint` may run.
  if (parse !== undefined) return estreeReader({ parse }, true);
  return parseForESLint === undefined ? undefined : estreeReader({ parse: (code, options) => parseForESLint(code, options).ast }, true);
}

/** Adjacent comments read as one text: a commented-out block spans several `//` lines. */
export interface CommentGroup {
  readonly members: readonly CommentFact[];
  /** The group is one comment that shares a line with code: a label of that code (`0x29 /* ) *\/`), not a line left behind. */
  readonly besideCode: boolean;
}

/** Where a candidate text sits, read only when the text alone does not decide. */
export interface CodePlace {
  /** The syntactic slot of the comment (see code-slots.ts). */
  slot(): CodeSlot;
  readonly besideCode: boolean;
}

const IN_STATEMENTS: CodePlace = { slot: () => 'statements', besideCode: false };

interface Node {
  readonly type: string;
  readonly body?: Node | readonly Node[];
  readonly expression?: Node;
  readonly argument?: Node | null;
  readonly arguments?: readonly Node[];
  readonly operator?: string;
  readonly left?: Node;
}

// Kinds that may belong to a group; a directive, licence or marker ends one.
const GROUPABLE = kindMask(['commented-out-code', 'explanatory', 'narration']);
const CANDIDATE = kindMask(['commented-out-code']);

// Expressions that are single words or values: prose such as `Deprecated` or `- item` parses
// as these; a list of names (`foo(), bar()`) as a sequence.
const TRIVIAL_EXPRESSIONS = new Set(['Identifier', 'Literal', 'TemplateLiteral', 'ThisExpression', 'SequenceExpression']);
// Statements that are a keyword and at most one word: `continue`, `throw exception;`.
const KEYWORD_AND_WORD = new Set(['BreakStatement', 'ContinueStatement', 'ReturnStatement', 'ThrowStatement']);

const MODULE = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } as const;
// Commented-out function bodies hold `return`, `await` and `yield`, which a module rejects at
// its top level; inside an async generator all three parse.
const BODY_OPEN = 'async function* body() {\n';
// The words that need that wrapper: it costs a parse, so it is tried only when the text could need it.
const BODY_ONLY = /\b(?:return|await|yield)\b/u;
const BODY_CLOSE = '\n}';

// Code shown as an illustration, not left behind: `e.g. foo.a = 0;` parses as `e.g.foo.a = 0`.
const EXAMPLE_LEAD = /^\s*(?:e\.\s?g\.|i\.\s?e\.|eg:|for example\b|example:|usage:)/i;

function isTrivialStatement(node: Node): boolean {
  // `Note: x`, `EXCLUDES: e.g. …`: a label in a comment is a prose heading, not code.
  if (node.type === 'EmptyStatement' || node.type === 'LabeledStatement') return true;
  if (node.type === 'BlockStatement') return (node.body as readonly Node[]).every(isTrivialStatement);
  if (KEYWORD_AND_WORD.has(node.type)) return node.argument === undefined || node.argument === null || node.argument.type === 'Identifier';
  if (node.type !== 'ExpressionStatement') return false;
  let expression = node.expression!;
  if (expression.type === 'CallExpression') return isKeywordArguments(expression.arguments!);
  if (expression.type === 'UnaryExpression') expression = expression.argument!;
  return TRIVIAL_EXPRESSIONS.has(expression.type);
}

/**
 * `fd_write(fd=1, iovs=100)` names a call's arguments, as documentation writes them (above
 * the call it annotates): code does not assign to a name in an argument.
 */
function isKeywordArguments(args: readonly Node[]): boolean {
  return args.some((arg) => arg.type === 'AssignmentExpression' && arg.operator === '=' && arg.left!.type === 'Identifier');
}

/** The program `parser` reads from `code`, or the syntax error it threw. */
function tryParse(parser: CodeParser, code: string, options: Record<string, unknown>): Node | Error {
  // Most candidates that fail are prose, and a parser's syntax error would capture a stack
  // trace that nothing reads.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parser.parse(code, options) as Node;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The top-level statements of `code` parsed as a module, else as a function body; when neither
 * parses, the module parse's error (its position is in `code`, not in the wrapped text).
 */
function statementsOf(parser: CodeParser, code: string, readsBodyStatements: boolean): readonly Node[] | Error {
  const program = tryParse(parser, code, MODULE);
  if (!(program instanceof Error)) return program.body as readonly Node[];
  if (readsBodyStatements || failsBeforeBodyWords(parser, program, code)) return program;
  const wrapped = tryParse(parser, BODY_OPEN + code + BODY_CLOSE, MODULE);
  const fn = wrapped instanceof Error ? undefined : (wrapped.body as readonly Node[])[0];
  return ((fn?.body as Node | undefined)?.body as readonly Node[] | undefined) ?? program;
}

/**
 * Whether the function body wrapper cannot help `code` parse: it holds none of the words that
 * need it, or espree's module parse failed before the first of them. Up to there a function body
 * reads the text as a module does (but for `new.target`), and espree stops at its first error.
 */
function failsBeforeBodyWords(parser: CodeParser, error: Error, code: string): boolean {
  const first = code.search(BODY_ONLY);
  if (first === -1) return true;
  const { index } = error as { index?: unknown };
  return parser === espree && typeof index === 'number' && index < first && !code.includes('new.target');
}

// Nothing but brackets and separators: the edge of a commented-out block (`}`, `});`).
const LONE_BRACKETS = /^[\s{}()[\];,]+$/u;
// A name and `=` with nothing between them and the value: how a JSX attribute is written.
const ATTRIBUTE_LIKE = /^\s*[\w$-]+=[{"']/u;

/**
 * Whether `code` is code where it sits (`place`): with its brackets paired (`balancedBrackets`),
 * it parses into something more than lone words or values as statements, or parses in the slot
 * of the comment (asked only then; see code-slots.ts). A line of brackets alone is the edge of
 * a commented-out block, unless it labels the code beside it. Read by `reader` (see `fileReader`).
 */
export function isCode(code: string, reader: CodeReader, place: CodePlace = IN_STATEMENTS): boolean {
  if (EXAMPLE_LEAD.test(code)) return false;
  const balanced = balancedBrackets(code);
  if (balanced === undefined) return false;
  if (balanced !== code && LONE_BRACKETS.test(code)) return !place.besideCode;
  // `key={bar}` parses as an assignment, but is only written so as a JSX attribute.
  if (ATTRIBUTE_LIKE.test(code)) return place.slot() === 'jsx-attributes' && slotPrograms(balanced, 'jsx-attributes').some((program) => reader.parses(program));
  return (!endsWithComma(balanced) && readsAsStatements(balanced, reader)) || slotPrograms(balanced, place.slot()).some((program) => reader.parses(program));
}

/** Whether `code` parses as statements into more than lone words or values (see `isCode`). */
function readsAsStatements(code: string, reader: CodeReader): boolean {
  return !leadsWithNameAndColon(code) && !opensAsContinuation(code) && reader.read(code) === true;
}

/** The code a group's comments hold, with delimiters and block decoration removed. */
function groupText(members: readonly CommentFact[]): string {
  return members
    .map(({ comment }) => (comment.type === 'Block' ? comment.value.replace(/^[ \t]*\*(?!\/)/gmu, '') : comment.value))
    .join('\n');
}

/**
 * Groups the file's comments: a run of `//` comments on consecutive lines with nothing else on
 * them, or any other comment alone. JSDoc blocks are documentation (their `@example`s too) and
 * never join; only groups with a candidate line are returned.
 */
export function candidateGroups(facts: FileFacts): CommentGroup[] {
  const sourceComments = facts.source.comments;
  // Most files have no comment shaped like code, which their comments' own text tells before
  // any of their facts is made (`isCodeShaped`).
  let first = 0;
  while (first < sourceComments.length && !isCodeShaped(sourceComments[first]!)) first++;
  if (first === sourceComments.length) return [];
  const { comments } = facts;
  const groups: CommentGroup[] = [];
  const isLoneLine = (index: number): boolean => comments[index]!.comment.type === 'Line' && !facts.codeBesideComment(index);
  // The comment at `index` starts on the line after the one before it ends.
  const onNextLine = (index: number): boolean => comments[index - 1]!.endLine + 1 === comments[index]!.startLine;
  for (let index = first; index < comments.length; index++) {
    // Only text shaped like code can be a candidate, and the group is read around it: prose far
    // from any needs neither its line read nor its kind worked out (marker and placeholder searches).
    if (!isCodeShaped(sourceComments[index]!)) continue;
    if (!isLoneLine(index)) {
      const fact = comments[index]!;
      if (isOfKinds(fact, CANDIDATE)) groups.push({ members: [fact], besideCode: facts.codeBesideComment(index) });
      continue;
    }
    // The `//` lines alone on consecutive lines around it.
    let start = index;
    while (start > 0 && onNextLine(start) && isLoneLine(start - 1)) start--;
    let end = index + 1;
    while (end < comments.length && onNextLine(end) && isLoneLine(end)) end++;
    groups.push(...candidateParts(comments.slice(start, end)));
    index = end - 1;
  }
  return groups;
}

/** The parts of a run of lone `//` lines between the lines that cannot join one (directives, markers), that hold a candidate. */
function candidateParts(run: readonly CommentFact[]): CommentGroup[] {
  const parts: CommentGroup[] = [];
  let partStart = 0;
  let hasCandidate = false;
  for (let index = 0; index <= run.length; index++) {
    const fact = run[index];
    if (fact !== undefined && isOfKinds(fact, GROUPABLE)) {
      hasCandidate ||= isOfKinds(fact, CANDIDATE);
      continue;
    }
    if (hasCandidate) parts.push({ members: run.slice(partStart, index), besideCode: false });
    partStart = index + 1;
    hasCandidate = false;
  }
  return parts;
}

// Prose that introduces what follows it (`Example:`, `… like this:`, `e.g.`, `This comment
// includes some code:`), and prose that says what follows is retired code (`Old approach, kept
// for reference:`), which is a leftover however it is introduced.
const INTRODUCES = /:$|(?:^|\W)(?:e\.\s?g\.|i\.\s?e\.)|\b(?:for (?:example|instance)|examples?|usage|such as|like (?:this|so)|code|snippet)\b/i;
const RETIRED = /\b(?:old|previous(?:ly)?|legacy|original|disabled|kept|unused|deprecated|dead|obsolete)\b/i;

/** Whether the last prose line before `members[first]` (the group's first candidate) introduces an example. */
function introducedAsExample(members: readonly CommentFact[], first: number): boolean {
  for (let index = first - 1; index >= 0; index--) {
    const { text } = members[index]!;
    if (text !== '') return INTRODUCES.test(text) && !RETIRED.test(text);
  }
  return false;
}

/**
 * The runs of a candidate group that are code: the whole group when it parses; otherwise,
 * unless prose before the code introduces it as an example (documentation, as SonarJS and
 * eslint-plugin-etc read it), the group trimmed to its first and last candidate lines, or else
 * each candidate line alone (other prose around a commented-out line does not hide it).
 * `slotAt` tells where a comment starting at an offset sits (see code-slots.ts); it is asked
 * once per group at most, and only when a text does not parse as statements.
 */
export function codeRuns(group: CommentGroup, reader: CodeReader, slotAt: (offset: number) => CodeSlot = () => 'statements'): (readonly CommentFact[])[] {
  const { members } = group;
  let slot: CodeSlot | undefined;
  const place: CodePlace = { slot: () => (slot ??= slotAt(members[0]!.comment.range[0])), besideCode: group.besideCode };
  if (isCode(groupText(members), reader, place)) return [members];
  const first = members.findIndex((fact) => isOfKinds(fact, CANDIDATE));
  if (introducedAsExample(members, first)) return [];
  const last = members.findLastIndex((fact) => isOfKinds(fact, CANDIDATE));
  const trimmed = members.slice(first, last + 1);
  if (trimmed.length < members.length && isCode(groupText(trimmed), reader, place)) return [trimmed];
  // A lone candidate has just failed as the whole group or as the trimmed one: the same text,
  // and a parse is the costliest step of the rule.
  if (trimmed.length === 1) return [];
  return trimmed.filter((fact) => isOfKinds(fact, CANDIDATE) && isCode(groupText([fact]), reader, place)).map((fact) => [fact]);
}
