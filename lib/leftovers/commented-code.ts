/**
 * Commented-out code, confirmed by a parser. FileFacts' cheap `looksLikeCode` heuristic marks
 * candidates (kind `commented-out-code`); only groups holding one are parsed, so the parser
 * runs on a few comments per file, not on every comment.
 */
import { createRequire } from 'node:module';
import { isOfKinds, kindMask } from '../kinds/comment-kinds.js';
import type { CommentFact, FileFacts } from '../core/file-facts.js';
import type { CodeReader } from './code-reader.js';
import { typescriptReader } from './typescript-reader.js';
import { isJSDocBlock } from '../source/comment-text.js';

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
  };
}

const espreeReader = estreeReader(espree, true);

/**
 * The file's parser as a {@link CodeReader}, or undefined when it is espree (which reads where
 * there is no other) or unknown. Test harnesses may wrap a parser so that only `parseForESLint`
 * is left. `filename` tells TypeScript whether `<` may open JSX, as typescript-eslint decides it
 * from the extension.
 */
export function fileReader(parser: unknown, filename: string): CodeReader | undefined {
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
}

interface Node {
  readonly type: string;
  readonly body?: Node | readonly Node[];
  readonly expression?: Node;
  readonly argument?: Node;
}

// Kinds that may belong to a group; a directive, licence or marker ends one.
const GROUPABLE = kindMask(['commented-out-code', 'explanatory', 'narration']);
const CANDIDATE = kindMask(['commented-out-code']);

// Expressions that are single words or values: prose such as `Deprecated` or `- item` parses as these.
const TRIVIAL_EXPRESSIONS = new Set(['Identifier', 'Literal', 'TemplateLiteral', 'ThisExpression']);

const MODULE = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } as const;
// Commented-out function bodies hold `return`, `await` and `yield`, which a module rejects at
// its top level; inside an async generator all three parse.
const BODY_OPEN = 'async function* body() {\n';
// The words that need that wrapper: it costs a parse, so it is tried only when the text could need it.
const BODY_ONLY = /\b(?:return|await|yield)\b/u;
const BODY_CLOSE = '\n}';

// Code shown as an illustration, not left behind: `e.g. foo.a = 0;` parses as `e.g.foo.a = 0`.
const EXAMPLE_LEAD = /^\s*(?:e\.\s?g\.|i\.\s?e\.|eg:|for example\b|example:|usage:)/iu;

function isTrivialStatement(node: Node): boolean {
  // `Note: x`, `EXCLUDES: e.g. …`: a label in a comment is a prose heading, not code.
  if (node.type === 'EmptyStatement' || node.type === 'LabeledStatement') return true;
  if (node.type === 'BlockStatement') return (node.body as readonly Node[]).every(isTrivialStatement);
  if (node.type !== 'ExpressionStatement') return false;
  let expression = node.expression!;
  if (expression.type === 'UnaryExpression') expression = expression.argument!;
  return TRIVIAL_EXPRESSIONS.has(expression.type);
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
  if (readsBodyStatements || !BODY_ONLY.test(code)) return program;
  const wrapped = tryParse(parser, BODY_OPEN + code + BODY_CLOSE, MODULE);
  const fn = wrapped instanceof Error ? undefined : (wrapped.body as readonly Node[])[0];
  return ((fn?.body as Node | undefined)?.body as readonly Node[] | undefined) ?? program;
}

// Characters a bracket may stand unpaired after in code that parses: quotes and template
// literals, `/` (regular expressions, comments) and `<` (JSX text).
const MAY_HIDE_BRACKETS = /['"`/<]/u;
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * Whether the brackets of `code` surely do not pair up, read as it is and inside a function
 * body (`}{` pairs up there), so that no parser reads it either way: told without a parse. Only
 * a text without a character that may hide a bracket is judged; false means only that a parse
 * must tell. Many texts a failed group is cut into fail this way (`}`, `});`, `foo({`), and a
 * parse costs tens of microseconds even when it fails at once.
 */
export function hasUnpairedBracket(code: string): boolean {
  return !MAY_HIDE_BRACKETS.test(code) && !bracketsPair(code, false) && !bracketsPair(code, true);
}

/** Whether the brackets of `code` pair up, or with `inBody`, those of `{` + `code` + `}`. */
function bracketsPair(code: string, inBody: boolean): boolean {
  const expected: string[] = inBody ? ['}'] : [];
  for (const char of code) {
    const closer = CLOSER_OF[char];
    if (closer !== undefined) expected.push(closer);
    else if ((char === ')' || char === ']' || char === '}') && expected.pop() !== char) return false;
  }
  return expected.length === (inBody ? 1 : 0);
}

/**
 * Whether `code` parses into something more than lone words or values: read by `ownReader`, the
 * file's own parser (see `fileReader`), when there is one, else by espree as JavaScript.
 */
export function isCode(code: string, ownReader: CodeReader | undefined): boolean {
  if (EXAMPLE_LEAD.test(code) || hasUnpairedBracket(code)) return false;
  if (ownReader === undefined) return espreeReader.read(code) === true;
  // What espree reads, the file's TypeScript parser reads into the same statements, JSX aside,
  // so TypeScript alone decides, plain JavaScript too: in a file TypeScript has just parsed,
  // espree's code is cold, and asking it first cost more with the same findings.
  const verdict = ownReader.read(code);
  if (verdict !== undefined) return verdict;
  // TypeScript without JSX rejects what may be JSX.
  return !ownReader.readsJSX && code.includes('<') && espreeReader.read(code) === true;
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
  const { comments } = facts;
  const groups: CommentGroup[] = [];
  const isLoneLine = (index: number): boolean => comments[index]!.comment.type === 'Line' && !facts.codeBesideComment(index);
  for (let start = 0, end = 1; start < comments.length; start = end, end = start + 1) {
    // The comments that may form one group: `//` lines alone on consecutive lines, or one other comment.
    const startsLone = isLoneLine(start);
    if (startsLone) {
      while (end < comments.length && comments[end - 1]!.endLine + 1 === comments[end]!.startLine && isLoneLine(end)) end++;
    }
    // Only text shaped like code can be a candidate: a run without any needs no kind worked out,
    // which spares most prose the marker and placeholder searches.
    if (!hasCodeShaped(comments, start, end)) continue;
    const run = comments.slice(start, end);
    if (!startsLone) {
      const [fact] = run as [CommentFact];
      if (!isJSDocBlock(fact.comment) && isOfKinds(fact, CANDIDATE)) groups.push({ members: run });
      continue;
    }
    groups.push(...candidateParts(run));
  }
  return groups;
}

function hasCodeShaped(comments: readonly CommentFact[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (comments[index]!.shape === 'code') return true;
  return false;
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
    if (hasCandidate) parts.push({ members: run.slice(partStart, index) });
    partStart = index + 1;
    hasCandidate = false;
  }
  return parts;
}

/**
 * The runs of a candidate group that are code: the whole group when it parses; otherwise the
 * group trimmed to its first and last candidate lines; otherwise each candidate line alone
 * (prose around a commented-out line does not hide it).
 */
export function codeRuns(group: CommentGroup, ownReader: CodeReader | undefined): (readonly CommentFact[])[] {
  const { members } = group;
  if (isCode(groupText(members), ownReader)) return [members];
  const first = members.findIndex((fact) => isOfKinds(fact, CANDIDATE));
  const last = members.findLastIndex((fact) => isOfKinds(fact, CANDIDATE));
  const trimmed = members.slice(first, last + 1);
  if (trimmed.length < members.length && isCode(groupText(trimmed), ownReader)) return [trimmed];
  // A lone candidate has just failed as the whole group or as the trimmed one: the same text,
  // and a parse is the costliest step of the rule.
  if (trimmed.length === 1) return [];
  return trimmed.filter((fact) => isOfKinds(fact, CANDIDATE) && isCode(groupText([fact]), ownReader)).map((fact) => [fact]);
}
