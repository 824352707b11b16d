import fs from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../index.js';
import { markCodeLines } from '../lib/core/line-tables.js';
import { REPOSITORY_URL } from '../lib/util/package-meta.js';

// Building the line tables walks the lines once, through `markCodeLines`: counted, it shows
// whether FileFacts made them once per file.
vi.mock('../lib/core/line-tables.js', async (importOriginal) => {
  const tables = await importOriginal<typeof import('../lib/core/line-tables.js')>();
  return { ...tables, markCodeLines: vi.fn(tables.markCodeLines) };
});

/** The parts of rule meta the presets read. */
interface RuleMeta {
  docs: { recommended?: boolean; strictOptions?: Record<string, unknown>; generatedCodeOnly?: boolean };
  schema: { properties?: Record<string, unknown> }[];
}

const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  homepage: string;
  bugs: { url: string };
  repository: { url: string };
};

// The plugin's public shape: what ESLint, eslint-doc-generator and users' configs read.
describe('plugin object', () => {
  it('reports the name and version of package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'ai-code' });
  });

  // One repository URL: the docs URLs, init's pre-commit entry and npm's links all use it.
  it('names the repository of package.json', () => {
    expect(REPOSITORY_URL).toBe('https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code');
    expect(packageJson.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(packageJson.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(packageJson.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  // A rule without its doc page or its test is not done; this keeps the three together.
  it('has a doc page, a test and a docs URL for every rule', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(fs.existsSync(new URL(`../docs/rules/${name}.md`, import.meta.url)), `docs/rules/${name}.md`).toBe(true);
      expect(fs.existsSync(new URL(`./rules/${name}.test.ts`, import.meta.url)), `test/rules/${name}.test.ts`).toBe(true);
      expect(rule.meta?.docs?.url).toBe(`https://github.com/eslint-plugin-ai-code/eslint-plugin-ai-code/blob/main/docs/rules/${name}.md`);
    }
  });

  // Presets are computed from rule meta; a hand-edited preset, or a rule added without the
  // metadata the presets read, fails here.
  it('derives its presets from rule metadata', () => {
    // The expectation is rebuilt here from meta alone, independently of presets/index.ts.
    const entries = (pick: (meta: RuleMeta) => Linter.RuleEntry | undefined): Linter.RulesRecord =>
      Object.fromEntries(
        Object.entries(plugin.rules).flatMap(([name, rule]) => {
          const entry = pick(rule.meta as RuleMeta);
          return entry === undefined ? [] : [[`ai-code/${name}`, entry]];
        }),
      );
    const recommended = entries((meta) => (meta.docs.recommended ? 'warn' : undefined));
    const expected: Record<string, Linter.RulesRecord> = {
      recommended,
      strict: entries(({ docs }) => (docs.strictOptions ? ['error', docs.strictOptions] : docs.recommended ? 'error' : undefined)),
      all: entries(() => 'error'),
      'generated-only': entries(({ docs, schema }) => {
        if (!docs.recommended) return undefined;
        if (docs.generatedCodeOnly) return 'warn';
        return schema[0]?.properties?.onlyGenerated ? ['warn', { onlyGenerated: true }] : undefined;
      }),
      typescript: recommended,
    };
    // Every preset is named, registers the plugin and holds exactly the derived rules.
    expect(Object.keys(plugin.configs)).toEqual(Object.keys(expected));
    for (const [name, rules] of Object.entries(expected)) {
      const config = plugin.configs[name as keyof typeof plugin.configs];
      expect(config, name).toMatchObject({ name: `ai-code/${name}`, plugins: { 'ai-code': plugin } });
      expect(config.rules, name).toEqual(rules);
    }
  });

  // The figures a reader of the README relies on, spelled out once.
  it('makes strict attribute markers and generated-only limit the density rules', () => {
    expect(plugin.configs.strict.rules?.['ai-code/valid-generated-markers']).toEqual(['error', { requireFields: ['tool'] }]);
    expect(plugin.configs['generated-only'].rules).toMatchObject({
      'ai-code/comment-ratio': ['warn', { onlyGenerated: true }],
      'ai-code/no-comment-gap': ['warn', { onlyGenerated: true }],
      'ai-code/no-undocumented-generated': 'warn',
    });
    expect(plugin.configs.typescript.files).toEqual(['**/*.{ts,tsx,mts,cts}']);
    expect(plugin.configs.typescript.languageOptions?.parser).toBe(tsParser);
  });

  // ESLint validates options against each rule's schema: a strictOptions typo would throw here.
  it('has presets whose options every rule accepts', () => {
    const linter = new Linter();
    for (const config of Object.values(plugin.configs)) {
      // A licensed, explained one-liner: any message left would be a configuration problem.
      const code = '// SPDX-License-Identifier: MIT\n// The answer, kept for the tests.\nconst a = 1;\n';
      const messages = linter.verify(code, [{ ...config, files: ['**/*.ts'] }], 'x.ts');
      expect(messages, config.name).toEqual([]);
    }
  });
});

describe('shared analysis', () => {
  it('computes FileFacts once per file however many rules read it', () => {
    const walks = vi.mocked(markCodeLines);
    walks.mockClear();
    const linter = new Linter();
    const code = 'function f() {\n  return 1;\n}\nconst g = () => {\n  return 2;\n};\n';
    // Both rules read the line tables (nothing shows them to be within bounds without), comment-ratio
    // once for the file and once per function.
    const rules: Linter.RulesRecord = {
      'ai-code/comment-ratio': ['error', { unit: 'lines', minimumSize: 0, scope: ['file', 'function'] }],
      'ai-code/no-comment-gap': ['error', { unit: 'lines', maximum: 1 }],
    };
    linter.verify(code, [plugin.configs.all, { rules }]);
    expect(walks).toHaveBeenCalledTimes(1);
    linter.verify(code, [plugin.configs.all, { rules }]);
    expect(walks).toHaveBeenCalledTimes(2);
  });
});
