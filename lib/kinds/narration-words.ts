/**
 * The vocabulary narration is judged by (lib/kinds/narration.ts): word stems, the words a label
 * may hold without naming anything (stop-words, generic verbs, vague nouns), the nouns that name
 * a statement's kind, and the words and punctuation that make a label an explanation.
 */

// Endings stripped after a plural `s`, one at most; the stem keeps at least three letters.
const SUFFIXES = ['ion', 'ment', 'ful', 'ure', 'ing', 'ed', 'er', 'ly', 'e'];

/**
 * A word's stem, the same for its inflections and derivations as far as narration needs them:
 * `items`/`item`, `handled`/`handler`/`handle`, `getter`/`get`, `successful`/`success`,
 * `failure`/`failed`, `validation`/`validate`. Every stem is a prefix of its word, so a word
 * whose stem a text lacks is not in that text in any form.
 */
export function stem(word: string): string {
  let lower = word.toLowerCase();
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) lower = lower.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) {
      lower = lower.slice(0, -suffix.length);
      break;
    }
  }
  // `gett` (from getter) and `succes`/`success` end alike.
  const last = lower.length - 1;
  return lower.length > 3 && lower[last] === lower[last - 1] ? lower.slice(0, last) : lower;
}

export const STOP_WORDS = new Set(
  (
    'a an the this that these those of to for from in on at by with into onto over via and or then it its is are be as all each every new our my current given ' +
    'if whether next first finally now we let us here just simply re some any other also both specified provided ' +
    // Connectives: what they join must be named too ("Block until the status changes from X").
    'after before when once upon during until do does did'
  ).split(' '),
);

// Verbs that narrate an action without adding meaning ("Initialize x", "Loop through items").
export const GENERIC_VERBS = new Set(
  (
    'init initialize initialise initializes set sets setting get gets getting create creates creating define declare return returns returning ' +
    'call calls calling loop loops iterate iterates iterating go check checks checking update updates updating increment decrement add adds adding ' +
    'push append import imports export exports handle handles handling render renders fetch fetches save assign compute calculate print log ' +
    'read write parse convert build make instantiate start stop reset clear remove delete close open send emit invoke run execute apply validate ' +
    'process load map filter sort merge use wait await store through throw throws catch destructure extract ' +
    'move switch change changes transition mark ensure collect find determine verify wrap rethrow track show hide display toggle enable disable ' +
    'register attach bind subscribe prepare setup'
  ).split(' '),
);

// Nouns, qualifiers and adverbs that name no particular thing: "Handle successful execution"
// above `onSuccess()` says no more than "success", "Wrap unknown errors" no more than "errors".
const VAGUE_WORDS = new Set(
  (
    'logic functionality execution operation data info information detail details code stuff thing things component instance state ' +
    'specific main known unknown various additional relevant appropriate necessary corresponding respective ' +
    'manually automatically properly correctly actually immediately'
  ).split(' '),
);

// Nouns that name a statement's kind rather than a name in it, with the tokens that show the
// statement is of that kind: "Initialize variable" above `let total = 0`, "Create new array"
// above `const ids = []`, "Iterate over the array" above `widgets.forEach(…)`.
export const KIND_EVIDENCE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    variable: ['let', 'const', 'var'],
    constant: ['const'],
    array: ['[', 'array', 'map', 'filter', 'foreach', 'reduce', 'push'],
    list: ['[', 'map', 'filter', 'foreach', 'reduce', 'push'],
    object: ['{'],
    loop: ['for', 'while', 'do', 'foreach'],
    iteration: ['for', 'while', 'do', 'foreach'],
    module: ['import', 'require'],
    package: ['import', 'require'],
    dependency: ['import', 'require'],
    function: ['function', '=>'],
    method: ['('],
    callback: ['=>', 'function'],
    class: ['class'],
    constructor: ['constructor', 'class'],
    condition: ['if', '?'],
    error: ['throw', 'catch', 'error'],
    exception: ['throw', 'catch', 'error'],
    promise: ['await', 'promise', 'then'],
    element: ['<'],
    listener: ['addeventlistener', 'on'],
    // The normal outcome: "Return successful response" above `return NextResponse.json(result)`.
    success: ['return', 'resolve', 'ok'],
    // A negation ("Don't retry on abort errors", read as "do not") is shown by the code's own:
    // `return false`, `!`, `!==`.
    not: ['false', '!', '!==', '!=', 'not', 'no'],
  }).map(([noun, evidence]) => [stem(noun), evidence.map(stem)]),
);

// Words that name the same thing, as a comment and the code around it spell it: a verb and
// the call that does it ("Block until …" above `Atomics.wait(…)`, "Log …" above
// `logger.info(…)`), a word and its abbreviation when that is no prefix of it (`ms`, `msg`,
// `idx`: `binary`/`bin` needs none), an outcome in other words ("successful completion" for
// `logSuccess`).
const SYNONYM_GROUPS = [
  'success complete done finish ok',
  'wait block sleep pause timeout',
  'log logger console print',
  'load read',
  'delete remove',
  'directory dir folder',
  'count length size',
  'millisecond ms',
  'identifier id',
  'index idx',
  'message msg',
  'configuration cfg',
  'context ctx',
  'request req',
  'response res resp',
  'database db',
  'button btn',
  'element el',
  'event evt',
  'callback cb',
  'function fn',
  'temporary tmp temp',
  'source src',
  'destination dst dest',
  'package pkg',
  'image img',
  'object obj',
];

/** For a word's stem, the stems of the words that name the same thing (SYNONYM_GROUPS). */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  SYNONYM_GROUPS.flatMap((group) => {
    const stems = group.split(' ').map(stem);
    return stems.map((wordStem) => [wordStem, stems.filter((other) => other !== wordStem)] as const);
  }),
);

// A reason, a caveat, a question or a reference turns a label into an explanation.
// "not" and "no" are not among them: in "Handle not found errors" above `NotFoundError` they are
// names, and where they contrast ("Cents, not dollars") the statement does not name them.
export const REASON =
  /\b(?:because|since|so|why|note|nb|workaround|work around|see|hack|bug|issue|otherwise|unless|careful|warning|important|avoid|must|never|always|only|instead|except|but|case|due|needed|required|prevent|eg|ie|etc|can't|won't|for now)\b|[?!:;()[\]{}=<>"'`/\\#@|]/i;
// REASON's punctuation, which the word count turns away without running REASON: most comments
// that fail as labels hold some (`:`, a parenthesis, a path).
export const REASON_PUNCTUATION = new Set(Array.from('?!:;()[]{}=<>"\'`/\\#@|', (char) => char.charCodeAt(0)));

/** Whether a lower-case word is in VAGUE_WORDS, in the singular or the plural. */
export function isVague(lower: string): boolean {
  return VAGUE_WORDS.has(lower) || (lower.endsWith('s') && VAGUE_WORDS.has(lower.slice(0, -1)));
}
