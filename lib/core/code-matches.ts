/**
 * A walk over the matches of one pattern in a file's code, which stops where its visitor has
 * seen enough and goes on from there when asked again: the text bounds in front of the decision
 * pass (lib/core/decision-marks.ts) read a file only as far as a verdict needs.
 */
import { tokensBefore, type FileSource } from '../source/file-source.js';

// Tokens whose text may spell marks and digits that are no code's.
const TEXT_TOKENS = new Set(['String', 'Template', 'RegularExpression', 'JSXText']);

/** What a visitor is handed: the file's text, where the match starts, and the match. */
export type MatchVisitor = (text: string, at: number, match: string) => boolean;

export class CodeMatches {
  /** The whole text has been read. */
  done = false;
  // Where the next search starts, and the first comment that may hold or follow its match.
  private next = 0;
  private comment = 0;

  /**
   * Matches of the global `pattern` in `source`, outside comments and, with `inText` false,
   * outside strings, templates, patterns and markup text.
   */
  constructor(
    private readonly source: FileSource,
    private readonly pattern: RegExp,
    private readonly inText: boolean,
  ) {}

  /** Calls `visit` on each further match until it returns true (enough seen) or the text ends. */
  walk(visit: MatchVisitor): void {
    const { pattern, inText } = this;
    const { text, comments, tokens } = this.source;
    pattern.lastIndex = this.next;
    let { comment } = this;
    for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
      if (match === null) {
        this.done = true;
        break;
      }
      const at = match.index;
      while (comment < comments.length && comments[comment]!.range[1] <= at) comment++;
      const around = comments[comment];
      if (around !== undefined && around.range[0] <= at) {
        pattern.lastIndex = around.range[1];
        continue;
      }
      if (!inText) {
        const token = tokens[tokensBefore(tokens, at + 1) - 1];
        if (token !== undefined && token.range[1] > at && TEXT_TOKENS.has(token.type)) {
          pattern.lastIndex = token.range[1];
          continue;
        }
      }
      if (visit(text, at, match[0])) break;
    }
    this.comment = comment;
    this.next = pattern.lastIndex;
  }
}
