import json from '@eslint/json';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';

// A preset without `files` also reaches files that other ESLint languages parse. The rules
// listen for JavaScript nodes only (`Program`, functions), which such files never produce;
// this holds any future listener to the same standard.
describe('files in other ESLint languages', () => {
  it('are left alone, not crashed on', () => {
    const linter = new Linter();
    const rules: Linter.RulesRecord = {
      'ai-code/comment-ratio': ['error', { minimumSize: 0, minimum: 100 }],
      'ai-code/no-comment-gap': ['error', { maximum: 1 }],
    };
    const messages = linter.verify(
      '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n',
      [{ files: ['**/*.json'], plugins: { json, 'ai-code': plugin }, language: 'json/json', rules }],
      'data.json',
    );
    expect(messages).toEqual([]);
  });
});
