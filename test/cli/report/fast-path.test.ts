/**
 * Which files the report's fast path counts itself and which it hands to ESLint for a risky
 * placeholder phrase, whose count needs the syntax tree: a phrase in an interface body stays on
 * the fast path, with the rule's count; one where a stub may stand goes to ESLint.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { countSource } from '../../../cli/report/fast-path.js';
import { readSettings } from '../../../lib/eslint/settings.js';
import plugin from '../../../index.js';

/** What no-placeholder-comments reports on `code` as TypeScript, at its defaults. */
function ruleCount(code: string): number {
  const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { 'ai-code': plugin }, rules: { 'ai-code/no-placeholder-comments': 'warn' } }];
  return new Linter().verify(code, config, { filename: 'src/shapes.ts' }).length;
}

// A key named `interface` is no interface declaration: the object after it holds a stub the rule reports.
const OBJECT_AFTER_INTERFACE_KEY = ['export const config = {', "  interface: 'cli',", '  handlers: {', '    // Mock data for now', '    run: () => {},', '  },', '};', ''];

const count = (code: string) => countSource(code, { parser: 'typescript', jsx: false }, readSettings({}), 'src/shapes.ts');

describe('the fast path and risky placeholder phrases', () => {
  it('counts a file whose risky phrase stands in an interface body, as the rule does', () => {
    const code = ['export interface Shape {', '  // Mock data for now: the server sends no colour yet.', '  colour?: string;', '  area(): number;', '}', ''].join('\n');
    const counted = count(code);
    expect(counted).not.toBe('eslint');
    expect(counted).not.toBe('skip');
    expect(typeof counted === 'object' && counted.placeholders).toBe(0);
    expect(ruleCount(code)).toBe(0);
  });

  it.for([
    ['a function body', ['export function area(): number {', '  // Mock data for now', '  return 0;', '}', '']],
    ['a class body', ['export class Shape {', '  // Implement the area', '}', '']],
    ['a type literal inside an interface', ['export interface Shape {', '  size: {', '    // Mock data for now', '    width: number;', '  };', '}', '']],
    ['an object after a key named interface', OBJECT_AFTER_INTERFACE_KEY],
  ] as const)('hands a file with a risky phrase in %s to ESLint', ([, lines]) => {
    expect(count(lines.join('\n'))).toBe('eslint');
  });

  // Stubs the rule reports, which the fast path could not have told.
  it('leaves the stubs to the rule', () => {
    expect(ruleCount(['export function area(): number {', '  // Mock data for now', '  return 0;', '}', ''].join('\n'))).toBe(1);
    expect(ruleCount(['export class Shape {', '  // Implement the area', '}', ''].join('\n'))).toBe(1);
    expect(ruleCount(OBJECT_AFTER_INTERFACE_KEY.join('\n'))).toBe(1);
  });
});
