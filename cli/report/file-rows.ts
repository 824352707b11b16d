/**
 * The report's per-file rows for people: the worst files first, and the generated and vendored
 * files that were left out of the figures. Every file, with every figure, is in the JSON; these
 * rows are what a reviewer reads first.
 */
import { alignedLines, codeSpan, markdownTable, number, pct } from './render.js';
import { SET_APART_ROLES, type Entry, type Report } from './model.js';

export const DEFAULT_TOP = 10;

/** What makes a file bad to review: the findings the audit counts in it. */
const findingsOf = (entry: Entry): number => entry.gaps + entry.generated.undocumented + entry.placeholders;

/**
 * The `top` files with the most findings, ties broken by the lower documentation by lines, then
 * by the larger file: a file without findings is not among the worst, however few comments it has.
 */
export function worstFiles(report: Report, top: number): Entry[] {
  return report.files
    .filter((file) => findingsOf(file) > 0)
    .sort((a, b) => findingsOf(b) - findingsOf(a) || a.ratio.lines - b.ratio.lines || b.lines.code - a.lines.code || a.path.localeCompare(b.path))
    .slice(0, top);
}

const plain = (path: string): string => path;

const WORST_HEADERS = ['file', 'code', 'doc lines', 'gaps', 'undocumented', 'placeholders'];
const worstCells = (file: Entry, name: (path: string) => string): string[] => [name(file.path), number(file.lines.code), pct(file.ratio.lines), number(file.gaps), number(file.generated.undocumented), number(file.placeholders)];

/** The set-apart files, largest first, at most `top`, and how many more the JSON lists. */
function setApartShown(report: Report, top: number): { shown: Entry[]; more: number } {
  const all = [...(report.setApart ?? [])].sort((a, b) => b.lines.code - a.lines.code || a.path.localeCompare(b.path));
  return { shown: all.slice(0, top), more: Math.max(0, all.length - top) };
}

const SET_APART_HEADERS = ['file', 'role', 'code'];
const setApartCells = (file: Entry, name: (path: string) => string): string[] => [name(file.path), file.role ?? '', number(file.lines.code)];

/** One sentence on what was set apart, or undefined when nothing was. */
function setApartSentence(report: Report): string | undefined {
  const files = report.setApart ?? [];
  if (files.length === 0) return undefined;
  const counted = SET_APART_ROLES.map((role) => [role, files.filter((file) => file.role === role).length] as const).filter(([, count]) => count > 0);
  const code = files.reduce((sum, file) => sum + file.lines.code, 0);
  const which = counted.map(([role, count]) => `${number(count)} ${role}`).join(' and ');
  return `${which} ${files.length === 1 ? 'file' : 'files'} (${number(code)} code lines) ${files.length === 1 ? 'is' : 'are'} listed apart and not counted above; --include-generated counts them.`;
}

/** The rows under the report's table, for a terminal: the worst files, then the files set apart. */
export function fileRowsTable(report: Report, top: number, bold: (text: string) => string): string {
  const parts: string[] = [];
  const worst = worstFiles(report, top);
  if (worst.length > 0) parts.push('', `worst files (most findings, at most ${top}):`, ...alignedLines(WORST_HEADERS, worst.map((file) => worstCells(file, plain)), bold).lines);
  const sentence = setApartSentence(report);
  if (sentence !== undefined) {
    const { shown, more } = setApartShown(report, top);
    parts.push('', sentence, ...alignedLines(SET_APART_HEADERS, shown.map((file) => setApartCells(file, plain)), bold, 2).lines);
    if (more > 0) parts.push(`… and ${number(more)} more (the JSON report lists them all)`);
  }
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}

/** The same rows in Markdown; the set-apart list is folded, since it can be long and is rarely read. */
export function fileRowsMarkdown(report: Report, top: number): string {
  const parts: string[] = [];
  const worst = worstFiles(report, top);
  if (worst.length > 0) parts.push(`### Worst files\n\nThe files with the most findings (gaps, undocumented generated declarations, placeholders), at most ${top}:\n`, markdownTable(WORST_HEADERS, worst.map((file) => worstCells(file, codeSpan))), '');
  const sentence = setApartSentence(report);
  if (sentence !== undefined) {
    const { shown, more } = setApartShown(report, top);
    const rows = markdownTable(SET_APART_HEADERS, shown.map((file) => setApartCells(file, codeSpan)), 2);
    const tail = more > 0 ? `\n\n… and ${number(more)} more (the JSON report lists them all).` : '';
    parts.push(`<details><summary>${sentence}</summary>\n\n${rows}${tail}\n\n</details>`, '');
  }
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}
