/**
 * `hasSureSyntaxError` turns text away before TypeScript reads it: it must only ever turn away
 * text that TypeScript's parser rejects, with JSX and without.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../bench/corpus.js';
import { hasSureSyntaxError } from '../../../lib/leftovers/sure-syntax-errors.js';
import { keywordTexts } from '../../../lib/leftovers/typescript-reader.js';

const KEYWORDS = keywordTexts(ts);

function typescriptRejects(code: string, jsx: boolean): boolean {
  const file = ts.createSourceFile(jsx ? 'x.tsx' : 'x.ts', code, ts.ScriptTarget.Latest, false, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0;
}

/** Counts the texts `hasSureSyntaxError` turns away, and checks TypeScript rejects each. */
function checkRejections(texts: Iterable<string>): number {
  let rejected = 0;
  for (const text of texts) {
    for (const jsx of [false, true]) {
      if (!hasSureSyntaxError(text, KEYWORDS, jsx)) continue;
      rejected++;
      expect(typescriptRejects(text, jsx), `${JSON.stringify(text)} (JSX: ${jsx})`).toBe(true);
    }
  }
  return rejected;
}

// Words, keywords and contextual keywords, and what may stand between or around them; words and
// spaces most often, so that many texts have words side by side somewhere.
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('foo', 'bar', 'x', 'Type', 'value2', '$el', '_id') },
  { weight: 2, arbitrary: fc.constantFrom('is', 'as', 'in', 'of', 'type', 'declare', 'get', 'async', 'await', 'keyof', 'readonly', 'new', 'return', 'let', 'using', 'satisfies', 'infer', 'out') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n') },
  { weight: 2, arbitrary: fc.constantFrom('.', ',', ';', ':', '=', '(', ')', '{', '}', '[', ']', '<', '>', '!', '?', '=>', '|', '&', '*', '+') },
  { weight: 1, arbitrary: fc.constantFrom("'", '"', "'a b'", '"a b"', '`', '`a b`', '`a ${b} c`', '${', '/', '/a b/', '/\n', '//', '/*', '*/', '/* a b */', '/* a\n b */', '@', '#', '\\', '1', '0x1F', '1_000n', '2.5e3', 'é', '\u2028', '<!--', '-->') },
);

describe('hasSureSyntaxError', () => {
  it('turns away only texts TypeScript rejects, on random texts', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        rejected += checkRejections([pieces.join('')]);
      }),
      { numRuns: 2000 },
    );
    // The property must have been tested on texts turned away, not passed for want of any.
    expect(rejected).toBeGreaterThan(200);
  });

  it('turns away only texts TypeScript rejects, on the comments and code of the test corpus', () => {
    const texts = new Set<string>();
    for (const entry of corpusFiles().filter((_, index) => index % 4 === 0)) {
      const text = fs.readFileSync(entry.file, 'utf8');
      for (const match of text.matchAll(/\/\/([^\n]*)|\/\*([\s\S]*?)\*\//gu)) texts.add(match[1] ?? match[2]!.replace(/^[ \t]*\*(?!\/)/gmu, ''));
      // The whole file, which parses: its brackets, comments and literals must not turn it away.
      texts.add(text);
      // Code as a commented-out block would hold it: runs of three lines.
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line += 5) texts.add(lines.slice(line, line + 3).join('\n'));
    }
    expect(checkRejections(texts)).toBeGreaterThan(1000);
  });

  it('tells prose from what only looks like it', () => {
    const prose = ['do nothing (an undefined literal was stripped)', 'combineLatest(any)\n We put this first', 'foo.bar baz', "x = 'done'; see above", '1st try'];
    expect(prose.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual([true, true, true, true, false]);
    // Keywords, words in strings, a line break between words, and what stops the scan before them.
    const mayParse = [
      'declare function label(text: string): void;',
      'function isText(x): x is string {}',
      'const message = "file not found";',
      'run()\nstop()',
      '/a b/.test(x)',
      '`a b`',
      '@Input name: string;',
      'café au lait',
      'import defer x from "y";',
      "const a = 'unclosed\nb c",
    ];
    expect(mayParse.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual(mayParse.map(() => false));
    // JSX text holds prose: with JSX, `<` stops the scan.
    expect([hasSureSyntaxError('<p>two words</p>', KEYWORDS, true), hasSureSyntaxError('<p>two words</p>', KEYWORDS, false)]).toEqual([false, true]);
  });

  it('reads on past comments, closed templates and a slash before a line break', () => {
    const prose = ['x = 1; // set\n leave it empty', 'a /* note */ b', '/*\n * heading\n */\nleft over', '`%s` is the format string', '/\n Compare the local subscriber'];
    expect(prose.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual(prose.map(() => true));
    // A comment that breaks the line ends a statement as a line break does; a substitution, an
    // unclosed comment and a slash before anything but a line break or a comment stop the scan.
    const mayParse = ['a /*\n*/ b', '`${a}` b c', 'x /* open\n b c', 'total / count b c', 'a /\n b'];
    expect(mayParse.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual(mayParse.map(() => false));
  });

  it('turns away brackets that cannot pair, and open ones only where the text is read to its end', () => {
    const unpaired = ['foo(a]', '});', 'run(() => {', "if (a) { f('}') ", '[1, 2'];
    expect(unpaired.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual(unpaired.map(() => true));
    // Brackets in strings, templates and comments are text; after a stop, an open bracket may close.
    const mayPair = ["f(')')", 'f(`)`)', 'f(/* ) */)', 'f(x) // )', 'f(/[)]/)', 'f(@a)'];
    expect(mayPair.map((text) => hasSureSyntaxError(text, KEYWORDS, false))).toEqual(mayPair.map(() => false));
    // With JSX, `<` stops the scan before the text of an element, where a bracket stands alone.
    expect([hasSureSyntaxError('<p>(see below</p>', KEYWORDS, true), hasSureSyntaxError('<p>(see below</p>', KEYWORDS, false)]).toEqual([false, true]);
  });
});
