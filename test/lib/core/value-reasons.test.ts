/**
 * Reasons for values: which comments speak of values, and when a comment writes a value out.
 */
import { describe, expect, it } from 'vitest';
import { speaksOfValues, statesValue } from '../../../lib/core/value-reasons.js';
import type { CommentFact } from '../../../lib/core/file-facts.js';

/** A comment fact with only its text, all `speaksOfValues` reads. */
function comment(text: string): CommentFact {
  return { text } as CommentFact;
}

describe('speaksOfValues', () => {
  it('hears a number, a unit, an origin, a reason or quoted code', () => {
    for (const text of [
      'A tenth of the weight: 10 checks in a row never outvote one veto',
      'Seconds, as the API sends them',
      'Tuned on the March sample',
      'The gateway bans clients that retry more, so stop early',
      'A `/` here starts a comment',
    ]) {
      expect(speaksOfValues(comment(text)), text).toBe(true);
    }
  });

  it('does not hear a comment that only names the step', () => {
    for (const text of ['Apply severe penalty for veto', 'Calculate concordance (weighted sum of acceptable scores)', 'Critical failure: apply heavy penalties']) {
      expect(speaksOfValues(comment(text)), text).toBe(false);
    }
  });
});

describe('statesValue', () => {
  it('finds a number as written or a fraction in percent, not inside another number', () => {
    expect(statesValue('a vetoed check counts 0.1 of its weight', '0.1')).toBe(true);
    expect(statesValue('the cap is 40% of the best score', '0.4')).toBe(true);
    expect(statesValue('runs over 10.5 km', '0.5')).toBe(false);
    expect(statesValue('retries 15 times', '5')).toBe(false);
    expect(statesValue('falls back to -5 below', '-5')).toBe(true);
  });

  it('finds a numeric code with or without its quotes, and never a pattern', () => {
    expect(statesValue('a 403 in the text means the old password was wrong', "'403'")).toBe(true);
    expect(statesValue('4030 is another code', "'403'")).toBe(false);
    expect(statesValue('three or four digits: 930 or 1730', '/^\\d{3,4}$/')).toBe(false);
  });
});
