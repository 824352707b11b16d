/**
 * Narration: a short comment that says again what the statement it sits on says already
 * (`// Handle delete flight` above `handleDeleteFlight()`). The test is the one from the
 * research notes: after dropping stop-words, generic verbs and vague nouns, every word of the
 * comment is a part of an identifier (or keyword) of the statement, in another inflection
 * (`getter`/`get`, `successful`/`onSuccess`) or spelled out (`configuration`/`config`), or names
 * the statement's kind (`variable` over `let`, `array` over `[]`, `loop` over `for`). A narrator
 * opener (`This will …`, `Step 1: …`, `Helper function to …`) is narration whatever follows. A
 * JSDoc block whose summary restates the declaration it documents, and which says nothing beyond
 * it (lib/kinds/jsdoc-label.ts), is narration too.
 *
 * Not narration: section rulers (`// ── Done ──`), a verbless heading over a group of
 * declarations (`// History` above two members), labels in a column of trailing comments (a
 * byte layout's `// name`, `// size`), and anything with a reason, a question or a reference.
 *
 * It needs only tokens: the statement is read as the tokens of the lines below the comment (or
 * before a trailing comment). That keeps it inside FileFacts' single pass; no AST is needed.
 */
import { mayEscapeNames, type SourceToken } from '../source/file-source.js';
import { SPACE, UPPER_A, UPPER_Z } from '../util/char-codes.js';
import { AnchoredPattern, isAsciiLetterOrDigit } from '../util/chars.js';
import { GENERIC_VERBS, REASON, REASON_PUNCTUATION, STOP_WORDS, isVague, stem } from './narration-words.js';
import { MAX_TOKENS, WORD, addNameParts, enclosingClassName, mayBeIn, namesWord, statementNames } from './statement-names.js';

/**
 * Longest comment that still reads as a label rather than an explanation: in words that are no
 * stop-words, and in all its words (connectives and articles add length, not meaning).
 */
const MAX_WORDS = 8;
const MAX_ALL_WORDS = 10;
// The longest label read as a possible narrator's opener; a longer one says more than a step's name.
const MAX_LABEL_LENGTH = 100;
// The longest label read for its words; up to MAX_LABEL_LENGTH, only a narrator's opener is read.
const MAX_PLAIN_LABEL_LENGTH = 80;
// Openers of a narrator: the comment announces the code instead of saying anything about it.
export const NARRATOR_OPENER = new AnchoredPattern(
  ['th', 'be', 'he', 'st', 'no'],
  /^(?:(?:this|the following|the next|below|here)\s+(?:will|code|function|method|class|component|hook|block|lines?|section|loop|snippet|helper|handler|part)\b|step\s+\d+\s*[:.)-]\s*\w|helper(?:\s+(?:function|method))?\s+(?:to|for|that)\b|(?:here|now)\s+we\b)/i,
);
// The words of REASON, and its question mark and parentheses: a narrator opener with a reason
// or a qualification in it ("for consistent storage (case-insensitive)") explains.
const REASON_WORD =
  /\b(?:because|since|so|why|note|nb|workaround|hack|todo|fixme|xxx|bug|issue|otherwise|unless|careful|warning|important|avoid|must|never|prevent|instead|except|due)\b|[?()]/i;

// Negated auxiliaries whose apostrophe is read as "not"; "can't", "won't" and "shouldn't" state
// an ability or a rule, and stay reasons (REASON).
const NEGATED_AUXILIARY = /\b(do|does|did|is|are|was|were)n't\b/gi;

// A run of one decoration character: a section ruler (`// ── Done ──`, `// ---- Flags ----`).
const RULER = /([-=─━═*#~_+•])\1\1/u;

// Work markers are capitalised; a lowercase "todo" is the noun of a to-do app.
const WORK_MARKER = /\b(?:TODO|FIXME|XXX)\b/u;

/**
 * The statement a comment sits on, as offsets into the file's text: the whole line below a
 * comment that stands alone above code, or the code before a trailing comment.
 */
export interface StatementRange {
  readonly start: number;
  readonly end: number;
  /** The statement is on the lines below the comment (else the comment trails it). */
  readonly below: boolean;
  /** The comment is a JSDoc block and the statement the declaration it documents. */
  readonly documents?: boolean;
}

/** Where the statement's tokens are: the file, and the first token after the comment. */
export interface StatementSource {
  readonly text: string;
  readonly tokens: readonly SourceToken[];
  /** Looked up on first use: most statements are ruled out by their text alone. */
  readonly nextIndex: number;
  /**
   * The code of the lines that open the blocks a comment standing above its statement is in,
   * innermost first (a branch's condition, the function's name): read only for a comment whose
   * words the statement does not all name.
   */
  enclosingHeaders(): string;
}

/**
 * The words a label must repeat from the code (`narrationWords`), with the generic verbs it may
 * leave unnamed: a statement the label reaches beyond (see `restatesStatement`) must name one of
 * either.
 */
export type LabelWords = readonly string[] & { readonly verbs: readonly string[] };

/**
 * The words a narrating `text` would have to repeat from its statement, or undefined when the
 * text cannot be narration whatever the statement: too long, without words or with too many, a
 * reason or a question in it, or nothing but stop-words. Decided from the text alone, so that
 * the statement (which takes reading the tokens) is looked for only for the few that pass.
 */
export function narrationWords(label: string): LabelWords | undefined {
  // Reading "n't" as " not" below only lengthens a text, and keeps its first two letters: a label
  // too long already, or too long for anything but a narrator's opener and not opened like one,
  // is decided before it is searched.
  if (label.length > MAX_LABEL_LENGTH) return undefined;
  const mayOpen = NARRATOR_OPENER.mayMatchAt(label, 0);
  if (label.length > MAX_PLAIN_LABEL_LENGTH && !mayOpen) return undefined;
  // The word scan comes first: a loop over characters that turns most comments away (too many
  // words, or punctuation) before the REASON search, and that finds the words without a pattern.
  let wordCount = label.length > MAX_PLAIN_LABEL_LENGTH ? -1 : scanLabelWords(label, wordBounds);
  let text = label;
  // "Don't retry" reads as "do not retry": the negation is a word the code must show, and the
  // apostrophe (punctuation to the scan, so a text it accepts has none) is no quote.
  if (wordCount === -1 && label.includes("n't")) {
    text = label.replace(NEGATED_AUXILIARY, '$1 not');
    if (text.length > MAX_LABEL_LENGTH) return undefined;
    wordCount = text.length > MAX_PLAIN_LABEL_LENGTH ? -1 : scanLabelWords(text, wordBounds);
  }
  // A narrator opener needs no name from the statement: an empty list, which every statement names.
  if (mayOpen && NARRATOR_OPENER.pattern.test(text)) return text.includes('\n') || REASON_WORD.test(text) ? undefined : Object.assign([], { verbs: [] });
  if (text.length > MAX_PLAIN_LABEL_LENGTH) return undefined;
  if (wordCount <= 0 || wordCount > MAX_ALL_WORDS || REASON.test(text) || WORK_MARKER.test(text) || RULER.test(text)) return undefined;
  const meaningful: string[] = [];
  const verbs: string[] = [];
  const content: string[] = [];
  // One pass, each word lower-cased once.
  for (let index = 0; index < wordCount; index++) {
    const word = text.slice(wordBounds[2 * index]!, wordBounds[2 * index + 1]!);
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    meaningful.push(word);
    if (GENERIC_VERBS.has(lower)) verbs.push(word);
    else if (!isVague(lower)) content.push(word);
  }
  if (meaningful.length > MAX_WORDS) return undefined;
  // "Create the store" above `createStore()`: when only verbs are left, they must all be names.
  const judged = content.length > 0 ? content : meaningful;
  return judged.length === 0 ? undefined : Object.assign(judged, { verbs });
}

/**
 * Whether `text` reads as a heading or a field label rather than a sentence: at most three
 * words, the first of them no verb (`History`, `Type exports`, `data size`). Over a group of
 * declarations, or in a column of trailing comments, such a label names the group or the field.
 */
export function isHeadingLike(text: string): boolean {
  const words = text.match(WORD) ?? [];
  const first = words[0]?.toLowerCase();
  if (first === undefined || words.length > 3) return false;
  return !GENERIC_VERBS.has(first) && !first.endsWith('ing') && !first.endsWith('ed');
}

/**
 * Whether the statement's tokens name every one of `words` (from `narrationWords`), or, for a
 * comment standing above its statement, the statement and the lines that open the blocks it is
 * in (`StatementSource.enclosingHeaders`): "Reset circuit after successful call in half-open
 * state" above `this.reset()` inside `if (this.state === CircuitState.HALF_OPEN) {` in
 * `onSuccess()`. Every name part a word can equal is a piece of that text, so a word missing
 * from it (in any case) settles it before a token is read.
 */
export function restatesStatement(words: LabelWords, statement: StatementRange, source: StatementSource): boolean {
  const documents = statement.documents === true;
  const reachesHeaders = statement.below && !documents;
  // The text settles most comments before a token is looked up.
  const headers = documents ? null : headersNeeded(words, statement, source);
  if (headers === false) return false;
  const { tokens, nextIndex } = source;
  // In a constructor's doc a capitalised name is the class's (`Creates a new RateLimiter.`).
  const constructorDoc = documents && tokens[nextIndex]?.value === 'constructor';
  const judged = constructorDoc ? words.filter((word) => !isCapitalised(word)) : words;
  // A declaration's text, and its class's name, settle most doc blocks before names are split.
  const className = documents ? classNameNeeded(judged, statement, source) : null;
  if (className === false) return false;
  if (reachesHeaders && isListEntry(tokens, nextIndex)) return false;
  // A comment trailing an entry (`'test', // Adding tests`) says what the entry means, which its
  // value cannot: data explained, not a statement narrated. A property's comment may repeat its
  // key (`responseFormat: { type: 'json_object' }, // Ensure JSON response`).
  if (!statement.below && tokens[nextIndex - 1]?.value === ',' && !KEYED_ENTRY.test(source.text.slice(statement.start, statement.end))) return false;
  const names = statementNames(tokens, statement, nextIndex);
  const unnamed = judged.filter((word) => !namesWord(names, stem(word)));
  if (unnamed.length === 0) return true;
  if (reachesHeaders) {
    // The words a block's opening line names say where the statement is; the statement must
    // still be what the label says is done (`// Append mode` above a read in `if (mode === 1)`
    // interprets the branch).
    const statementNamed = (word: string): boolean => namesWord(names, stem(word));
    if (unnamed.length === judged.length && !words.verbs.some(statementNamed)) return false;
    addNameParts(withoutStrings(headers ?? source.enclosingHeaders()), names);
    return unnamed.every((word) => namesWord(names, stem(word)));
  }
  if (!documents) return false;
  // A member's doc may say its class's name ("Reset the circuit breaker" on `manualReset()`).
  const memberOf = className ?? enclosingClassName(tokens, nextIndex);
  if (memberOf === undefined) return false;
  addNameParts(memberOf, names);
  return unnamed.every((word) => namesWord(names, stem(word)));
}

/**
 * What the text of a comment's statement and of the lines above it tells `restatesStatement`
 * before a token is read: false when a word is in neither (a name part a word spells out has
 * its first letters, and a kind noun may be shown by punctuation alone, see `mayBeIn`), else
 * the enclosing blocks' opening lines if they had to be read, or null.
 */
function headersNeeded(words: LabelWords, statement: StatementRange, source: StatementSource): string | null | false {
  const line = source.text.slice(statement.start, statement.end).toLowerCase();
  let inLine = false;
  let missing: string[] | undefined;
  for (const word of words) {
    if (mayBeIn(line, word)) inLine = true;
    else if (statement.below) (missing ??= []).push(word);
    else return false;
  }
  if (missing === undefined) return null;
  // The statement must name one of the words or verbs (see `restatesStatement`) before the lines above are read.
  if (!inLine && !words.verbs.some((verb) => mayBeIn(line, verb))) return false;
  const headers = source.enclosingHeaders();
  const lowerHeaders = headers.toLowerCase();
  return missing.every((word) => mayBeIn(lowerHeaders, word)) ? headers : false;
}

/**
 * What the text of the declaration a JSDoc block documents tells `restatesStatement` before its
 * names are split: false when a word is neither in the text its tokens span (see `mayBeIn`) nor
 * in the name of the class it is a member of, else that name if it had to be read, or null.
 */
function classNameNeeded(words: readonly string[], statement: StatementRange, source: StatementSource): string | null | false {
  const { text, tokens, nextIndex } = source;
  // A string or template that starts on the declaration's lines may run on below them.
  let reach = statement.end;
  for (let at = nextIndex; at < tokens.length && at - nextIndex < MAX_TOKENS; at++) {
    const { range } = tokens[at]!;
    if (range[0] >= statement.end) break;
    reach = Math.max(reach, range[1]);
  }
  const code = text.slice(statement.start, reach);
  const lowerCode = code.toLowerCase();
  const missing = words.filter((word) => !mayBeIn(lowerCode, word));
  if (missing.length === 0) return null;
  const className = enclosingClassName(tokens, nextIndex);
  if (className !== undefined) {
    const lowerName = className.toLowerCase();
    if (missing.every((word) => mayBeIn(lowerName, word))) return className;
  }
  // Only the tokens tell the names a Unicode escape may spell.
  return mayEscapeNames(code) ? null : false;
}

/**
 * `code` without the text of its string literals: a test's title (`it('kills the first run', …)`)
 * is prose about the block, not a name in it.
 */
function withoutStrings(code: string): string {
  return code.replace(STRING_LITERAL, "''");
}

const STRING_LITERAL = /'[^'\n]*'|"[^"\n]*"|`[^`]*`/gu;

// A property or a type member with its key: `name: value,`, `'key': value,`, `name?: T,`.
const KEYED_ENTRY = /^\s*(?:[\w$]+|'[^'\n]*'|"[^"\n]*")\??\s*:(?!:)/u;

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

// Where `narrationWords`' scan found a label's words: filled anew by each scan and read before
// the next, so one buffer serves every label.
const wordBounds = new Int32Array(2 * MAX_ALL_WORDS);

/**
 * How many matches of WORD `text` has, with the start and end of each of the first
 * `bounds.length / 2` of them in turn in `bounds`, or -1 as soon as it holds punctuation REASON
 * would find.
 */
export function scanLabelWords(text: string, bounds: Int32Array): number {
  const kept = bounds.length / 2;
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isAsciiLetterOrDigit(code)) {
      if (inWord) continue;
      if (count < kept) bounds[2 * count] = index;
      count++;
      inWord = true;
    } else {
      // Most characters between words are spaces, which no set lookup needs.
      if (code !== SPACE && REASON_PUNCTUATION.has(code)) return -1;
      if (inWord && count <= kept) bounds[2 * count - 1] = index;
      inWord = false;
    }
  }
  if (inWord && count <= kept) bounds[2 * count - 1] = text.length;
  return count;
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= UPPER_A && code <= UPPER_Z;
}
