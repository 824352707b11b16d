/** A remembering reader answers as its reader does, asking it once per text. */
import { describe, expect, it } from 'vitest';
import { remembering, type CodeReader } from '../../../lib/leftovers/code-reader.js';

/** A reader whose answers come from `reads` and `programs`, recording each text it is asked about. */
function scripted(reads: Record<string, boolean | undefined>, programs: Record<string, boolean>): CodeReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readsJSX: false,
    read(code) {
      asked.push(`read ${code}`);
      return reads[code];
    },
    parses(program) {
      asked.push(`parses ${program}`);
      return programs[program] ?? false;
    },
  };
}

describe('remembering', () => {
  it('gives the reader’s answers, asking it once per text and question', () => {
    const reader = scripted({ 'foo();': true, 'Note': false }, { 'class _ {\nx: 1;\n}': true });
    const remembered = remembering(reader);
    const answers = ['foo();', 'Note', 'two words', 'foo();', 'Note', 'two words'].map((code) => remembered.read(code));
    expect(answers).toEqual([true, false, undefined, true, false, undefined]);
    expect([remembered.parses('class _ {\nx: 1;\n}'), remembered.parses('foo('), remembered.parses('class _ {\nx: 1;\n}'), remembered.parses('foo(')]).toEqual([true, false, true, false]);
    // A text read as statements and the same text as a program are two questions.
    expect(remembered.parses('foo();')).toBe(false);
    expect(reader.asked).toEqual(['read foo();', 'read Note', 'read two words', 'parses class _ {\nx: 1;\n}', 'parses foo(', 'parses foo();']);
    expect(remembered.readsJSX).toBe(false);
  });
});
