/**
 * Comment density of a span of a file, in either unit the package offers:
 * lines (lines carrying documentation words among lines carrying code or such words) or
 * tokens (documentation words among code tokens plus those words).
 */
import type { FileFacts } from './file-facts.js';

export type DensityUnit = 'lines' | 'tokens';

/** A stretch of a file: 1-based inclusive lines and the half-open offset range they cover. */
export interface Span {
  readonly startLine: number;
  readonly endLine: number;
  readonly start: number;
  readonly end: number;
}

export interface Density {
  /** Documentation lines or words, by unit. */
  readonly documented: number;
  /** What `documented` is a share of, in the same unit. */
  readonly total: number;
  /** 0–100; 0 when `total` is 0. */
  readonly percent: number;
  /** Code lines in the span, whatever the unit: the measure of how big the span is. */
  readonly codeLines: number;
}

export function measureDensity(facts: FileFacts, span: Span, unit: DensityUnit, kindMask: number): Density {
  const lines = facts.lineTotals(kindMask, span.startLine, span.endLine);
  let documented: number;
  let total: number;
  if (unit === 'lines') {
    documented = lines.text;
    total = lines.measured;
  } else {
    documented = facts.words(kindMask, span.start, span.end);
    total = documented + facts.codeTokens(span.start, span.end);
  }
  return { documented, total, percent: total === 0 ? 0 : (documented / total) * 100, codeLines: lines.code };
}

/**
 * Whether the lines unit's documentation share of `span` is at least `minimum` percent, by a
 * lower bound that works out no comment's kind and builds no line table: the lines with words
 * of comments whose text shows their kind (`FileFacts.knownTextLinesReach`), over all the
 * span's lines. True means `measureDensity` finds at least `minimum` too: the count needed is
 * the least for which the share, computed as `measureDensity` computes it, reaches `minimum`,
 * so rounding cannot part them. False means only that the exact figures are needed.
 */
export function surelyAtLeast(facts: FileFacts, span: Span, kindMask: number, minimum: number): boolean {
  const lines = span.endLine - span.startLine + 1;
  const share = (count: number): number => (count / lines) * 100;
  let needed = Math.max(0, Math.ceil((minimum * lines) / 100));
  while (needed > 0 && share(needed - 1) >= minimum) needed--;
  while (share(needed) < minimum) needed++;
  return needed <= lines && facts.knownTextLinesReach(kindMask, span.start, span.end, needed);
}

export function wholeFileSpan(facts: FileFacts): Span {
  return { startLine: 1, endLine: facts.lineCount, start: 0, end: facts.source.text.length };
}
