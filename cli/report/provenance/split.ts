/**
 * A file's counts split by who wrote each line: the lines an assistant wrote (by git, by a Git
 * AI note, or inside a generated-code marker) and the lines people wrote, each with its code,
 * its documentation, and the gaps and undocumented declarations that start on its lines.
 */
import type { LineAuthors } from './attribution.js';

/** Bits of a line in `LineProfile.lines`. */
export const LineBits = { code: 1, documentation: 2, generated: 4 } as const;

/** What the report knows per line of a file, from its FileFacts and the rules' findings. */
export interface LineProfile {
  /**
   * Per line (index = line number, 1-based; index 0 unused), `LineBits`: the line holds code,
   * words of a documentation comment, or code a generated-code marker covers.
   */
  readonly lines: Uint8Array;
  /** First line of each `no-comment-gap` finding. */
  readonly gapLines: readonly number[];
  /** Line of each `no-undocumented-generated` finding. */
  readonly undocumentedLines: readonly number[];
}

/** One side's share of a file, directory or repository; sums across files. */
export interface SideCounts {
  /** Lines with code (cloc's convention, as the report's `lines.code`). */
  readonly code: number;
  /** Lines with words of documentation comments. */
  readonly documentationLines: number;
  /** Lines with code or documentation words: the base of the documentation density. */
  readonly measured: number;
  readonly gaps: number;
  readonly undocumented: number;
}

/** `--provenance`'s part of a file's, directory's or the totals' entry. */
export interface ProvenanceCounts {
  readonly assistant: SideCounts;
  readonly people: SideCounts;
  /** The assistant side by assistant name. */
  readonly byAssistant: Readonly<Record<string, SideCounts>>;
}

/** Lines a marker calls generated but git credits to a person are credited to this name. */
export const MARKED = 'marked as generated';

export const emptySide = (): SideCounts => ({ code: 0, documentationLines: 0, measured: 0, gaps: 0, undocumented: 0 });

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function addSide(into: Mutable<SideCounts>, from: SideCounts): void {
  into.code += from.code;
  into.documentationLines += from.documentationLines;
  into.measured += from.measured;
  into.gaps += from.gaps;
  into.undocumented += from.undocumented;
}

/** Splits a file's profile by its line authors. */
export function splitByAuthor(profile: LineProfile, authors: LineAuthors): ProvenanceCounts {
  const people = emptySide() as Mutable<SideCounts>;
  const byAssistant = new Map<string, Mutable<SideCounts>>();
  const sideOf = (line: number): Mutable<SideCounts> => {
    const author = authors[line] ?? ((profile.lines[line]! & LineBits.generated) !== 0 ? MARKED : undefined);
    if (author === undefined) return people;
    let side = byAssistant.get(author);
    if (side === undefined) byAssistant.set(author, (side = emptySide()));
    return side;
  };
  // Each measured line counts once, on its author's side, as the report's line ratio counts it.
  for (let line = 1; line < profile.lines.length; line++) {
    const code = (profile.lines[line]! & LineBits.code) !== 0;
    const documented = (profile.lines[line]! & LineBits.documentation) !== 0;
    if (!code && !documented) continue;
    const side = sideOf(line);
    if (code) side.code++;
    if (documented) side.documentationLines++;
    side.measured++;
  }
  // A finding belongs to whoever wrote the line it starts on.
  for (const line of profile.gapLines) sideOf(line).gaps++;
  for (const line of profile.undocumentedLines) sideOf(line).undocumented++;
  const assistant = emptySide() as Mutable<SideCounts>;
  for (const side of byAssistant.values()) addSide(assistant, side);
  const names = [...byAssistant.keys()].sort();
  return { assistant, people, byAssistant: Object.fromEntries(names.map((name) => [name, byAssistant.get(name)!])) };
}

/** Sums the provenance of many files or directories. */
export function sumProvenance(list: readonly ProvenanceCounts[]): ProvenanceCounts {
  const assistant = emptySide() as Mutable<SideCounts>;
  const people = emptySide() as Mutable<SideCounts>;
  const byAssistant: Record<string, Mutable<SideCounts>> = {};
  for (const counts of list) {
    addSide(assistant, counts.assistant);
    addSide(people, counts.people);
    for (const [name, side] of Object.entries(counts.byAssistant)) addSide((byAssistant[name] ??= emptySide()), side);
  }
  const names = Object.keys(byAssistant).sort();
  return { assistant, people, byAssistant: Object.fromEntries(names.map((name) => [name, byAssistant[name]!])) };
}

/** Documentation density of a side in percent, as the report's line ratio: documentation lines over measured lines. */
export const densityOf = (side: SideCounts): number => (side.measured === 0 ? 0 : Math.round((side.documentationLines / side.measured) * 10_000) / 100);
