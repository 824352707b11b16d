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
  let documented: number;
  let total: number;
  if (unit === 'lines') {
    documented = facts.textLines(kindMask, span.startLine, span.endLine);
    total = facts.measuredLines(kindMask, span.startLine, span.endLine);
  } else {
    documented = facts.words(kindMask, span.start, span.end);
    total = documented + facts.codeTokens(span.start, span.end);
  }
  return {
    documented,
    total,
    percent: total === 0 ? 0 : (documented / total) * 100,
    codeLines: facts.codeLines(span.startLine, span.endLine),
  };
}

export function wholeFileSpan(facts: FileFacts): Span {
  return { startLine: 1, endLine: facts.lineCount, start: 0, end: facts.source.text.length };
}
