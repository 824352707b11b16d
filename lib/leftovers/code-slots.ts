/**
 * Where a comment sits decides what code it may hold: `// public notes: string;` is code only
 * in a class body, `// 'fr',` in an array, `// CardFooter,` in an import list. A fragment that
 * only parses in its slot is read inside a wrapper that makes that slot of a small program.
 */

/** The syntactic position of a comment, named by what may stand there. */
export type CodeSlot =
  | 'statements'
  | 'class-members'
  | 'type-members'
  | 'enum-members'
  | 'object-members'
  | 'array-elements'
  | 'import-specifiers'
  | 'export-specifiers'
  | 'parameters'
  | 'arguments'
  | 'switch-clauses'
  | 'jsx-attributes';

// Each wrapper puts the text where the slot is; line breaks keep a `//` inside the text from
// swallowing the closing half. `_` is a name no text is asked to declare or use.
const WRAPPERS: Readonly<Record<Exclude<CodeSlot, 'statements'>, readonly [string, string]>> = {
  'class-members': ['class _ {\n', '\n}'],
  'type-members': ['interface _ {\n', '\n}'],
  'enum-members': ['enum _ {\n', '\n}'],
  'object-members': ['({\n', '\n});'],
  'array-elements': ['[\n', '\n];'],
  'import-specifiers': ['import {\n', "\n} from '_';"],
  'export-specifiers': ['export {\n', "\n} from '_';"],
  'parameters': ['function _(\n', '\n) {}'],
  'arguments': ['_(\n', '\n);'],
  'switch-clauses': ['switch (_) {\n', '\n}'],
  'jsx-attributes': ['<_\n', '\n/>;'],
};

// `.then(…)` continues the expression above it, wherever the comment sits in that expression.
const CHAIN_LINK = /^\s*\??\.[\w$]/u;

// A lone name or value (`Deprecated`, `'beta'`) is a word in a list slot unless the separator
// that follows every item of the list (`,` or `;`) shows it was one.
const LONE_WORD = /^(?:[\w$]+|'[^'\n]*'|"[^"\n]*")$/u;

/**
 * The programs that hold `code` where it sits, beyond its reading as statements: in the slot's
 * wrapper, and as a link of a member chain when it opens with one (`.then(…)`).
 */
export function slotPrograms(code: string, slot: CodeSlot): string[] {
  const programs: string[] = [];
  if (CHAIN_LINK.test(code)) programs.push(`_\n${code}\n;`);
  if (slot !== 'statements' && !LONE_WORD.test(code.trim())) {
    const [open, close] = WRAPPERS[slot];
    programs.push(open + code + close);
  }
  return programs;
}
