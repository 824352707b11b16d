/** Long Markdown tables folded under <details>: which rows stay in view, and the exact Markdown GitHub needs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedTable } from '../../../cli/report/fold.js';
import { report } from '../../helpers/run-report.js';

const rows = (count: number): string[][] => Array.from({ length: count }, (_, index) => [`r${index + 1}`]);
const table = (shown: string[][]): string => shown.map(([cell]) => `|${cell}|`).join('\n');

describe('foldedTable', () => {
  it('leaves a table that is short, or only a little too long, whole', () => {
    expect(foldedTable(rows(4), table, { visible: 2, keep: 'first', summary: (hidden) => `${hidden} more` })).toBe('|r1|\n|r2|\n|r3|\n|r4|');
  });

  it('folds the rows after the first ones, each part with its own table', () => {
    expect(foldedTable(rows(5), table, { visible: 2, keep: 'first', summary: (hidden) => `${hidden} more` })).toBe(
      '|r1|\n|r2|\n\n<details><summary>3 more</summary>\n\n|r3|\n|r4|\n|r5|\n\n</details>',
    );
  });

  it('folds the rows before the last ones, above them, for a history read from its latest point', () => {
    expect(foldedTable(rows(5), table, { visible: 2, keep: 'last', summary: (hidden) => `${hidden} earlier` })).toBe(
      '<details><summary>3 earlier</summary>\n\n|r1|\n|r2|\n|r3|\n\n</details>\n\n|r4|\n|r5|',
    );
  });
});

describe('the report in Markdown', () => {
  it('folds the directories after the totals and the first twenty', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-fold-'));
    try {
      for (let index = 1; index <= 25; index += 1) {
        fs.mkdirSync(path.join(project, `d${String(index).padStart(2, '0')}`));
        fs.writeFileSync(path.join(project, `d${String(index).padStart(2, '0')}`, 'a.js'), '// One.\nexport const one = 1;\n');
      }
      const lines = (await report(project, '--format', 'markdown')).stdout.split('\n');
      const fold = lines.indexOf('<details><summary>5 more directories</summary>');
      // The header, its rule, the totals and twenty directories come first.
      // The columns are the report's business: each row is known here by its path.
      const cells = (line: string | undefined): string => line?.split(' | ')[0] ?? '';
      expect(lines.slice(fold - 24, fold + 5).map(cells)).toEqual([
        '| path',
        '| ---',
        '| **total**',
        ...Array.from({ length: 20 }, (_, index) => `| \`d${String(index + 1).padStart(2, '0')}/\``),
        '',
        '<details><summary>5 more directories</summary>',
        '',
        '| path',
        '| ---',
        '| `d21/`',
      ]);
      expect(lines.filter((line) => line === '</details>')).toHaveLength(1);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
