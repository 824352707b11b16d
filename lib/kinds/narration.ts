/**
 * Narration: a short comment that says again what the statement it sits on says already
 * (`// Handle delete flight` above `handleDeleteFlight()`). The test is the one from the
 * research notes: after dropping stop-words and generic verbs, every word of the comment is
 * a part of an identifier (or keyword) of the statement.
 *
 * It needs only tokens: the statement is read as the tokens of the line below the comment (or
 * before a trailing comment), because the identifiers a narrating comment repeats are on the
 * statement's first line. That keeps it inside FileFacts' single pass; no AST is needed.
 */
import type { SourceToken } from '../source/file-source.js';

/** Longest comment (in words) that still reads as a label rather than an explanation. */
const MAX_WORDS = 8;
/** Tokens read from the statement's line: a bound, so a minified line costs no more. */
const MAX_TOKENS = 64;

const STOP_WORDS = new Set(
  'a an the this that these those of to for from in on at by with into onto over via and or then it its is are be as all each every new our my current given'.split(' '),
);

// Verbs that narrate an action without adding meaning ("Initialize x", "Loop through items").
const GENERIC_VERBS = new Set(
  (
    'init initialize initialise initializes set sets setting get gets getting create creates creating define declare return returns returning ' +
    'call calls calling loop loops iterate iterates iterating go check checks checking update updates updating increment decrement add adds adding ' +
    'push append import imports export exports handle handles handling render renders fetch fetches save assign compute calculate print log ' +
    'read write parse convert build make instantiate start stop reset clear remove delete close open send emit invoke run execute apply validate ' +
    'process load map filter sort merge use wait await store through throw throws catch destructure extract'
  ).split(' '),
);

// A reason, a caveat, a question or a reference turns a label into an explanation.
export const REASON =
  /\b(?:because|since|so|why|note|nb|workaround|work around|see|hack|todo|fixme|xxx|bug|issue|otherwise|unless|careful|warning|important|avoid|must|never|always|only|instead|except|but|until|case|due|needed|required|prevent|eg|ie|etc|not|no|don't|can't|won't)\b|[?!:;()[\]{}=<>"'`/\\#@|]/iu;

// Numbers are words: `// Step 3` says something `step(4)` does not.
const WORD = /[A-Za-z0-9]+/gu;
// Strings too: `navigate('/dashboard')` names its target in a literal.
const NAME_TYPES = new Set(['Identifier', 'Keyword', 'PrivateIdentifier', 'JSXIdentifier', 'Boolean', 'Null', 'Numeric', 'String', 'Template']);

/** `items` and `item` are the same word here; the rest of English morphology is not needed. */
function normalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

type CharClass = 'upper' | 'lower' | 'digit';

function charClass(code: number): CharClass {
  if (code >= 65 && code <= 90) return 'upper';
  return code >= 48 && code <= 57 ? 'digit' : 'lower';
}

/**
 * Adds `name` and its camelCase parts (`handleDeleteFlight` → handle, delete, flight;
 * `HTMLParser` → html, parser). One scan, no regular expression: a pattern for these
 * boundaries backtracks on long capital runs.
 */
function addCamelParts(name: string, into: Set<string>): void {
  into.add(normalize(name));
  let start = 0;
  for (let at = 1; at < name.length; at++) {
    const previous = charClass(name.charCodeAt(at - 1));
    const current = charClass(name.charCodeAt(at));
    const next = at + 1 < name.length ? charClass(name.charCodeAt(at + 1)) : undefined;
    const startsWord =
      (current === 'upper' && previous !== 'upper') ||
      (current === 'upper' && next === 'lower') ||
      (current === 'digit') !== (previous === 'digit');
    if (startsWord) {
      into.add(normalize(name.slice(start, at)));
      start = at;
    }
  }
  into.add(normalize(name.slice(start)));
}

function addNameParts(value: string, into: Set<string>): void {
  for (const name of value.match(WORD) ?? []) addCamelParts(name, into);
}

/**
 * The statement a comment sits on, as offsets into the file's text: the whole line below a
 * comment that stands alone above code, or the code before a trailing comment.
 */
export interface StatementRange {
  readonly start: number;
  readonly end: number;
  /** The statement is on the line below the comment (else the comment trails it). */
  readonly below: boolean;
}

/** Where the statement's tokens are: the file, and the first token after the comment. */
export interface StatementSource {
  readonly text: string;
  readonly tokens: readonly SourceToken[];
  /** Looked up on first use: most statements are ruled out by their text alone. */
  readonly nextIndex: number;
}

/**
 * The words a narrating `text` would have to repeat from its statement, or undefined when the
 * text cannot be narration whatever the statement: too long, without words or with too many, a
 * reason or a question in it, or nothing but stop-words. Decided from the text alone, so that
 * the statement (which takes reading the tokens) is looked for only for the few that pass.
 */
export function narrationWords(text: string): string[] | undefined {
  // The word count comes first: a loop over characters that turns most comments away (too
  // many words, or punctuation) before the REASON search and the word list, which scan and
  // allocate.
  if (text.length > 80) return undefined;
  const wordCount = labelWordCount(text);
  if (wordCount <= 0 || wordCount > MAX_WORDS || REASON.test(text)) return undefined;
  const words = text.match(WORD) ?? [];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  const content = meaningful.filter((word) => !GENERIC_VERBS.has(word.toLowerCase()));
  // "Create the store" above `createStore()`: when only verbs are left, they must all be names.
  const judged = content.length > 0 ? content : meaningful;
  return judged.length === 0 ? undefined : judged;
}

/**
 * Whether the statement's tokens name every one of `words` (from `narrationWords`). Every name
 * part a word can equal is a piece of the statement's line, so a word missing from that text
 * (in any case) settles it before a token is read.
 */
export function restatesStatement(words: readonly string[], statement: StatementRange, source: StatementSource): boolean {
  const line = source.text.slice(statement.start, statement.end).toLowerCase();
  if (!words.every((word) => line.includes(normalize(word)))) return false;
  const { tokens, nextIndex } = source;
  if (statement.below && isListEntry(tokens, nextIndex)) return false;
  // A comment trailing an entry (`'test', // Adding tests`) says what the entry means, which its
  // value cannot: data explained, not a statement narrated.
  if (!statement.below && tokens[nextIndex - 1]?.value === ',') return false;
  const names = statementNames(tokens, statement, nextIndex);
  return words.every((word) => names.has(normalize(word)));
}

/**
 * Whether the tokens at `index` start an entry of a list rather than a statement: an object
 * property or type member (`name:`), an array element (`name,`) or a union member (`| …`).
 * A comment above one is a heading for the entries that follow, not a narration of one.
 */
function isListEntry(tokens: readonly SourceToken[], index: number): boolean {
  const first = tokens[index]?.value;
  const second = tokens[index + 1]?.value;
  return first === '|' || first === '&' || second === ':' || second === ',';
}

// REASON's punctuation, which the word count turns away without running REASON: most comments
// that fail as labels hold some (`:`, a parenthesis, a path).
export const REASON_PUNCTUATION = new Set(Array.from('?!:;()[]{}=<>"\'`/\\#@|', (char) => char.charCodeAt(0)));

/**
 * How many matches of WORD `text` has, counted without building the list, or -1 as soon as it
 * holds punctuation REASON would find.
 */
function labelWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isWordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!isWordChar && REASON_PUNCTUATION.has(code)) return -1;
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
  }
  return count;
}

// Walks outward from `index` in both directions, since a trailing comment's statement precedes it.
function statementNames(tokens: readonly SourceToken[], { start, end }: StatementRange, index: number): Set<string> {
  const names = new Set<string>();
  for (let at = index, seen = 0; at < tokens.length && seen < MAX_TOKENS; at++, seen++) {
    const token = tokens[at]!;
    if (token.range[0] >= end) break;
    if (token.range[0] >= start && NAME_TYPES.has(token.type)) addNameParts(token.value, names);
  }
  for (let at = index - 1, seen = 0; at >= 0 && seen < MAX_TOKENS; at--, seen++) {
    const token = tokens[at]!;
    if (token.range[1] <= start) break;
    if (token.range[1] <= end && NAME_TYPES.has(token.type)) addNameParts(token.value, names);
  }
  return names;
}
