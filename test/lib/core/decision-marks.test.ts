/**
 * The text bound in front of the decision pass (lib/core/decision-marks.ts) must never rule out a
 * file whose decisions weigh enough: checked exactly on a few files and as a property on random
 * files of decisions, nested blocks, comments and strings, under espree and typescript-eslint.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayWeigh } from '../../../lib/core/decision-marks.js';
import { findDecisions, totalWeight } from '../../../lib/core/logic.js';
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
        for (let asked = 1; asked <= weight; asked++) expect(mayWeigh(source, asked)).toBe(true);
      }),
    );
  });
});
