/**
 * The report's numbers for one file, computed from the same FileFacts the rules read, plus
 * the counts of the rules' own findings (gaps, undocumented generated declarations), so a
 * report and a lint of the same file cannot disagree.
 */
import { COMMENT_KINDS, DOCUMENTATION_KINDS, kindMask, type CommentKind } from '../../lib/kinds/comment-kinds.js';
import { measureDensity, wholeFileSpan } from '../../lib/core/density.js';
import type { FileFacts } from '../../lib/core/file-facts.js';

/** Counts that add up across files and directories; ratios are derived from them. */
export interface Counts {
  readonly files: number;
  readonly lines: {
    /** Every physical line: code + comment + blank (mixed lines are among the code lines). */
    readonly total: number;
    /** Lines with any code, with or without a trailing comment: cloc's "code". */
    readonly code: number;
    /** Lines with comments only: cloc's "comment". */
    readonly comment: number;
    /** Lines with code and a comment (a subset of `code`). */
    readonly mixed: number;
    readonly blank: number;
    /** Lines carrying words of documentation comments (doc and explanatory). */
    readonly documentation: number;
    /** Lines carrying code or documentation words: the base of the line ratio. */
    readonly measured: number;
  };
  readonly tokens: { readonly code: number; readonly documentation: number };
  /** Comments by kind: documentation and everything excluded from it, counted apart. */
  readonly comments: Readonly<Record<CommentKind, number>>;
  readonly generated: {
    readonly regions: number;
    /** Lines of generated regions and marked declarations, or every line of a generated file. */
    readonly lines: number;
    /** Findings of `no-undocumented-generated` with its default options. */
    readonly undocumented: number;
  };
  /** Findings of `no-comment-gap` with its default options. */
  readonly gaps: number;
  readonly placeholders: number;
  /** SonarQube's convention: lines spanned by comments outside the header, and code lines. */
  readonly sonar: { readonly commentLines: number; readonly ncloc: number };
}

export interface Ratios {
  /** Documentation share in percent, by lines and by tokens (see docs/rules/comment-ratio.md). */
  readonly lines: number;
  readonly tokens: number;
  /** SonarQube's comment_lines_density: comment_lines / (ncloc + comment_lines), in percent. */
  readonly sonar: number;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);

export function ratiosOf(counts: Counts): Ratios {
  const { lines, tokens, sonar } = counts;
  return {
    lines: percent(lines.documentation, lines.measured),
    tokens: percent(tokens.documentation, tokens.documentation + tokens.code),
    sonar: percent(sonar.commentLines, sonar.ncloc + sonar.commentLines),
  };
}

/** What the rules found in the file, counted by the caller from their messages. */
export interface Findings {
  readonly gaps: number;
  readonly undocumentedGenerated: number;
  /** Lines of generated code, from `FileAnalysis.generatedLines` (it needs the syntax tree). */
  readonly generatedLines: number;
}

const DOCS = kindMask(DOCUMENTATION_KINDS);

/** Lines spanned by comments after the file's first token, each line once (Sonar's count). */
function sonarCommentLines(facts: FileFacts): number {
  const firstToken = facts.source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
  let counted = 0;
  let lastLine = 0;
  for (const fact of facts.comments) {
    if (fact.comment.range[1] <= firstToken || fact.text === '') continue;
    const from = Math.max(fact.startLine, lastLine + 1);
    if (fact.endLine >= from) counted += fact.endLine - from + 1;
    lastLine = Math.max(lastLine, fact.endLine);
  }
  return counted;
}

/** One file's counts. Ratios are left to `ratiosOf`, so files and directories derive them alike. */
export function fileCounts(facts: FileFacts, findings: Findings): Counts {
  const lineCounts = facts.lineCounts();
  const span = wholeFileSpan(facts);
  const comments = Object.fromEntries(COMMENT_KINDS.map((kind) => [kind, 0])) as Record<CommentKind, number>;
  for (const fact of facts.comments) comments[fact.kind]++;
  // cloc's convention: a line with code and a comment is a code line; `mixed` tells them apart.
  const code = lineCounts.code + lineCounts.mixed;
  return {
    files: 1,
    lines: {
      total: facts.lineCount,
      code,
      comment: lineCounts.comment,
      mixed: lineCounts.mixed,
      blank: lineCounts.blank,
      documentation: facts.textLines(DOCS, span.startLine, span.endLine),
      measured: facts.measuredLines(DOCS, span.startLine, span.endLine),
    },
    tokens: { code: facts.source.tokens.length, documentation: measureDensity(facts, span, 'tokens', DOCS).documented },
    comments,
    generated: {
      regions: facts.generated.regions.length,
      lines: findings.generatedLines,
      undocumented: findings.undocumentedGenerated,
    },
    gaps: findings.gaps,
    placeholders: comments.placeholder,
    sonar: { commentLines: sonarCommentLines(facts), ncloc: code },
  };
}

/**
 * Sums counts field by field into a fresh total (the shape is fixed, so the walk is generic).
 * The total is built in place: a report sums every file into each of its directories.
 */
export function sumCounts(list: readonly Counts[]): Counts {
  const total = emptyCounts();
  const addInto = (target: Record<string, unknown>, source: Record<string, unknown>): void => {
    for (const key of Object.keys(target)) {
      const value = source[key];
      if (typeof value === 'number') target[key] = (target[key] as number) + value;
      else if (value !== undefined) addInto(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    }
  };
  for (const counts of list) addInto(total as unknown as Record<string, unknown>, counts as unknown as Record<string, unknown>);
  return total;
}

function emptyCounts(): Counts {
  const zeroComments = Object.fromEntries(COMMENT_KINDS.map((kind) => [kind, 0])) as Record<CommentKind, number>;
  return {
    files: 0,
    lines: { total: 0, code: 0, comment: 0, mixed: 0, blank: 0, documentation: 0, measured: 0 },
    tokens: { code: 0, documentation: 0 },
    comments: zeroComments,
    generated: { regions: 0, lines: 0, undocumented: 0 },
    gaps: 0,
    placeholders: 0,
    sonar: { commentLines: 0, ncloc: 0 },
  };
}
