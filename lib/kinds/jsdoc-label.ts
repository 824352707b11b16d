/**
 * The part of a JSDoc block that may restate its declaration's name: the summary, when nothing
 * else in the block goes beyond it. A block that also documents a contract (what it throws, that
 * it never returns, a range or a sentinel value, an example, a second paragraph) tells its
 * callers what the name cannot, however plainly its summary restates the name.
 */
import { REASON } from './narration-words.js';

// Tags whose text is a parameter's or the result's description: a contract only when that text
// holds one (`REASON`, or a number: "between 0 and 100", "-1 on error").
const DESCRIBING_TAGS = new Set(['param', 'arg', 'argument', 'returns', 'return', 'prop', 'property']);
// Tags that only mark the declaration and say nothing of its behaviour.
const MARKING_TAGS = new Set(['public', 'private', 'protected', 'internal', 'override', 'async', 'static', 'readonly', 'abstract', 'inheritdoc']);

const DIGIT = /\d/u;
// A tag's `{type}` and a parameter's name, before its description.
const TAG_HEAD = /^@(\w+)\s*(?:\{[^}]*\}\s*)?/u;
const PARAMETER_NAME = /^[\w$.]+\s*(?:-\s*)?/u;

/** Where the line of `text` that starts at `from` ends: its line break, or the end of the text. */
function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** The line `[from, to)` of a JSDoc block's text without its `*` decoration and surrounding white space. */
function undecorated(text: string, from: number, to: number): string {
  let start = from;
  while (start < to && (text[start] === '*' || text[start] === ' ' || text[start] === '\t')) start++;
  return text.slice(start, to).trimEnd();
}

/**
 * The summary of a JSDoc block's text: its lines up to the first tag or blank line, joined,
 * without `*` decoration. The lines are read in place, so a block's lines after its summary are
 * never cut out.
 */
export function jsdocSummary(text: string): string {
  let summary = '';
  for (let from = 0; from <= text.length; ) {
    const to = endOfLine(text, from);
    const part = undecorated(text, from, to);
    if (part === '' || part.startsWith('@')) break;
    summary = summary === '' ? part : `${summary} ${part}`;
    if (summary.length > 100) break;
    from = to + 1;
  }
  return summary;
}

/** Where the first line after the summary (a blank or a tag line) starts, or past the text's end. */
function afterSummary(text: string): number {
  let from = 0;
  while (from <= text.length) {
    const to = endOfLine(text, from);
    const part = undecorated(text, from, to);
    if (part === '' || part.startsWith('@')) return from;
    from = to + 1;
  }
  return from;
}

/**
 * Whether the rest of a JSDoc block adds nothing to its summary (`jsdocSummary`): only
 * descriptions of parameters and the result that hold no contract, and marking tags. Else the
 * block is documentation whatever its summary says. Asked only of a summary worded like a label,
 * so that most blocks are never scanned past their summary.
 */
export function addsNothingToSummary(text: string): boolean {
  // The tag whose text the current line continues: a description may wrap over lines.
  let tag: string | undefined;
  for (let from = afterSummary(text); from <= text.length; from = endOfLine(text, from) + 1) {
    let part = undecorated(text, from, endOfLine(text, from));
    if (part === '') continue;
    const head = TAG_HEAD.exec(part);
    if (head !== null) {
      tag = head[1]!.toLowerCase();
      if (MARKING_TAGS.has(tag)) continue;
      if (!DESCRIBING_TAGS.has(tag)) return false;
      part = part.slice(head[0].length);
      if (tag !== 'returns' && tag !== 'return') part = part.replace(PARAMETER_NAME, '');
    } else if (tag === undefined || MARKING_TAGS.has(tag)) {
      // A paragraph after the summary's blank line, or text after a marking tag.
      return false;
    }
    if (REASON.test(part) || DIGIT.test(part)) return false;
  }
  return true;
}
