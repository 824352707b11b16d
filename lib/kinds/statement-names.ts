/**
 * The names of the code a comment sits on, as narration (lib/kinds/narration.ts) matches a
 * comment's words to them: identifiers split at camelCase and snake_case into stems, keywords,
 * words of string literals and punctuation, read from tokens; and whether they name a word, as
 * itself, spelled out, as a synonym or as the statement's kind.
 */
import type { SourceToken } from '../source/file-source.js';
import { KIND_EVIDENCE, SYNONYMS, stem } from './narration-words.js';
import { LOWER_A } from '../util/char-codes.js';
import { isAsciiLetterOrDigit } from '../util/chars.js';

/** Tokens read from the statement's line: a bound, so a minified line costs no more. */
export const MAX_TOKENS = 64;

// Numbers are words: `// Step 3` says something `step(4)` does not.
export const WORD = /[A-Za-z0-9]+/gu;
// Strings too: `navigate('/dashboard')` names its target in a literal.
const NAME_TYPES = new Set(['Identifier', 'Keyword', 'PrivateIdentifier', 'JSXIdentifier', 'Boolean', 'Null', 'Numeric', 'String', 'Template']);

type CharClass = 'upper' | 'lower' | 'digit';

function charClass(code: number): CharClass {
  if (code >= 65 && code <= 90) return 'upper';
  return code >= 48 && code <= 57 ? 'digit' : 'lower';
}

/**
 * The stems of `name` and of its camelCase parts (`handleDeleteFlight` → handle, delete,
 * flight; `HTMLParser` → html, parser). One scan, no regular expression: a pattern for these
 * boundaries backtracks on long capital runs.
 */
function camelStems(name: string): string[] {
  const stems = [stem(name)];
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
      stems.push(stem(name.slice(start, at)));
      start = at;
    }
  }
  // A name of one part is that part, whose stem is in already.
  if (start > 0) stems.push(stem(name.slice(start)));
  return stems;
}

// A file's statements share most of their names (its types, parameters, keywords), and files
// share the common ones: each name is split once. Cleared when full, so a long run stays bounded.
const knownStems = new Map<string, readonly string[]>();
const KNOWN_STEMS_LIMIT = 20000;

/** Adds the stems of `name` (see `camelStems`) to `names`, and to `abbreviations` unless that is undefined. */
function addCamelParts(name: string, names: Set<string>, abbreviations: Set<string> | undefined): void {
  let stems = knownStems.get(name);
  if (stems === undefined) {
    if (knownStems.size >= KNOWN_STEMS_LIMIT) knownStems.clear();
    stems = camelStems(name);
    knownStems.set(name, stems);
  }
  for (const partStem of stems) {
    names.add(partStem);
    abbreviations?.add(partStem);
  }
}

/**
 * The names of a statement, as stems (see `addCamelParts`), its punctuation, and the stems a
 * comment word may spell out (`config` for `configuration`): not those of all-capital names,
 * which stand for values (`MON` is a date, not "Monday").
 */
export interface StatementNames {
  readonly names: Set<string>;
  readonly abbreviations: Set<string>;
}

/**
 * Adds the names in `value`: its runs of WORD characters, each with its camelCase parts. Read in
 * place, since most values (identifiers, keywords) are one run.
 */
export function addNameParts(value: string, into: StatementNames): void {
  let start = -1;
  let hasLowerCase = false;
  for (let at = 0; at <= value.length; at++) {
    const code = value.charCodeAt(at);
    if (isAsciiLetterOrDigit(code)) {
      if (start === -1) {
        start = at;
        hasLowerCase = false;
      }
      // Lower-case letters are the word characters from `a` on.
      hasLowerCase ||= code >= LOWER_A;
    } else if (start !== -1) {
      addCamelParts(value.slice(start, at), into.names, hasLowerCase ? into.abbreviations : undefined);
      start = -1;
    }
  }
}


/**
 * Whether `text` (lower case) may hold a name that names `word`: its stem's first letters, a
 * synonym's stem, or the word names a statement's kind, which punctuation alone may show.
 */
export function mayBeIn(text: string, word: string): boolean {
  const wordStem = stem(word);
  if (KIND_EVIDENCE.has(wordStem) || text.includes(wordStem.slice(0, 3))) return true;
  const synonyms = SYNONYMS.get(wordStem);
  return synonyms !== undefined && synonyms.some((synonym) => text.includes(synonym));
}

/** How far back `enclosingClassName` reads: a bound, so a long class costs no more. */
const CLASS_SCAN_LIMIT = 4000;

/**
 * Where the last `enclosingClassName` lookup found the body's `{` (-1: none): a file's doc
 * blocks are read in order, and the members of one body, each read back to its `{`, share it.
 */
let lastLookup: { readonly tokens: readonly SourceToken[]; readonly index: number; readonly open: number } | undefined;

/**
 * The name of the class whose body holds the token at `index` directly (not inside a method),
 * read backwards over balanced braces to the body's `{` and the `class Name` before it.
 */
export function enclosingClassName(tokens: readonly SourceToken[], index: number): string | undefined {
  const before = lastLookup?.tokens === tokens && lastLookup.index <= index ? lastLookup : undefined;
  const resumeAt = before === undefined ? -1 : before.index - 1;
  const stop = Math.max(0, index - CLASS_SCAN_LIMIT);
  let depth = 0;
  let open = -1;
  for (let at = index - 1; at >= stop; at--) {
    // Balanced tokens since the lookup before: the rest of this walk is that one's.
    if (depth === 0 && at === resumeAt) {
      open = before!.open >= stop ? before!.open : -1;
      break;
    }
    const value = tokens[at]!.value;
    if (value === '}') depth++;
    else if (value === '{' && depth-- === 0) {
      open = at;
      break;
    }
  }
  lastLookup = { tokens, index, open };
  return open === -1 ? undefined : classNameBefore(tokens, open);
}

/** `class Name extends Base<T> implements I {`: the name follows the nearest `class` before the body's `{` at `open`. */
function classNameBefore(tokens: readonly SourceToken[], open: number): string | undefined {
  for (let back = open - 1; back >= Math.max(0, open - 32); back--) {
    if (tokens[back]!.value === 'class') return tokens[back + 1]?.type === 'Identifier' ? tokens[back + 1]!.value : undefined;
    if (tokens[back]!.value === '{' || tokens[back]!.value === '}' || tokens[back]!.value === ';') return undefined;
  }
  return undefined;
}

/**
 * Whether the statement's names (stems, and punctuation) name a word's stem: as a name part, as
 * a name part the word spells out (`config` for `configuration`, `bin` for `binary`), or as the
 * statement's kind (KIND_EVIDENCE).
 */
export function namesWord({ names, abbreviations }: StatementNames, wordStem: string): boolean {
  if (names.has(wordStem)) return true;
  const evidence = KIND_EVIDENCE.get(wordStem);
  if (evidence !== undefined && evidence.some((token) => names.has(token))) return true;
  const synonyms = SYNONYMS.get(wordStem);
  if (synonyms !== undefined && synonyms.some((synonym) => names.has(synonym))) return true;
  for (const name of abbreviations) if (name.length >= 3 && wordStem.length > name.length && wordStem.startsWith(name)) return true;
  return false;
}

// Walks outward from `index` in both directions, since a trailing comment's statement precedes
// it. Punctuation is kept as it is, for KIND_EVIDENCE.
export function statementNames(tokens: readonly SourceToken[], { start, end }: { readonly start: number; readonly end: number }, index: number): StatementNames {
  const names: StatementNames = { names: new Set(), abbreviations: new Set() };
  const add = (token: SourceToken): void => {
    if (NAME_TYPES.has(token.type)) addNameParts(token.value, names);
    else if (token.type === 'Punctuator') names.names.add(token.value);
  };
  for (let at = index, seen = 0; at < tokens.length && seen < MAX_TOKENS; at++, seen++) {
    const token = tokens[at]!;
    if (token.range[0] >= end) break;
    if (token.range[0] >= start) add(token);
  }
  for (let at = index - 1, seen = 0; at >= 0 && seen < MAX_TOKENS; at--, seen++) {
    const token = tokens[at]!;
    if (token.range[1] <= start) break;
    if (token.range[1] <= end) add(token);
  }
  return names;
}
