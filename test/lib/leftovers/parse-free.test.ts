/**
 * The parse-free tests stand in for a parse only where the parse would say the same: a text led
 * by a name and a colon, or by a token that only continues an expression, never reads as
 * statements, and a JSX element is never missed.
 */
import { createRequire } from 'node:module';
import * as espree from 'espree';
import fc from 'fast-check';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { leadsWithNameAndColon, mayHoldJSX, opensAsContinuation } from '../../../lib/leftovers/parse-free.js';
import { keywordTexts, resolveTypeScript, typescriptReader } from '../../../lib/leftovers/typescript-reader.js';

const ts = createRequire(import.meta.url)(resolveTypeScript()!) as typeof TS;
const MODULE = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } as const;

interface Statement {
  readonly type: string;
}

/** The top-level statements espree reads from `code`, or undefined when it does not parse. */
function espreeStatements(code: string): readonly Statement[] | undefined {
  try {
    return (espree.parse(code, MODULE) as unknown as { body: readonly Statement[] }).body;
  } catch {
    return undefined;
  }
}

function hasJSX(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  const { type } = node as { type?: unknown };
  if (type === 'JSXElement' || type === 'JSXFragment') return true;
  return Object.entries(node).some(([key, value]) => key !== 'parent' && (Array.isArray(value) ? value.some(hasJSX) : hasJSX(value)));
}

describe('leadsWithNameAndColon', () => {
  const name = fc.oneof(fc.constantFrom(...keywordTexts(ts)), fc.stringMatching(/^[A-Za-z_$][\w$]{0,5}$/u));
  const space = fc.constantFrom('', ' ', '\t', '  ');
  const rest = fc.constantFrom(' string;', ' boolean', ' 1', ' foo();', ' {}', ' x = 1;', '\nfoo();', ' if (a) b();', ' return x;', ' () => void;', ' <a />;', ' a\n b: c;', '', ':x', '?: y', ' a ? b : c;', ' function f() {}');
  const member = fc.oneof(
    fc.tuple(fc.constantFrom('', 'readonly ', 'readonly\t'), name, space, fc.constantFrom('', '?'), space).map(([modifier, word, before, mark, after]) => `${modifier}${word}${before}${mark}${after}`),
    fc.tuple(space, name, space).map(([before, word, after]) => `[${before}${word}${after}`),
  );
  const led = fc.tuple(fc.constantFrom('', ' ', '\n  '), member, rest).map(([lead, opening, tail]) => `${lead}${opening}:${tail}`);

  it('holds only for texts that TypeScript and espree read as no statements', () => {
    fc.assert(
      fc.property(led, (code) => {
        expect(leadsWithNameAndColon(code)).toBe(true);
        expect(typescriptReader(false)?.read(code)).not.toBe(true);
        expect(typescriptReader(true)?.read(code)).not.toBe(true);
        // espree reads `return` and its kin inside a function body, as the rule asks it to.
        for (const program of [code, `async function* body() {\n${code}\n}`]) {
          const statements = espreeStatements(program);
          const first = program === code ? statements?.[0] : (statements?.[0] as { body?: { body: readonly Statement[] } } | undefined)?.body?.body[0];
          if (statements !== undefined) expect(first?.type).toBe('LabeledStatement');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does not hold for statements, conditionals and declarations', () => {
    for (const code of ['a ? b : c;', 'const port: number = 80;', 'user.name: string', 'x\n: y', '"key": 1', '(a): void => a', 'case 1:', 'readonly\nx: y', '[a, b]: c', '[1: 2]']) {
      expect(leadsWithNameAndColon(code)).toBe(false);
    }
  });
});

describe('opensAsContinuation', () => {
  const lead = fc.constantFrom(':', ',', '|', '||', '&', '&&', '=', '==', '=>', '*', '**', '>', '>=', '?', '?.', '??', '^', '%', ')', ']', '}', '.', '...', '.x');
  const space = fc.constantFrom('', ' ', '\t', '\n  ', '\u00a0', '\ufeff');
  const rest = fc.constantFrom('', ' never;', ' { message?: string }', ' ready', 'x', ' 5', ' foo();', '\nfoo();', ' a ? b : c;', ' <a />;', ' function f() {}', ' return x;', ' await x;', ' yield;', '\n}', '/re/.test(s)');
  const led = fc.tuple(space, lead, rest).map(([before, token, tail]) => before + token + tail);

  it('holds only for texts that neither TypeScript nor espree parses, as a module or a function body', () => {
    fc.assert(
      fc.property(led, (code) => {
        expect(opensAsContinuation(code)).toBe(true);
        expect(typescriptReader(false)?.read(code)).toBe(undefined);
        expect(typescriptReader(true)?.read(code)).toBe(undefined);
        for (const program of [code, `async function* body() {\n${code}\n}`]) expect(espreeStatements(program)).toBe(undefined);
      }),
      { numRuns: 400 },
    );
  });

  it('does not hold for texts that may open a statement', () => {
    for (const code of ['.5 + x;', '  ;', '/re/.test(s);', '+x', '-1', '!ready', '~mask', '<T>(x)', '@Input() name', '#field in obj', '(a)', '[a] = b', '{ a }', '`t`', "'s'", 'x: 1']) {
      expect(opensAsContinuation(code)).toBe(false);
    }
  });
});

describe('mayHoldJSX', () => {
  // Between a tag's tokens: nothing, spaces, line breaks, comments of both styles, with or
  // without spaces around them (`<a /**//>`, where the slash follows the comment's own).
  const gap = fc.constantFrom('', ' ', '\n', ' /* c */ ', ' // c\n', '/**/', '/* c */', '/*/ c **/', ' //\n');
  const tagName = fc.constantFrom('a', 'Row', 'x.Y', 'svg:path');
  const attributes = fc.constantFrom('', ' id="x"', ' on={() => 1}', ' {...rest}', ' a="/" b');
  const text = fc.constantFrom('', 'text', ' a > b ', '{value}', '{/* c */}');
  const element = fc.letrec<{ element: string }>((tie) => ({
    element: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(gap, tagName, attributes, gap, gap).map(([a, tag, attrs, b, c]) => `<${a}${tag}${attrs}${b}/${c}>`),
      fc.tuple(gap, tagName, attributes, text, fc.option(tie('element'), { nil: '' }), gap, gap).map(([a, tag, attrs, inner, child, b, c]) => `<${a}${tag}${attrs}>${inner}${child}<${b}/${c}${tag}>`),
      fc.tuple(text, fc.option(tie('element'), { nil: '' }), gap).map(([inner, child, a]) => `<>${inner}${child}<${a}/>`),
    ),
  })).element;
  const program = fc.tuple(fc.constantFrom('', 'const view = ', 'return ', 'a < b;\n', 'f<T>(x);\n'), element, fc.constantFrom('', ';', ')')).map(([before, jsx, after]) => before + jsx + after);

  it('holds for every text in which espree reads a JSX element', () => {
    fc.assert(
      fc.property(program, (code) => {
        for (const wrapped of [code, `async function* body() {\n${code}\n}`]) {
          const statements = espreeStatements(wrapped);
          if (statements !== undefined && statements.some(hasJSX)) expect(mayHoldJSX(code)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does not hold for TypeScript generics and comparisons', () => {
    for (const code of ['const list: Array<string | null> = [];', 'f<T>(x);', '<T,>(x: T) => x', 'a < b && c > d', 'x > 1 / 2 < y']) {
      expect(mayHoldJSX(code)).toBe(false);
    }
  });

  it('does not hold where every slash after the `<` belongs to a comment', () => {
    for (const code of ['merge<T>(): // was Object<T>\n(x) => x', 'f<T> = /*@__PURE__*/ (x) => x', 'g<T>(/**/x) > 0', 'h<T>(x) /* a */ /* b */ > 0']) {
      expect(mayHoldJSX(code)).toBe(false);
    }
    for (const code of ['f<T>(); <a /**//>', 'x = <a>/* b */</a>', 'x = <a>//</a>', 'x = < /**/a / >']) {
      expect(mayHoldJSX(code)).toBe(true);
    }
  });
});
