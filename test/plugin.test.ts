import fs from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../index.js';
import { FileFacts } from '../lib/file-facts.js';

const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

// The plugin's public shape: what ESLint, eslint-doc-generator and users' configs read.
describe('plugin object', () => {
  it('reports the name and version of package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'ai-code' });
  });

  // A rule without its doc page or its test is not done; this keeps the three together.
  it('has a doc page, a test and a docs URL for every rule', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(fs.existsSync(new URL(`../docs/rules/${name}.md`, import.meta.url)), `docs/rules/${name}.md`).toBe(true);
      expect(fs.existsSync(new URL(`./rules/${name}.test.ts`, import.meta.url)), `test/rules/${name}.test.ts`).toBe(true);
      expect(rule.meta?.docs?.url).toBe(`https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code/blob/main/docs/rules/${name}.md`);
    }
  });

  // Presets are computed from `meta.docs.recommended`; a hand-edited preset would fail here.
  it('derives its presets from rule metadata', () => {
    const recommended = Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta?.docs?.recommended)
      .map(([name]) => [`ai-code/${name}`, 'warn']);
    expect(plugin.configs.recommended).toEqual({
      name: 'ai-code/recommended',
      plugins: { 'ai-code': plugin },
      rules: Object.fromEntries(recommended),
    });
    expect(Object.keys(plugin.configs.all.rules ?? {})).toEqual(Object.keys(plugin.rules).map((name) => `ai-code/${name}`));
  });
});

describe('shared analysis', () => {
  it('computes FileFacts once per file however many rules read it', () => {
    // Every construction walks the tokens exactly once through this method.
    const walks = vi.spyOn(FileFacts.prototype as unknown as { markCodeLines: () => void }, 'markCodeLines');
    const linter = new Linter();
    const code = 'function f() {\n  return 1;\n}\nconst g = () => {\n  return 2;\n};\n';
    // Both rules, with comment-ratio reading the facts once for the file and once per function.
    const rules: Linter.RulesRecord = {
      'ai-code/comment-ratio': ['error', { minimumSize: 0, scope: ['file', 'function'] }],
      'ai-code/no-comment-gap': 'error',
    };
    linter.verify(code, [plugin.configs.all, { rules }]);
    expect(walks).toHaveBeenCalledTimes(1);
    linter.verify(code, [plugin.configs.all]);
    expect(walks).toHaveBeenCalledTimes(2);
    walks.mockRestore();
  });
});
