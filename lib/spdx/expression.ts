/**
 * Whether a license expression is valid SPDX, and which licenses a project allows. The lists
 * come from `spdx-license-ids` and `spdx-exceptions` (the lists `spdx-expression-parse` itself
 * checks against), so a newer list is a dependency update.
 */
import { createRequire } from 'node:module';
import type correctLicense from 'spdx-correct';
import type parseExpression from 'spdx-expression-parse';
import type satisfies from 'spdx-satisfies';

/** The SPDX lists and the three packages' functions. */
interface Spdx {
  readonly licenses: Set<string>;
  readonly deprecatedLicenses: Set<string>;
  readonly exceptions: Set<string>;
  readonly deprecatedExceptions: Set<string>;
  /** Canonical spellings by lower case: SPDX matches ids case-insensitively, tools do not. */
  readonly licenseSpellings: Map<string, string>;
  readonly exceptionSpellings: Map<string, string>;
  readonly correct: typeof correctLicense;
  readonly parse: typeof parseExpression;
  readonly satisfies: typeof satisfies;
}

function byLowerCase(...lists: Set<string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) for (const id of list) map.set(id.toLowerCase(), id);
  return map;
}

let loaded: Spdx | undefined;

/**
 * The SPDX packages, loaded on first use: only require-spdx-header asks, and loading them at the
 * plugin's import would cost every ESLint start (every commit's hook) that never checks a license.
 * They are CommonJS, and the lists JSON without ESM entry points, so `require` loads them at once.
 */
function spdx(): Spdx {
  if (loaded !== undefined) return loaded;
  const require = createRequire(import.meta.url);
  const licenses = new Set(require('spdx-license-ids') as string[]);
  const deprecatedLicenses = new Set(require('spdx-license-ids/deprecated') as string[]);
  const exceptions = new Set(require('spdx-exceptions') as string[]);
  const deprecatedExceptions = new Set(require('spdx-exceptions/deprecated.json') as string[]);
  loaded = {
    licenses,
    deprecatedLicenses,
    exceptions,
    deprecatedExceptions,
    licenseSpellings: byLowerCase(licenses, deprecatedLicenses),
    exceptionSpellings: byLowerCase(exceptions, deprecatedExceptions),
    correct: require('spdx-correct') as typeof correctLicense,
    parse: require('spdx-expression-parse') as typeof parseExpression,
    satisfies: require('spdx-satisfies') as typeof satisfies,
  };
  return loaded;
}

export type ExpressionProblemKind =
  | 'unknownLicense'
  | 'unknownException'
  | 'invalidLicenseRef'
  | 'idCase'
  | 'operatorCase'
  | 'deprecated'
  | 'invalidExpression';

/** A problem in a license expression, with offsets relative to the expression's start. */
export interface ExpressionProblem {
  readonly kind: ExpressionProblemKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What to write instead, when it is known. */
  readonly replacement: string | undefined;
}

export interface ExpressionCheck {
  readonly problems: readonly ExpressionProblem[];
  /**
   * The expression in canonical spacing, when it is valid SPDX (deprecated ids allowed), for
   * a policy check; undefined when it is not.
   */
  readonly normalized: string | undefined;
}

interface Lexeme {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const OPERATORS = new Set(['AND', 'OR', 'WITH']);
const ID_STRING = /^[A-Za-z0-9.-]+$/u;
const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-/u;

/** Splits on white space (any, unlike the parser's scanner) with parentheses as lexemes of their own. */
function lex(expression: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let start = -1;
  for (let index = 0; index <= expression.length; index++) {
    const char = expression[index];
    const isParen = char === '(' || char === ')';
    const ends = char === undefined || isParen || /\s/u.test(char);
    if (ends && start !== -1) {
      lexemes.push({ text: expression.slice(start, index), start, end: index });
      start = -1;
    }
    if (isParen) lexemes.push({ text: char, start: index, end: index + 1 });
    else if (!ends && start === -1) start = index;
  }
  return lexemes;
}

// npm's `UNLICENSED` means "no license granted"; spdx-correct maps it to the Unlicense, a
// public-domain dedication: the opposite. No suggestion is better than that one.
const NO_CORRECTION = /^unlicen[sc]ed$/iu;

/** spdx-correct's guess for a near-miss, if it has one that is current and different. */
function correction(text: string): string | undefined {
  if (NO_CORRECTION.test(text)) return undefined;
  const corrected = spdx().correct(text);
  return corrected === null || corrected === text || spdx().deprecatedLicenses.has(corrected) ? undefined : corrected;
}

/** Checks one operand: a run of words between operators and parentheses. */
function checkOperand(words: readonly Lexeme[], afterWith: boolean): ExpressionProblem | undefined {
  const first = words[0]!;
  const last = words.at(-1)!;
  const text = words.length === 1 ? first.text : words.map((word) => word.text).join(' ');
  const at = { text, start: first.start, end: last.end };
  // Several words where one id belongs (`MIT License`, `Apache 2.0`): a name, not an id.
  if (words.length > 1) return { kind: 'unknownLicense', ...at, replacement: correction(text) };
  const lists = spdx();
  if (afterWith) {
    if (lists.exceptions.has(text)) return undefined;
    if (lists.deprecatedExceptions.has(text)) return { kind: 'deprecated', ...at, replacement: undefined };
    const spelled = lists.exceptionSpellings.get(text.toLowerCase());
    return spelled === undefined ? { kind: 'unknownException', ...at, replacement: undefined } : { kind: 'idCase', ...at, replacement: spelled };
  }
  if (LICENSE_REF.test(text)) {
    const idString = text.slice(text.indexOf('LicenseRef-') + 'LicenseRef-'.length);
    return ID_STRING.test(idString) ? undefined : { kind: 'invalidLicenseRef', ...at, replacement: undefined };
  }
  // `GPL-2.0+`: the `+` ("or later") belongs to the id before it.
  const plus = text.endsWith('+') ? '+' : '';
  const id = plus === '' ? text : text.slice(0, -1);
  if (lists.licenses.has(id)) return undefined;
  if (lists.deprecatedLicenses.has(id)) return { kind: 'deprecated', ...at, replacement: correction(text) };
  const spelled = lists.licenseSpellings.get(id.toLowerCase());
  if (spelled !== undefined) return { kind: 'idCase', ...at, replacement: spelled + plus };
  return { kind: 'unknownLicense', ...at, replacement: correction(text) };
}

// Headers repeat across a project, so most files ask about an expression already checked.
const checked = new Map<string, ExpressionCheck>();
const CHECK_CACHE_LIMIT = 1000;

/**
 * Checks a license expression: each id against the SPDX lists (with the id a near miss most
 * likely meant), then the grammar with `spdx-expression-parse`. Offsets are relative to the
 * expression, which must be non-empty.
 */
export function checkExpression(expression: string): ExpressionCheck {
  let result = checked.get(expression);
  if (result === undefined) {
    result = checkUncached(expression);
    if (checked.size >= CHECK_CACHE_LIMIT) checked.clear();
    checked.set(expression, result);
  }
  return result;
}

function checkUncached(expression: string): ExpressionCheck {
  const problems: ExpressionProblem[] = [];
  const canonical: string[] = [];
  let operand: Lexeme[] = [];
  let afterWith = false;
  const closeOperand = (): void => {
    if (operand.length === 0) return;
    const problem = checkOperand(operand, afterWith);
    if (problem !== undefined) problems.push(problem);
    canonical.push(operand.map((word) => word.text).join(' '));
    operand = [];
  };
  for (const lexeme of lex(expression)) {
    const upper = lexeme.text.toUpperCase();
    if (OPERATORS.has(upper)) {
      closeOperand();
      // SPDX operators are all upper or all lower case; `And` is neither.
      if (lexeme.text !== upper && lexeme.text !== lexeme.text.toLowerCase()) {
        problems.push({ kind: 'operatorCase', ...lexeme, replacement: upper });
      }
      afterWith = upper === 'WITH';
      canonical.push(upper);
    } else if (lexeme.text === '(' || lexeme.text === ')') {
      closeOperand();
      afterWith = false;
      canonical.push(lexeme.text);
    } else {
      operand.push(lexeme);
    }
  }
  closeOperand();
  // Deprecated license ids are still in the parser's list; anything else it would reject.
  if (problems.some((problem) => problem.kind !== 'deprecated' || spdx().deprecatedExceptions.has(problem.text))) {
    return { problems, normalized: undefined };
  }
  const normalized = canonical.join(' ');
  try {
    spdx().parse(normalized);
  } catch {
    // The parser's messages name offsets in its own spacing; the whole expression is reported.
    return { problems: [{ kind: 'invalidExpression', text: expression, start: 0, end: expression.length, replacement: undefined }], normalized: undefined };
  }
  return { problems, normalized };
}

/**
 * An `allowed` policy in spdx-satisfies' terms: ids, `id+` ranges and `id WITH exception`,
 * never AND/OR. An expression passes if one of its OR choices uses only allowed licenses.
 */
export class LicensePolicy {
  readonly allowed: readonly string[];
  private readonly verdicts = new Map<string, boolean>();

  constructor(allowed: readonly string[]) {
    for (const entry of allowed) {
      const check = entry.trim() === '' ? undefined : checkExpression(entry);
      if (check?.normalized === undefined || / (?:AND|OR) /u.test(check.normalized)) {
        throw new Error(`Invalid options: "allowed" entry '${entry}' is not an SPDX license id, 'id+' or 'id WITH exception'.`);
      }
    }
    this.allowed = allowed;
  }

  /** Whether a valid (normalized) expression satisfies the policy; every expression does when it is empty. */
  allows(normalized: string): boolean {
    if (this.allowed.length === 0) return true;
    let verdict = this.verdicts.get(normalized);
    if (verdict === undefined) {
      // spdx-satisfies parses with an older spdx-expression-parse; should that one reject what
      // the current one accepted, the license is reported as not allowed rather than crashing.
      try {
        verdict = spdx().satisfies(normalized, this.allowed);
      } catch {
        verdict = false;
      }
      this.verdicts.set(normalized, verdict);
    }
    return verdict;
  }
}

/**
 * The licenses a valid (normalized) expression names, as `allowed` entries: `id`, `id+` or
 * `id WITH exception`. A project licensed `MIT OR Apache-2.0` allows each of the two.
 */
export function licensesOf(normalized: string): string[] {
  const found = new Set<string>();
  const visit = (node: parseExpression.Info): void => {
    if ('conjunction' in node) {
      visit(node.left);
      visit(node.right);
      return;
    }
    found.add(`${node.license}${node.plus === true ? '+' : ''}${node.exception === undefined ? '' : ` WITH ${node.exception}`}`);
  };
  visit(spdx().parse(normalized));
  return [...found];
}
