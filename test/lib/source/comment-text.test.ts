/**
 * One definition of a JSDoc block for the classifier, the gaps, the marker grammar, the
 * commented-out code groups and the scanner: `/**` opens one, a `/***` banner does not.
 */
import { describe, expect, it } from 'vitest';
import { commentText, isJSDocBlock } from '../../../lib/source/comment-text.js';
import { factsOf } from '../../helpers/facts.js';

describe('isJSDocBlock', () => {
  it.each([
    ['/** Parses rows. */', true],
    ['/**\n * Parses rows.\n */', true],
    ['/*** Section ***/', false],
    ['/****************/', false],
    ['/* Parses rows. */', false],
    ['/**/', false],
    ['//* Parses rows.', false],
  ])('%s: %s', (code, expected) => {
    const [comment] = factsOf(`${code}\nconst a = 1;`).comments;
    expect(isJSDocBlock(comment!.comment)).toBe(expected);
  });

  it('reads a marker tag on a later line of a JSDoc block only', () => {
    const marker = (code: string): boolean => factsOf(`${code}\nexport function f() {}`).comments[0]?.marker !== undefined;
    expect(marker('/**\n * Parses rows.\n * @ai-generated tool=claude\n */')).toBe(true);
    expect(marker('/***\n * Parses rows.\n * @ai-generated tool=claude\n */')).toBe(false);
  });
});

describe('commentText', () => {
  it('drops delimiters, star decoration and surrounding space', () => {
    const [comment] = factsOf('/**\n * Parses rows.\n */\nconst a = 1;').comments;
    expect(commentText(comment!.comment)).toBe('Parses rows.');
  });
});
