/**
 * One FileAnalysis per linted file, shared by every rule of the plugin on it: each rule's start
 * on each file then costs a lookup. Sharing must not cross files, nor configurations whose
 * settings differ.
 */
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fileAnalysis, type FileAnalysis } from '../../../lib/eslint/analysis.js';

type Context = Parameters<typeof fileAnalysis>[0];

describe('fileAnalysis', () => {
  it('gives every rule on a file the same analysis, and the next file a new one', () => {
    const seen: { file: string; analysis: FileAnalysis }[] = [];
    // Two rules that only record what they were given, as each of the plugin's rules asks first.
    const recorder: Rule.RuleModule = {
      create(context) {
        seen.push({ file: context.filename, analysis: fileAnalysis(context as unknown as Context) });
        return {};
      },
    };
    const config = [{ plugins: { probe: { rules: { first: recorder, second: recorder } } }, rules: { 'probe/first': 'warn' as const, 'probe/second': 'warn' as const } }];
    const linter = new Linter();
    linter.verify('const a = 1;\n', config, { filename: 'a.js' });
    linter.verify('// banner-free\nconst b = 2;\n', config, { filename: 'b.js' });
    expect(seen.map(({ file }) => file)).toEqual(['a.js', 'a.js', 'b.js', 'b.js']);
    const [a1, a2, b1, b2] = seen.map(({ analysis }) => analysis);
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    expect(b1).not.toBe(a1);
    expect(b1!.sourceCode.text).toBe('// banner-free\nconst b = 2;\n');
  });

  it('keeps analyses apart when the settings object differs', () => {
    const linter = new Linter();
    linter.verify('const a = 1;\n', [], { filename: 'a.js' });
    const sourceCode = linter.getSourceCode();
    // The settings decide which banners skip a file, so another configuration's must not be reused.
    const skipping = { sourceCode, settings: { 'ai-code': { skipToolGenerated: true } } } as unknown as Context;
    const keeping = { sourceCode, settings: { 'ai-code': { skipToolGenerated: false } } } as unknown as Context;
    const first = fileAnalysis(skipping);
    const second = fileAnalysis(keeping);
    expect(second).not.toBe(first);
    expect(second.settings.skipToolGenerated).toEqual([]);
    expect(first.settings.skipToolGenerated.length).toBeGreaterThan(0);
    expect(fileAnalysis(skipping)).toBe(first);
  });
});
