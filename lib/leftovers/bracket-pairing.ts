/**
 * A commented-out fragment's brackets paired as they were in the code it was cut from
 * (commented-code.ts): a fragment is often one side of a block (`} else {`, `});`), which
 * parses only once its other side is put back, and brackets that mismatch rule a text out
 * before any parser is asked.
 */

// Characters after which a bracket may stand unpaired in code that parses: template literals,
// `/` (regular expressions, comments) and `<` (JSX text). Quoted strings are skipped instead.
const MAY_HIDE_BRACKETS = /[`/<]/u;
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
// What a block closed at the start of a text was opened by, when a clause follows it.
const CLAUSE_AFTER_BLOCK = /^\s*(?:(else)|catch|finally)\b/u;

/**
 * `code` with its brackets made to pair, as a commented-out fragment's were in the code it was
 * cut from: a bracket that closes what opened above the comment gets its opener in front
 * (`}` of an `if` before `else`, `try` before `catch`), an open one its closer at the end. The
 * text itself when it pairs up already or holds a character that may hide a bracket (see
 * MAY_HIDE_BRACKETS); undefined when two brackets mismatch (`(]`), which no wrapper can mend:
 * told without a parse, which costs far more than this scan even when it fails at once.
 */
export function balancedBrackets(code: string): string | undefined {
  if (MAY_HIDE_BRACKETS.test(code)) return code;
  const expected: string[] = [];
  let prefix = '';
  for (let at = 0; at < code.length; at++) {
    const char = code[at]!;
    if (char === "'" || char === '"') {
      const end = quoteEnd(code, at);
      // An apostrophe of prose: the parse decides.
      if (end === undefined) return code;
      at = end;
      continue;
    }
    // An opener waits for its closer; a closer with no opener in the snippet was opened before
    // it, so its opener goes in front (`try {` or `if (_) {` when a clause follows its `}`).
    const closer = CLOSER_OF[char];
    if (closer !== undefined) {
      expected.push(closer);
      continue;
    }
    const opener = OPENER_OF[char];
    if (opener === undefined) continue;
    if (expected.length > 0) {
      if (expected.pop() !== char) return undefined;
      continue;
    }
    const clause = char === '}' ? CLAUSE_AFTER_BLOCK.exec(code.slice(at + 1)) : null;
    prefix = (clause === null ? opener : clause[1] === undefined ? 'try {' : 'if (_) {') + prefix;
  }
  return prefix === '' && expected.length === 0 ? code : prefix + code + expected.reverse().join('');
}

/** The index of the quote that closes the string opened at `start` on its line, or undefined. */
function quoteEnd(code: string, start: number): number | undefined {
  const quote = code[start];
  for (let at = start + 1; at < code.length; at++) {
    const char = code[at];
    if (char === '\\') at++;
    else if (char === quote) return at;
    else if (char === '\n') return undefined;
  }
  return undefined;
}
