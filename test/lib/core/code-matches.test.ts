/** The resumable walk the text bounds read a file with: matches in code only, stopping and going on where asked. */
import { describe, expect, it } from 'vitest';
import { CodeMatches } from '../../../lib/core/code-matches.js';
import { eslintSourceOf } from '../../helpers/facts.js';

const code = '// if a comment says if\nif (a) run("if in a string");\nconst p = /if/;\nif (b) run();\nif (c) run();\n';

function starts(matches: CodeMatches, stopAfter: number): number[] {
  const seen: number[] = [];
  matches.walk((_text, at) => seen.push(at) >= stopAfter);
  return seen;
}

describe('CodeMatches', () => {
  it('reads matches in code only, outside comments, strings and patterns', () => {
    const source = eslintSourceOf(code);
    expect(starts(new CodeMatches(source, /\bif\b/g, false), 10)).toEqual([24, 70, 84]);
  });

  it('reads matches in strings and patterns too when asked, never in comments', () => {
    const source = eslintSourceOf(code);
    expect(starts(new CodeMatches(source, /\bif\b/g, true), 10)).toEqual([24, 36, 65, 70, 84]);
  });

  it('stops where its visitor has seen enough and goes on from there', () => {
    const matches = new CodeMatches(eslintSourceOf(code), /\bif\b/g, false);
    expect(starts(matches, 1)).toEqual([24]);
    expect(matches.done).toBe(false);
    expect(starts(matches, 1)).toEqual([70]);
    expect(starts(matches, 5)).toEqual([84]);
    expect(matches.done).toBe(true);
  });
});
