/**
 * Properties of the accounting core that must hold for any file, checked on random files
 * built from statement, comment, string and template pieces that always parse.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_KINDS, DOCUMENTATION_KINDS, isOfKinds, kindMask } from '../../../lib/kinds/comment-kinds.js';
import { measureDensity, surelyAtLeast, wholeFileSpan } from '../../../lib/core/density.js';
import { findCommentGaps, findGapsPastTextGate, findGapsWithOptions, gapStretches, NO_COMMENT_GAP_DEFAULTS } from '../../../lib/core/gaps.js';
import { decisionLines } from '../../../lib/core/decision-lines.js';
import { markExplainedStatements } from '../../../lib/core/explained-statements.js';
import { statedUnnamed } from '../../../lib/core/gap-values.js';
import { logicOf } from '../../../lib/core/logic.js';
import { zeroedBytes } from '../../../lib/util/tables.js';
import { COUNTED_TEXT, LineKind } from '../../../lib/core/file-facts.js';
import { factsOf, lineKindString } from '../../helpers/facts.js';

const TAG = '@ai' + '-generated';
const docs = kindMask(DOCUMENTATION_KINDS);

// Each piece is one or more complete lines; any sequence of them is a valid module (`var`
// may be declared twice, `const` may not).
const piece = fc.oneof(
  fc.nat(99).map((n) => `var v${n} = ${n};`),
  fc.nat(99).map((n) => `call(v${n}); // Why ${n}.`),
  fc.constantFrom('', '   ', '// Retry: the first request warms the cache.', '/* Block note. */', '// eslint-disable-next-line no-undef'),
  fc.constantFrom('/**\n * Documents the next line.\n */\nvar documented = 1;', '/*\n\n */'),
  // JSDoc blocks that end no gap (a placeholder, no words) beside one that does, often enough to cut and to fail to cut.
  fc.constantFrom('/** ... existing code ... */', '/***/', '/** Short doc. */'),
  // Code on the lines a comment starts and ends on but words only between them; two comments on one line.
  fc.constantFrom('call(v1); /*\n * Why: spacing.\n */ call(v2);', '/* Why a. */ call(v3); /* Why b. */'),
  fc.constantFrom('var url = "http://example.com/*x*/";', `var marker = "// ${TAG}-begin";`, 'var re = /\\/\\//u;'),
  fc.constantFrom('var t = `\n// inside\n\n`;', `var m = \`\n// ${TAG}-end\n\`;`),
);
const file = fc.array(piece, { minLength: 0, maxLength: 40 }).map((pieces) => pieces.join('\n'));

// Pieces with decisions, unnamed values, function bodies and comments above statements, for the
// gaps measured in decisions.
const decisionPiece = fc.oneof(
  fc.nat(9).map((n) => `if (v > ${n}) call(${n * 3});`),
  fc.nat(9).map((n) => `while (v < ${n} && w) v++;`),
  fc.nat(9).map((n) => `var f${n} = function () {\n  if (v === ${n} || w) return ${n};\n  return v ? 1 : 2;\n};`),
  // A body that opens on a line with a decision: the run from there on holds it.
  fc.nat(9).map((n) => `if (v > ${n}) xs.forEach(function (x) {\n  call(x && ${n});\n});`),
  fc.constantFrom('// Retry once: the first call warms the cache.', '/** Short doc. */', '// eslint-disable-next-line no-undef', '', '// v'),
  fc.constantFrom('/* Why: a block. */\nfor (const x of xs) {\n  if (x > 4) call(x);\n}', 'var limit = 90; // 90 is the cap'),
);
const decisionFile = fc.array(decisionPiece, { minLength: 0, maxLength: 30 }).map((pieces) => ['var v = 0, w = 1, xs = [];', 'function call() {}', ...pieces].join('\n'));

/** Physical lines as an editor shows them: a final line break does not open a new line. */
function physicalLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split(/\r\n|\n/u);
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}

describe('accounting properties', () => {
  it('counts every physical line exactly once', () => {
    fc.assert(
      fc.property(file, (text) => {
        const { blank, comment, code, mixed } = factsOf(text).lineCounts();
        expect(blank + comment + code + mixed).toBe(physicalLines(text));
      }),
    );
  });

  // Windows checkouts and Linux CI must report the same figures.
  it('does not depend on CRLF or LF line endings', () => {
    fc.assert(
      fc.property(file, (text) => {
        expect(lineKindString(factsOf(text.replaceAll('\n', '\r\n')))).toBe(lineKindString(factsOf(text)));
      }),
    );
  });

  it('changes only the blank count when blank lines are inserted between pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.nat(19), (pieces, at) => {
        const before = factsOf(pieces.join('\n')).lineCounts();
        // Between pieces or before the first: after the last, a final line break is no line.
        const index = at % pieces.length;
        const spread = [...pieces.slice(0, index), '', '', ...pieces.slice(index)].join('\n');
        const after = factsOf(spread).lineCounts();
        expect({ ...after, blank: before.blank }).toEqual(before);
        expect(after.blank).toBe(before.blank + 2);
      }),
    );
  });

  // Monotonicity: writing a "why" must never make the measured figure worse, in either unit.
  it('never lowers the documentation ratio when a documentation comment is added', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.nat(19), fc.constantFrom('lines', 'tokens'), (pieces, at, unit) => {
        const ratio = (text: string): number => {
          const facts = factsOf(text);
          return measureDensity(facts, wholeFileSpan(facts), unit, docs).percent;
        };
        const documented = [...pieces.slice(0, at), '// The order matters: later keys win.', ...pieces.slice(at)].join('\n');
        expect(ratio(documented)).toBeGreaterThanOrEqual(ratio(pieces.join('\n')));
      }),
    );
  });

  // The pieces put marker text only inside strings and templates, never in a comment.
  it('never reads a marker from a string or template literal', () => {
    fc.assert(
      fc.property(file, (text) => {
        const facts = factsOf(text);
        expect(facts.comments.filter((fact) => fact.marker !== undefined)).toEqual([]);
        expect(facts.generated.regions).toEqual([]);
      }),
    );
  });

  // Rules that judge single comments read one line's text instead of building the line
  // tables; both must say the same, with comments sharing lines in every arrangement.
  it('tells code beside a comment the same without the line tables as with them', () => {
    const shared = fc.oneof(
      piece,
      fc.constantFrom('/* a */ call(v1); // b', '/* a */ /* b */', 'call(v2); /* c */ call(v3);', '/* a */ // b', '/* one\n two */ call(v4); // c', '  // alone'),
    );
    fc.assert(
      fc.property(fc.array(shared, { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join('\n');
        const fresh = factsOf(text);
        const tabled = factsOf(text);
        const expected = tabled.comments.map((fact) => (tabled.lineKinds[fact.startLine]! & LineKind.code) !== 0);
        expect(fresh.comments.map((_, index) => fresh.codeBesideComment(index))).toEqual(expected);
      }),
    );
  });

  // Kinds that depend on the code around a comment are worked out on first read; asking in any
  // order, or asking only whether a comment is of some kinds, must give the kinds of a full pass.
  it('classifies the same however and in whatever order kinds are asked for', () => {
    const commented = fc.oneof(
      piece,
      fc.constantFrom('// Call v1.', 'call(v1); // call v1', '// call(v2);', '/** Adds. */', '/** Adds. */\nvar add = () => 1;', '// TODO: implement', '// ... existing code ...', '/* eslint-disable */'),
    );
    fc.assert(
      fc.property(fc.array(commented, { minLength: 1, maxLength: 20 }), fc.subarray([...COMMENT_KINDS]), (pieces, kinds) => {
        const text = pieces.join('\n');
        const inOrder = factsOf(text).comments.map((fact) => fact.kind);
        const reversed = factsOf(text).comments.toReversed().map((fact) => fact.kind).toReversed();
        expect(reversed).toEqual(inOrder);
        expect(factsOf(text).comments.map((fact) => isOfKinds(fact, kindMask(kinds)))).toEqual(inOrder.map((kind) => kinds.includes(kind)));
      }),
    );
  });

  // Narration alone (no-trivial-comments' question) is read from a comment's words before its
  // shape: code worded like a label (`// v1,` beside `call(v1);`) must stay commented-out code.
  it('tells narration alone as the full pass does', () => {
    const commented = fc.oneof(
      piece,
      fc.constantFrom('call(v1); // v1,', 'call(v1); // call v1', '// call v1\ncall(v1);', '// v1,\ncall(v1);', '/** Adds v1. */\nvar addV1 = () => 1;', '/** v1, */\nvar v1 = 1;'),
    );
    const narration = kindMask(['narration']);
    let narrated = 0;
    fc.assert(
      fc.property(fc.array(commented, { minLength: 1, maxLength: 20 }), (pieces) => {
        const text = pieces.join('\n');
        const kinds = factsOf(text).comments.map((fact) => fact.kind);
        narrated += kinds.filter((kind) => kind === 'narration').length;
        expect(factsOf(text).comments.map((fact) => isOfKinds(fact, narration))).toEqual(kinds.map((kind) => kind === 'narration'));
      }),
    );
    expect(narrated).toBeGreaterThan(0);
  });

  // The bounds that spare most files the line tables must never decide otherwise than the
  // tables would; each property also counts how often its bound decided, so it cannot pass idly.
  it('never finds a span documented enough by the bound that the exact figures find below the minimum', () => {
    let decided = 0;
    fc.assert(
      fc.property(file, fc.integer({ min: 0, max: 60 }), (text, minimum) => {
        const bounded = factsOf(text);
        if (bounded.lineCount === 0 || !surelyAtLeast(bounded, wholeFileSpan(bounded), docs, minimum)) return;
        decided++;
        const exact = factsOf(text);
        const density = measureDensity(exact, wholeFileSpan(exact), 'lines', docs);
        expect(density.total === 0 || density.percent >= minimum).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(decided).toBeGreaterThan(30);
  });

  it('counts no more known documentation lines than the exact count, walking or summing', () => {
    fc.assert(
      fc.property(file, fc.nat(40), (text, line) => {
        const facts = factsOf(text);
        if (facts.lineCount === 0) return;
        // From the start of a line to the end of the file, so that every comment counted lies in the span.
        const fromLine = 1 + (line % facts.lineCount);
        const start = facts.source.lineStarts[fromLine - 1]!;
        const exact = factsOf(text).textLines(docs, fromLine, facts.lineCount);
        expect(facts.knownTextLinesReach(docs, start, text.length, exact + 1)).toBe(false);
        expect(facts.knownTextLines(docs, start, text.length)).toBeLessThanOrEqual(exact);
      }),
    );
  });

  // comment-ratio asks for the figures of a few function spans; they are worked out for those
  // lines alone until the spans add up to a quarter of the file, then read from whole-file
  // tables. Several spans per file exercise both ways, with and without the whole file asked
  // about first (which keeps its line kinds for the spans after it, and builds no sums).
  it('gives the same span figures without the whole-file tables as with them', () => {
    let alone = 0;
    fc.assert(
      fc.property(file, fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { minLength: 1, maxLength: 6 }), fc.boolean(), (text, spans, prebuilt) => {
        const facts = factsOf(text);
        if (facts.lineCount === 0) return;
        // The truth: the same file's whole-file line kinds, counted over each span here.
        const kinds = factsOf(text).lineKindsIn(docs, 1, facts.lineCount);
        const count = (fromLine: number, toLine: number, flag: number): number => kinds.subarray(fromLine - 1, toLine).filter((kind) => (kind & flag) !== 0).length;
        if (prebuilt) void facts.lineTotals(docs, 1, facts.lineCount);
        for (const [a, b] of spans) {
          // Any span of lines in the file, from one line to all of them.
          const fromLine = 1 + (Math.min(a, b) % facts.lineCount);
          const toLine = Math.max(fromLine, 1 + (Math.max(a, b) % facts.lineCount));
          // A short span before any table: worked out alone unless the spans before used the budget up.
          if (!prebuilt && 4 * (toLine - fromLine + 1) < facts.lineCount) alone++;
          const expected = { text: count(fromLine, toLine, COUNTED_TEXT), measured: count(fromLine, toLine, COUNTED_TEXT | LineKind.code), code: count(fromLine, toLine, LineKind.code) };
          expect(facts.lineTotals(docs, fromLine, toLine)).toEqual(expected);
          expect(facts.codeLinesWithin(docs, fromLine, toLine)).toBe(expected.code);
        }
      }),
      { numRuns: 400 },
    );
    expect(alone).toBeGreaterThan(100);
  });

  // Gaps are found on lines alone; the bound picks the stretches where one may be from the
  // comments, and the lines are then read there only: from the whole-file tables when a rule has
  // had them built (`prebuilt`), else from the comments reaching each stretch.
  it('finds in the stretches the bound leaves every gap the whole-file tables find', () => {
    let decided = 0;
    let walked = 0;
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.boolean(), (text, maximum, blankLineEndsGap, prebuilt) => {
        const facts = factsOf(text);
        const options = { kindMask: docs, blankLineEndsGap, uncountedLines: zeroedBytes(facts.lineCount + 1) };
        // The truth: the whole file walked over the tables, in facts of its own.
        const exact = factsOf(text);
        void exact.lineKindsIn(docs, 1, exact.lineCount);
        const expected = findCommentGaps(exact, options, maximum + 1);
        // As under a preset, where comment-ratio may have had the tables built before this rule runs.
        if (prebuilt) {
          void facts.lineKindsIn(docs, 1, facts.lineCount);
        }
        // Both outcomes must occur often, or half of the bound would go untested.
        const stretches = gapStretches(facts, docs, maximum);
        if (stretches.length === 0) decided++;
        else walked++;
        expect(findCommentGaps(facts, options, maximum + 1, stretches)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    expect(decided).toBeGreaterThan(30);
    expect(walked).toBeGreaterThan(30);
  });

  // With decisions, the stretches are cut at function bodies too, and statements are looked for
  // as explained only where a run would be long enough without them. The truth is the whole file
  // walked over the tables with every stretch's explained statements marked first.
  it('finds with decisions the gaps the whole-file walk finds', () => {
    let found = 0;
    let cleared = 0;
    fc.assert(
      fc.property(decisionFile, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (text, maximum, minimumUnnamed, blankLineEndsGap) => {
        const facts = factsOf(text);
        const options = { ...NO_COMMENT_GAP_DEFAULTS, maximum, minimumUnnamed, blankLineEndsGap, countImports: true };
        const exact = factsOf(text);
        const decisions = decisionLines(exact);
        const explained = zeroedBytes(exact.lineCount + 1);
        for (const { fromLine, toLine } of gapStretches(exact, docs, maximum, decisions.sums)) markExplainedStatements(exact, docs, fromLine, toLine, explained);
        const uncountedLines = zeroedBytes(exact.lineCount + 1);
        const whole = findCommentGaps(exact, { kindMask: docs, blankLineEndsGap, uncountedLines, decisions, explained }, maximum + 1);
        const counted = (line: number): boolean => explained[line] === 0;
        const expected = whole
          .filter((gap) => gap.unnamed >= minimumUnnamed)
          .map((gap) => ({ ...gap, unnamed: gap.unnamed - statedUnnamed(exact, logicOf(exact), docs, gap.startLine, gap.endLine, counted) }))
          .filter((gap) => gap.unnamed >= minimumUnnamed);
        const sources = { imports: () => zeroedBytes(facts.lineCount + 1), generated: () => zeroedBytes(facts.lineCount + 1) };
        const gaps = findGapsWithOptions(facts, options, sources);
        if (gaps.length > 0) found++;
        // Runs long enough but for their explained statements: the second walk must drop them.
        if (gaps.length === 0 && findCommentGaps(exact, { kindMask: docs, blankLineEndsGap, uncountedLines, decisions }, maximum + 1).length > 0) cleared++;
        expect(gaps).toEqual(expected);
        // The rule asks the text gate itself, before the file's role, and goes on without it.
        expect(findGapsPastTextGate(factsOf(text), options, sources)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    // The floor checks that gaps are exercised, not how often: the count varies with the random seed.
    expect(found).toBeGreaterThan(20);
    expect(cleared).toBeGreaterThan(10);
  });

  // The bound asks a JSDoc block only when the lines since the last run-ender grow too many; one
  // that turns out to end no run (no words, or a placeholder) must not cut the stretch.
  it('keeps a gap across JSDoc blocks that end no run', () => {
    for (const block of ['/***/', '/** ... existing code ... */']) {
      const text = `var v1 = 1;\nvar v2 = 2;\n${block}\nvar v3 = 3;\nvar v4 = 4;\nvar v5 = 5;\n/** Short doc. */\nvar v6 = 6;`;
      const facts = factsOf(text);
      const options = { kindMask: docs, blankLineEndsGap: false, uncountedLines: zeroedBytes(facts.lineCount + 1) };
      expect(findCommentGaps(facts, options, 4, gapStretches(facts, docs, 3)), block).toEqual([{ startLine: 1, endLine: 6, size: 5, decisions: 0, nested: 0, unnamed: 0 }]);
    }
  });

  // The oracle is the definition the rules used before: ESLint's comments between the previous
  // token and the statement, cut back to the block that touches it without a blank line.
  it('takes as leading comments the block ESLint puts right before each statement', () => {
    const linter = new Linter();
    let found = 0;
    fc.assert(
      fc.property(file, (text) => {
        linter.verify(text, []);
        const sourceCode = linter.getSourceCode() as unknown as TSESLint.SourceCode;
        const facts = factsOf(text);
        for (const statement of sourceCode.ast.body) {
          // Walked back while each comment ends at most one line above what follows it.
          const before = sourceCode.getCommentsBefore(statement);
          let first = before.length;
          while (first > 0 && (first === before.length ? statement.loc.start.line : before[first]!.loc.start.line) - before[first - 1]!.loc.end.line <= 1) first--;
          const expected = before.slice(first).map((comment) => comment.range[0]);
          const leading = facts.leadingComments(statement.range[0], statement.loc.start.line).map((fact) => fact.comment.range[0]);
          expect(leading).toEqual(expected);
          // The span of a function starts at the first of them, asked for without the list.
          expect(facts.firstLeadingComment(statement.range[0], statement.loc.start.line)?.comment.range[0]).toBe(expected[0]);
          found += expected.length;
        }
      }),
      { numRuns: 300 },
    );
    // Blocks of several comments, cut by blank lines or by code, must have come up.
    expect(found).toBeGreaterThan(300);
  });

  it('counts no code line among the lines inside comments', () => {
    fc.assert(
      fc.property(file, (text) => {
        const facts = factsOf(text);
        expect(facts.lineTotals(docs, 1, facts.lineCount).code).toBeLessThanOrEqual(facts.lineCount - facts.linesInsideComments);
      }),
    );
  });
});
