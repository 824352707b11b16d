/**
 * A unified diff of one planned edit, for `ai-code init --dry-run`. The files involved are
 * small configuration files, so a plain longest-common-subsequence table is fast enough.
 */

const CONTEXT = 2;

type Op = readonly [' ' | '-' | '+', string];

/** The edit script from `before` to `after`, line by line. */
function diffLines(before: string[], after: string[]): Op[] {
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: before.length + 1 }, () => new Uint32Array(after.length + 1));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      ops.push([' ', before[i++]!]);
      j++;
    } else if (i < before.length && (j === after.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals before additions, as in git's diffs.
      ops.push(['-', before[i++]!]);
    } else {
      ops.push(['+', after[j++]!]);
    }
  }
  return ops;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `--- a/file` / `+++ b/file` and the changed lines with a little context; `...` between hunks. */
export function renderDiff(name: string, before: string | undefined, after: string): string {
  const ops = diffLines(splitLines(before ?? ''), splitLines(after));
  const near = ops.map(() => false);
  ops.forEach(([kind], index) => {
    if (kind === ' ') return;
    for (let k = Math.max(0, index - CONTEXT); k <= Math.min(ops.length - 1, index + CONTEXT); k++) near[k] = true;
  });
  const out = [`--- ${before === undefined ? '/dev/null' : `a/${name}`}`, `+++ b/${name}`];
  ops.forEach(([kind, line], index) => {
    if (near[index]) out.push(`${kind}${line}`);
    else if (near[index - 1] === true) out.push('@@ … @@');
  });
  return `${out.join('\n')}\n`;
}
