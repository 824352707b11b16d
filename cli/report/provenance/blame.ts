/**
 * Which commit last changed each line of a file, as `git blame --incremental` says: git is the
 * engine (renames and moved lines followed with -M and -C), this module only reads its output
 * into runs of lines.
 */
import { git } from './git.js';

/** Lines `finalStart…finalStart+count-1` of the file came from `commit`, where they were lines `origStart…` of `origPath`. */
export interface BlameRun {
  readonly commit: string;
  readonly origStart: number;
  readonly finalStart: number;
  readonly count: number;
  readonly origPath: string;
}

/** The id blame gives lines not committed yet. */
export const UNCOMMITTED = '0'.repeat(40);

const HEADER = /^([0-9a-f]{40,64}) (\d+) (\d+) (\d+)$/u;

/** A path as git prints it: C-quoted when it holds a quote, a backslash or a control character. */
function unquote(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  for (let index = 1; index < text.length - 1; index++) {
    const char = text[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[++index]!;
    if (next >= '0' && next <= '7') {
      bytes.push(Number.parseInt(text.slice(index, index + 3), 8));
      index += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Reads `git blame --incremental` output: each entry is a header, some details, and a `filename` line last. */
export function parseIncremental(output: string): BlameRun[] {
  const runs: BlameRun[] = [];
  let header: RegExpExecArray | null = null;
  for (const line of output.split('\n')) {
    if (header === null) {
      header = HEADER.exec(line);
      continue;
    }
    if (!line.startsWith('filename ')) continue;
    runs.push({ commit: header[1]!, origStart: Number(header[2]), finalStart: Number(header[3]), count: Number(header[4]), origPath: unquote(line.slice(9)) });
    header = null;
  }
  return runs.sort((a, b) => a.finalStart - b.finalStart);
}

/**
 * Blames `file` (relative to `root`) at `revision`, or as it is in the working tree when
 * revision is undefined (lines not committed yet then come from `UNCOMMITTED`). -M follows lines
 * moved within a file and -C lines moved from files the same commit changed; whole-file renames
 * and moves between directories blame follows by itself.
 */
export async function blameFile(root: string, file: string, revision: string | undefined): Promise<BlameRun[]> {
  const args = ['-c', 'core.quotePath=false', 'blame', '--incremental', '-M', '-C'];
  if (revision !== undefined) args.push(revision);
  return parseIncremental(await git(root, [...args, '--', file]));
}
