/**
 * Long Markdown tables folded under `<details>`, so a report posted as a pull-request comment or
 * a job summary opens on what matters and keeps the rest one click away.
 */

export interface Fold {
  /** How many rows stay in view. */
  readonly visible: number;
  /** Which rows stay in view: the first ones (totals, then directories) or the last ones (a history). */
  readonly keep: 'first' | 'last';
  /** The fold's label for the rows it hides. */
  readonly summary: (hidden: number) => string;
}

// Folding away a row or two saves nothing and costs a click.
const LEAST_FOLDED = 3;

/** `rows` as `table` renders them, those beyond `fold.visible` in a closed `<details>` with their own header. */
export function foldedTable(rows: readonly string[][], table: (rows: string[][]) => string, fold: Fold): string {
  if (rows.length < fold.visible + LEAST_FOLDED) return table([...rows]);
  const split = fold.keep === 'first' ? fold.visible : rows.length - fold.visible;
  const [before, after] = [rows.slice(0, split), rows.slice(split)];
  const hidden = fold.keep === 'first' ? after : before;
  // GitHub renders Markdown inside <details> only after a blank line.
  const folded = `<details><summary>${fold.summary(hidden.length)}</summary>\n\n${table(hidden)}\n\n</details>`;
  return fold.keep === 'first' ? `${table(before)}\n\n${folded}` : `${folded}\n\n${table(after)}`;
}
