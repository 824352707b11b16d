/**
 * Git AI authorship logs (the Git AI Standard v3.0.0): notes under `refs/notes/ai`, one per
 * commit, that list for each file the lines an AI session wrote in that commit, numbered as in
 * the file at that commit, and in a JSON section after a `---` line, which tool each session
 * was. Where a commit carries one, it decides its lines one by one, over the commit's trailers.
 */
import type { ObjectReader } from './git.js';
import { gitOrUndefined } from './git.js';

export const AI_NOTES_REF = 'refs/notes/ai';

/** Lines `start…end` (inclusive, 1-based) of a file were written by `assistant`. */
export interface NotedRange {
  readonly start: number;
  readonly end: number;
  readonly assistant: string;
}

/** One commit's log: per path (relative to the repository root), its assistant-written ranges. */
export type AuthorshipLog = ReadonlyMap<string, readonly NotedRange[]>;

/** Sessions whose tool the log does not name are credited to Git AI itself. */
const UNNAMED_TOOL = 'Git AI';
// Session hashes are hex by the standard, but its own example is not: any letters and digits.
const ENTRY = /^ {2}([0-9a-z]+) (\S+)$/iu;
const RANGE = /^(\d+)(?:-(\d+))?$/u;

/** Each session's tool (`prompts[hash].agent_id.tool`) from the metadata section, if it parses. */
function sessionTools(metadata: string): Map<string, string> {
  const tools = new Map<string, string>();
  try {
    const prompts = (JSON.parse(metadata) as { prompts?: Record<string, { agent_id?: { tool?: unknown } }> }).prompts ?? {};
    for (const [hash, prompt] of Object.entries(prompts)) {
      const tool = prompt.agent_id?.tool;
      if (typeof tool === 'string' && tool !== '') tools.set(hash, tool);
    }
  } catch {
    // A log whose metadata does not parse still says which lines an assistant wrote.
  }
  return tools;
}

/**
 * Parses an authorship log. `assistantOf` turns a session's tool (`cursor`, `claude`, …) into
 * the name the report uses for it.
 */
export function parseAuthorshipLog(text: string, assistantOf: (tool: string) => string): AuthorshipLog {
  const lines = text.split('\n');
  const divider = lines.indexOf('---');
  const attestation = divider < 0 ? lines : lines.slice(0, divider);
  const tools = divider < 0 ? new Map<string, string>() : sessionTools(lines.slice(divider + 1).join('\n'));
  const log = new Map<string, NotedRange[]>();
  let current: NotedRange[] | undefined;
  for (const line of attestation) {
    if (line.trim() === '') continue;
    const entry = ENTRY.exec(line);
    if (entry === null) {
      // A file path line; a quoted one holds spaces.
      const file = line.startsWith('"') && line.endsWith('"') ? line.slice(1, -1) : line;
      current = log.get(file) ?? [];
      log.set(file, current);
      continue;
    }
    if (current === undefined) continue;
    const tool = tools.get(entry[1]!);
    const assistant = tool === undefined ? UNNAMED_TOOL : assistantOf(tool);
    for (const part of entry[2]!.split(',')) {
      const range = RANGE.exec(part);
      if (range !== null) current.push({ start: Number(range[1]), end: Number(range[2] ?? range[1]), assistant });
    }
  }
  return log;
}

/** The ids of the notes under `refs/notes/ai`, by the commit each annotates; empty when there are none. */
export async function notedCommits(root: string): Promise<Map<string, string>> {
  const listing = await gitOrUndefined(root, ['notes', '--ref', AI_NOTES_REF, 'list']);
  const notes = new Map<string, string>();
  for (const line of listing?.split('\n') ?? []) {
    const [note, commit] = line.split(' ');
    if (note !== undefined && commit !== undefined) notes.set(commit, note);
  }
  return notes;
}

/** The logs of `commits` that have a note, read through `reader`. */
export async function readLogs(reader: ObjectReader, notes: ReadonlyMap<string, string>, commits: Iterable<string>, assistantOf: (tool: string) => string): Promise<Map<string, AuthorshipLog>> {
  const logs = new Map<string, AuthorshipLog>();
  // Requested all at once: cat-file answers them in one stream.
  const reads = [...commits].flatMap((commit) => {
    const note = notes.get(commit);
    return note === undefined ? [] : [reader.read(note).then((object) => ({ commit, object }))];
  });
  for (const { commit, object } of await Promise.all(reads)) {
    if (object !== undefined) logs.set(commit, parseAuthorshipLog(object.content.toString('utf8'), assistantOf));
  }
  return logs;
}

/** The assistant a log credits with line `line` of `file`, or undefined when the log leaves it to a person. */
export function notedAssistant(log: AuthorshipLog, file: string, line: number): string | undefined {
  return log.get(file)?.find((range) => range.start <= line && line <= range.end)?.assistant;
}
