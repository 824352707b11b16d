/**
 * candidateGroups reads only as much of each comment as it must (a run of prose needs no kind);
 * it must still group exactly as the definition does on fully classified comments. The bracket
 * pairing that spares a parse must only ever reject what no parser reads, and pair the rest as
 * the code a fragment was cut from did.
 */
import * as espree from 'espree';
import fc from 'fast-check';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { balancedBrackets, candidateGroups } from '../../../lib/leftovers/commented-code.js';
import { LineKind, type CommentFact, type FileFacts } from '../../../lib/core/file-facts.js';
import { isJSDocBlock } from '../../../lib/source/comment-text.js';
import { factsOf } from '../../helpers/facts.js';

const JOINING = new Set(['commented-out-code', 'explanatory', 'narration']);

/**
 * The definition: comments that may join (not a JSDoc block, and of a joining kind) form
 * a group when they are `//` lines alone on consecutive lines, or each alone otherwise; a group
 * counts when it holds commented-out code.
 */
function definedGroups(facts: FileFacts): CommentFact[][] {
  const joins = (fact: CommentFact): boolean => !isJSDocBlock(fact.comment) && JOINING.has(fact.kind);
  const lone = (fact: CommentFact): boolean => fact.comment.type === 'Line' && (facts.lineKinds[fact.startLine]! & LineKind.code) === 0;
  const groups: CommentFact[][] = [];
  for (const fact of facts.comments) {
    if (!joins(fact)) {
      groups.push([]);
      continue;
    }
    // A lone line right below the last member of a group of lone lines extends it.
    const last = groups.at(-1)?.at(-1);
    const extends_ = last !== undefined && lone(fact) && lone(last) && last.endLine + 1 === fact.startLine;
    if (extends_) groups.at(-1)!.push(fact);
    else groups.push([fact]);
  }
  return groups.filter((group) => group.some((fact) => fact.kind === 'commented-out-code'));
}

// Code-shaped and prose lines, lines that end a group (directive, marker, placeholders), trailing
// comments, blocks of each style, and lines without comments between them.
const line = fc.oneof(
  fc.constantFrom('// run(task);', '// const total = sum(items);', '// }', '// Retry once: the cache may be cold.', '// Load the config', '// eslint-disable-next-line no-undef'),
  fc.constantFrom('// @ai-generated tool=x', '// TODO: implement', '// ... existing code ...', 'run(); // stop();', 'run(); // why not', '/* cleanup(); */', '/** docs(); */', '/*** banner(); */'),
  fc.constantFrom('', 'run();', 'var loaded = 1;'),
);

describe('candidateGroups', () => {
  it('groups as the definition does on fully classified comments', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const starts = (groups: readonly (readonly CommentFact[])[]): number[][] => groups.map((group) => group.map((fact) => fact.comment.range[0]));
        expect(starts(candidateGroups(factsOf(text)).map((group) => group.members))).toEqual(starts(definedGroups(factsOf(text))));
      }),
      { numRuns: 300 },
    );
  });
});

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
