/**
 * The report's layout: sections of lines and tables, as plain text for the terminal or as
 * Markdown for bench/RESULTS.md, and the number formats its figures share. The hook
 * benchmark prints its table with the same plain layout.
 *
 * @typedef {{ headers: string[], rows: string[][], rightAligned: boolean[] }} Table
 * @typedef {{ title: string, text: string[], table?: Table }} Section
 */

/** @param {number} share */
export const percent = (share, digits = 2) => `${(share * 100).toFixed(digits)}%`;
/** @param {number} ms */
export const milliseconds = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

/** @param {Table} table */
export function plainTable(table) {
  const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, column) => (table.rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...table.rows.map(line)];
}

/** @param {Table} table */
function markdownTable(table) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(table.headers), `|${table.rightAligned.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|`, ...table.rows.map(line)];
}

/**
 * @param {string} title
 * @param {Section[]} sections
 * @param {'text' | 'markdown'} format
 */
export function render(title, sections, format) {
  const out = format === 'markdown' ? [`# ${title}`, ''] : [title, '='.repeat(title.length), ''];
  for (const section of sections) {
    if (format === 'markdown') out.push(`## ${section.title}`, '');
    else out.push(section.title, '-'.repeat(section.title.length));
    // Markdown would join consecutive lines into one paragraph; a list keeps them apart.
    out.push(...section.text.map((line) => (format === 'markdown' ? `- ${line}` : line)));
    if (section.table) {
      if (section.text.length > 0) out.push('');
      out.push(...(format === 'markdown' ? markdownTable(section.table) : plainTable(section.table)));
    }
    out.push('');
  }
  return out.join('\n');
}
