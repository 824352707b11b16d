import { describe, expect, it } from 'vitest';
import { kindMask } from '../../../lib/kinds/comment-kinds.js';
import { measureDensity, surelyAtLeast, wholeFileSpan } from '../../../lib/core/density.js';
import { factsOf, lineKindString } from '../../helpers/facts.js';

// These fix the line model the report and cloc comparisons rely on; see README "How comments are counted".
describe('line accounting', () => {
  it('classifies each physical line as blank, comment, code or mixed', () => {
    const facts = factsOf(['// Header.', '', 'const a = 1; // Trailing.', '/*', '', ' */', 'a;'].join('\n'));
    expect(lineKindString(facts)).toBe('cbmcbcC');
    expect(facts.lineCounts()).toEqual({ blank: 2, comment: 3, code: 1, mixed: 1 });
  });

  it('never reads comment markers inside strings, templates, regular expressions or JSX text', () => {
    const code = [
      'const url = "http://x/*y*/";',
      'const re = /\\/\\*/u;',
      'const t = `',
      '// inside a template',
      '',
      '/* also inside */`;',
      'const el = <p>',
      '  // JSX text',
      '</p>;',
    ].join('\n');
    const facts = factsOf(code);
    // The blank line inside the template is blank, as cloc counts it; everything else is code.
    expect(lineKindString(facts)).toBe('CCCCbCCCC');
    expect(facts.comments).toEqual([]);
  });

  // ESLint's `lines` has an empty last entry after a final newline; cloc and editors do not.
  it('does not count a final line break as a line, and counts nothing in an empty file', () => {
    expect(factsOf('a;\n').lineCount).toBe(1);
    expect(factsOf('a;').lineCount).toBe(1);
    expect(factsOf('a;\n\n').lineCount).toBe(2);
    expect(factsOf('').lineCount).toBe(0);
    expect(factsOf('').lineCounts()).toEqual({ blank: 0, comment: 0, code: 0, mixed: 0 });
  });

  // Windows checkouts must not report different figures from Linux CI.
  it('gives the same counts for CRLF, LF and a byte-order mark', () => {
    const lf = '// One.\n\nconst a = `x\n\ny`;\n/* Two\n\n */\n';
    const expected = lineKindString(factsOf(lf));
    expect(lineKindString(factsOf(lf.replaceAll('\n', '\r\n')))).toBe(expected);
    expect(lineKindString(factsOf(`\uFEFF${lf}`))).toBe(expected);
    expect(expected).toBe('cbCbCcbc');
  });

  it('treats a shebang as a comment line that is not documentation', () => {
    const facts = factsOf('#!/usr/bin/env node\nrun();\n');
    expect(lineKindString(facts)).toBe('cC');
    expect(facts.comments.map((fact) => fact.kind)).toEqual(['directive']);
  });

  it('handles TypeScript and TSX alike', () => {
    const facts = factsOf(['/** Props. */', 'type P = { a: string };', 'export const C = (p: P) => <b>{/* Bold. */}{p.a}</b>;'].join('\n'), 'ts');
    expect(lineKindString(facts)).toBe('cCm');
    expect(facts.comments.map((fact) => fact.kind)).toEqual(['doc', 'explanatory']);
  });
});

describe('documentation lines and words', () => {
  const docs = kindMask(['doc', 'explanatory']);

  it('counts only lines that carry words, not JSDoc delimiters or rulers', () => {
    const facts = factsOf(['/**', ' * Adds two numbers.', ' *', ' * @param a first', ' */', 'function add(a) {}', '// ---------', ''].join('\n'));
    expect(facts.textLines(docs, 1, facts.lineCount)).toBe(2);
    // Words are runs of letters and digits: "Adds two numbers param a first".
    expect(facts.words(docs, 0, facts.source.text.length)).toBe(6);
  });

  it('measures a span in lines and in tokens', () => {
    const facts = factsOf(['// Why: the API pages from 1.', 'const first = 1;', 'const last = first + 9;'].join('\n'));
    const span = wholeFileSpan(facts);
    expect(measureDensity(facts, span, 'lines', docs)).toEqual({ documented: 1, total: 3, percent: (1 / 3) * 100, codeLines: 2 });
    // 6 words against 12 code tokens.
    expect(measureDensity(facts, span, 'tokens', docs)).toEqual({ documented: 6, total: 18, percent: (6 / 18) * 100, codeLines: 2 });
  });

  it('counts a mixed line once among measured lines', () => {
    const facts = factsOf('const a = 1; // Why it is one.\n');
    expect(facts.measuredLines(docs, 1, 1)).toBe(1);
    expect(facts.textLines(docs, 1, 1)).toBe(1);
    expect(facts.lineTotals(docs, 1, 1).code).toBe(1);
  });

  // The comments' lines cap what the bound can find: a file whose comments cover exactly the
  // lines it needs must still be settled, and one line short must not.
  it('settles a span by the bound when the comments cover just the lines needed', () => {
    const code = Array.from({ length: 19 }, (_, index) => `step(${index});`);
    // A summary with a reason in it is never a label, so its kind needs no code around it.
    const facts = factsOf(['/** Runs the steps in order; each needs the one before. */', ...code].join('\n'));
    expect(facts.linesCoveredByComments).toBe(1);
    expect(surelyAtLeast(facts, wholeFileSpan(facts), docs, 5)).toBe(true);
    // 39 lines need two documentation lines for 5%.
    const longer = factsOf(['/** Runs the steps in order; each needs the one before. */', ...code, ...code].join('\n'));
    expect(surelyAtLeast(longer, wholeFileSpan(longer), docs, 5)).toBe(false);
  });

  it('answers range questions by prefix sums, consistent with a direct count', () => {
    const lines = Array.from({ length: 40 }, (_, index) => (index % 3 === 0 ? `// Step ${index}.` : `step(${index});`));
    const facts = factsOf(lines.join('\n'));
    for (const [from, to] of [[1, 40], [5, 17], [3, 3], [40, 40]] as const) {
      const slice = lines.slice(from - 1, to);
      expect(facts.textLines(docs, from, to)).toBe(slice.filter((line) => line.startsWith('//')).length);
      expect(facts.lineTotals(docs, from, to).code).toBe(slice.filter((line) => line.startsWith('step')).length);
    }
  });
});
