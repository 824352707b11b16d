/**
 * Comment kinds that are not documentation (narration, a JSDoc summary that restates its
 * declaration, edit history, stubs and deferrals) stay out of comment-ratio and no-comment-gap:
 * a file whose only comments are of such a kind is as undocumented as one with none. Measured in
 * the line unit, where every code line counts, so the comment alone decides the figures.
 */
import { describe, expect, it } from 'vitest';
import { source, statements } from '../helpers/code.js';
import { lintWithRule } from '../helpers/lint.js';

// One comment of each kind above a run of undocumented code; each must leave the figures alone.
const LEFTOVERS = {
  narration: ['// Initialize total', 'let total = 0;'],
  'narration (JSDoc)': ['/** The user id. */', 'export const userId = read();'],
  'edit history': ['// Removed the legacy cache warm-up', 'let total = 0;'],
  placeholder: ['// In production, this would verify the signature', 'let total = 0;'],
} as const;

describe.each(Object.entries(LEFTOVERS))('%s is not documentation', (_kind, lines) => {
  it('comment-ratio counts none of its lines', () => {
    const messages = lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'] }], source(...lines, statements(20, ''), ''));
    expect(messages.map((message) => message.message)).toEqual([expect.stringMatching(/^File has 0% comment lines \(0 of 21\)/u)]);
  });

  it('no-comment-gap neither ends nor shortens a run', () => {
    const messages = lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 30 }], source(statements(15, ''), ...lines, statements(15, ''), ''));
    expect(messages.map((message) => message.message)).toEqual([expect.stringMatching(/^31 code lines in a row \(lines 1–32\)/u)]);
  });
});

// The same comments reworded to explain: each counts, so the figures are not forced by the code.
describe('documentation of the same shape counts', () => {
  it('comment-ratio counts an explanatory comment', () => {
    const messages = lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'] }], source('// Totals start at the carried-over balance', 'let total = 0;', statements(20, ''), ''));
    expect(messages.map((message) => message.message)).toEqual([expect.stringMatching(/^File has 4\.5% comment lines \(1 of 22\)/u)]);
  });
});
