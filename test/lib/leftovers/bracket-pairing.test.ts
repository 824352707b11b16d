/**
 * The bracket pairing that spares a parse must only ever reject what no parser reads, and pair
 * the rest as the code a fragment was cut from did.
 */
import * as espree from 'espree';
import fc from 'fast-check';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { balancedBrackets } from '../../../lib/leftovers/bracket-pairing.js';

// Pieces of commented-out code, brackets alone, and the characters behind which a bracket may
// hide in code that parses (quotes, `/`, `<`).
const piece = fc.constantFrom('(', ')', '[', ']', '{', '}', 'run', 'x', ' ', '\n', ';', ',', '=>', '=', '.', ':', "'('", '"]"', '`{`', '/[/', '<p>(</p>', '// )');

/** Whether a parser reads `code` as a module or as an async generator's body (what isCode tries). */
function parses(code: string): boolean {
  // The two parsers isCode may ask: espree, and TypeScript with JSX (the most lenient reading).
  const readers = [
    (text: string): unknown => espree.parse(text, { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } }),
    (text: string): unknown => {
      const file = ts.createSourceFile('comment.tsx', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
      if ((file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length > 0) throw new Error('no parse');
      return file;
    },
  ];
  // A thrown error or a parse diagnostic is a failed reading.
  return [code, `async function* body() {\n${code}\n}`].some((text) =>
    readers.some((read) => {
      try {
        read(text);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

describe('balancedBrackets', () => {
  // Random texts: the property must hold for every one the pairing rejects.
  it('rejects only texts that no parser reads', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const code = pieces.join('');
        if (balancedBrackets(code) !== undefined) return;
        rejected++;
        expect(parses(code)).toBe(false);
      }),
      { numRuns: 1000 },
    );
    // The property must have been tested on rejected texts, not passed for want of any.
    expect(rejected).toBeGreaterThan(20);
  });

  it('pairs what a fragment left open or closed, and rejects brackets that mismatch', () => {
    const pairs: [string, string | undefined][] = [
      ['}', '{}'],
      ['});', '({});'],
      ['}, [deps]);', '({}, [deps]);'],
      ['run({', 'run({})'],
      ['if (value == 42) {', 'if (value == 42) {}'],
      ['} else {', 'if (_) {} else {}'],
      ['} catch (error) {', 'try {} catch (error) {}'],
      // A bracket in a quoted string is no bracket; an apostrophe of prose leaves the text to the parse.
      ["run(')', {", "run(')', {})"],
      ["it's (so", "it's (so"],
      // A character that may hide a bracket leaves the text as it is.
      ['x = /[/;', 'x = /[/;'],
      ['run(x);', 'run(x);'],
      ['a[0)', undefined],
      ['(]', undefined],
    ];
    expect(pairs.map(([code]) => balancedBrackets(code))).toEqual(pairs.map(([, balanced]) => balanced));
  });
});
