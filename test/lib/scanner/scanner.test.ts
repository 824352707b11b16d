/**
 * The scanner against ESLint's own parsers on the constructs a lexer finds hard: each snippet is
 * parsed by ESLint and scanned, and the two must give the same tokens (by range, value, and
 * whether a token is a name) and the same comments; where only a parser could tell, the
 * scanner must give up rather than guess.
 */
import { describe, expect, it } from 'vitest';
import { scanSource, type ScanOptions } from '../../../lib/scanner/scanner.js';
import { sourceListing } from '../../../bench/source-listing.js';
import { eslintSourceOf } from '../../helpers/facts.js';

function expectSameAsESLint(code: string, language: 'js' | 'ts', exactTypes = false, jsx = false): void {
  const options: ScanOptions = { parser: language === 'ts' ? 'typescript' : 'espree', jsx };
  const scanned = scanSource(code, options);
  expect(scanned, 'the scanner gave up').toBeDefined();
  const parsed = eslintSourceOf(code, { language, jsx });
  expect(sourceListing(scanned!, { exactTypes })).toEqual(sourceListing(parsed, { exactTypes }));
  expect(scanned!.lineStarts).toEqual(parsed.lineStarts);
  expect(scanned!.text).toBe(parsed.text);
}

describe('scanner agrees with ESLint', () => {
  // Each snippet packs the cases of one lexing decision, so a wrong guess shows as a token diff.
  it.each([
    ['division and regular expressions', 'let a = b / c / d;\nlet x = /[/]re\\//giu.test(y) ? 1 / 2 : /=/;\nif (x) /a/.exec(z);\nfunction f() { return /x/; }'],
    ['templates with nested substitutions and braces', 'const s = `a${ {k: `b${c}` }.k }d${`e`}` + `\\``;\nconst t = tag`x${1}`;'],
    ['numbers', 'const n = [0x1F_FF, 1_000n, .5e-3, 1e+5, 0b101, 0o17, 12.5, 1..toString()];'],
    ['punctuators', 'a ??= b?.c ?? d?.[0]; e **= 2; f >>>= 1; g &&= h || !i; j = k ? .5 : l; m = [...n];'],
    ['private names, unicode names and white space', 'class K { #x = 1; static é\u00a0= 2; get x() { return this.#x; } }\nconst 変数\u3000= 1;'],
    ['keyword-spelled private names', 'class P {\n  #default = a ? { x: 1 } : { y: 2 };\n  /** Removes. */\n  #delete(key) { return key; }\n}'],
    ['keywords as property names', 'const o = { default: 1, if: 2, null: 3, delete() {} };\no.class = o.new + o.default;'],
    ['a shebang, CRLF and Unicode line breaks', '#!/usr/bin/env node\r\n// one\r\nconst a = 1;\u2028/* two\r\n */ a;\n'],
    ['a decrement before `>` with a token ahead of it on its line', 'let x = 3;\nwhile (x-->0) x;\nx = 1; x /* a */ -->0;'],
  ])('JavaScript: %s', (_, code) => expectSameAsESLint(code, 'js'));

  // TypeScript scans `>` alone where it closes type arguments: the line counts do not care, the token count does.
  it.each([
    ['type arguments closing in `>>` and `>=`', 'let a: Map<string, Array<number>>= new Map();\nlet b = c >> 2 >>> 1;\nb >>= 1;\nconst d = e<f && g>=h;'],
    ['generic calls, arrows and casts', 'const f = <T,>(x: T): T => x;\nconst y = g<string>("a") as unknown as Array<Set<number>>;\nconst z = <number>w;'],
    ['comparisons beside type arguments', 'for (let i=0;i<n;i++) { if (a<b || c>=d) x >>= 1; }\ntype P<T = Record<string, T>> = T;'],
    ['non-null assertions before a division', 'const r = value! / 2 + list[0]! / 3 + (x)! / 4;'],
    ['declarations and decorators', '@sealed\nexport abstract class A<T> implements B { private readonly x?: T; constructor(public y = 1) {} }\ndeclare module "m" { import x = require("x"); }'],
  ])('TypeScript: %s', (_, code) => expectSameAsESLint(code, 'ts'));

  // Ranges count from after the mark, as in ESLint's SourceCode.
  // JSX as both parsers read it: names with dashes, members and namespaces, strings and text
  // (entities, white space between tags), containers with nested JSX, templates and comments.
  const jsx = [
    'const e = <div data-x="a" b={1} {...p}>hi {x} <br/> &amp; <a.b c:d="y">t</a.b><>f</>',
    '  {/* note */}',
    '  {list.map((i) => <li key={i} /* why */ title=\'q\'>{`${i}`}</li>)}',
    '</div>;',
    'const y = cond ? <A on={() => { return 1 / 2; }} /> : a < b;',
  ].join('\n');
  it.each(['js', 'ts'] as const)('JSX under the %s parser', (language) => expectSameAsESLint(jsx, language, false, true));

  it('strips a byte-order mark as ESLint does', () => {
    const scanned = scanSource('\uFEFFconst a = 1;', { parser: 'espree', jsx: false });
    expect(scanned?.text).toBe('const a = 1;');
    expect(scanned?.tokens[0]?.range).toEqual([0, 5]);
  });
});

// Only the token after a JSDoc block is ever read for its type: there it must be ESLint's own.
describe('scanner types a keyword-spelled name after a JSDoc block as ESLint does', () => {
  it.each([
    ['a method of a class', 'js', 'class Store {\n  /** Removes the key. */\n  delete(key) { return key; }\n}'],
    ['a method of an object literal', 'js', 'const o = {\n  /** Removes the key. */\n  delete(key) { return key; },\n};'],
    ['a statement', 'js', 'function f(x) {\n  /** Checks. */\n  if (x) { return 1; }\n  return 2;\n}'],
    ['a construct signature of an interface', 'ts', 'interface DateCtor {\n  /** Makes a date. */\n  new (): Date;\n  /** Removes. */\n  delete(key: string): void;\n}'],
    ['a member of an enum', 'ts', 'enum Op {\n  /** Removes. */\n  delete = 1,\n}'],
    ['a method of an object that is a property value', 'js', 'const o = {\n  inner: {\n    /** Removes. */\n    delete(key) { return key; },\n  },\n};'],
    ['a statement in a case block', 'js', 'switch (x) {\n  case 1: {\n    /** Checks. */\n    if (a) { b(); }\n  }\n}'],
    ['a statement in an arrow function body', 'ts', 'const f = (a: number) => {\n  /** Checks. */\n  if (a) { return 1; }\n  return 2;\n};'],
  ] as const)('%s', (_, language, code) => expectSameAsESLint(code, language, true));

  // After `:` or `=` a brace may open a type literal or an object: `new (` is a construct
  // signature in the one and a method in the other, which the body after `)` tells apart.
  it.each([
    ['a construct signature in a type literal', 'ts', 'declare var Ctor: {\n  /** Makes one. */\n  new (value: string): Date;\n};'],
    ['a method named new in an object literal', 'js', 'const factory = {\n  /** Makes one. */\n  new(value) { return value; },\n};'],
  ] as const)('%s', (_, language, code) => expectSameAsESLint(code, language, true));
});

describe('scanner gives up where only a parser can tell', () => {
  // Each is either a syntax error (ESLint must report it) or a construct whose tokens depend on the parse.
  it.each([
    ['type parameters of an arrow function in TSX', 'const f = <T,>(x: T) => x;', true],
    ['malformed JSX text', 'const e = <div>a > b</div>;', true],
    ['an unclosed JSX element', 'const e = <div>{a}', true],
    ['a slash after a closing brace', 'if (a) {}\n/re/.test(b);', false],
    ['an HTML-like comment', 'x = 1; <!-- old\n', false],
    ['an HTML-like closing comment at a line start', 'x = 1;\n--> gone\n', false],
    // Unterminated literals and comments: ESLint's parse error, never a guess.
    ['an unterminated string', 'const s = "abc\n";', false],
    ['an unterminated template', 'const s = `abc', false],
    ['an unterminated block comment', '/* never closed', false],
    ['an unterminated regular expression', 'const r = /abc\n/;', false],
    ['a line break escaped in a regular expression', 'const r = /a\\\n/;', false],
    ['an escaped name', 'const \\u0061b = 1;', false],
    ['unbalanced brackets', 'export function (', false],
    ['a stray #', 'a # b', false],
  ])('%s', (_, code, jsx) => {
    expect(scanSource(code, { parser: 'typescript', jsx })).toBeUndefined();
  });

  it('reads `<` as a comparison, not JSX, where JSX is off and a value precedes it', () => {
    expect(scanSource('const c = a < b;', { parser: 'espree', jsx: true })?.tokens.map((token) => token.value)).toEqual(['const', 'c', '=', 'a', '<', 'b', ';']);
  });
});
