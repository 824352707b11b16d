/**
 * The decision pass's vocabulary read from a token's length and first characters: every word and
 * punctuator with a role gets exactly its roles, and names that look like one get none.
 */
import { describe, expect, it } from 'vitest';
import { ENDS_RUN, ENDS_STATEMENT, HEADED, isLogicalAssignment, KEYWORD, sequencedOperator, STARTS_STATEMENT, tokenRoles } from '../../../lib/core/decision-tokens.js';

const rolesOf = (value: string): number => tokenRoles(value, value.length, value.charCodeAt(0));

describe('tokenRoles', () => {
  it('gives each word the roles the pass reads it by', () => {
    const statement = ENDS_RUN | STARTS_STATEMENT | KEYWORD;
    expect(
      Object.fromEntries(
        ['if', 'for', 'while', 'switch', 'catch', 'with', 'const', 'let', 'var', 'return', 'function', 'class', 'throw', 'export', 'import', 'type', 'interface', 'extends', 'do', 'case', 'else', 'try', 'yield', 'await'].map((word) => [word, rolesOf(word)]),
      ),
    ).toEqual({
      if: statement | HEADED,
      for: statement | HEADED,
      while: statement | HEADED,
      switch: statement | HEADED,
      catch: HEADED | KEYWORD,
      with: HEADED | KEYWORD,
      const: statement,
      let: statement,
      var: statement,
      return: statement,
      function: statement,
      class: statement,
      throw: statement,
      export: STARTS_STATEMENT | KEYWORD,
      import: STARTS_STATEMENT | KEYWORD,
      type: STARTS_STATEMENT | KEYWORD,
      interface: STARTS_STATEMENT | KEYWORD,
      extends: KEYWORD,
      do: ENDS_RUN | KEYWORD,
      case: ENDS_RUN | KEYWORD,
      else: ENDS_RUN,
      try: ENDS_RUN,
      yield: ENDS_RUN,
      await: ENDS_RUN,
    });
  });

  it('gives no role to names that share a word’s length and first letters, or differ in case', () => {
    expect(['fox', 'clash', 'cat', 'iF', 'If', 'Const', 'constant', 'retina', 'types', 'i', 'd', 'ifs', 'e1', 'x', 'yields', 'cas_'].map(rolesOf)).toEqual(Array(16).fill(0));
  });

  it('gives punctuators that end a run or a statement their roles, and none to others', () => {
    expect([';', '=>', ',', '?', ':', '=', '[', ']'].map(rolesOf)).toEqual([ENDS_RUN | ENDS_STATEMENT, ENDS_RUN | ENDS_STATEMENT, ENDS_RUN, ENDS_RUN, ENDS_RUN, ENDS_RUN, ENDS_RUN, ENDS_RUN]);
    expect(['.', '?.', '==', '=>>', '>=', '(', '{', '&&', 'π', ''].map(rolesOf)).toEqual(Array(10).fill(0));
  });
});

describe('logical operators', () => {
  it('codes the runs of `&&`, `||` and `??`, and nothing else', () => {
    expect(['&&', '||', '??', '&', '&=', '**', '?.', '&&='].map((value) => sequencedOperator(value, value.length, value.charCodeAt(0)))).toEqual([1, 2, 3, 0, 0, 0, 0, 0]);
  });

  it('tells the logical assignments from other assignments', () => {
    expect(['&&=', '||=', '??=', '**=', '>>=', '&&', '&=', '&&=='].map((value) => isLogicalAssignment(value, value.length, value.charCodeAt(0)))).toEqual([true, true, true, false, false, false, false, false]);
  });
});
