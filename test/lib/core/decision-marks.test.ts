/**
 * The text bound in front of the decision pass (lib/core/decision-marks.ts) must never rule out a
 * file whose decisions weigh enough: checked exactly on a few files and as a property on random
 * files of decisions, nested blocks, comments and strings, under espree and typescript-eslint.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsMayWeigh, mayHoldValues, mayWeigh } from '../../../lib/core/decision-marks.js';
import { findDecisions, totalWeight } from '../../../lib/core/logic.js';
import { isCode } from '../../../lib/core/unnamed.js';
import { tokensBefore } from '../../../lib/source/file-source.js';
import { eslintSourceOf } from '../../helpers/facts.js';

describe('mayWeigh', () => {
  it('rules out a file by the decision marks of its code, not of its comments', () => {
    const code = '// if it fails, retry for a while; do not switch or catch\nif (a) run();\nif (b) run();\n';
    const source = eslintSourceOf(code);
    expect(totalWeight(findDecisions(source))).toBe(2);
    // Two marks in the code: at most two decisions, weighing at most four.
    expect(mayWeigh(source, 4)).toBe(true);
    expect(mayWeigh(source, 5)).toBe(false);
  });

  it('counts a mark in a string, which only loosens the bound', () => {
    const source = eslintSourceOf('const question = "why?";\nconst both = "a && b";\n');
    expect(totalWeight(findDecisions(source))).toBe(0);
    expect(mayWeigh(source, 4)).toBe(true);
    expect(mayWeigh(source, 5)).toBe(false);
  });

  it('answers the same whichever weight is asked first, as the rules ask one file in turn', () => {
    const code = 'if (a) run();\nif (b) run();\nif (c) run();\n';
    const descending = eslintSourceOf(code);
    expect([8, 6, 7, 2, 0].map((weight) => mayWeigh(descending, weight))).toEqual([false, true, false, true, true]);
    const ascending = eslintSourceOf(code);
    expect([2, 6, 7, 8].map((weight) => mayWeigh(ascending, weight))).toEqual([true, true, false, false]);
  });

  it('never rules out a file with a Unicode escape', () => {
    expect(mayWeigh(eslintSourceOf('const s = "\\u0041";\n'), 10)).toBe(true);
  });

  it('asks nothing of a file when no weight is needed', () => {
    expect(mayWeigh(eslintSourceOf(''), 0)).toBe(true);
  });

  const statement = fc.constantFrom(
    'if (a) { run(); }',
    'if (a) { if (b) { run(); } else if (c) { stop(); } }',
    'for (const item of items) { while (item.next) { item.step(); } }',
    'do { n--; } while (n > 0);',
    'switch (kind) { case 1: run(); break; default: stop(); }',
    'try { run(); } catch { stop(); }',
    'var value = a ? b : c;',
    'var name = first ?? second ?? "";',
    'var ok = a && b || c;',
    'total ||= 1; total &&= 2; total ??= 3;',
    '(function (x) { if (x) { return x ? 1 : 2; } return 0; })(1);',
    '((x) => { for (;;) { if (x) break; } })(1);',
    '// if this runs for a while, do switch',
    '/* a ? b : c && d || e */',
    'var s = "if (x) for (;;)";',
    'run();',
  );
  const file = fc.array(statement, { maxLength: 12 }).map((parts) => parts.join('\n'));

  it('never rules out a file whose decisions weigh the weight asked for', () => {
    fc.assert(
      fc.property(file, fc.constantFrom<'js' | 'ts'>('js', 'ts'), (code, language) => {
        const source = eslintSourceOf(code, { language });
        const weight = totalWeight(findDecisions(source));
        for (let asked = 1; asked <= weight; asked++) {
          expect(mayWeigh(source, asked)).toBe(true);
          expect(decisionsMayWeigh(source, asked)).toBe(true);
        }
      }),
    );
  });
});

describe('decisionsMayWeigh', () => {
  it('passes over the decisions spelled in strings, templates and patterns', () => {
    const source = eslintSourceOf('const a = "if (x) for (;;) a ? b : c";\nconst b = `while ${"?"}`;\nconst c = /^(a|b)?x?y?z?$/;\n');
    expect(mayWeigh(source, 10)).toBe(true);
    expect(decisionsMayWeigh(source, 1)).toBe(false);
  });

  it('weighs a logical operator at most one and any other decision at most two', () => {
    const source = eslintSourceOf('const a = (b && c) || (d ?? e);\nx ||= 1;\nif (a) run();\n');
    expect(decisionsMayWeigh(source, 6)).toBe(true);
    expect(decisionsMayWeigh(source, 7)).toBe(false);
  });

  it('passes over optional marks and optional chaining', () => {
    const source = eslintSourceOf('interface A { a?: string; f(b?: number): void }\nconst c = a?.b?.c;\n', { language: 'ts' });
    expect(decisionsMayWeigh(source, 1)).toBe(false);
    expect(decisionsMayWeigh(eslintSourceOf('const d = a?.5:1;\n'), 2)).toBe(true);
  });

  it('never rules out a file with a Unicode escape', () => {
    expect(decisionsMayWeigh(eslintSourceOf('const s = "\\u0041";\n'), 10)).toBe(true);
  });
});

describe('mayHoldValues', () => {
  it('counts the literals that pass the pass\'s tests of a value, each once, and no digits of a name or a comment', () => {
    const source = eslintSourceOf('// 404 and 500\nconst v2 = items[0] + list.length - 1;\nconst t = 2.5;\nif (x < 0.25 || y > 3.5) go(f(500));\n');
    // `0.25` and `3.5` are compared: two values, and `2.5` (named) and `500` (a call's) none.
    expect(findDecisions(source).valueCount).toBe(2);
    expect(mayHoldValues(source, 2)).toBe(true);
    expect(mayHoldValues(source, 3)).toBe(false);
  });

  it('counts a value in an object or a ladder, which the pass drops by where it stands', () => {
    const source = eslintSourceOf('const o = { a: x < 0.4 };\nconst s = n > 0.7 ? "high" : "low";\n');
    expect(findDecisions(source).valueCount).toBe(0);
    expect(mayHoldValues(source, 2)).toBe(true);
  });

  it('lets a code through alone, as it makes a finding alone', () => {
    expect(mayHoldValues(eslintSourceOf('if (error.code === "23505") retry();\n'), 2)).toBe(true);
    expect(mayHoldValues(eslintSourceOf('if (status === 404) retry();\n'), 2)).toBe(false);
    expect(mayHoldValues(eslintSourceOf('const a = [0, 1, 404];\n'), 1)).toBe(false);
  });

  const value = fc.constantFrom('x < 0.25', 'y * 42', 'status === "403"', 'code === 404', 'code === 40001', 'e.code === "23505"', '/^\\d{3,4}$/.test(s)', 'n - 1', 'a[0]', 'f(500)', 'k >= 1e3', 'v2 + 7', 'w > 0x40', '{ k: 5 * 3 }', 'q > 7 ? 1 : 2', '[4, 7].includes(z)', 'x < .1', '1.5 * x', 'x > 1e3', '/^a{1}$/.test(s)', '/^a{0,1}b{1}$/.test(s)', 'x === 0 || y === 1', 'x < 1_000', 'n & 0x1');
  const statements = fc.array(value, { maxLength: 10 }).map((parts) => parts.map((part, index) => `if (${part}) run(${index});`).join('\n'));

  it('never rules out a file that holds the values asked for', () => {
    fc.assert(
      fc.property(statements, fc.constantFrom<'js' | 'ts'>('js', 'ts'), (code, language) => {
        const source = eslintSourceOf(code, { language });
        const logic = findDecisions(source);
        for (let asked = 1; asked <= logic.valueCount; asked++) expect(mayHoldValues(source, asked)).toBe(true);
        // A code makes a finding alone: however many values are asked for, the file is not ruled out.
        const { tokens } = source;
        const hasCode = Array.from(logic.valueStarts.slice(0, logic.valueCount)).some((start) => isCode(tokens, tokensBefore(tokens, start)));
        if (hasCode) expect(mayHoldValues(source, logic.valueCount + 5)).toBe(true);
      }),
    );
  });
});
