/**
 * Explanations counted within a range: the count a caller that needs only `enough` of them gets
 * agrees with the full count wherever the full count falls short of `enough`.
 */
import { describe, expect, it } from 'vitest';
import { explanationsWithin } from '../../../lib/core/explanations.js';
import { DOCUMENTATION_KINDS, kindMask } from '../../../lib/kinds/comment-kinds.js';
import { factsOf } from '../../helpers/facts.js';

// Blocks of `//` lines, comments without words, trailing labels and doc blocks, more than a range counts in place.
function manyComments(): string {
  const lines: string[] = ['function judged(items) {', '  let total = 0;'];
  for (let step = 0; step < 30; step++) {
    if (step % 5 === 0) lines.push('  // ------------------------------');
    if (step % 3 === 0) lines.push(`  // Step ${step} weighs the item`, '  // against the running total.');
    if (step % 4 === 0) lines.push('  /** Doc block for a nested helper. */', `  const helper${step} = (x) => x + ${step};`);
    lines.push(`  total += items[${step}] * 2; // label ${step}`);
  }
  lines.push('  return total;', '}');
  return lines.join('\n');
}

describe('explanationsWithin', () => {
  it('with `enough`, gives the full count below it and at least `enough` otherwise', () => {
    const code = manyComments();
    const mask = kindMask(DOCUMENTATION_KINDS);
    const exact = factsOf(code);
    const offsets = exact.comments.map((fact) => fact.comment.range[0]);
    expect(offsets.length).toBeGreaterThan(48);
    for (const start of [0, ...offsets.filter((_, index) => index % 9 === 0)]) {
      for (const end of [code.length, ...offsets.filter((offset, index) => index % 11 === 0 && offset > start)]) {
        const full = explanationsWithin(exact, mask, start, end);
        for (const enough of [1, 2, 5, 20, 40]) {
          // Fresh facts: no running count kept by an earlier question answers this one.
          const capped = explanationsWithin(factsOf(code), mask, start, end, enough);
          if (full < enough) expect(capped, `${start}–${end}, ${enough}`).toBe(full);
          else expect(capped, `${start}–${end}, ${enough}`).toBeGreaterThanOrEqual(enough);
        }
      }
    }
  });
});
