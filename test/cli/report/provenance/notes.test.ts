/** Git AI authorship logs (Git AI Standard v3.0.0) and blame's output, read from text. */
import { describe, expect, it } from 'vitest';
import { parseIncremental } from '../../../../cli/report/provenance/blame.js';
import { notedAssistant, parseAuthorshipLog } from '../../../../cli/report/provenance/notes.js';

const named = (tool: string): string => `tool:${tool}`;

describe('parseAuthorshipLog', () => {
  // The standard's own complete example, with a quoted path holding a space.
  it('reads files, sessions and ranges, naming each session by its tool', () => {
    const log = parseAuthorshipLog(
      [
        'src/main.rs',
        '  abcd1234abcd1234 1-10,15',
        '  efgh5678efgh5678 25,30-35',
        '"src/my file.rs"',
        '  abcd1234abcd1234 1-2',
        '---',
        JSON.stringify({ schema_version: 'authorship/3.0.0', prompts: { abcd1234abcd1234: { agent_id: { tool: 'cursor' } }, efgh5678efgh5678: { agent_id: { tool: 'claude' } } } }),
      ].join('\n'),
      named,
    );
    // Range ends are inclusive; lines between ranges are nobody's in the log.
    expect([1, 10, 11, 15, 25, 29, 30, 35, 36].map((line) => notedAssistant(log, 'src/main.rs', line))).toEqual([
      'tool:cursor',
      'tool:cursor',
      undefined,
      'tool:cursor',
      'tool:claude',
      undefined,
      'tool:claude',
      'tool:claude',
      undefined,
    ]);
    // A file the log does not name has no assistant lines in that commit.
    expect(notedAssistant(log, 'src/my file.rs', 2)).toBe('tool:cursor');
    expect(notedAssistant(log, 'src/other.rs', 1)).toBeUndefined();
  });

  // A log is still a record of which lines an assistant wrote when its metadata is lost.
  it('credits sessions it cannot name to Git AI', () => {
    const log = parseAuthorshipLog('a.ts\n  0123456 3\n---\n{not json', named);
    expect(notedAssistant(log, 'a.ts', 3)).toBe('Git AI');
    expect(notedAssistant(parseAuthorshipLog('a.ts\n  0123456 4\n', named), 'a.ts', 4)).toBe('Git AI');
  });
});

// Blame prints runs in the order it finds them, not in line order, and C-quotes unusual paths.
describe('parseIncremental', () => {
  it('reads runs in line order, with paths as git quotes them', () => {
    // Commit ids stand out by their digit: a for the older run, b for the newer.
    const sha = (digit: string): string => digit.repeat(40);
    // Details come only with a commit's first run; the filename line ends every run.
    const output = [
      `${sha('b')} 7 3 2`,
      'author B',
      'summary two',
      'filename "caf\\303\\251 \\"x\\".js"',
      `${sha('a')} 1 1 2`,
      'author A',
      'boundary',
      'filename old/name.js',
      '',
    ].join('\n');
    expect(parseIncremental(output)).toEqual([
      { commit: sha('a'), origStart: 1, finalStart: 1, count: 2, origPath: 'old/name.js' },
      { commit: sha('b'), origStart: 7, finalStart: 3, count: 2, origPath: 'café "x".js' },
    ]);
  });
});
