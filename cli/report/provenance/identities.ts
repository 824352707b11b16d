/**
 * Which commits an assistant wrote: a table of assistant identities, each known by the names
 * and e-mail addresses it commits or co-signs under and by lines its tool writes into messages,
 * and the classifier that reads a commit's author, trailers and message against it.
 * docs/report.md lists the defaults with their sources; users add theirs (identityFromConfig,
 * identityFromFlag). Bots not in the table (dependabot, renovate) are not assistants.
 */

/** One assistant: a commit is its when the author or a co-author matches, or a message line does. */
export interface AssistantIdentity {
  readonly name: string;
  /** Tested against the name of the author and of each co-author (trimmed). */
  readonly names?: RegExp;
  /** Tested against the e-mail address of the author and of each co-author, without `<>`. */
  readonly emails?: RegExp;
  /** Tested against each line of the message, for footers such as "Generated with [Claude Code]". */
  readonly lines?: RegExp;
}

// Names and addresses from the tools' own commits and documentation (docs/report.md cites them).
// Names that people also bear (Jules, Devin) are matched only with the tool's bot address.
export const DEFAULT_IDENTITIES: readonly AssistantIdentity[] = [
  {
    name: 'Claude Code',
    names: /^claude(?:\s+(?:code|opus|sonnet|haiku|instant|\d|\().*)?$/iu,
    emails: /^noreply@anthropic\.com$/iu,
    lines: /generated with \[?claude code/iu,
  },
  {
    name: 'GitHub Copilot',
    names: /^(?:github )?copilot$|^copilot-swe-agent\[bot\]$/iu,
    emails: /(?:^|\+)copilot@users\.noreply\.github\.com$|^copilot-swe-agent\[bot\]@|^\d+\+copilot-swe-agent\[bot\]@/iu,
  },
  { name: 'Aider', names: /^aider\b|\(aider\)$/iu, emails: /^aider@aider\.chat$/iu },
  {
    name: 'Cursor',
    names: /^cursor(?: agent)?$/iu,
    emails: /^cursoragent@cursor\.com$/iu,
    lines: /^made-with:\s*cursor\b/iu,
  },
  { name: 'Codex', names: /^(?:openai )?codex$|^chatgpt-codex-connector\[bot\]$/iu, emails: /^noreply@openai\.com$|chatgpt-codex-connector\[bot\]@/iu },
  { name: 'Gemini', names: /^gemini(?:\s.*)?$|^gemini-code-assist(?:\[bot\])?$/iu, emails: /gemini-code-assist(?:\[bot\])?@/iu },
  { name: 'Jules', names: /^google-labs-jules\[bot\]$/iu, emails: /google-labs-jules\[bot\]@/iu },
  { name: 'Devin', names: /^devin-ai-integration\[bot\]$/iu, emails: /devin-ai-integration\[bot\]@/iu, lines: /generated with \[devin\]/iu },
];

/** Trailers that name who wrote a commit besides its author; keys are case-insensitive. */
const COAUTHOR_KEYS = new Set(['co-authored-by']);
/** GitClear-style trailers that name an assistant outright: the value is a tool, not a person. */
const ASSISTANT_KEYS = new Set(['assisted-by', 'generated-by']);
const TRAILER = /^\s*([a-z][\w-]*)\s*:[ \t]*(\S.*)$/iu;
const PERSON = /^([^<]*)<([^>]*)>/u;

/** The commit facts the classifier reads. */
export interface CommitSigns {
  readonly authorName: string;
  readonly authorEmail: string;
  readonly message: string;
}

interface Person {
  readonly name: string;
  readonly email: string;
}

function person(value: string): Person {
  const match = PERSON.exec(value);
  return match === null ? { name: value.trim(), email: '' } : { name: match[1]!.trim(), email: match[2]!.trim() };
}

const isIdentity = (identity: AssistantIdentity, { name, email }: Person): boolean =>
  (identity.names?.test(name) ?? false) || (email !== '' && (identity.emails?.test(email) ?? false));

/** The name of the first identity in the table that matches the person, if any. */
const assistantOf = (table: readonly AssistantIdentity[], who: Person): string | undefined => table.find((identity) => isIdentity(identity, who))?.name;

/**
 * The assistant that wrote a commit, or undefined for people. The author decides first, then
 * co-author and assistant trailers, then footer lines. Trailer-like lines are read anywhere in
 * the message: a squash merge lists its commits' trailers in the body.
 */
export function classifyCommit(commit: CommitSigns, table: readonly AssistantIdentity[]): string | undefined {
  const byAuthor = assistantOf(table, { name: commit.authorName.trim(), email: commit.authorEmail.trim() });
  if (byAuthor !== undefined) return byAuthor;
  const lines = commit.message.split('\n');
  for (const line of lines) {
    const trailer = TRAILER.exec(line);
    if (trailer === null) continue;
    const key = trailer[1]!.toLowerCase();
    const value = trailer[2]!.trim();
    if (COAUTHOR_KEYS.has(key)) {
      const byTrailer = assistantOf(table, person(value));
      if (byTrailer !== undefined) return byTrailer;
    } else if (ASSISTANT_KEYS.has(key)) {
      // `Assisted-by: AGENT:MODEL [tools]` (the kernel's form) or a plain tool name.
      const agent = value.split(/[:<[]/u, 1)[0]!.trim();
      return assistantOf(table, person(value)) ?? assistantOf(table, { name: agent, email: '' }) ?? (agent || value);
    }
  }
  for (const line of lines) {
    const byLine = table.find((identity) => identity.lines?.test(line));
    if (byLine !== undefined) return byLine.name;
  }
  return undefined;
}

function pattern(source: unknown, where: string): RegExp | undefined {
  if (source === undefined) return undefined;
  if (typeof source !== 'string' || source === '') throw new Error(`${where} must be a regular expression as a string`);
  try {
    return new RegExp(source, 'iu');
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/**
 * An identity from the `assistants` list of the `ai-code` key in package.json:
 * `{ "name": "…", "names": "regex", "emails": "regex", "lines": "regex" }`, patterns
 * case-insensitive.
 */
export function identityFromConfig(entry: unknown, index: number): AssistantIdentity {
  const where = `package.json "ai-code".assistants[${index}]`;
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where} must be an object`);
  const { name, names, emails, lines } = entry as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') throw new Error(`${where}.name must be a non-empty string`);
  const identity = { name, names: pattern(names, `${where}.names`), emails: pattern(emails, `${where}.emails`), lines: pattern(lines, `${where}.lines`) };
  if (identity.names === undefined && identity.emails === undefined && identity.lines === undefined) {
    throw new Error(`${where} needs at least one of names, emails, lines`);
  }
  return identity;
}

/**
 * An identity from `--assistant [NAME=]REGEX`: the pattern is tested against the name and the
 * e-mail address of authors and co-authors; the assistant is called NAME, or by the pattern.
 */
export function identityFromFlag(flag: string): AssistantIdentity {
  const equals = flag.indexOf('=');
  const name = equals > 0 ? flag.slice(0, equals) : flag;
  const source = equals > 0 ? flag.slice(equals + 1) : flag;
  const regex = pattern(source, `--assistant ${flag}`)!;
  return { name, names: regex, emails: regex };
}

/**
 * The identity table for a run: the `assistants` of the `ai-code` key in `packageJson` (its
 * text, when the directory has one), then the `--assistant` flags, then the defaults, so a
 * team's own names win where they overlap.
 */
export function identityTable(packageJson: string | undefined, flags: readonly string[]): AssistantIdentity[] {
  let configured: unknown;
  try {
    configured = packageJson === undefined ? undefined : (JSON.parse(packageJson) as { 'ai-code'?: { assistants?: unknown } })['ai-code']?.assistants;
  } catch {
    // A package.json that does not parse is ESLint's and npm's to complain about, not the report's.
  }
  if (configured !== undefined && !Array.isArray(configured)) throw new Error('package.json "ai-code".assistants must be a list');
  const own = (configured ?? []).map((entry, index) => identityFromConfig(entry, index));
  return [...own, ...flags.map(identityFromFlag), ...DEFAULT_IDENTITIES];
}
