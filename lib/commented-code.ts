/**
 * Commented-out code, confirmed by a parser. FileFacts' cheap `looksLikeCode` heuristic marks
 * candidates (kind `commented-out-code`); only groups holding one are parsed, so the parser
 * runs on a few comments per file, not on every comment.
 */
import { createRequire } from 'node:module';
import { isOfKinds, type CommentKind } from './comment-kinds.js';
import type { CommentFact, FileFacts } from './file-facts.js';
import { typescriptReader } from './typescript-reader.js';

/** A parser with ESLint's `parse(code, options)` shape, such as the file's own parser. */
interface CodeParser {
  parse(code: string, options: Record<string, unknown>): unknown;
}

/** What a parser makes of a candidate text. */
export interface CodeReader {
  /** Undefined when the text does not parse, else whether it is more than lone words, values or labels. */
  read(code: string): boolean | undefined;
  /** `<` may open JSX: when it may not, espree still gets a JSX-looking text this reader rejected. */
  readonly readsJSX: boolean;
}

// The CommonJS build of espree, which is the module object ESLint itself loads and parses every
// file with. The ES module build would be a second copy of the parser that only this rule runs,
// a few times per file: too rarely for V8 to optimize it, so each candidate parse ran slowly.
const espree = createRequire(import.meta.url)('espree') as CodeParser;

/**
 * A reader over a parser that returns ESTree. `readsBodyStatements`: `return`, `await` and
 * `yield` parse at the top level, so wrapping a text in a function body cannot help it parse.
 */
function estreeReader(parser: CodeParser, readsJSX: boolean, readsBodyStatements = false): CodeReader {
  return {
    readsJSX,
    read(code) {
      const body = statementsOf(parser, code, readsBodyStatements);
      if (body === undefined) return undefined;
      return body.length > 0 && !body.some((node) => node.type === 'LabeledStatement') && !body.every(isTrivialStatement);
    },
  };
}

const espreeReader = estreeReader(espree, true);

/**
 * The file's parser as a {@link CodeReader}, or undefined when it is espree (tried anyway) or
 * unknown. Test harnesses may wrap a parser so that only `parseForESLint` is left. `filename`
 * tells TypeScript whether `<` may open JSX, as typescript-eslint decides it from the extension.
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
const GROUPABLE: readonly CommentKind[] = ['commented-out-code', 'explanatory', 'narration'];
const CANDIDATE: readonly CommentKind[] = ['commented-out-code'];

// Expressions that are single words or values: prose such as `Deprecated` or `- item` parses as these.
const TRIVIAL_EXPRESSIONS = new Set(['Identifier', 'Literal', 'TemplateLiteral', 'ThisExpression']);

const MODULE = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } as const;
// Commented-out function bodies hold `return`, `await` and `yield`, which a module rejects at
// its top level; inside an async generator all three parse.
const BODY_OPEN = 'async function* body() {\n';
// The words that need that wrapper, and the syntax only a TypeScript parser reads: each costs
// a parse, so it is tried only when the text could need it.
const BODY_ONLY = /\b(?:return|await|yield)\b/u;
const TYPESCRIPT_ONLY = /[:<!]|\b(?:as|type|interface|enum|declare|implements|private|public|protected|readonly|satisfies)\b/u;
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

function tryParse(parser: CodeParser, code: string, options: Record<string, unknown>): Node | undefined {
  // Most candidates that fail are prose, and a parser's syntax error would capture a stack
  // trace that nothing reads.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parser.parse(code, options) as Node;
  } catch {
    return undefined;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The top-level statements of `code` parsed as a module, else as a function body; undefined if neither parses. */
function statementsOf(parser: CodeParser, code: string, readsBodyStatements: boolean): readonly Node[] | undefined {
  const program = tryParse(parser, code, MODULE);
  if (program !== undefined) return program.body as readonly Node[];
  if (readsBodyStatements || !BODY_ONLY.test(code)) return undefined;
  const wrapped = tryParse(parser, BODY_OPEN + code + BODY_CLOSE, MODULE);
  const fn = (wrapped?.body as readonly Node[] | undefined)?.[0];
  return (fn?.body as Node | undefined)?.body as readonly Node[] | undefined;
}

/**
 * Whether `code` parses as JavaScript (or with `fallback`, the file's parser, as TypeScript)
 * into something more than lone words or values.
 */
export function isCode(code: string, fallback: CodeReader | undefined): boolean {
  if (EXAMPLE_LEAD.test(code)) return false;
  // What espree reads, the file's TypeScript parser reads too, JSX aside: text with TypeScript
  // syntax goes to that parser first, so commented-out TypeScript costs one parse instead of a
  // failed one before it, and text it rejects goes to espree only if JSX could be why.
  const hasTypeScriptHint = fallback !== undefined && TYPESCRIPT_ONLY.test(code);
  const verdict = hasTypeScriptHint ? fallback.read(code) : undefined;
  if (verdict !== undefined) return verdict;
  const espreeMayRead = !hasTypeScriptHint || (!fallback.readsJSX && code.includes('<'));
  return espreeMayRead && espreeReader.read(code) === true;
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
  // Runs are contiguous in `facts.comments`, so a run is two indices and a flag; only runs with
  // a candidate become arrays. This walks every comment of every file the rule sees.
  const { comments } = facts;
  const groups: CommentGroup[] = [];
  let runStart = 0;
  let hasCandidate = false;
  for (let index = 0; index <= comments.length; index++) {
    const fact = comments[index];
    const isJSDoc = fact !== undefined && fact.comment.type === 'Block' && fact.comment.value.startsWith('*');
    const joins = fact !== undefined && !isJSDoc && isOfKinds(fact, GROUPABLE);
    const alone = joins && fact.comment.type === 'Line' && !facts.codeBesideComment(index);
    // The run so far ends before this comment unless it is a lone `//` line right below the last one.
    const previous = comments[index - 1];
    if (!alone || index === runStart || previous!.endLine + 1 !== fact.startLine) {
      if (hasCandidate) groups.push({ members: comments.slice(runStart, index) });
      runStart = joins ? index : index + 1;
      hasCandidate = false;
    }
    if (!joins) continue;
    hasCandidate ||= isOfKinds(fact, CANDIDATE);
    // A trailing comment or a block is a group of its own.
    if (!alone) {
      if (hasCandidate) groups.push({ members: [fact] });
      runStart = index + 1;
      hasCandidate = false;
    }
  }
  return groups;
}

/**
 * The runs of a candidate group that are code: the whole group when it parses; otherwise the
 * group trimmed to its first and last candidate lines; otherwise each candidate line alone
 * (prose around a commented-out line does not hide it).
 */
export function codeRuns(group: CommentGroup, fallback: CodeReader | undefined): (readonly CommentFact[])[] {
  const { members } = group;
  if (isCode(groupText(members), fallback)) return [members];
  const first = members.findIndex((fact) => isOfKinds(fact, CANDIDATE));
  const last = members.findLastIndex((fact) => isOfKinds(fact, CANDIDATE));
  const trimmed = members.slice(first, last + 1);
  if (trimmed.length < members.length && isCode(groupText(trimmed), fallback)) return [trimmed];
  // A lone candidate has just failed as the whole group or as the trimmed one: the same text,
  // and a parse is the costliest step of the rule.
  if (trimmed.length === 1) return [];
  return trimmed.filter((fact) => isOfKinds(fact, CANDIDATE) && isCode(groupText([fact]), fallback)).map((fact) => [fact]);
}
