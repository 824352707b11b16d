/**
 * Edit history: a comment that narrates the change that was made to the code instead of the code
 * as it stands (`// Removed fake event tracking`, `// Changed from 10s to 30s`, `// Now returns
 * undefined instead of NaN`): the trace chat-driven editing leaves behind. It belongs in the
 * commit message, and it goes stale with the next edit.
 *
 * An edit note is one of these shapes, wherever a sentence starts in the comment:
 * - a past-tense change verb with what changed (`Removed X`, `Replaced X with Y`, `Switched to`,
 *   `Simplified -`), but not a participle that describes the code (`Removed on unmount`,
 *   `Deleted users are purged nightly`);
 * - a change verb that names a direction, an amount or a defect (`Updated to use`, `Increased
 *   for`, `Fixed the race`), or a change tag (`FIX:`, `UPDATED:`);
 * - what is new or gone: `Now uses …`, `X now happens automatically`, `no longer …` (not inside
 *   a condition: "skip it once it is no longer visible" describes the code), `now instead of`;
 * - the old state: `was 20,`, `(formerly …)`, `, replacing …`, `replaces the old …`, `moved to
 *   utils/format.ts`, `kept … unchanged`;
 * - the session itself: a deliberation (`Actually, let's …`, `Simpler: just …`) or a phase of the
 *   work (`Phase 2 adds …`).
 * A present-tense verb that says what the code does (`Removes entries whose TTL has passed`), a
 * tag (`@deprecated`), a noun (`Fixed-point`, `updatedAt`) or "now" as a time is none of these.
 *
 * The shapes that open a sentence (and a moved file or a deliberation anywhere) make the change
 * the sentence's point. The others may be an aside in a description of the code as it is now:
 * "The shell no longer calls this — it goes through host_spawn", "the one settings card, replacing
 * the old separate sections", "Phase 3 adds a taper". Such an aside is the comment's point only in
 * a comment short enough to be about the change alone (`noteIsThePoint`); in a longer one, the
 * aside's own clause is the note (`asideSpans`), and the rest stays a description.
 *
 * Every pattern is literal-led with bounded gaps, so matching is linear in the text.
 */

const BACKTICK = '`';
// Where a sentence starts: the text's start, or after a sentence's end (and a block's `*`
// decoration). A new line of a block does not start one: "-M follows lines\n * moved within".
const SENTENCE_START = String.raw`(?:^|[.;!?]\s+(?:\*\s+)?)`;

// Words after a past participle that make it describe the code, not the edit: a time, a
// condition or an agent (`Removed on unmount`, `Replaced at build time`, `Added by the loader`).
const DESCRIBING_NEXT = String.raw`(?:at|on|in|as|during|when|whenever|if|after|before|by|once|while|until|upon|automatically|later|here|there|only|elsewhere|rather)\b`;
// A finite verb within the next three words makes the participle an adjective (`Deleted users
// are purged`, `Changed fields get sent`).
const ADJECTIVE_USE = String.raw`(?:[\w-]+\s+){0,2}(?:are|is|were|was|get|gets|stay|stays|remain|remains|will|can|must|should|have|has|go|goes)\b`;

// Past tense of verbs that only ever describe an edit when they open a sentence.
const CHANGE_VERBS = 'removed|deleted|dropped|replaced|renamed|moved|switched|refactored|simplified|reverted|migrated|rewrote|rewritten|changed|tweaked|bumped|added|cleaned up';
// Past tense of verbs that describe values too (`Fixed delay`, `Reduced motion`): an edit only
// with a direction, an amount, a defect or a colon after them.
const AMOUNT_VERBS = 'updated|increased|decreased|reduced|raised|lowered|fixed';
const AMOUNT_NEXT = String.raw`(?:to|from|for|the|a|an|this|that|it|its|per|so|missing|bugs?|issues?|typos?|crash|race|broken|incorrect|wrong|\d)\b`;
const CHANGE_TAGS = String.raw`(?:fix(?:ed)?|updated?|changed?|edit(?:ed)?|removed?|refactor(?:ed)?)\s*:`;

const OPENERS = [
  String.raw`(?:${CHANGE_VERBS})(?:\s*[-–—]|\s+(?!${DESCRIBING_NEXT})(?!${ADJECTIVE_USE})[\w"'${BACKTICK}(])`,
  String.raw`(?:${AMOUNT_VERBS})(?:\s*:|\s+${AMOUNT_NEXT})`,
  CHANGE_TAGS,
  String.raw`kept\s+(?:[\w-]+\s+){0,4}(?:unchanged|as[- ]is|the\s+same|intact|untouched)\b`,
  String.raw`(?:simpler|easier|alternatively)\s*[:,]`,
  // A choice between approaches made in the chat: "We use a simple counter approach instead."
  String.raw`we(?:'ll|\s+will)?\s+(?:use|go\s+with|take|try)\b[^.\n]{0,60}?\binstead\s*(?:\.|$)`,
  // An instruction to drop something, with the reason it is not needed: the request, not the code.
  String.raw`(?:remove|drop|delete)\b[^.\n]{0,80}?\s[-–—]\s+(?:let|rely\s+on|not\s+needed|no\s+need|handled\s+by)\b`,
  // With the code as the implied subject, what it replaced or stopped doing is the sentence's point.
  String.raw`replac(?:es|ed)\s+(?:the\s+|an?\s+)?(?:old|previous|former|legacy|original)\b`,
  String.raw`no\s+longer\s+(?!than\b)[a-z]`,
];

// The shapes' patterns are global so that a search can start where a match may first start (`shapesFrom`).
const AT_SENTENCE_START = new RegExp(`${SENTENCE_START}(?:${OPENERS.join('|')})`, 'gi');
// "Now uses", "Now returns" opening a sentence, capitalised: a line of a longer comment that
// starts "now returns …" continues a sentence about the code. Not "Now is", "Now we", "Now the".
const NOW_OPENER = new RegExp(String.raw`${SENTENCE_START}(?:Now|NOW)\s+(?!(?:is|was|has|does|its|this|us|as)\b)[a-z]{2,}s\b`, 'gu');

// Shapes that make the change the point wherever they stand: a file the code moved to, and the
// session's own deliberation.
const POINT_ANYWHERE = new RegExp(
  [
    String.raw`\bmoved\s+(?:to|into)\s+[${BACKTICK}'"]?[\w@-]*(?:[./][\w@-]+)*\.(?:[cm]?[jt]sx?|json|css)\b`,
    String.raw`\bmoved\s+(?:to|into)\s+[${BACKTICK}'"]?[\w@.-]*\/`,
    String.raw`\bactually,?\s+(?:let'?s|let\s+us|we(?:'ll|\s+will|\s+can|\s+should|\s+need)|i(?:'ll|\s+will))\b`,
  ].join('|'),
  'gi',
);

// Shapes that may be an aside in a description of the code as it is now, and are reported as one
// (`asideSpans`).
const REPORTED_ASIDES = [
  // Mid-sentence, "now" with a verb is as often the code's sequence ("the buffer now holds"):
  // an edit only when it says the old way is gone.
  String.raw`(?<!\.)\bnow\s+[a-z]{2,}s\s+(?:[\w-]+\s+){0,3}?(?:automatically|instead|by\s+default)\b`,
  String.raw`\bnow\s+instead\s+of\b`,
  String.raw`\breplac(?:es|ed|ing)\s+(?:the\s+|an?\s+)?(?:old|previous|former|legacy|original)\b`,
  String.raw`[(,]\s*(?:replacing|formerly)\b`,
  String.raw`\binstead\s+of\s+(?:the\s+)?(?:old|previous|former)\b`,
  String.raw`\bwas\s+\d[\w.]*\s*[,;)]`,
  String.raw`\b(?:was|were)\s+previously\b`,
  String.raw`\bphase\s+\d+\s+(?:adds|added|will\s+add|introduces)\b`,
];
const ASIDE = new RegExp(
  [
    ...REPORTED_ASIDES,
    // What the code does not do, said against what it did: the point of a short comment, but in a
    // longer description a fact of the code as it is ("the shell no longer calls this — it goes
    // through host_spawn"). Not the comparative: "no longer than", "has no longer run".
    String.raw`(?<!\b(?:has|have|had|with)\s)\bno\s+longer\b(?!\s+(?:than\b|\w+ing\b))`,
  ].join('|'),
  'gi',
);

// A condition ("with X, …"), time or relative clause before a shape in the same sentence makes it describe
// the code's states ("skip it once it is no longer visible", "a plan that no longer validates").
const CONDITION = /\b(?:when|whenever|once|if|after|until|while|whether|unless|so|in case|with|without|that|which|whose|who|what|where)\b/i;

/**
 * A case-insensitive search for any of `clues` where a word starts, grouped by first letter
 * (`\bd(?:elete|rop|ecreased)`): V8 then reads a position's first letter once, not once per clue,
 * and a letter inside a word ("known", "prefix") is no clue. A clue may end in pattern syntax
 * (`was\s`); it starts with a plain letter.
 */
function atWordStart(clues: readonly string[]): RegExp {
  const byFirst = new Map<string, string[]>();
  for (const clue of clues) {
    const rests = byFirst.get(clue[0]!);
    if (rests === undefined) byFirst.set(clue[0]!, [clue.slice(1)]);
    else rests.push(clue.slice(1));
  }
  return new RegExp(`\\b(?:${[...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|')})`, 'i');
}

// Every shape's match holds one of these at a word start (a change verb, a change tag, the word
// "now", "longer" of "no longer", the aside's "was" or "instead"...): one pass of this turns nearly
// every comment away before the shapes' patterns, which try every position, run. A shape added
// above needs its clue here; test/lib/core/prefilters.test.ts checks the pair.
const CLUE = atWordStart([
  'remove', 'delete', 'drop', 'replac', 'renamed', 'moved', 'switched', 'refactor', 'simplified', 'reverted', 'migrated', 'rewr', 'changed', 'tweaked',
  'bumped', 'added', 'cleaned up', 'updated', 'increased', 'decreased', 'reduced', 'raised', 'lowered', 'fix', 'now', 'longer', 'kept', 'simpler',
  'easier', 'alternatively', 'formerly', 'actually', 'phase',
  // Words that prose uses far more often than the shapes do, with what follows them in every
  // shape that holds no other clue: a choice made `instead.` at a sentence's end or `instead of
  // the old`, and a value or `previously` after `was` or `were`.
  'instead(?:\\s*(?:\\.|$)|\\s+of\\s+(?:the\\s+)?(?:old|previous|former))', 'was\\s+(?:\\d|previously)', 'were\\s+previously',
  // The change tags without a past tense: `Update:`, `Change:`, `Edit:`.
  'update\\s*:', 'change\\s*:', 'edit(?:ed)?\\s*:',
]);

/** Longest comment text judged an edit note as a whole (see `isEditHistory`). */
const WHOLE_NOTE_LENGTH = 120;
/** Longest comment text searched at all: a long doc block is documentation whatever it says. */
const MAX_LENGTH = 2000;

/** An edit note in a comment's text: where its sentence starts, and whether it may be an aside. */
export interface EditNote {
  /** The offset of the sentence or clause the note is in, so a report can quote it. */
  readonly start: number;
  /** The note is an `ASIDE` shape: the point of its comment only when the comment is short. */
  readonly aside: boolean;
}

/**
 * The first edit note in a comment's text, or undefined when it has none. A note that makes the
 * change the point is preferred over an aside anywhere in the text.
 */
export function editNoteIn(text: string): EditNote | undefined {
  if (text.length === 0 || text.length > MAX_LENGTH) return undefined;
  const from = shapesFrom(text);
  return from === undefined ? undefined : noteByShape(text, from);
}

/**
 * Where in `text` a shape's match may start at the earliest, or undefined when the text holds no
 * clue: every match holds a clue, and no full stop after its own first character (a sentence's
 * end opens some), so none starts before the last full stop ahead of the first clue. The shapes
 * then read from there, not the whole of a long doc block.
 */
function shapesFrom(text: string): number | undefined {
  const clue = CLUE.exec(text);
  return clue === null ? undefined : Math.max(0, text.lastIndexOf('.', clue.index));
}

/**
 * `editNoteIn` without its length limit and clue search, reading the shapes' matches from `from`
 * on; those shortcuts turn away no text this finds a note in.
 */
export function noteByShape(text: string, from = 0): EditNote | undefined {
  const opener = execFrom(AT_SENTENCE_START, text, from) ?? execFrom(NOW_OPENER, text, from);
  const openerAt = opener === null ? undefined : wordStart(text, opener.index);
  const point = earliest(openerAt, firstOutsideCondition(POINT_ANYWHERE, text, from));
  if (point !== undefined) return { start: sentenceStart(text, point), aside: false };
  const aside = firstOutsideCondition(ASIDE, text, from);
  return aside === undefined ? undefined : { start: sentenceStart(text, aside), aside: true };
}

/** The first match of a global `pattern` in `text` that starts at `from` or later. */
function execFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

// The reported asides, for every match in a paragraph (`asideSpans`).
const EVERY_ASIDE = new RegExp(REPORTED_ASIDES.join('|'), 'gi');
// Where an aside's clause ends: a sentence's or a clause's end, a dash between spaces, a colon
// or a parenthesis that opens an explanation, or a comma before a reason or a relative clause,
// which explain the code as it is.
const CLAUSE_END = /[.;!?](?=\s|$)|:\s|\s[-–—]\s|[()]|,\s+(?:which|who|so|because|since|as|but|and|or|while)\b/u;
// Where a clause starts after the sentence's start: after a dash between spaces, a semicolon or a colon.
const CLAUSE_BREAK = /\s[-–—]\s|[;:]\s/gu;
// How far back an unclosed parenthesis makes an aside part of it: a parenthesised note is short.
const PAREN_REACH = 160;

/** Where an aside stands in a paragraph's text: its clause, or its parenthesised group. */
export interface AsideSpan {
  readonly start: number;
  readonly end: number;
  /** The aside is about a numbered stage of the work, past or planned, rather than a change made. */
  readonly phase: boolean;
}

/**
 * The edit-note asides (`REPORTED_ASIDES`) of a paragraph that is a description of the code as it
 * is now, each as the parenthesised group that holds it (a note of what the code replaced) or as
 * its clause (the old shape of the code, told in the past tense). A report covers that span alone,
 * so the rest of the paragraph stays explanation.
 */
export function asideSpans(text: string): AsideSpan[] {
  const spans: AsideSpan[] = [];
  const from = text.length > MAX_LENGTH ? undefined : shapesFrom(text);
  if (from === undefined) return spans;
  EVERY_ASIDE.lastIndex = from;
  for (let match = EVERY_ASIDE.exec(text); match !== null; match = EVERY_ASIDE.exec(text)) {
    const from = sentenceStart(text, match.index);
    const open = unclosedParenthesis(text, match.index);
    if (inCondition(text, match.index, from, open)) continue;
    const span = clauseAround(text, match.index, match.index + match[0].length, from, open);
    spans.push({ ...span, phase: /^phase\b/iu.test(match[0]) });
    EVERY_ASIDE.lastIndex = Math.max(EVERY_ASIDE.lastIndex, span.end);
  }
  return spans;
}

/**
 * The clause of `text` that holds an aside matched at `[at, matchEnd)` in the sentence starting at
 * `from`: the parenthesised group it is in (opened at `open`), or from the sentence's start (or the last dash or
 * semicolon before it, or the comma that leads it) to the clause's end.
 */
function clauseAround(text: string, at: number, matchEnd: number, from: number, open: number | undefined): { start: number; end: number } {
  if (open !== undefined) {
    const close = closingParenthesis(text, open);
    return { start: open, end: close === undefined ? clauseEnd(text, matchEnd) : close + 1 };
  }
  let start = text[at] === ',' ? skipSpace(text, at + 1) : from;
  CLAUSE_BREAK.lastIndex = start;
  for (let found = CLAUSE_BREAK.exec(text); found !== null && found.index < at; found = CLAUSE_BREAK.exec(text)) start = found.index + found[0].length;
  return { start: skipSpace(text, start), end: clauseEnd(text, matchEnd) };
}

/** The first offset from `at` that is no white space or block decoration. */
function skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && /[\s*]/u.test(text[index]!)) index++;
  return index;
}

/** The offset of an opening parenthesis before `at` (or at it) that is not closed before it. */
function unclosedParenthesis(text: string, at: number): number | undefined {
  let depth = 0;
  for (let index = at; index >= Math.max(0, at - PAREN_REACH); index--) {
    if (text[index] === ')' && index < at) depth++;
    else if (text[index] === '(' && depth-- === 0) return index;
  }
  return undefined;
}

/** The offset of the parenthesis that closes the one at `open`, if the text has it. */
function closingParenthesis(text: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return undefined;
}

/** Where the clause that goes on at `from` ends, without the white space before that. */
function clauseEnd(text: string, from: number): number {
  const found = CLAUSE_END.exec(text.slice(from));
  let end = found === null ? text.length : from + found.index;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether a note is the point of the comment paragraph it is in (`paragraphLength` characters of
 * text): a note that makes the change its sentence's point always is; an aside only in a
 * paragraph short enough to be about the change alone.
 */
export function noteIsThePoint(note: EditNote, paragraphLength: number): boolean {
  return !note.aside || paragraphLength <= WHOLE_NOTE_LENGTH;
}

function earliest(first: number | undefined, second: number | undefined): number | undefined {
  return first === undefined ? second : second === undefined ? first : Math.min(first, second);
}

/** The first match of `pattern` from `from` on, unless it is inside a condition; else undefined. */
function firstOutsideCondition(pattern: RegExp, text: string, from: number): number | undefined {
  const match = execFrom(pattern, text, from);
  if (match === null) return undefined;
  // Only the first match is judged: a second one in the same comment is rare, and one note is
  // enough to report the comment.
  return inCondition(text, match.index, sentenceStart(text, match.index), unclosedParenthesis(text, match.index)) ? undefined : match.index;
}

/**
 * Whether a condition, time or relative clause (`CONDITION`) comes before `at` in its sentence
 * (starting at `from`). A parenthesised note stands apart from its sentence: only a condition
 * inside the parenthesis (opened at `open`) counts.
 */
function inCondition(text: string, at: number, from: number, open: number | undefined): boolean {
  return CONDITION.test(text.slice(open === undefined ? from : Math.max(from, open), at));
}

/** The first letter at or after `at` (a sentence-start match begins with its punctuation). */
function wordStart(text: string, at: number): number {
  let index = at;
  while (index < text.length && !/[\p{L}]/u.test(text[index]!)) index++;
  return index;
}

/** Where the sentence holding `at` starts: after the last `.`, `;`, `!` or `?` before it. */
function sentenceStart(text: string, at: number): number {
  let index = at;
  while (index > 0 && !'.;!?'.includes(text[index - 1]!)) index--;
  while (index < at && /[\s*]/u.test(text[index]!)) index++;
  return index;
}

/**
 * Whether a comment with an edit note `note` is edit history as a whole (its kind), not
 * documentation with a note in it: it is short enough to be about the change alone. A longer
 * comment keeps its kind and is reported for the note.
 */
export function isEditHistory(text: string, note: EditNote | undefined): boolean {
  return note !== undefined && text.length <= WHOLE_NOTE_LENGTH;
}

/**
 * Whether `isEditHistory` may hold for the text that spans `[start, end)` of `value`, told
 * without cutting it out: false settles that it does not. A whole note is short and holds a clue.
 */
export function mayBeEditHistory(value: string, start: number, end: number): boolean {
  return end - start <= WHOLE_NOTE_LENGTH && CLUE.test(value);
}
