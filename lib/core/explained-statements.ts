/**
 * Explained statements: a comment that stands alone on its lines, directly above code, explains
 * the statement that starts there, to its end. A reader takes `// Retry once: the first call
 * warms the cache` above a loop, a hook call or a function to be about all of it, not about its
 * first line only. This is the one definition of "a comment directly above": the comment's last
 * line is the line right above the code (`FileFacts.firstLeadingComment` reads the same).
 *
 * Read from the tokens: a statement ends at its `;` or `,`, where the block holding it closes,
 * or at a line break after a complete line (`}` or `)` or a value, when the next line does not
 * continue it with `else`, `.` or an operator). Brackets are jumped over, through a table of
 * matching brackets built once per file, so each statement's end costs its own top-level tokens.
 */
import { hasLineBreak } from '../util/chars.js';
import { explainsInKinds } from './explanations.js';
import { lowerBound } from '../util/lower-bound.js';
import { LastFileCache } from '../util/last-file.js';
import { zeroedInt32s } from '../util/tables.js';
import type { CommentFact, FileFacts } from './file-facts.js';
import { tokensBefore, type SourceToken } from '../source/file-source.js';

const OPENS = new Set(['{', '(', '[']);
const CLOSES = new Set(['}', ')', ']']);
// Words that continue the statement of the line above: `} else {`, `} catch (error) {`, `x\n  as T`.
const CONTINUING_WORDS = new Set(['else', 'catch', 'finally', 'as', 'satisfies', 'instanceof', 'in', 'extends', 'implements']);
// Punctuators that start a new statement even at the start of a line (`!done && run()`, `(async () => …)()`).
const STARTS_STATEMENT = new Set(['!', '(', '[', '{', '++', '--', '<', '@', '#', '~']);
// Punctuators that end a line without continuing it on the next.
const ENDS_LINE = new Set([')', ']', '}']);

// Only the file being linted (or reported) is ever asked about again.
const matchesCache = new LastFileCache<Int32Array>();

/** For each bracket token, the index of its partner; -1 for the unmatched and for other tokens. */
function bracketMatches(facts: FileFacts): Int32Array {
  return matchesCache.for(facts, () => matchesOf(facts.source.tokens));
}

function matchesOf(tokens: readonly SourceToken[]): Int32Array {
  const matches = zeroedInt32s(tokens.length).fill(-1);
  const open: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type !== 'Punctuator') continue;
    if (OPENS.has(token.value)) open.push(index);
    else if (CLOSES.has(token.value) && open.length > 0) {
      const partner = open.pop()!;
      matches[partner] = index;
      matches[index] = partner;
    }
  }
  return matches;
}

/** Whether a statement whose line ends with `last` goes on with `next`, on the next line. */
function continues(last: SourceToken, next: SourceToken): boolean {
  // An operator, `=` or `=>` at the end of a line leaves the statement open.
  if (last.type === 'Punctuator' && !ENDS_LINE.has(last.value)) return true;
  if (next.type === 'Keyword' || next.type === 'Identifier') return CONTINUING_WORDS.has(next.value);
  return next.type === 'Punctuator' && !STARTS_STATEMENT.has(next.value);
}

/** The index of the last token of the statement that starts at `tokens[first]`. */
function statementEnd(facts: FileFacts, matches: Int32Array, first: number): number {
  const { tokens, text } = facts.source;
  let index = first;
  // A decorator's line goes on to what it decorates.
  let lineStart = first;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.type === 'Punctuator') {
      const { value } = token;
      if (value === ';' || value === ',') return index;
      // The block or list that holds the statement closes.
      if (CLOSES.has(value)) return index - 1;
      if (OPENS.has(value)) {
        const close = matches[index]!;
        if (close < 0) return tokens.length - 1;
        index = close;
      }
    }
    const next = tokens[index + 1];
    if (next === undefined) return index;
    if (hasLineBreak(text, tokens[index]!.range[1], next.range[0])) {
      if (tokens[lineStart]!.value !== '@' && !continues(tokens[index]!, next)) return index;
      lineStart = index + 1;
    }
    index++;
  }
  return tokens.length - 1;
}

// How far past a type's declaration its name is looked for in the head of the next statement.
const HEAD_TOKENS = 32;

/**
 * The last token of what a comment above `tokens[first]` explains: the statement there, and when
 * that declares a type (`type Props = …`, `interface Props`), also the next statement if its head
 * names that type (the component that takes those props).
 */
function explainedEnd(facts: FileFacts, matches: Int32Array, first: number): number {
  const { tokens } = facts.source;
  const end = statementEnd(facts, matches, first);
  const declaration = tokens[first]?.value === 'export' ? first + 1 : first;
  const keyword = tokens[declaration]?.value;
  if ((keyword !== 'type' && keyword !== 'interface') || tokens[declaration + 1]?.type !== 'Identifier') return end;
  const name = tokens[declaration + 1]!.value;
  const next = tokens[end + 1]?.value === ';' ? end + 2 : end + 1;
  const limit = Math.min(tokens.length, next + HEAD_TOKENS);
  for (let index = next; index < limit; index++) {
    const { value, type } = tokens[index]!;
    // A body's `{` (after the parameters) ends the head; a destructuring `{` is in it.
    if (value === '=>' || value === ';' || (value === '{' && tokens[index - 1]?.value === ')')) break;
    if (type === 'Identifier' && value === name) return statementEnd(facts, matches, next);
  }
  return end;
}

/**
 * The last token of the paragraph a comment above `tokens[first]` heads: what it explains
 * (`explainedEnd`), and the statements after it while each starts on the line right after the
 * one before ends, up to a blank line, a comment or the end of the block.
 */
function paragraphEnd(facts: FileFacts, matches: Int32Array, first: number): number {
  const { tokens } = facts.source;
  let last = explainedEnd(facts, matches, first);
  while (last >= first) {
    const next = tokens[last + 1];
    if (next === undefined || (next.type === 'Punctuator' && CLOSES.has(next.value))) return last;
    // A blank line or a comment's line between them starts another paragraph.
    if (facts.lineOf(next.range[0]) !== facts.lineOf(tokens[last]!.range[1] - 1) + 1) return last;
    last = statementEnd(facts, matches, last + 1);
  }
  return last;
}

/**
 * Marks (non-zero) in `explained`, indexed by line, the lines of every statement that a comment
 * of the kinds in `mask` with words explains, for the comments that reach into
 * `fromLine`–`toLine`; with `also`, marks those of the comments `also.accepts` in `also.lines`
 * too, in the same walk.
 */
export function markExplainedStatements(
  facts: FileFacts,
  mask: number,
  fromLine: number,
  toLine: number,
  explained: Uint8Array,
  also?: { readonly lines: Uint8Array; readonly accepts: (fact: CommentFact) => boolean },
): void {
  const { comments } = facts;
  const { tokens, text } = facts.source;
  let matches: Int32Array | undefined;
  // A comment that ends on the stretch's first line stands right above its code.
  let index = lowerBound(comments.length, (at) => comments[at]!.endLine >= fromLine);
  for (; index < comments.length && comments[index]!.startLine <= toLine; index++) {
    const fact = comments[index]!;
    const next = tokensBefore(tokens, fact.comment.range[1]);
    const token = tokens[next];
    // Directly above: code on the very next line, none before the comment on its first line.
    if (token === undefined || facts.lineOf(token.range[0]) !== fact.endLine + 1) continue;
    if (next > 0 && facts.lineOf(tokens[next - 1]!.range[1] - 1) >= fact.startLine) continue;
    if (!explainsInKinds(text, fact, mask)) continue;
    matches ??= bracketMatches(facts);
    const last = paragraphEnd(facts, matches, next);
    if (last < next) continue;
    const lastLine = facts.lineOf(tokens[last]!.range[1] - 1);
    explained.fill(1, fact.endLine + 1, Math.min(lastLine, explained.length - 1) + 1);
    if (also?.accepts(fact) === true) also.lines.fill(1, fact.endLine + 1, Math.min(lastLine, also.lines.length - 1) + 1);
  }
}
