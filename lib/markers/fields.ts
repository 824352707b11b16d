/**
 * A marker's fields (docs/markers.md): the `key=value` pairs after its tag, the keys it knows,
 * and the problems a field may have (an unknown key, a value whose quote never closes, a
 * known key written with a colon). grammar.ts finds the tag; this reads the rest of its line.
 */
import { isSpaceAt } from '../util/chars.js';

/** Fields a marker may carry, and what they hold. */
export const KNOWN_FIELDS = ['tool', 'model', 'reviewed-by', 'prompt', 'date'] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export interface MarkerField {
  readonly key: string;
  readonly value: string;
  /** File offsets of the whole `key=value` text. */
  readonly start: number;
  readonly end: number;
}

export type FieldProblem =
  | { readonly kind: 'colon'; readonly key: string; readonly start: number; readonly end: number; readonly colonAt: number }
  | { readonly kind: 'unterminated'; readonly key: string; readonly start: number; readonly end: number }
  | { readonly kind: 'unknown'; readonly key: string; readonly start: number; readonly end: number; readonly keyEnd: number };

// Sticky, so a key is read in place without slicing the line at every word.
const FIELD_KEY = /[A-Za-z][\w-]*/uy;

/** Field names a marker author most likely meant, for typos: `tol` → `tool`. */
export function nearestKnownField(key: string): KnownField | undefined {
  let best: KnownField | undefined;
  let bestDistance = 3;
  for (const known of KNOWN_FIELDS) {
    const distance = editDistance(key.toLowerCase(), known);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Reads `key=value` fields from the rest of a marker line. Words that are not fields are a
 * free description (`@ai-generated - drafted by Copilot`) and are skipped. `tool:claude` is
 * a field written with a colon, recognised only for known keys so that prose ("Note: …") and
 * URLs are not mistaken for fields.
 */
export function readFields(text: string, offset: number): { fields: MarkerField[]; problems: FieldProblem[] } {
  const fields: MarkerField[] = [];
  const problems: FieldProblem[] = [];
  const isKnown = (key: string): boolean => (KNOWN_FIELDS as readonly string[]).includes(key);
  let index = skipSpace(text, 0);
  while (index < text.length) {
    FIELD_KEY.lastIndex = index;
    const key = FIELD_KEY.exec(text)?.[0];
    const after = key === undefined ? undefined : text[index + key.length];
    const start = offset + index;
    if (key !== undefined && after === '=') {
      const value = readValue(text, index + key.length + 1);
      if (value === undefined) {
        // Everything to the end of the line would be the value: report it, read no further.
        problems.push({ kind: 'unterminated', key, start, end: offset + text.length });
        break;
      }
      const end = offset + value.end;
      if (isKnown(key)) fields.push({ key, value: value.text, start, end });
      else problems.push({ kind: 'unknown', key, start, end, keyEnd: start + key.length });
      index = value.end;
    } else if (key !== undefined && after === ':' && isKnown(key.toLowerCase())) {
      const end = wordEnd(text, index);
      problems.push({ kind: 'colon', key, start, end: offset + end, colonAt: start + key.length });
      index = end;
    } else {
      // A word of free description.
      index = wordEnd(text, index);
    }
    index = skipSpace(text, index);
  }
  return { fields, problems };
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpaceAt(text, index)) index++;
  return index;
}

function wordEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length && !isSpaceAt(text, index)) index++;
  return index;
}

/** A field value from `from`: quoted (undefined if the quote never closes) or up to white space. */
function readValue(text: string, from: number): { text: string; end: number } | undefined {
  const quote = text[from];
  if (quote !== '"' && quote !== "'") {
    const end = wordEnd(text, from);
    return { text: text.slice(from, end), end };
  }
  const close = text.indexOf(quote, from + 1);
  return close === -1 ? undefined : { text: text.slice(from + 1, close), end: close + 1 };
}
